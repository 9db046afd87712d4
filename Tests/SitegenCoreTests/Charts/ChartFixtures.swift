import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Model values for chart tests, built in code. They use the real report's
/// longest labels so wrapping and placement are tested on what ships.
enum ChartFixtures {
    static let location = SourceLocation(path: "content/initiatives/99-fixture.md", line: 1, column: 1)
    static let fiscalYear = FiscalYear(2024)

    static func q(_ text: String) -> Quantity { Quantity(text)! }
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func month(_ iso: String) -> YearMonth { YearMonth(iso: iso)! }

    static func numberKPI(id: String, label: String, unit: String?, target: String?, comparison: KPI.Comparison = .atLeast,
                          baseline: String? = nil, baselineLabel: String = "令和5年度実績",
                          actuals: [(String, String)] = [], evaluation: String? = nil) -> KPI {
        KPI(id: id, label: label, kind: .number, unit: unit,
            target: target.map { KPI.Target(value: q($0), comparison: comparison) },
            baseline: baseline.map { KPI.Baseline(value: q($0), label: baselineLabel, note: nil) },
            actuals: actuals.map { KPI.Actual(date: date($0.0), value: q($0.1), note: nil) },
            status: nil, note: nil, evaluation: evaluation, location: location)
    }

    static func milestoneKPI(id: String, label: String, status: KPI.Status?) -> KPI {
        KPI(id: id, label: label, kind: .milestone, unit: nil, target: nil, baseline: nil, actuals: [],
            status: status, note: nil, evaluation: nil, location: location)
    }

    /// at_least with an actual and an evaluation.
    static let onlineRate = numberKPI(id: "online-rate", label: "行政手続のオンライン化率", unit: "%", target: "60",
                                      baseline: "46", actuals: [("2024-09-30", "51")], evaluation: "B")
    /// Two-decimal values.
    static let securityTraining = numberKPI(id: "security-training",
                                            label: "セキュリティ研修受講率(年度内に区・J-LIS・総務省主催の各研修を1回以上受講した職員の割合)",
                                            unit: "%", target: "90.00", baseline: "85.77")
    /// at_most: lower is better.
    static let findings = numberKPI(id: "findings", label: "情報セキュリティ内部監査におけるシステム管理台帳に係る指摘事項",
                                    unit: "件", target: "2", comparison: .atMost, baseline: "1")
    /// at_most with a zero target and no value yet.
    static let outages = numberKPI(id: "outages", label: "業務を継続できなくなるネットワーク障害の発生", unit: "件",
                                   target: "0", comparison: .atMost)
    /// A count with no baseline and no actual.
    static let hardware = numberKPI(id: "hardware", label: "新たなシステム管理台帳によるハードウェア資産の管理件数",
                                    unit: "件", target: "170")
    static let selection = numberKPI(id: "selection", label: "マイナンバーカードを使った行政手続の選定", unit: "事務",
                                     target: "3", comparison: .equal, baseline: "2")
    static let migrationPlan = milestoneKPI(id: "migration-plan", label: "移行計画書の完成", status: .inProgress)
    static let unknownStatus = milestoneKPI(id: "status-unknown", label: "推進体制の整備", status: nil)

    static let numberKPIs = [onlineRate, securityTraining, findings, outages, hardware, selection]
    static let allKPIs = numberKPIs + [migrationPlan, unknownStatus]

    static let evaluationScale = [
        EvaluationLevel(code: "A", label: "目標より進んでいる"),
        EvaluationLevel(code: "B", label: "おおむね目標どおり"),
    ]

    static func bar(_ from: String, _ to: String, _ label: String?, spansYears: Bool = false) -> ScheduleBar {
        let f = SchedulePosition(from)!, t = SchedulePosition(to)!
        return ScheduleBar(from: f, to: t, label: label, spansYears: spansYears,
                           startMonth: f.start(in: fiscalYear), endMonth: t.end(in: fiscalYear))
    }

    static func milestone(_ at: String, _ label: String) -> ScheduleMilestone {
        let position = SchedulePosition(at)!
        return ScheduleMilestone(at: position, label: label, month: position.start(in: fiscalYear))
    }

    static func task(_ id: String, _ name: String, bars: [ScheduleBar] = [], milestones: [ScheduleMilestone] = []) -> ScheduleTask {
        ScheduleTask(id: id, task: name, bars: bars, milestones: milestones, location: location)
    }

    static let schedule: [ScheduleTask] = [
        task("fit-gap", "Fit&Gap分析※、対応", bars: [
            bar("Q1", "Q1", "Fit&Gap分析"),
            bar("2024-10", "2025-03", "移行リハーサルと順次移行作業の実施"),
        ]),
        task("risk", "システム管理台帳に基づくITリスク発見・抑制の仕組み構築", bars: [
            bar("2024-07", "2025-03", "新技術の探索・試行・導入・構築"),
        ], milestones: [milestone("2025-01", "口座振替登録オンライン化")]),
        task("online", "オンライン化推進", milestones: [
            milestone("Q1", "デジタルアーカイブへの適用"),
            milestone("2025-01", "口座振替登録オンライン化"),
        ]),
        task("ledger", "新たなシステム管理台帳の作成"),
        task("carry-over", "前年度からの基盤移行", bars: [
            bar("2024-01", "2024-06", "旧基盤からの移行", spansYears: true),
            bar("2025-01", "2025-06", nil, spansYears: true),
        ]),
    ]

    static func initiative(id: String = "it-governance", number: Int = 12, theme: String = "organization",
                           title: String = "情報資産の適正な管理に向けたITガバナンスの確立",
                           kpis: [KPI] = allKPIs, schedule: [ScheduleTask] = schedule) -> Initiative {
        Initiative(id: id, number: number, theme: theme, title: title, vision: [8], summary: "", kpis: kpis,
                   schedule: schedule, notes: [], body: "", location: location, bodyStartLine: 1)
    }

    static let themes = [
        Theme(id: "service", number: 1, title: "デジタル技術を活用した区民サービスの向上", summary: nil),
        Theme(id: "organization", number: 4, title: "区政の変革を支える組織力の強化", summary: nil),
    ]

    static func site(asOf: String = "2024-10-15", language: Language = Language(code: "ja", name: "日本語", path: "/")) -> Site {
        let online = initiative(id: "online-procedures", number: 1, theme: "service", title: "行政手続のオンライン化拡大",
                                kpis: [onlineRate], schedule: [
                                    task("plan", "オンライン化対象業務の抽出、実行プランの確定", bars: [
                                        bar("Q1", "Q1", "対象業務の洗出し"), bar("2024-07", "2024-09", "実行プラン作成"),
                                    ]),
                                    task("promote", "オンライン化推進", bars: [bar("Q3", "Q4", "順次オンライン化、業務改善(BPR)")],
                                         milestones: [milestone("2025-01", "口座振替登録オンライン化")]),
                                ])
        let empty = initiative(id: "shared-tools", number: 13, theme: "organization",
                               title: "関連機関と連携したICTツールの共通化・デジタル人材の共同化", kpis: [], schedule: [])
        return Site(language: language, organization: Organization(name: "目黒区"),
                    report: Report(title: "令和6年度デジタル・ICT戦略", fiscalYear: 2024, asOf: date(asOf),
                                   baseURL: "https://example.jp/", license: "CC-BY-4.0", description: "",
                                   introduction: "", sources: []),
                    languages: [language], mission: "", vision: "", values: "", dxVision: [], themes: themes,
                    background: nil, evaluationScale: evaluationScale,
                    initiatives: [online, initiative(), empty], pages: [], glossary: [], furigana: [])
    }
}
