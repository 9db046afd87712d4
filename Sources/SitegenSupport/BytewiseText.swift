#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text as a memo's key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence: every non-ASCII text is
/// checked for NFC, scalar by scalar, on each lookup, which cost more than some memos
/// of Japanese labels saved. And a memo must give back what was made from exactly
/// this text: two texts that differ in their bytes are two keys here, even when
/// Unicode calls them equivalent (が and か + ゙).
package struct BytewiseText: Hashable, Sendable {
    package let text: String

    package init(_ text: String) { self.text = text }

    package static func == (lhs: BytewiseText, rhs: BytewiseText) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in right.withUTF8 { b in ByteKey.same(a, b) } }
    }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { ByteKey.hash($0, into: &hasher) }
    }
}

/// The same key for text that is bytes already (a text node of a page being annotated):
/// its bytes are kept, no `String` is made.
package struct UTF8Key: Hashable, Sendable {
    let bytes: [UInt8]

    package init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }

    package static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.bytes.withUnsafeBufferPointer { a in rhs.bytes.withUnsafeBufferPointer { b in ByteKey.same(a, b) } }
    }

    package func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBufferPointer { ByteKey.hash($0, into: &hasher) }
    }
}

/// What both keys compare and hash.
private enum ByteKey {
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
}
