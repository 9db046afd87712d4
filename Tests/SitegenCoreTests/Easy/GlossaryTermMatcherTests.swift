import Testing
@testable import SitegenSupport
@testable import SitegenRender

/// The glossary's search on bytes finds exactly what the search by `Character`
/// (what `String` comparison means) finds, on many generated text nodes.
@Suite struct GlossaryTermMatcherTests {
    /// Longest first, as `GlossaryTermLinks` orders them: overlapping terms, Latin
    /// words, an entity, a term twice (two anchors), terms that share a first byte
    /// but not a first character (区 E5 8C BA, 医 E5 8C BB), a supplementary-plane kanji.
    static let terms = ["Fit&amp;Gap分析", "ITガバナンス", "オープンデータ", "DXビジョン", "データ連携", "&amp;", "区民の声",
                        "ビジョン", "データ", "𠮷野", "区民", "DX", "IT", "AI", "区", "医", "が", "DX"]
    static let matcher = GlossaryTermMatcher(escaped: terms)

    /// Pieces of text nodes: the terms and their parts, neighbours that make a Latin
    /// term part of a word, kana, kanji, entities, spaces and new lines.
    static let plainPieces = ["Fit&amp;Gap分析", "Fit&amp;", "Gap分析", "DXビジョン", "DX", "D", "X", "ビジョン", "ビ",
                              "IT", "ITガバナンス", "ガバナンス", "AI", "MAIL", "AIDX", "1", "2024", "a", "Z", "_",
                              "オープンデータ", "オープン", "データ連携", "データ", "連携", "区民の声", "区民", "区", "民", "医",
                              "が", "か", "は", "。", "、", "（", "）", "&amp;", "&lt;", "&#x3042;", "&", ";", " ", "\n", "\t",
                              "𠮷野", "𠮷", "野", "é", "→", "①", "ｱ", "Ａ", "※"]
    /// Text that is not plain: combining marks (か + ゙ is が), a compatibility ideograph,
    /// a variation selector, CR LF (one `Character`), ZWJ, Hangul jamo.
    static let otherPieces = ["か\u{3099}", "\u{3099}", "e\u{301}", "DX\u{301}", "\u{F9DC}", "区\u{FE00}", "\r\n", "\r",
                              "\u{200D}", "\u{1100}\u{1161}", "ｶﾞ", "\u{0301}区民"]

    @Test func theByteSearchFindsWhatTheCharacterSearchFindsInPlainText() {
        var random = SplitMix(seed: 18)
        var found = 0
        for _ in 0..<4000 {
            let text = Self.text(from: Self.plainPieces, using: &random)
            let characters = Self.matcher.characterMatches(in: text)
            let bytes = Array(text.utf8).withUnsafeBufferPointer { Self.matcher.byteMatches(in: $0) }
            #expect(bytes == characters, "\(text.debugDescription)")
            found += characters.count
        }
        #expect(found > 4000)
    }

    @Test func textThatIsNotPlainIsSearchedByCharacter() {
        var random = SplitMix(seed: 15)
        for _ in 0..<1000 {
            let text = Self.text(from: Self.plainPieces + Self.otherPieces + Self.otherPieces, using: &random)
            let all = Array(text.utf8).withUnsafeBufferPointer { Self.matcher.matches(in: $0) }
            #expect(all == Self.matcher.characterMatches(in: text), "\(text.debugDescription)")
            if !PlainScalars.isPlain(text) {
                #expect(Array(text.utf8).withUnsafeBufferPointer { Self.matcher.byteMatches(in: $0) } == nil)
            }
        }
        // Canonical equivalence: が written as か + ゙ is the term が, as `String` sees it.
        let decomposed = "か\u{3099}です"
        #expect(Array(decomposed.utf8).withUnsafeBufferPointer { Self.matcher.matches(in: $0) }
                == [GlossaryTermMatcher.Match(start: 0, end: 6, term: 16)])
    }

    @Test func aTermThatIsNotPlainMakesEveryNodeASearchByCharacter() {
        let matcher = GlossaryTermMatcher(escaped: ["\u{F9DC}行", "区"])
        let text = "\u{9686}行と区"   // 隆 (U+9686) is what NFC makes of U+F9DC
        #expect(Array(text.utf8).withUnsafeBufferPointer { matcher.byteMatches(in: $0) } == nil)
        #expect(Array(text.utf8).withUnsafeBufferPointer { matcher.matches(in: $0) }
                == [.init(start: 0, end: 6, term: 0), .init(start: 9, end: 12, term: 1)])
    }

    @Test func longestFirstWholeLatinWordsAndTermsAtTheEdges() {
        func terms(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { Self.matcher.matches(in: $0) }.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(terms("DXビジョン") == ["DXビジョン"])
        #expect(terms("MAILとAI、AIDX、2AI、AI2") == ["AI"])
        #expect(terms("区民の声と区民と区") == ["区民の声", "区民", "区"])
        #expect(terms("医区") == ["医", "区"])
        #expect(terms("Fit&amp;Gap分析&amp;") == ["Fit&amp;Gap分析", "&amp;"])
        #expect(terms("𠮷野の𠮷") == ["𠮷野"])
        #expect(terms("オープンデータ連携") == ["オープンデータ"])
        #expect(terms("データ連携") == ["データ連携"])
    }

    private static func text(from pieces: [String], using random: inout SplitMix) -> String {
        (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }
}

/// `SplitMix` (fixed seed) drives the standard library's random choices here.
extension SplitMix: RandomNumberGenerator {}
