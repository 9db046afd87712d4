/// Eight bytes tested at once, as the lanes of one `UInt64` (the first byte in the
/// lowest lane): the tag scan of the easy pages looks for a few bytes in every tag.
///
/// A test's result has the high bit of each lane it holds for. A lane above one that
/// holds may be marked too (a borrow), so only the lowest marked lane counts: `firstLane`.
enum ByteLanes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, the first in the lowest lane.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Lanes that are `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits
    }

    /// Lanes below `limit` (at most 0x80).
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Lanes of 0x80 or more (no borrow: exact in every lane).
    @inline(__always)
    static func nonASCII(_ word: UInt64) -> UInt64 { word & highBits }

    /// Index of the lowest marked lane (8 when none is).
    @inline(__always)
    static func firstLane(_ marks: UInt64) -> Int { marks.trailingZeroBitCount / 8 }

    /// The lowest `count` lanes (0...7), the others 0.
    @inline(__always)
    static func first(_ count: Int, of word: UInt64) -> UInt64 { word & ((1 << UInt64(8 * count)) &- 1) }

    /// ASCII capitals made small; right in every lane up to the first byte of 0x80 or more
    /// (a carry only goes up).
    @inline(__always)
    static func lowered(_ word: UInt64) -> UInt64 {
        let fromA = word &+ ones &* (0x80 - 0x41)   // high bit: 'A' or above
        let pastZ = word &+ ones &* (0x80 - 0x5B)   // high bit: past 'Z'
        return word | ((fromA & ~pastZ & highBits) >> 2)   // 0x20 in each capital's lane
    }
}
