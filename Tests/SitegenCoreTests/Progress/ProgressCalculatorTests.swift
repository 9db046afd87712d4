import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The computation at its edges: exactly on target, beyond it, `at_most` targets,
/// baseline = target, an actual before the baseline's date, and the grade thresholds.
@Suite struct ProgressCalculatorTests {
    static let year = FiscalYear(2024)
    static let at = SourceLocation(path: "t.md")

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func kpi(target: Double, _ comparison: KPI.Comparison = .atLeast, baseline: Double?, actual: Double,
                    on date: String = "2024-09-30", baselineDate: String? = nil, scopes: (String?, String?) = (nil, nil)) -> KPI {
        KPI(id: "k", label: "指標", kind: .number, unit: "%",
            target: KPI.Target(value: Quantity(String(target))!, comparison: comparison, scope: scopes.0),
            baseline: baseline.map { KPI.Baseline(value: Quantity(String($0))!, label: "令和5年度実績", note: nil, scope: scopes.1,
                                                  date: baselineDate.map(day)) },
            actuals: [KPI.Actual(date: day(date), value: Quantity(String(actual))!, note: nil)],
            status: nil, note: nil, evaluation: nil, location: at)
    }

    static func progress(_ kpi: KPI) -> KPIProgress? { ProgressCalculator.outcome(kpi, in: year).progress }

    @Test func expectedProgressIsProRatedFromTheBaselineDayToTheYearEnd() {
        // 2024-03-31 → 2025-03-31 is 365 days; 2024-09-30 is 183 days in.
        let p = Self.progress(Self.kpi(target: 60, baseline: 46, actual: 51))!
        #expect(p.startDate == Self.day("2024-03-31") && p.dueDate == Self.day("2025-03-31"))
        #expect(abs(p.expected - 183.0 / 365.0) < 1e-9)
        #expect(p.percent == 36 && p.expectedPercent == 50 && p.shareOfExpectedPercent == 71)
    }

    @Test func exactlyOnTargetIsTheWholeWay() {
        let p = Self.progress(Self.kpi(target: 60, baseline: 46, actual: 60, on: "2025-03-31"))!
        #expect(p.fraction == 1 && p.expected == 1 && p.isMet)
        #expect(p.shareOfExpectedPercent == 100)
    }

    @Test func beyondTheTargetIsMoreThanTheWholeWay() {
        let p = Self.progress(Self.kpi(target: 60, baseline: 40, actual: 70, on: "2025-03-31"))!
        #expect(p.percent == 150 && p.isMet)
        // After the target's date nothing more is expected than the whole way.
        let late = Self.progress(Self.kpi(target: 60, baseline: 40, actual: 50, on: "2025-03-31"))!
        #expect(late.expected == 1)
    }

    @Test func atMostTargetsProgressAsTheFigureFalls() {
        let down = Self.progress(Self.kpi(target: 10, .atMost, baseline: 30, actual: 20))!
        #expect(down.percent == 50 && !down.isMet)
        let worse = Self.progress(Self.kpi(target: 10, .atMost, baseline: 30, actual: 36))!
        #expect(worse.percent == -30)
        let below = Self.progress(Self.kpi(target: 10, .atMost, baseline: 30, actual: 5))!
        #expect(below.percent == 125 && below.isMet)
    }

    @Test func exactlyOnAnAtMostTargetIsTheWholeWayAndMet() {
        let on = Self.progress(Self.kpi(target: 10, .atMost, baseline: 30, actual: 10, on: "2025-03-31"))!
        #expect(on.fraction == 1 && on.isMet && on.shareOfExpectedPercent == 100)
    }

    @Test func anEqualTargetCountsOvershootingAgainst() {
        let over = Self.progress(Self.kpi(target: 50, .equal, baseline: 40, actual: 55))!
        #expect(over.percent == 50)
        let on = Self.progress(Self.kpi(target: 50, .equal, baseline: 40, actual: 50))!
        #expect(on.percent == 100 && on.isMet)
    }

    @Test func baselineEqualToTargetHasNoProgress() {
        #expect(ProgressCalculator.outcome(Self.kpi(target: 4, baseline: 4, actual: 5), in: Self.year) == .notComputed(.noWayToCover))
        // A baseline that already meets the target leaves no way to cover either.
        #expect(ProgressCalculator.outcome(Self.kpi(target: 60, baseline: 70, actual: 75), in: Self.year) == .notComputed(.noWayToCover))
    }

