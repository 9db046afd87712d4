@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A small two-language report built in code: 2 themes, 3 initiatives, KPIs of
/// every shape (at_least, at_most, zero target, equal, 2-decimal values,
/// milestone, actuals), tasks with quarter and month bars, milestones, a bar
/// that spans years and tasks without published timing. Initiative 3 has no
/// easy text (fallback) and a title that needs escaping everywhere.
enum OpenDataFixture {
    static let trickyTitle = "研修\"実践\"編, 第2期\n=cmd <script>alert(1)</script>"
    static let formulaLabel = "=HYPERLINK(\"http://x\")"

    static func bundle(asOf: CalendarDate = CalendarDate(year: 2024, month: 4, day: 1)!) -> SiteBundle {
        SiteBundle(sites: [site(easy: false, asOf: asOf), site(easy: true, asOf: asOf)])
    }

    private static func q(_ text: String) -> Quantity { Quantity(text)! }
    private static func ym(_ text: String) -> YearMonth { YearMonth(iso: text)! }
    private static func loc(_ path: String) -> SourceLocation { SourceLocation(path: path) }

    static func site(easy: Bool, asOf: CalendarDate) -> Site {
        func t(_ ja: String, _ easyText: String) -> String { easy ? easyText : ja }
        let ja = Language(code: "ja", name: "日本語", path: "/")
        let easyLanguage = Language(code: "easy", name: "やさしい日本語", path: "/easy/")
        let year = FiscalYear(2024)

        func bar(_ from: String, _ to: String, _ label: String?, spans: Bool = false) -> ScheduleBar {
            let f = SchedulePosition(from)!, e = SchedulePosition(to)!
            return ScheduleBar(from: f, to: e, label: label, spansYears: spans,
                               startMonth: f.start(in: year), endMonth: e.end(in: year))
        }
        func milestone(_ at: String, _ label: String) -> ScheduleMilestone {
            let p = SchedulePosition(at)!
            return ScheduleMilestone(at: p, label: label, month: p.start(in: year))
        }

        let online = Initiative(
            id: "online-procedures", number: 1, theme: "service",
            title: t("行政手続のオンライン化拡大", "オンラインで できる 手続きを ふやす"),
            vision: [1, 3],
            summary: t("24時間365日申請可能な行政手続を増やす。", "いつでも 申請できる 手続きを ふやします。"),
            kpis: [
                KPI(id: "online-rate", label: t("行政手続のオンライン化率", "オンラインで できる 手続きの わりあい"),
                    kind: .number, unit: "%",
                    target: .init(value: q("60"), comparison: .atLeast),
                    baseline: .init(value: q("46"), label: "令和5年度実績", note: nil),
                    actuals: [.init(date: CalendarDate(iso: "2024-09-30")!, value: q("51"), note: nil),
                              .init(date: CalendarDate(iso: "2025-03-31")!, value: q("58.5"), note: "速報値")],
                    status: nil, note: t("年間総申請件数の内、オンラインで申請可能な割合", "オンラインで できる わりあい"),
                    evaluation: "B", location: loc("initiatives/01.md")),
                KPI(id: "migration-plan", label: t("移行計画書の完成", "うつる けいかくを つくる"), kind: .milestone,
                    unit: nil, target: nil, baseline: nil, actuals: [], status: .inProgress, note: nil,
                    evaluation: nil, location: loc("initiatives/01.md")),
            ],
            schedule: [
                ScheduleTask(id: "plan", task: t("対象業務の抽出、実行プランの確定", "する しごとを きめる"),
                             bars: [bar("Q1", "Q1", t("対象業務の洗出し", "しごとを さがす")),
                                    bar("2024-07", "2024-09", t("実行プラン作成", "プランを つくる"))],
                             milestones: [milestone("2025-01", t("口座振替登録オンライン化", "口座の 登録を オンラインに"))],
                             location: loc("initiatives/01.md")),
                ScheduleTask(id: "review", task: t("効果の検証", "けっかを しらべる"), bars: [], milestones: [],
                             location: loc("initiatives/01.md")),
            ],
            notes: [t("※ 令和3年度調査による。", "※ 2021年の しらべです。")],
            body: t("本文です。\n\n- 項目", "ほんぶんです。"),
            location: loc("initiatives/01.md"), bodyStartLine: 40)

        let security = Initiative(
            id: "security", number: 2, theme: "service",
            title: t("情報セキュリティ対策の強化", "じょうほうを まもる"),
            vision: [8],
            summary: t("障害ゼロを目指す。", "こしょうを なくします。"),
            kpis: [
                KPI(id: "findings", label: t("監査の指摘事項", "かんさで 言われた こと"), kind: .number, unit: "件",
                    target: .init(value: q("2"), comparison: .atMost),
                    baseline: .init(value: q("5"), label: "令和4年度末", note: "外部監査"),
                    actuals: [], status: nil, note: nil, evaluation: nil, location: loc("initiatives/02.md")),
                KPI(id: "outages", label: t("重大障害の件数", "大きな こしょうの 数"), kind: .number, unit: "件",
                    target: .init(value: q("0"), comparison: .atMost),
                    baseline: .init(value: q("1"), label: "令和元年度実績", note: nil),
                    actuals: [.init(date: CalendarDate(iso: "2024-12-31")!, value: q("0"), note: nil)],
                    status: nil, note: nil, evaluation: "A", location: loc("initiatives/02.md")),
                KPI(id: "availability", label: t("システム稼働率", "システムが うごく わりあい"), kind: .number, unit: "%",
                    target: .init(value: q("90.00"), comparison: .atLeast),
                    baseline: .init(value: q("88.25"), label: "令和5年12月時点", note: nil),
                    actuals: [], status: nil, note: nil, evaluation: nil, location: loc("initiatives/02.md")),
            ],
            schedule: [
                ScheduleTask(id: "renewal", task: t("基盤の更新（年度をまたぐ）", "きばんを あたらしく する"),
                             bars: [bar("2025-02", "2025-06", nil, spans: true)],
                             milestones: [milestone("Q3", t("切替", "きりかえ"))],
                             location: loc("initiatives/02.md")),
            ],
            notes: [], body: "", location: loc("initiatives/02.md"), bodyStartLine: 30)

        // No easy file: the easy site shows the standard text (isFallback).
        let training = Initiative(
            id: "training", number: 3, theme: "workstyle",
            title: trickyTitle, vision: [],
            summary: "研修を年3回、実施する。",
            kpis: [
                KPI(id: "sessions", label: "研修の回数", kind: .number, unit: "回",
                    target: .init(value: q("3"), comparison: .equal), baseline: nil, actuals: [],
                    status: nil, note: "対象：全職員, 管理職を含む", evaluation: nil, location: loc("initiatives/03.md")),
                KPI(id: "guide", label: "手引の公開", kind: .milestone, unit: nil, target: nil, baseline: nil,
                    actuals: [], status: .done, note: nil, evaluation: nil, location: loc("initiatives/03.md")),
            ],
            schedule: [
                ScheduleTask(id: "prepare", task: "教材の準備", bars: [], milestones: [], location: loc("initiatives/03.md")),
                ScheduleTask(id: "run", task: "研修の実施", bars: [bar("Q2", "Q4", formulaLabel)], milestones: [],
                             location: loc("initiatives/03.md")),
            ],
            notes: [], body: "", location: loc("initiatives/03.md"), bodyStartLine: 20, isFallback: easy)

        return Site(
            language: easy ? easyLanguage : ja,
            organization: Organization(name: "目黒区"),
            report: Report(title: "令和6年度デジタル・ICT戦略", fiscalYear: 2024, asOf: asOf,
                           baseURL: "https://dx.city.test/", license: "CC-BY-4.0",
                           description: t("区のDX戦略です。", "区の DXの けいかくです。"),
                           introduction: t("はじめに", "はじめに（やさしい）"),
                           sources: [SourceDocument(title: "令和6年度デジタル・ICT戦略", publisher: "目黒区",
                                                    path: "seeds/000.txt", url: nil)]),
            languages: [ja, easyLanguage],
            mission: t("ミッション", "めざす こと"), vision: t("ビジョン", "すがた"), values: t("バリュー", "たいせつな こと"),
            dxVision: [VisionItem(number: 1, text: t("いつでも手続", "いつでも 手続き")),
                       VisionItem(number: 3, text: t("一人一人に合った情報", "あなたに あう じょうほう")),
                       VisionItem(number: 8, text: t("働き方改革", "はたらきかたを かえる"))],
            themes: [Theme(id: "service", number: 1, title: t("サービスの提供", "サービス"), summary: nil),
                     Theme(id: "workstyle", number: 2, title: t("新しい働き方", "あたらしい はたらきかた"), summary: t("説明", "せつめい"))],
            background: Background(policy: t("方針", "ほうしん"), achievements: [t("成果1", "せいか1")],
                                   challenges: [t("課題1", "かだい1"), t("課題2", "かだい2")], priorityIssueTitle: "DX",
                                   priorityIssueSource: nil, towardNextYear: [], conclusion: nil),
            evaluationScale: [EvaluationLevel(code: "A", label: t("目標より進んでいる", "はやく すすんで いる")),
                              EvaluationLevel(code: "B", label: t("目標どおり", "よていどおり"))],
            initiatives: [online, security, training],
            pages: [], glossary: [], furigana: [])
    }
}
