import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What staff really type (issue 17): a comment that eats words, full-width
/// colons and spaces, contradictory or vague messages, and the shared content
/// model's language list. Each case checks the exact position, the message and
/// the hint; errors leave no site.
@Suite struct StaffSlipTests {
    private func check(_ changes: [String: String?]) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        MiniSite.check(MiniSite.files(replacing: changes))
    }

    // MARK: Text after ` #`

    @Test func aCommentAfterATextValueIsAWarningAtTheHash() throws {
        let (bundle, d) = check([Mini.one: Mini.one("summary: 申請できる手続を増やす。", "summary: 申請できる手続を増やす。 #1")])
        #expect(MiniSite.summary(d) == ["content/initiatives/01-online.md:7:23 W060"])
        let w = try #require(d.first)
        #expect(w.message.contains("「summary」の「#1」"))
        #expect(w.message.contains("表示されるのは「申請できる手続を増やす。」だけです"))
        #expect(w.hint?.contains(#"summary: "申請できる手続を増やす。 #1""#) == true)
        // A warning: the site is built, with what YAML read.
        #expect(bundle?.base.initiatives.first?.summary == "申請できる手続を増やす。")
    }

    @Test func theLostTextIsEverythingFromTheHashAndTheGapIsKept() throws {
        let (_, d) = check([Mini.site: Mini.site("mission: 区民の生活を便利にする。", "mission: 区の目標   #1 と #2  ")])
        #expect(MiniSite.summary(d).contains("content/site.yaml:15:17 W060"))
        let w = try #require(d.first { $0.code == .textAfterHash })
        #expect(w.message.contains("「#1 と #2」"))
        #expect(w.hint?.contains(#"mission: "区の目標   #1 と #2""#) == true)
    }

    /// A file saved with Windows line ends: the comment is the rest of its own line only.
    @Test func aCommentInACRLFFileEndsAtItsLine() throws {
        let crlf = Mini.site("mission: 区民の生活を便利にする。", "mission: 区の目標   #1 と #2  ")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (_, d) = check([Mini.site: crlf])
        #expect(MiniSite.summary(d).contains("content/site.yaml:15:17 W060"))
        let w = try #require(d.first { $0.code == .textAfterHash })
        #expect(w.message.contains("「#1 と #2」"), "\(w.message)")
    }

    @Test func listItemsKPILabelsAndEasyFilesAreTextFieldsToo() {
        let (_, d) = check([
            Mini.one: Mini.one("    label: オンライン化率", "    label: オンライン化率 #速報"),
            Mini.oneEasy: Mini.oneEasy("summary: インターネットで できる てつづきを ふやします。",
                                       "summary: インターネットで できる てつづきを ふやします。 #2"),
            Mini.two: Mini.two("summary: 障害に強いネットワークを作る。", "summary: 障害に強いネットワークを作る。\nnotes:\n  - 注記です #3"),
        ])
        #expect(MiniSite.summary(d.filter { $0.code == .textAfterHash }) == [
            "content/initiatives/01-online.easy.md:4:36 W060",
            "content/initiatives/01-online.md:10:20 W060",
            "content/initiatives/02-network.md:9:10 W060",
        ])
        #expect(d.first { $0.location.path.hasSuffix("02-network.md") }?.hint?.contains(#"- "注記です #3""#) == true)
    }

    @Test func aCommentThatTakesARequiredValueIsOneErrorThere() throws {
        let (bundle, d) = check([Mini.one: Mini.one("summary: 申請できる手続を増やす。", "summary: #1 申請できる手続を増やす。")])
        #expect(MiniSite.summary(d) == ["content/initiatives/01-online.md:7:10 E007"])
        #expect(d.first?.message.contains("「#1 申請できる手続を増やす。」") == true)
        #expect(d.first?.message.contains("値は空になります") == true)
        #expect(bundle == nil)
    }

    @Test func commentsAfterIdsCodesQuotedValuesAndOnTheirOwnLineAreFine() {
        let (bundle, d) = check([Mini.one: Mini.one("theme: service", "theme: service   # 行政サービス")
            .replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: \"行政手続 #1\" # 題名")
            .replacingOccurrences(of: "summary: 申請できる手続を増やす。", with: "# 概要\nsummary: 申請できる手続を増やす。#1")])
        #expect(d.filter { $0.code == .textAfterHash }.isEmpty, "\(d)")
        #expect(bundle?.base.initiatives.first?.title == "行政手続 #1")
        // `#` right after a character is text in YAML, and stays.
        #expect(bundle?.base.initiatives.first?.summary == "申請できる手続を増やす。#1")
    }

    /// A comment after a URL (not a text field) is a note to the editor: no warning.
    @Test func aCommentAfterTheBaseURLIsNotAText() throws {
        let (_, d) = check([Mini.site: Mini.site("base_url: https://dx.city.test/", "base_url: https://dx.city.test/   # 公開先")])
        #expect(d.isEmpty, "\(d)")
    }

    // MARK: Full-width colon and space

    static let fullWidth: [(name: String, old: String, new: String, expected: String, message: String)] = [
        ("full-width colon after a key", "title: 行政手続のオンライン化", "title：行政手続のオンライン化",
         "content/initiatives/01-online.md:5:6 E003", "全角の「：」です。半角の「:」にします"),
        ("full-width colon and a space", "title: 行政手続のオンライン化", "title： 行政手続のオンライン化",
         "content/initiatives/01-online.md:5:6 E003", "全角の「：」です。半角の「:」にします"),
        ("full-width space after the colon", "title: 行政手続のオンライン化", "title:　行政手続のオンライン化",
         "content/initiatives/01-online.md:5:7 E003", "全角スペースです"),
        ("full-width space between key and colon", "title: 行政手続のオンライン化", "title　: 行政手続のオンライン化",
         "content/initiatives/01-online.md:5:6 E003", "全角スペースです"),
        ("full-width space as indentation", "    label: オンライン化率", "　　label: オンライン化率",
         "content/initiatives/01-online.md:10:1 E003", "全角スペースです。字下げは半角スペースで書きます"),
        ("full-width space inside the indentation", "    label: オンライン化率", "  　label: オンライン化率",
         "content/initiatives/01-online.md:10:3 E003", "全角スペースです。字下げは半角スペースで書きます"),
        ("full-width space before a list item", "  - id: plan", "　- id: plan",
         "content/initiatives/01-online.md:17:1 E003", "全角スペースです"),
        ("full-width colon inside braces", "target: { value: 60,", "target: { value：60,",
         "content/initiatives/01-online.md:12:20 E003", "全角の「：」です"),
        ("full-width colon in a list item's key", "  - id: plan", "  - id：plan",
         "content/initiatives/01-online.md:17:7 E003", "全角の「：」です"),
    ]

    @Test(arguments: fullWidth.indices)
    func fullWidthSlipsPointAtTheCharacter(_ index: Int) {
        let c = Self.fullWidth[index]
        let (bundle, d) = check([Mini.one: Mini.one(c.old, c.new)])
        #expect(MiniSite.summary(d) == [c.expected], "\(c.name): \(d)")
        #expect(d.first?.message.contains(c.message) == true, "\(c.name): \(d)")
        #expect(d.first?.hint?.isEmpty == false)
        #expect(bundle == nil)
    }

    @Test func aKeyThatIsNotASCIIIsFoundOnTheLineBeforeLibyamlsError() {
        let (_, d) = check(["content/furigana.yaml": "目黒区：めぐろく\n碑文谷: ひもんや\n"])
        #expect(MiniSite.summary(d) == ["content/furigana.yaml:1:4 E003"])
        #expect(d.first?.message.contains("全角の「：」です") == true)
    }

    @Test func fullWidthCharactersInTextAreText() throws {
        let (bundle, d) = check([
            Mini.one: Mini.one("summary: 申請できる手続を増やす。", "summary: 目的：申請できる　手続を増やす。"),
            Mini.site: Mini.site("values: 2つの戦略テーマ", "values: |\n  　2つの戦略テーマ\n  　title：続き"),
        ])
        #expect(d.isEmpty, "\(d)")
        #expect(bundle?.base.initiatives.first?.summary == "目的：申請できる　手続を増やす。")
    }

    // MARK: One message, and the right one

    @Test func aTargetWrittenAsANumberIsOneErrorWithTheShapeToWrite() throws {
        let (bundle, d) = check([Mini.two: Mini.two("target: { value: 0, comparison: at_most }", "target: 20")])
        #expect(MiniSite.summary(d) == ["content/initiatives/02-network.md:12:13 E006"])
        #expect(d.first?.message.contains("kpis[1].target") == true)
        #expect(d.first?.hint == "target: { value: 20, comparison: at_least } のように書きます(at_least は以上、at_most は以内)。")
        #expect(bundle == nil)
    }

    @Test func aTargetWrittenAsAListIsOneError() {
        let (_, d) = check([Mini.two: Mini.two("target: { value: 0, comparison: at_most }", "target: [0]")])
        #expect(MiniSite.summary(d) == ["content/initiatives/02-network.md:12:13 E006"])
    }

    @Test func aReiwaFiscalYearHintsTheWesternYear() throws {
        let (_, d) = check([Mini.site: Mini.site("fiscal_year: 2024", "fiscal_year: 令和6年度")])
        #expect(MiniSite.summary(d) == ["content/site.yaml:5:16 E016"])
        #expect(d.first?.hint == "和暦ではなく西暦で書きます。令和6年度 → 2024。例: fiscal_year: 2024")
        let (_, other) = check([Mini.site: Mini.site("fiscal_year: 2024", "fiscal_year: R6")])
        #expect(other.first?.hint == "半角数字だけで書きます。例: fiscal_year: 2024")
    }

    @Test func eraYearsConvert() {
        #expect(JapaneseEra.gregorianYear("令和6年度") == 2024)
        #expect(JapaneseEra.gregorianYear("令和元年度") == 2019)
        #expect(JapaneseEra.gregorianYear("平成３１年") == 2019)
        #expect(JapaneseEra.gregorianYear("令和") == nil)
        #expect(JapaneseEra.gregorianYear("2024") == nil)
    }

    @Test func aWrongFigureInAnEasyKPINotePointsAtTheFigureInTheField() throws {
        let label = "    label: インターネットで できる てつづきの わりあい\n"
        let easy = Mini.oneEasy(label, label + "    note: もくひょうは 65%です。\n")
        let bundle = try #require(check([Mini.oneEasy: easy]).bundle)
        let d = EasyJapaneseChecker.check(bundle: bundle).filter { $0.code == .wrongFigure }
        #expect(MiniSite.summary(d) == ["content/initiatives/01-online.easy.md:8:18 E046"])
        #expect(d.first?.message.contains("「65%」") == true)
        #expect(d.first?.hint?.contains("書かなくてもかまいません") == true)
    }

    // MARK: Languages of the shared content model

    @Test func knownLanguageCodesNeedNoName() throws {
        let (bundle, d) = check([Mini.site: Mini.site("  - { code: ja, name: 日本語, path: / }\n  - { code: easy, name: やさしい日本語, path: /easy/ }",
                                                      "  - { code: ja, path: / }\n  - { code: easy, path: /easy/ }")])
        #expect(d.errors.isEmpty, "\(d)")
        #expect(try #require(bundle).sites.map(\.language.name) == ["日本語", "やさしい日本語"])
    }

    @Test func otherLanguageCodesNeedAName() {
        let (bundle, d) = check([Mini.site: Mini.site("  - { code: easy, name: やさしい日本語, path: /easy/ }",
                                                      "  - { code: easy, name: やさしい日本語, path: /easy/ }\n  - { code: en, path: /en/ }")])
        #expect(MiniSite.summary(d) == ["content/site.yaml:15:5 E007"])
        #expect(d.first?.message.contains("言語「en」の名前(name)") == true)
        #expect(bundle == nil)
    }
}