    @Test func anActualBeforeTheBaselineDateHasNoProgress() {
        let kpi = Self.kpi(target: 60, baseline: 46, actual: 50, on: "2024-03-01")
        #expect(ProgressCalculator.outcome(kpi, in: Self.year) == .notComputed(.actualBeforeBaseline))
        let onTheDay = Self.kpi(target: 60, baseline: 46, actual: 50, on: "2024-06-30", baselineDate: "2024-06-30")
        #expect(ProgressCalculator.outcome(onTheDay, in: Self.year) == .notComputed(.actualBeforeBaseline))
    }

    @Test func differentScopesAreNeverCompared() {
        let kpi = Self.kpi(target: 2, .atMost, baseline: 1, actual: 1, scopes: ("12課", "6課"))
        #expect(ProgressCalculator.outcome(kpi, in: Self.year) == .notComputed(.differentScope))
    }

    @Test func withoutABaselineOnlyAnAtLeastTargetCountsFromZero() {
        let fromZero = Self.progress(Self.kpi(target: 4, baseline: nil, actual: 2))!
        #expect(fromZero.percent == 50 && !fromZero.startsAtBaseline)
        #expect(ProgressCalculator.outcome(Self.kpi(target: 4, .atMost, baseline: nil, actual: 2), in: Self.year) == .notComputed(.noBaseline))
    }

    @Test func aKPIWithoutActualsOrStatusAwaitsThem() {
        let none = KPI(id: "k", label: "指標", kind: .number, unit: "%", target: KPI.Target(value: Quantity(60), comparison: .atLeast),
                       baseline: nil, actuals: [], status: nil, note: nil, evaluation: nil, location: Self.at)
        #expect(ProgressCalculator.outcome(none, in: Self.year) == .awaitingActual)
        let milestone = KPI(id: "m", label: "完成", kind: .milestone, unit: nil, target: nil, baseline: nil, actuals: [],
                            status: .inProgress, note: nil, evaluation: nil, location: Self.at)
        #expect(ProgressCalculator.outcome(milestone, in: Self.year) == .stage(.inProgress))
    }

    @Test func theRuleGradesByTheRoundedShareOfTheExpectedProgress() {
        let rule = EvaluationRule(steps: [.init(code: "A", percent: 100), .init(code: "B", percent: 80), .init(code: "C", percent: nil)],
                                  origin: .ward)
        #expect(rule.grade(sharePercent: 100) == "A")
        #expect(rule.grade(sharePercent: 99) == "B")
        #expect(rule.grade(sharePercent: 80) == "B")
        #expect(rule.grade(sharePercent: 79) == "C")
        #expect(rule.grade(sharePercent: -40) == "C")
    }

    @Test func theDefaultRuleUsesTheReportsScaleInItsOrderElseTheBuiltInOne() {
        let scale = ["S", "T", "U", "V"].map { EvaluationLevel(code: $0, label: $0) }
        let builtIn = ProgressWords.standard.builtInScale
        let (rule, used) = EvaluationRule.effective(written: nil, scale: scale, builtInScale: builtIn)
        #expect(rule.steps.map(\.code) == ["S", "T", "U"] && rule.steps.map(\.percent) == [110, 90, nil] && used == scale)
        let (two, _) = EvaluationRule.effective(written: nil, scale: Array(scale.prefix(2)), builtInScale: builtIn)
        #expect(two.steps.map(\.code) == ["S", "T"] && two.steps.map(\.percent) == [90, nil])
        let (none, noneScale) = EvaluationRule.effective(written: nil, scale: [], builtInScale: builtIn)
        #expect(none.steps.map(\.code) == ["A", "B", "C"] && noneScale == builtIn && !none.isWritten)
    }

    @Test func dayNumbersCountCalendarDays() {
        #expect(Self.day("1970-01-01").dayNumber == 0)
        #expect(Self.day("2025-03-31").dayNumber - Self.day("2024-03-31").dayNumber == 365)
        #expect(Self.day("2024-03-01").dayNumber - Self.day("2024-02-28").dayNumber == 2)
        #expect(Self.day("2024-04-01").previousDay == Self.day("2024-03-31"))
        #expect(Self.day("2025-01-01").previousDay == Self.day("2024-12-31"))
    }
}
