import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Each sentence rule with a passing and a failing example.
@Suite struct EasyJapaneseRuleTests {
    private let allowed: Set<String> = ["DX", "AI", "J-LIS"]

    private func codes(_ text: String, label: Bool = false, mecab: Bool = false) -> [String] {
        let annotator = mecab ? try? FuriganaFixture.annotator() : nil
        return SentenceSplitter.field(text, at: TextPosition(line: 3, column: 8), path: "x.easy.md", isLabel: label)
            .flatMap { EasyJapaneseRules.check($0, acronyms: allowed, endsWithPredicate: annotator?.endsWithPredicate) }
            .map(\.code.rawValue)
    }

    @Test func sentenceLength() {
        let thirty = String(repeating: "あ", count: 28) + "です。"
        #expect(codes(thirty) == [])
        #expect(codes(String(repeating: "あ", count: 29) + "です。") == ["W040"])
        #expect(codes(String(repeating: "あ", count: 39) + "です。") == ["E041"])
        // Spaces and ruby marks are not counted.
        #expect(codes(String(repeating: "あ ", count: 28) + "{区|く}です。") == ["W040"])
        #expect(codes(String(repeating: "あ ", count: 27) + "{区|く}です。") == [])
    }

    @Test func sentencesSplitOnTerminatorsAndNewlines() {
        let long = String(repeating: "あ", count: 20)
        #expect(codes("\(long)です。\(long)です！\(long)ですか？\n\(long)です") == [])
    }

    @Test func kanjiPerSentence() {
        #expect(codes("区の 手続と 申請と 書類と 窓口と 職員です。") == [])             // 11
        #expect(codes("区の 手続と 申請と 書類と 窓口と 職員と 電話と 相談です。") == ["E042"])  // 15
    }

    @Test func kanjiRuns() {
        #expect(codes("手続です。") == [])
        #expect(codes("行政手続です。") == ["W041"])
        #expect(codes("個人情報保護です。") == ["E043"])
    }

    @Test func katakanaRuns() {
        #expect(codes("ツールです。") == [])
        #expect(codes("コミュニケーションツールです。") == ["W042"])
    }

    @Test func acronymsNeedTheGlossary() {
        #expect(codes("DXと AIを つかいます。") == [])
        #expect(codes("J-LISの けんしゅうです。") == [])
        #expect(codes("BPRを します。") == ["E044"])
        #expect(codes("ＢＰＲを します。") == ["E044"])     // full-width letters too
        #expect(codes("Wi-Fiが つかえます。") == [])          // not written in capitals
    }

    @Test func slashDatesAndClockTimes() {
        #expect(codes("2024年4月1日に はじまります。") == [])
        #expect(codes("午後1時に はじまります。") == [])
        #expect(codes("24時間 できます。") == [])
        #expect(codes("2024/4/1に はじまります。") == ["E045"])
        #expect(codes("4/1に はじまります。") == ["E045"])
        #expect(codes("13:00に はじまります。") == ["E045"])
        #expect(codes("13時に はじまります。") == ["E045"])
    }

    @Test func politeEndings() {
        #expect(codes("てつづきを ふやします。") == [])
        #expect(codes("てつづきを ふやしました。") == [])
        #expect(codes("見てください。") == [])
        #expect(codes("てつづきを ふやす。") == ["W043"])
        #expect(codes("てつづきが ふえた。") == ["W043"])
        // Labels without a predicate, figures and （…） endings are fine.
        #expect(codes("てつづきの ふやしかた", label: true) == ["W043"])   // without MeCab the last kana decides
        #expect(codes("てつづきの しらべかた", label: true, mecab: true) == [])
        #expect(codes("てつづきを しらべた", label: true, mecab: true) == ["W043"])
        #expect(codes("新しい てつづき", label: true, mecab: true) == [])
        #expect(codes("てつづきを ふやす", label: true) == ["W043"])
        #expect(codes("目標は 60%") == [])
        #expect(codes("（れい）") == [])
    }

    @Test func doubleNegatives() {
        #expect(codes("かならず してください。") == [])
        #expect(codes("かならず しなければ なりません。") == ["W044"])
        #expect(codes("できなくは ないです。") == ["W044"])
    }

    @Test func honorifics() {
        #expect(codes("あんないします。") == [])
        #expect(codes("ご案内いたします。") == ["W045"])
        #expect(codes("まどぐちに いらっしゃいます。") == ["W045"])
    }

    @Test func diagnosticsCarryPositionSentenceAndHint() throws {
        let d = try #require(SentenceSplitter.field("はい、そうです。BPRを します。", at: TextPosition(line: 3, column: 8), path: "a.easy.md", isLabel: false)
            .flatMap { EasyJapaneseRules.check($0, acronyms: allowed) }.first)
        #expect(d.location == SourceLocation(path: "a.easy.md", line: 3, column: 16))
        // Quoted as written, spaces kept, so the writer can search for it.
        #expect(d.message.contains("「BPRを します。」"))
        #expect(d.hint?.isEmpty == false)
        #expect(d.severity == .error)
    }

    @Test func markdownBodyPositions() {
        let body = "# 見出し\n\n- リストの こうもく\n\nはい。BPRを します。\n\n```\nコードは みません。ABC\n```\n| 列 | DX |\n|---|---|\n"
        let sentences = SentenceSplitter.markdown(body, path: "p.easy.md", firstLine: 10)
        #expect(sentences.map(\.plain) == ["見出し", "リストのこうもく", "はい。", "BPRをします。", "列", "DX"])
        #expect(sentences.map(\.isLabel) == [true, true, false, false, true, true])
        #expect(sentences[3].location == SourceLocation(path: "p.easy.md", line: 14, column: 4))
        #expect(sentences[0].location.column == 3)
        let links = SentenceSplitter.markdown("[区の ページ](https://example.jp/ABC)を 見ます。", path: "p", firstLine: 1)
        #expect(links.map(\.plain) == ["区のページを見ます。"])
    }
}
