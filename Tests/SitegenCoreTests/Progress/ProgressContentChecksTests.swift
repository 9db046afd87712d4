import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Each way to get actuals and the evaluation rule wrong is a Japanese diagnostic at its place.
@Suite struct ProgressContentChecksTests {
    /// The mini site with the first KPI's actuals (from line 15) replaced.
    static func withActuals(_ lines: String, extra: String = "") -> [String: String] {
        let original = MiniSite.initiative1
        let written = original.replacingOccurrences(of: "      - { date: 2024-09-30, value: 51.5 }\n", with: lines)
            .replacingOccurrences(of: "    evaluation: B\n", with: "    evaluation: B\n" + extra)
        return MiniSite.files(replacing: ["content/initiatives/01-online.md": written])
    }

    static func codes(_ files: [String: String]) -> [String] { MiniSite.summary(MiniSite.check(files).diagnostics) }

    @Test func theMiniSiteIsClean() {
        #expect(Self.codes(MiniSite.files).isEmpty)
    }

    @Test func anActualOutsideTheReportsPeriod() {
        let later = Self.codes(Self.withActuals("      - { date: 2027-09-30, value: 51.5 }\n"))
        #expect(later == ["content/initiatives/01-online.md:15:17 E080"])
        let earlier = Self.codes(Self.withActuals("      - { date: 2023-03-31, value: 40 }\n"))
        #expect(earlier.contains("content/initiatives/01-online.md:15:17 E080"))
        // The year before the report's (the baseline year) is inside the period.
        #expect(!Self.codes(Self.withActuals("      - { date: 2023-04-01, value: 40 }\n      - { date: 2024-09-30, value: 51.5 }\n")).contains { $0.hasSuffix("E080") })
    }

    @Test func anActualAfterTheReportsDate() {
        let files = Self.withActuals("      - { date: 2024-09-30, value: 51.5 }\n")
            .merging(["content/site.yaml": MiniSite.siteYAML.replacingOccurrences(of: "as_of: 2024-10-01", with: "as_of: 2024-06-30")]) { $1 }
        let diagnostics = MiniSite.check(files).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/initiatives/01-online.md:15:17 E081"])
        #expect(diagnostics[0].message.contains("as_of: 2024-06-30") && diagnostics[0].hint != nil)
    }

    @Test func aDateWrittenTwice() {
        let diagnostics = MiniSite.check(Self.withActuals("      - { date: 2024-09-30, value: 50 }\n      - { date: 2024-09-30, value: 51.5 }\n")).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/initiatives/01-online.md:16:17 E082"])
        #expect(diagnostics[0].hint?.contains("最初は 15行目です。") == true)
    }

    @Test func actualsOnAMilestoneAreTheWrongKind() {
        let written = MiniSite.initiative1.replacingOccurrences(of: "    status: in_progress\n",
                                                                with: "    status: in_progress\n    actuals:\n      - { date: 2024-09-30, value: 1 }\n")
        let codes = Self.codes(MiniSite.files(replacing: ["content/initiatives/01-online.md": written]))
        #expect(codes == ["content/initiatives/01-online.md:22:7 E083"])
    }

    @Test func aTargetEqualToTheBaselineWithAnActual() {
        let written = MiniSite.initiative1.replacingOccurrences(of: "baseline: { value: 46,", with: "baseline: { value: 60,")
        let diagnostics = MiniSite.check(MiniSite.files(replacing: ["content/initiatives/01-online.md": written])).diagnostics
        #expect(MiniSite.summary(diagnostics) == ["content/initiatives/01-online.md:12:22 W080"])
        #expect(diagnostics[0].message.contains("基準値と同じ"))
    }

    @Test func theLatestActualBeforeTheBaselineDate() {
        let written = MiniSite.initiative1.replacingOccurrences(of: "label: 令和5年度実績 }", with: "label: 令和5年度実績, date: 2024-10-31 }")
        #expect(Self.codes(MiniSite.files(replacing: ["content/initiatives/01-online.md": written])) == ["content/initiatives/01-online.md:15:17 W081"])
    }

    @Test func evaluationRuleMistakes() {
        func codes(_ rule: String) -> [String] {
            Self.codes(MiniSite.files(replacing: ["content/site.yaml": MiniSite.siteYAML + rule]))
        }
        #expect(codes("evaluation_rule:\n  - { code: A, percent: 90 }\n  - { code: B }\n").isEmpty)
        #expect(codes("evaluation_rule:\n  - { code: A }\n  - { code: B }\n") == ["content/site.yaml:28:5 E084"])
        #expect(codes("evaluation_rule:\n  - { code: A, percent: 90 }\n  - { code: B, percent: 50 }\n") == ["content/site.yaml:29:25 E084"])
        #expect(codes("evaluation_rule:\n  - { code: A, percent: 90 }\n  - { code: A }\n") == ["content/site.yaml:29:13 E084"])
        #expect(codes("evaluation_rule:\n  - { code: X, percent: 90 }\n  - { code: B }\n") == ["content/site.yaml:28:13 E015"])
        #expect(codes("evaluation_rule:\n  - { code: A }\n") == ["content/site.yaml:28:3 E084"])
    }
}
