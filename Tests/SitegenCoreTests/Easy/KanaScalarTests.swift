import Testing
@testable import SitegenRender

/// `Kana.soleScalar` and `Kana.isWhitespace` read a character without the standard
/// library's lookups; they must agree with it on every scalar and on characters of several.
@Suite struct KanaScalarTests {
    /// Characters of several scalars: CR LF, combining marks (が as か+゛), variation
    /// selectors, flags, ZWJ sequences, a space after a prepended mark.
    /// (Made at run time: the compiler's check of a `Character` literal does not know the
    /// prepended mark U+0600 joins the space after it.)
    static let clusters: [Character] = [
        "\r\n", " \u{301}", "\u{3000}\u{3099}", "\u{600} ", "か\u{3099}", "e\u{301}", "❤\u{FE0F}", "🇯🇵",
        "👨\u{200D}👩\u{200D}👧", "1\u{20E3}", "(\u{338}", "（\u{301}",
    ].map { Character($0) }

    @Test func everyScalarIsItsOwnSoleScalarAndWhitespaceAsTheStandardLibrarySays() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = Character(scalar)
            if Kana.soleScalar(c) != value || Kana.isWhitespace(c) != c.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func charactersOfSeveralScalarsHaveNoSoleScalar() {
        for c in Self.clusters {
            #expect(c.unicodeScalars.count > 1)
            #expect(Kana.soleScalar(c) == nil, "\(c.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Kana.isWhitespace(c) == c.isWhitespace, "\(c.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Self.clusters.filter(Kana.isWhitespace).count == 3)   // CR LF and the two spaces with a mark
    }

    /// The brackets and separators the furigana tests by their only scalar: no other
    /// character equals them (no canonical equivalent), so the scalar test is `==`.
    @Test func bracketsAndSeparatorsEqualOnlyThemselves() {
        let literals: Set<Character> = ["(", "（", ")", "）", ",", ".", "，", "．"]
        let values = Set(literals.map { $0.unicodeScalars.first!.value })
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if literals.contains(Character(scalar)) != values.contains(value) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
        #expect(Self.clusters.allSatisfy { !literals.contains($0) })
        #expect(BracketedKanjiReading.isOpener("（") && BracketedKanjiReading.isOpener("(") && !BracketedKanjiReading.isOpener(Character("(\u{338}")))
        #expect(BracketedKanjiReading.isCloser("）") && BracketedKanjiReading.isCloser(")") && !BracketedKanjiReading.isCloser("「"))
    }
}
