import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The test content set with actuals (Fixtures/progress-content) as a report without a
/// scale of its own, graded by a rule the site set (`set_by: site`): the pages of both
/// languages and the open data say the grade is this site's guide, not the ward's
/// evaluation; a rule the ward set keeps its words; the real report ships the site's rule.
@Suite struct SiteSetRuleSiteTests {
    static let siteRule = "evaluation_rule:\n  set_by: site\n  levels:\n    - { code: A, percent: 100 }\n    - { code: B, percent: 80 }\n    - { code: C }\n"

    /// progress-content without the ward's scale, its rule and the ward's hand-set grade, with the site's rule.
    static func siteRuleFiles() -> [String: String] {
        var files = ProgressSiteTests.contentFiles()
        func cut(_ path: String, from start: String, replacement: String = "") {
            guard let text = files[path], let range = text.range(of: start) else { Issue.record("\(start) not in \(path)"); return }
            files[path] = String(text[..<range.lowerBound]) + replacement
        }
        cut("content/site.yaml", from: "evaluation_scale:", replacement: siteRule)
        cut("content/site.easy.yaml", from: "evaluation_scale:")
        files["content/initiatives/01-online.md"] = files["content/initiatives/01-online.md"]?
            .replacingOccurrences(of: "    evaluation: B\n", with: "")
        return files
    }

    static let built = ProgressSiteTests.build(siteRuleFiles())
    static func page(_ path: String) -> String { built.files[path] ?? "" }

