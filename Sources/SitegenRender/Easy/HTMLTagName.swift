/// A tag's name as the text rewriters compare it: lower-case ASCII of up to 8
/// bytes packed in one integer. Every name the rewriters look for fits (`noscript`,
/// `textarea`); a `String` and a `Set<String>` look-up per tag were a tenth of an
/// easy page's rewrite. Any other name is `unknown`, which equals none of them.
struct HTMLTagName: Hashable, ExpressibleByStringLiteral {
    let packed: UInt64

    /// A name no rewriter looks for (longer than 8 bytes, not ASCII once lowered).
    static let unknown = HTMLTagName(packed: 0)

    private init(packed: UInt64) { self.packed = packed }

    init(stringLiteral name: String) {
        self = Self(lowered: Array(name.utf8))
        precondition(self != .unknown, "a tag name the rewriters look for must be ASCII of up to 8 bytes")
    }

    /// The name written at `bytes` (any case), lowered as `String.lowercased()` lowers it.
    /// Packed in one pass, without an allocation: this runs for every tag of every easy page.
    init(written bytes: UnsafeBufferPointer<UInt8>.SubSequence) {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            if byte >= 0x80 {
                // Rare: a non-ASCII letter may lower to ASCII (K, KELVIN SIGN, is k).
                self = Self(lowered: Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8))
                return
            }
            packed |= UInt64(byte &- 65 < 26 ? byte + 32 : byte) << shift
            // A NUL byte would pack like a shorter name: such a name is unknown, as a long one is.
            shift = byte == 0 ? 72 : shift + 8
        }
        self = shift > 64 ? .unknown : Self(packed: packed)
    }

    /// The name written from `start` up to white space, `>`, `/` or the end, and where it
    /// ends: packed while it is read, in the same pass that finds its end. A name of
    /// more than 8 bytes, or with a NUL or a non-ASCII byte, is made by `init(written:)`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (name: HTMLTagName, end: Int) {
        guard let base = bytes.baseAddress else { return (.unknown, start) }
        // Most names: their 8 bytes at once, up to the first byte that is not printable ASCII
        // or is '>' or '/'; when that byte ends the name, the name is the bytes before it, lowered.
        if start + 8 <= bytes.count {
            let word = ByteLanes.load(base + start)
            let stops = ByteLanes.equal(word, UInt8(ascii: ">")) | ByteLanes.equal(word, UInt8(ascii: "/"))
                | ByteLanes.below(word, 0x21) | ByteLanes.nonASCII(word)
            let length = ByteLanes.firstLane(stops)
            if (1...7).contains(length), endsName(base[start + length]) {
                return (Self(packed: ByteLanes.first(length, of: ByteLanes.lowered(word))), start + length)
            }
        }
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        var plain = true   // ASCII without NUL, so far
        var i = start
        while i < bytes.count {
            let byte = base[i]
            if endsName(byte) { break }
            if byte == 0 || byte >= 0x80 { plain = false }
            if shift < 64 { packed |= UInt64(byte &- 65 < 26 ? byte + 32 : byte) << shift }
            shift &+= 8
            i += 1
        }
        guard plain, shift <= 64 else { return (Self(written: bytes[start..<i]), i) }
        return (Self(packed: packed), i)
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || HTMLTextRewriter.isSpace(byte)
    }

    private init<Bytes: Collection<UInt8>>(lowered bytes: Bytes) {
        guard (1...8).contains(bytes.count), bytes.allSatisfy({ $0 != 0 && $0 < 0x80 }) else {
            self = .unknown
            return
        }
        var packed: UInt64 = 0
        for (index, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * index) }
        self.packed = packed
    }

    /// The name's bytes (empty for `unknown`).
    var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }.filter { $0 != 0 }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A fixed set of tag names, looked up by one multiplication and a probe or two.
struct HTMLTagNameSet: ExpressibleByArrayLiteral {
    /// Open addressing; 0 is an empty slot (no known name packs to 0).
    private let slots: [UInt64]
    private let mask: Int
    /// The names, as given.
    let names: [String]

    init(arrayLiteral names: HTMLTagName...) {
        self.names = names.map(\.text)
        var size = 16
        while size < names.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for name in names where !slots.contains(name.packed) {
            var slot = Self.slot(name.packed, size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = name.packed
        }
        self.slots = slots
        self.mask = size - 1
    }

    func contains(_ name: HTMLTagName) -> Bool {
        guard name != .unknown else { return false }
        var slot = Self.slot(name.packed, mask)
        while true {
            let held = slots[slot]
            if held == name.packed { return true }
            if held == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    private static func slot(_ packed: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
