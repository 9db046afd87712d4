#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text as a dictionary key by its UTF-8 bytes: hashed in one call and compared
/// with memcmp. A `String` key hashes and compares up to canonical equivalence,
/// which normalizes every non-ASCII text on each look-up.
struct UTF8Key: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.bytes.count == rhs.bytes.count && lhs.bytes.withUnsafeBytes { a in
            rhs.bytes.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
