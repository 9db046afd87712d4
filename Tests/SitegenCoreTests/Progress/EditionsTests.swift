import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// `report.editions`: the earlier editions of the report. Each way to get one wrong is its
/// own Japanese diagnostic at the value's position (E085–E089, W082–W084).
@Suite struct EditionsTests {
    /// The mini site (FY2024) with `lines` as its `report.editions` list.
    static func site(editions lines: String) -> [String: String] {
        let yaml = MiniSite.siteYAML.replacingOccurrences(of: "  license: CC-BY-4.0\n", with: "  license: CC-BY-4.0\n  editions:\n" + lines)
        return MiniSite.files(replacing: ["content/site.yaml": yaml])
    }

    static func summary(_ lines: String) -> [String] { MiniSite.summary(MiniSite.check(site(editions: lines)).diagnostics) }

    static let good = "    - { fiscal_year: 2023, title: 令和5年度テスト戦略, url: https://archive.city.test/2023/ }\n"

    @Test func correctEditionsAreClean() {
        #expect(Self.summary(Self.good + "    - { fiscal_year: 2022, title: 令和4年度テスト戦略, url: https://archive.city.test/2022/ }\n").isEmpty)
    }

    @Test func aBadYear() {
        #expect(Self.summary("    - { fiscal_year: 令和5年度, title: 令和5年度テスト戦略, url: https://a.test/ }\n")
                == ["content/site.yaml:10:22 E085"])
        #expect(Self.summary("    - { title: 令和5年度テスト戦略, url: https://a.test/ }\n") == ["content/site.yaml:10:7 E085"])
        let diagnostic = MiniSite.check(Self.site(editions: "    - { fiscal_year: 令和5年度, title: x, url: https://a.test/ }\n"))
            .diagnostics.first { $0.code == .invalidEditionYear }
        #expect(diagnostic?.hint?.contains("2023") == true, "和暦には西暦を案内します")
    }

    @Test func aMissingTitle() {
        #expect(Self.summary("    - { fiscal_year: 2023, url: https://a.test/ }\n") == ["content/site.yaml:10:7 E086"])
    }

    @Test func aBadURL() {
        for url in ["www.city.test/2023/", "https://", "https://a.test/令和5年度", "ftp://a.test/", "https://a.test/a b"] {
            #expect(Self.summary("    - { fiscal_year: 2023, title: t, url: \"\(url)\" }\n") == ["content/site.yaml:10:43 E087"], "\(url)")
        }
        #expect(Self.summary("    - { fiscal_year: 2023, title: t }\n") == ["content/site.yaml:10:7 E087"])
    }

    @Test func aYearWrittenTwice() {
        #expect(Self.summary(Self.good + "    - { fiscal_year: 2023, title: 別の題名, url: https://archive.city.test/other/ }\n")
                == ["content/site.yaml:11:22 E088"])
    }

    @Test func anEditionThatIsNotEarlier() {
        #expect(Self.summary("    - { fiscal_year: 2024, title: 令和6年度の別の版, url: https://a.test/ }\n") == ["content/site.yaml:10:22 E089"])
        #expect(Self.summary("    - { fiscal_year: 2025, title: 令和7年度の版, url: https://a.test/ }\n") == ["content/site.yaml:10:22 E089"])
    }

    @Test func warningsForLikelySlips() {
        #expect(Self.summary("    - { fiscal_year: 2023, title: t, url: http://a.test/ }\n") == ["content/site.yaml:10:43 W082"])
        #expect(Self.summary("    - { fiscal_year: 2023, title: 令和6年度テスト戦略, url: https://a.test/ }\n") == ["content/site.yaml:10:35 W083"])
        #expect(Self.summary(Self.good + "    - { fiscal_year: 2022, title: 令和4年度, url: https://archive.city.test/2023/ }\n")
                == ["content/site.yaml:11:47 W084"])
    }

    @Test func editionsBelongInSiteYAMLOnly() {
        var files = MiniSite.files
        let easy = files["content/site.easy.yaml"] ?? ""
        files["content/site.easy.yaml"] = easy + "report:\n  editions:\n" + Self.good
        #expect(MiniSite.summary(MiniSite.check(files).diagnostics).contains { $0.hasSuffix("E024") })
    }

    @Test func everyPageLinksToTheEditionsNewestFirstInBothLanguages() throws {
        for prefix in ["", "easy/"] {
            for path in ["index.html", "kpis/index.html", "initiatives/online/index.html", "schedule/index.html", "accessibility/index.html"] {
                let page = ProgressSiteTests.page(prefix + path)
                let new = try #require(page.range(of: "<a rel=\"noopener\" href=\"https://archive.city.test/dx/2024/\">"), "\(prefix)\(path)")
                let old = try #require(page.range(of: "<a rel=\"noopener\" href=\"https://archive.city.test/dx/2023/\">"))
                #expect(new.lowerBound < old.lowerBound)
            }
        }
        let page = ProgressSiteTests.page("index.html")
        #expect(page.contains("<p>これまでの版:</p>"))
        #expect(page.contains("<li><a rel=\"noopener\" href=\"https://archive.city.test/dx/2024/\">令和6年度試験戦略</a>（令和6年度）</li>"))
        // Easy: its own words, with furigana added like every fixed word of the page.
        let easy = ProgressSiteTests.page("easy/index.html").replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</?ruby>", with: "", options: .regularExpression)
        #expect(easy.contains("<p>前の年の報告書:</p>"))
    }

    @Test func theOpenDataListsTheEditions() {
        let json = ProgressSiteTests.page("data/initiatives.json")
        #expect(json.contains("\"editions\""))
        #expect(json.contains("\"fiscal_year\": 2023") || json.contains("\"fiscal_year\":2023"))
        #expect(json.contains("https://archive.city.test/dx/2023/"))
        let schema = ProgressSiteTests.page("data/initiatives.schema.json")
        #expect(schema.contains("\"editions\""))
    }
}
