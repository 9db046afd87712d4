import Testing
@testable import SitegenRender

/// `CharacterKeyFilter` may say "maybe" too often, never "no" for a character that
/// equals a key (`Character` equality is canonical equivalence).
@Suite struct CharacterKeyFilterTests {
    static func neverMisses(_ keys: Set<Character>, _ extra: [Character]) -> [String] {
        let filter = CharacterKeyFilter(keys)
        var missed: [String] = []
        var candidates = extra
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { candidates.append(Character(scalar)) }
        }
        for c in candidates where keys.contains(c) && !filter.mayBeKey(c) {
            missed.append(c.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "+"))
        }
        return missed
    }

    @Test func plainKeysFilterEveryOtherPlainCharacterAndKeepTheirEquivalents() {
        let keys: Set<Character> = ["行", "が", "万", "か", "(", "é"]
        // 行 written as the compatibility ideograph U+FA08, が and é with a combining mark.
        let equivalents: [Character] = ["\u{FA08}", "か\u{3099}", "e\u{301}"]
        #expect(Self.neverMisses(keys, equivalents).isEmpty)
        let filter = CharacterKeyFilter(keys)
        #expect(equivalents.allSatisfy { keys.contains($0) && filter.mayBeKey($0) })
        #expect(!filter.mayBeKey("区") && !filter.mayBeKey("き") && !filter.mayBeKey("1"))
    }

    @Test func aKeyThatIsNotPlainTurnsTheFilterOff() {
        let keys: Set<Character> = ["か\u{3099}", "区"]
        #expect(Self.neverMisses(keys, []).isEmpty)
        #expect(CharacterKeyFilter(keys).mayBeKey("が"))
        #expect(CharacterKeyFilter(keys).mayBeKey("き"))
    }
}
