/// UTF-8 written piece by piece, as the charts write their elements: hundreds of
/// thousands of short pieces (` x="`, a number, `"`) per build. `[UInt8]`'s generic
/// `append(contentsOf:)` cost about 100 instructions per piece; here a piece is a
/// capacity check and a copy. A value, copied on write like an array.
struct ByteBuffer {
    /// The bytes and their room. Shared only between copies of one buffer, and written only
    /// when one buffer holds it alone (`isKnownUniquelyReferenced`), so no thread writes
    /// what another reads: hence the unchecked Sendable.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: max(capacity, 1))
        }

        deinit { base.deallocate() }
    }

    /// Every empty buffer starts here; the first byte written makes its own storage.
    private static let empty = Storage(capacity: 0)
    private var storage = ByteBuffer.empty

    init() {}

    var count: Int { storage.count }
    var isEmpty: Bool { storage.count == 0 }

    /// Room for `extra` more bytes in storage of this buffer's own.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if storage.count + extra > storage.capacity || !isKnownUniquelyReferenced(&storage) { makeRoom(extra) }
    }

    private mutating func makeRoom(_ extra: Int) {
        let needed = storage.count + extra
        let unique = isKnownUniquelyReferenced(&storage)
        guard !unique || needed > storage.capacity else { return }
        let grown = Storage(capacity: unique ? max(needed, storage.capacity * 2, 64) : max(needed, storage.capacity, 64))
        grown.base.update(from: storage.base, count: storage.count)
        grown.count = storage.count
        storage = grown
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage.base + storage.count).update(from: source, count: bytes.count)
        storage.count += bytes.count
    }

    /// The text's UTF-8.
    mutating func append(_ text: String) {
        // Borrowed: native and small strings are contiguous UTF-8 (no copy of the string).
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte) }
        }
    }

    mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBufferPointer { append($0) }
    }

    /// Bytes `range` of `other`.
    mutating func append(_ other: ByteBuffer, _ range: Range<Int>) {
        other.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The bytes as an array (one copy).
    var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }

    /// The bytes as a `String`, repaired as `String(decoding:as:)` repairs.
    var string: String { withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
}
