import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// `sitegen check` reports a hard word in easy content (W073) at its line and
/// column with the word to use instead, and lets explained words and glossary terms stand.
@Suite struct HardWordCheckTests {
    static let list = HardWordList(words: [("実績", "結果"), ("ビジョン", "めざすすがた（ビジョン）"), ("取組", "取り組み"), ("値", "数")])

    static func summary(_ text: String, markdown: Bool = false, terms: [String] = []) -> [String] {
        HardWordCheck.check(text, path: "content/x.easy.yaml", isMarkdown: markdown, list: list, glossaryTerms: terms)
            .map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }
    }

    @Test func aHardWordIsW073AtItsColumnWithTheSuggestion() {
        #expect(Self.summary("title: 去年の実績です。") == ["1:11 W073"])
        let diagnostic = HardWordCheck.check("a: b\nsummary: 取組を広げます。", path: "content/x.easy.yaml", isMarkdown: false,
                                             list: Self.list, glossaryTerms: []).first
        #expect(diagnostic?.location.description == "content/x.easy.yaml:2:10")
        #expect(diagnostic?.message.contains("「取組」") == true)
        #expect(diagnostic?.hint?.contains("「取り組み」") == true)
        #expect(diagnostic?.severity == .warning)
    }

    @Test func explainedWordsAndGlossaryTermsStand() {
        #expect(Self.summary("a: 実績（結果）と、結果（実績）").isEmpty)
        #expect(Self.summary("a: DXビジョンを作りました。", terms: ["DXビジョン"]).isEmpty)
        #expect(Self.summary("a: DXビジョンとビジョン", terms: ["DXビジョン"]) == ["1:11 W073"])
    }

    @Test func yamlNotesAreSkippedButMarkdownHeadingsAreRead() {
        #expect(Self.summary("# 取組のメモ\na: b").isEmpty)
        let markdown = "---\n# 数値は元のファイルから\ntitle: t\n---\n## 取組の内容\n"
        #expect(Self.summary(markdown, markdown: true) == ["5:4 W073"])
    }

    @Test func theRealEasyContentPassesAndTheListIsReadFromTheTheme() throws {
        let (list, diagnostics) = HardWordList.load(themeFolder: RenderFixture.themesRoot + "/default", fileIO: .local)
        #expect(diagnostics.isEmpty)
        let all = SiteCheck.run(contentPath: Repository.root.appendingPathComponent("content").path,
                                themeFolder: RenderFixture.themesRoot + "/default", io: .local)
        #expect(all.filter { $0.code == .hardWord }.isEmpty, "\(all.map(\.description))")
        #expect(try #require(list).words.contains { $0.word == "実績" && $0.suggestion == "結果" })
    }

    @Test func aBrokenListIsW074() {
        #expect(HardWordList.parse("- 実績\n- 値\n", path: "h.yaml").1.map(\.code) == [.hardWordListError])
        #expect(HardWordList.parse("実績: [結果]\n", path: "h.yaml").1.map(\.code) == [.hardWordListError])
    }
}
