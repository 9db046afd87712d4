import Testing
@testable import SitegenRender

/// `Kana.isDigit` reads the character's UTF-8; it must agree with the definition
/// on scalars: exactly one scalar, 0–9 or ０–９.
@Suite struct KanaDigitTests {
    static func reference(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
        return (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
    }

    @Test func theByteTestAgreesWithTheScalarDefinition() {
        var characters: [Character] = Array("0123456789０１２３４５６７８９/:aZ０９一二〇①⑴٣߀¹²½．，ＡＺ｀｛")
        characters += ["1\u{20E3}", "０\u{301}", "9\u{FE0F}", "\u{FF0F}", "\u{FF1A}", "\u{FF0F}", "\u{EFBC}", "🇯🇵", "e\u{301}"]
        for c in characters {
            #expect(Kana.isDigit(c) == Self.reference(c), "\(c.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(characters.filter(Kana.isDigit).count == 22)   // 0–9, ０–９, and ０９ again
    }
}
