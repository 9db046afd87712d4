#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 written piece by piece: a page out of its templates, a chart's elements
/// (` x="`, a number, `"`): hundreds of thousands of short pieces per build.
/// `[UInt8]`'s generic `append(contentsOf:)` cost about 100 instructions per piece and
/// `String`'s `append` about 400; here a piece is a capacity check and a copy. A value,
/// copied on write like an array.
///
/// `public` and inlinable, like the two memos: the charts (in another target) write
/// through it, and a call per piece instead of an inlined copy would cost them more
/// than the type saves.
public struct ByteBuffer: @unchecked Sendable {
    /// How many bytes are written and how many fit.
    @usableFromInline
    struct Header {
        @usableFromInline var count: Int
        @usableFromInline let room: Int

        @inlinable init(room: Int) {
            count = 0
            self.room = room
        }
    }

    /// The bytes and their room, in one allocation with the header (a class holding a separately
    /// allocated block cost two per buffer, and every composed fragment of a page is a buffer).
    /// Shared only between copies of one buffer, and written only when one buffer holds it alone
    /// (`isKnownUniquelyReferenced`), so no thread writes what another reads: hence the buffer's
    /// unchecked Sendable (`ManagedBuffer` subclasses cannot be marked Sendable themselves).
    @usableFromInline
    final class Storage: ManagedBuffer<Header, UInt8> {
        @inlinable
        static func make(room: Int) -> Storage {
            unsafeDowncast(Storage.create(minimumCapacity: max(room, 1)) { _ in Header(room: room) }, to: Storage.self)
        }

        @inlinable var base: UnsafeMutablePointer<UInt8> { withUnsafeMutablePointerToElements { $0 } }
        // Through the header's pointer: `header` itself is checked for exclusive access at run time,
        // a runtime call per piece written (fx100 1.49 -> 1.77 G).
        @inlinable var room: Int { withUnsafeMutablePointerToHeader { $0.pointee.room } }
        @inlinable var count: Int {
            get { withUnsafeMutablePointerToHeader { $0.pointee.count } }
            set { withUnsafeMutablePointerToHeader { $0.pointee.count = newValue } }
        }
    }

    /// Every empty buffer starts here; the first byte written makes its own storage.
    @usableFromInline nonisolated(unsafe) static let empty = Storage.make(room: 0)
    @usableFromInline var storage = ByteBuffer.empty

    @inlinable public init() {}

    /// An empty buffer with room for `capacity` bytes.
    @inlinable public init(capacity: Int) {
        if capacity > 0 { storage = Storage.make(room: capacity) }
    }

    @inlinable public var count: Int { storage.count }
    @inlinable public var isEmpty: Bool { storage.count == 0 }
    /// The last byte, if any.
    @inlinable public var last: UInt8? { storage.count == 0 ? nil : storage.base[storage.count - 1] }

    @inlinable public subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < storage.count, "ByteBuffer index out of range")
        return storage.base[index]
    }

    /// Room for `extra` more bytes in storage of this buffer's own.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if storage.count + extra > storage.room || !isKnownUniquelyReferenced(&storage) { makeRoom(extra) }
    }

    @usableFromInline
    mutating func makeRoom(_ extra: Int) {
        let needed = storage.count + extra
        let unique = isKnownUniquelyReferenced(&storage)
        guard !unique || needed > storage.room else { return }
        let grown = Storage.make(room: unique ? max(needed, storage.room * 2, 64) : max(needed, storage.room, 64))
        grown.base.update(from: storage.base, count: storage.count)
        grown.count = storage.count
        storage = grown
    }

    @inlinable
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage.base + storage.count).update(from: source, count: bytes.count)
        storage.count += bytes.count
    }

    /// The text's UTF-8.
    @inlinable
    public mutating func append(_ text: String) {
        // Borrowed: native and small strings are contiguous UTF-8 (no copy of the string).
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte) }
        }
    }

    @inlinable
    public mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBufferPointer { append($0) }
    }

    /// Bytes `range` of `other`.
    @inlinable
    public mutating func append(_ other: ByteBuffer, _ range: Range<Int>) {
        other.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    @inlinable
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The bytes as an array (one copy).
    public var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// The bytes as a `String`, repaired as `String(decoding:as:)` repairs.
    public var string: String { withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
}

/// The same bytes, however much room each buffer has (charts are compared by the tests and by
/// `sitegen serve`'s memo).
extension ByteBuffer: Hashable {
    public static func == (lhs: ByteBuffer, rhs: ByteBuffer) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard lhs.count > 0, lhs.storage !== rhs.storage else { return true }
        return lhs.withUnsafeBufferPointer { a in
            rhs.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBufferPointer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