    /// A page read as text: furigana (<rt>) and tags left out.
    static func text(_ path: String) -> String {
        page(path).replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    static func row(_ page: String, _ anchor: String) -> String {
        page.components(separatedBy: "<tr id=\"\(anchor)\"").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
    }

    static func kpiRow(_ csv: RFC4180Parser.Table, _ id: String) -> [String: String]? { csv.rows.first { $0["kpi_id"] == id } }

    static let standardSource = "このサイトの決め方による目安（区の評価ではありません）"
    static let standardRule = "目安は、区の評価ではなく、このサイトが決めた決め方（区の報告書にはない決め方）で、公表された数値から計算したものです。"
    static let easySource = "このサイトが 決めた 目安（区の 評価では ありません）"
    static let easyRule = "この 目安は、区の 評価では ありません。このサイトが 決めた 決め方で 計算しました。"

    @Test func theContentSetWithASiteRuleIsClean() {
        #expect(Self.built.diagnostics.isEmpty, "\(Self.built.diagnostics.map(\.description))")
        #expect(Self.built.files["initiatives/online/index.html"] != nil)
    }

    @Test func standardPagesSayTheGradeIsTheSitesGuideNotTheWards() {
        for path in ["initiatives/online/index.html", "kpis/index.html"] {
            let page = Self.page(path)
            let row = Self.row(page, "kpi-online-rate")
            #expect(row.contains("A（見込みより進んでいる）") && row.contains(Self.standardSource), "\(path): \(row)")
            #expect(!page.contains("公表された数値からsitegenが計算した評価") && !page.contains("区による評価"), "\(path)")
            #expect(page.contains(Self.standardRule + "実績が基準値から目標までの何%の位置かを"), "\(path)")
            #expect(page.contains("見込みの100%以上はA、80%以上はB、それより下はCとしています。"), "\(path)")
        }
        // The sentence of how the grade was reached is the same as under the ward's rule.
        #expect(Self.page("initiatives/online/index.html").contains(
            "2025年9月30日の実績55%は、基準値40%から目標60%までの75%の位置で、この日までの見込み（75%）の100%にあたるため、Aです。"))
    }

    @Test func easyPagesSayItInEasyJapanese() throws {
        for path in ["easy/initiatives/online/index.html", "easy/kpis/index.html"] {
            let page = Self.text(path)
            #expect(page.contains("A（予定より 早い）") && page.contains(Self.easySource), "\(path)")
            #expect(page.contains(Self.easyRule + "予定の 100%より 多いと Aです。"), "\(path)")
            #expect(!page.contains("発表された 数から 計算した 評価"), "\(path)")
        }
        let words = ProgressWords.easy
        let rule = EvaluationRule(steps: [.init(code: "A", percent: 100), .init(code: "C", percent: nil)], origin: .site)
        let (list, _) = HardWordList.load(themeFolder: RenderFixture.themesRoot + "/default", fileIO: .local)
        let hardWords = try #require(list)
        for text in [words.siteRuleEvaluation, words.ruleSentence(rule, FiscalYear(2025)), words.siteGrade(words.builtInScale[0])] {
            #expect(hardWords.findings(in: text).isEmpty, "hard word: \(text)")
            let found = SentenceSplitter.field(text, at: TextPosition(line: 1, column: 1), path: "x.easy.md", isLabel: false)
                .flatMap { EasyJapaneseRules.check($0, acronyms: []) }
            #expect(found.isEmpty, "\(text): \(found.map(\.description))")
        }
    }

    @Test func theSummaryCountsTheSitesGuideApartInBothLanguages() {
        let svg = Self.page("charts/progress-summary.svg")
        #expect(svg.contains("このサイトの目安A（見込みより進んでいる） 2件"))
        let home = Self.text("index.html")
        #expect(home.contains("① 区民サービスの向上：指標4件（このサイトの目安A（見込みより進んでいる） 2件、このサイトの目安C（見込みより遅れている） 2件）。"))
        let easyHome = Self.text("easy/index.html")
        #expect(easyHome.contains("このサイトの 目安 A（予定より 早い） 2こ"))
    }

    @Test func theOpenDataSaysWhoSetTheRule() throws {
        let csv = try RFC4180Parser.table(Data(Self.page("data/kpis.csv").utf8))
        #expect(csv.header.contains("grade_rule"))
        let online = try #require(Self.kpiRow(csv, "online-rate"))
        #expect(online["grade"] == "A" && online["grade_source"] == "computed" && online["grade_rule"] == "site")
        #expect(Self.kpiRow(csv, "training")?["grade_rule"] == "", "no grade, no rule")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(Self.page("data/initiatives.json").utf8)) as? [String: Any])
        let site = try #require(document["site"] as? [String: Any])
        #expect((site["evaluation_scale"] as? [Any])?.isEmpty == true, "the built-in scale is not the report's")
        let rule = try #require(site["evaluation_rule"] as? [String: Any])
        #expect(rule["set_by"] as? String == "site" && rule["scale"] as? String == "built_in")
        let levels = try #require(rule["levels"] as? [[String: Any]])
        #expect(levels.map { $0["code"] as? String } == ["A", "B", "C"])
        #expect(levels.first?["label"] as? String == "見込みより進んでいる" && levels.first?["min_percent_of_expected"] as? Int == 100)
        #expect(levels.last?["min_percent_of_expected"] is NSNull)
        #expect((rule["explanation"] as? String)?.hasPrefix(Self.standardRule) == true)

        let package = Self.page("data/datapackage.json")
        #expect(package.contains("\"grade_rule\"") && package.contains("site = このサイトが決めた決め方"))
        let schema = Self.page("data/initiatives.schema.json")
        #expect(schema.contains("\"evaluation_rule\"") && schema.contains("\"built_in\""))
    }

    @Test func initiativesJSONWithASiteRuleMatchesItsSchema() throws {
        let paths = ["data/initiatives.schema.json", "data/initiatives.json"]
        let root = try OpenDataTestSupport.write(paths.map { OutputFile(path: $0, text: Self.page($0)) })
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try OpenDataTestSupport.python(OpenDataJSONTests.validator, paths, in: root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func aRuleTheWardSetKeepsItsWordsAndIsNamedSoInTheOpenData() throws {
        let page = ProgressSiteTests.page("initiatives/online/index.html")
        #expect(page.contains("公表された数値からsitegenが計算した評価") && !page.contains("目安"))
        let csv = try RFC4180Parser.table(Data(ProgressSiteTests.page("data/kpis.csv").utf8))
        #expect(Self.kpiRow(csv, "online-rate")?["grade_rule"] == "ward")
        #expect(Self.kpiRow(csv, "satisfaction")?["grade_rule"] == "", "the ward's own grade is not computed by any rule")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(ProgressSiteTests.page("data/initiatives.json").utf8)) as? [String: Any])
        let rule = try #require((document["site"] as? [String: Any])?["evaluation_rule"] as? [String: Any])
        #expect(rule["set_by"] as? String == "ward" && rule["scale"] as? String == "report")
    }

    @Test func theDefaultRuleIsNamedSoInTheOpenData() throws {
        var files = ProgressSiteTests.contentFiles()
        files["content/site.yaml"] = files["content/site.yaml"].map { text in
            String(text[..<(text.range(of: "evaluation_rule:")?.lowerBound ?? text.endIndex)])
        }
        let (bundle, diagnostics) = MiniSite.check(files)
        #expect(diagnostics.isEmpty)
        let output = OpenDataRenderer.render(bundle: try #require(bundle))
        #expect(Self.kpiRow(try OpenDataTestSupport.csv(output, "kpis"), "online-rate")?["grade_rule"] == "default")
        let rule = try #require((try OpenDataTestSupport.json(output, "data/initiatives.json")["site"] as? [String: Any])?["evaluation_rule"] as? [String: Any])
        #expect(rule["set_by"] as? String == "default" && rule["scale"] as? String == "report")
    }

    @Test func theRealReportShipsTheSitesRuleWithoutAScale() throws {
        let site = BuiltSite.shared
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics.map(\.description))")
        let document = try #require(try JSONSerialization.jsonObject(with: Data((site.text("data/initiatives.json") ?? "").utf8)) as? [String: Any])
        let settings = try #require(document["site"] as? [String: Any])
        #expect((settings["evaluation_scale"] as? [Any])?.isEmpty == true)
        let rule = try #require(settings["evaluation_rule"] as? [String: Any])
        #expect(rule["set_by"] as? String == "site" && rule["scale"] as? String == "built_in")
        // No actuals yet: no page shows a grade or the rule's sentence (the data page documents the columns only).
        for (path, html) in site.pages {
            #expect(!html.contains("class=\"grade") && !html.contains("目安は、区の評価ではなく") && !html.contains("このサイトの 目安"), "\(path)")
        }
    }
}
