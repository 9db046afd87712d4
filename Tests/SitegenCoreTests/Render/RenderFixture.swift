import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A small two-language site for render tests: 2 themes, 3 initiatives (the
/// third without an easy version), a free page, a glossary, a background.
enum RenderFixture {
    static let standard = Language(code: "ja", name: "日本語", path: "/")
    static let easy = Language(code: "easy", name: "やさしい日本語", path: "/easy/")

    static func q(_ text: String) -> Quantity { Quantity(text)! }
    static func loc(_ path: String, _ line: Int = 1) -> SourceLocation { SourceLocation(path: path, line: line) }
    static func ym(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }

    static var bundle: SiteBundle { SiteBundle(sites: [site(standard), site(easy)]) }

    static func site(_ language: Language) -> Site {
        let isEasy = language.isEasy
        return Site(
            language: language,
            organization: Organization(name: "目黒区"),
            report: Report(
                title: "令和6年度デジタル・ICT戦略", fiscalYear: 2024,
                asOf: CalendarDate(year: 2024, month: 4, day: 1)!,
                baseURL: "https://dx.city.test/", license: "CC-BY-4.0",
                description: isEasy ? "目黒区のデジタルの計画です。" : "目黒区の令和6年度のデジタル・ICT戦略を紹介します。",
                introduction: isEasy
                    ? "この ページは {目黒区|めぐろく}の デジタルの 計画を 説明します。"
                    : "本戦略は、[デジタル庁](https://www.digital.go.jp/)の方針を踏まえ、**区民サービスの向上**を図るものです。",
                sources: [SourceDocument(title: "令和6年度デジタル・ICT戦略", publisher: "目黒区", path: "seeds/strategy.pdf",
                                         url: "https://example.jp/strategy.pdf")]),
            languages: [standard, easy],
            mission: isEasy ? "みんなが 便利に なる 区を つくります。" : "デジタルの力で、区民一人ひとりに寄り添う区政を実現する。",
            vision: isEasy ? "いつでも どこでも 手続きが できます。" : "いつでも、どこでも、だれでも行政サービスを利用できる。",
            values: isEasy ? "4つの テーマで 進めます。" : "次の4つの戦略テーマに沿って取組を進める。",
            dxVision: [VisionItem(number: 1, text: isEasy ? "行かない 窓口" : "行かない窓口の実現"),
                       VisionItem(number: 3, text: isEasy ? "データを 使う 区役所" : "データに基づく区政運営")],
            themes: [
                Theme(id: "service", number: 1, title: isEasy ? "便利な サービス" : "区民サービスの向上",
                      summary: isEasy ? "手続きを 便利に します。" : "手続のオンライン化などで区民の利便性を高める。"),
                Theme(id: "work", number: 2, title: isEasy ? "区役所の 仕事" : "業務の効率化", summary: nil),
            ],
            background: Background(
                policy: isEasy ? "デジタルを 使って 仕事を よく します。" : "デジタル技術を活用し、業務改革を進める。",
                achievements: [isEasy ? "オンラインの 手続きが 増えました。" : "オンライン手続を拡充した。"],
                challenges: [isEasy ? "人が 足りません。" : "デジタル人材が不足している。"],
                priorityIssueTitle: isEasy ? "デジタルに くわしい 人を 育てる" : "デジタル人材の確保・育成",
                priorityIssueSource: "目黒区基本計画", towardNextYear: [isEasy ? "研修を します。" : "研修体系を整備する。"],
                conclusion: isEasy ? "これからも 進めます。" : "引き続き全庁で取り組む。"),
            evaluationScale: [EvaluationLevel(code: "A", label: "目標より進んでいる"),
                              EvaluationLevel(code: "B", label: "目標どおり")],
            initiatives: initiatives(isEasy),
            pages: [Page(id: "about", title: isEasy ? "この サイトに ついて" : "このサイトについて",
                         summary: isEasy ? "サイトの 説明です。" : "このサイトの説明です。",
                         body: isEasy ? "# 使い方\n\nメニューから 見たい ページを 選びます。\n"
                                      : "# 使い方\n\nメニューから各ページへ移動できます。\n\n## 問い合わせ\n\n情報政策課まで。\n",
                         location: loc(isEasy ? "content/pages/about.easy.md" : "content/pages/about.md", 5))],
            glossary: [GlossaryEntry(term: "DX", reading: "ディーエックス",
                                     text: isEasy ? "デジタルで 仕事や くらしを よく する ことです。" : "デジタル・トランスフォーメーション。"),
                       GlossaryEntry(term: "KPI", reading: nil,
                                     text: isEasy ? "目標が どれだけ 進んだかを 見る 数字です。" : "重要業績評価指標。")],
            furigana: [FuriganaOverride(surface: "目黒区", reading: "めぐろく")],
            isFallback: false)
    }

    static func initiatives(_ isEasy: Bool) -> [Initiative] {
        let path1 = isEasy ? "content/initiatives/01-online-procedures.easy.md" : "content/initiatives/01-online-procedures.md"
        let path2 = isEasy ? "content/initiatives/02-data.easy.md" : "content/initiatives/02-data.md"
        return [
            Initiative(
                id: "online-procedures", number: 1, theme: "service",
                title: isEasy ? "インターネットで できる 手続きを 増やす" : "行政手続のオンライン化拡大", vision: [1],
                summary: isEasy ? "24時間 いつでも 申し込みが できる 手続きを 増やします。"
                                : "24時間365日申請可能な行政手続を増やし、区民の利便性向上を図る。",
                kpis: [
                    KPI(id: "online-rate", label: isEasy ? "インターネットで できる 手続きの 割合" : "行政手続のオンライン化率",
                        kind: .number, unit: "%",
                        target: .init(value: q("60"), comparison: .atLeast),
                        baseline: .init(value: q("46"), label: "令和5年度実績", note: nil),
                        actuals: [.init(date: CalendarDate(year: 2024, month: 9, day: 30)!, value: q("51.0"), note: nil)],
                        status: nil, note: isEasy ? "全部の 申し込みの うちの 割合です。" : "年間総申請件数の内、オンラインで申請可能な手続件数の割合",
                        evaluation: "B", location: loc(path1, 8)),
                    KPI(id: "migration-plan", label: isEasy ? "計画書を 作る" : "移行計画書の完成", kind: .milestone, unit: nil,
                        target: nil, baseline: nil, actuals: [], status: .inProgress, note: nil, evaluation: nil,
                        location: loc(path1, 16)),
                ],
                schedule: [
                    ScheduleTask(id: "plan", task: isEasy ? "対象の 仕事を 選ぶ" : "オンライン化対象業務の抽出、実行プランの確定",
                                 bars: [ScheduleBar(from: .quarter(1), to: .quarter(1), label: isEasy ? "仕事を 調べる" : "対象業務の洗出し",
                                                    spansYears: false, startMonth: ym(2024, 4), endMonth: ym(2024, 6)),
                                        ScheduleBar(from: .month(ym(2024, 7)), to: .month(ym(2024, 9)), label: nil,
                                                    spansYears: false, startMonth: ym(2024, 7), endMonth: ym(2024, 9))],
                                 milestones: [ScheduleMilestone(at: .month(ym(2025, 1)), label: isEasy ? "口座の 登録を インターネットで" : "口座振替登録オンライン化",
                                                                month: ym(2025, 1))],
                                 location: loc(path1, 20)),
                    ScheduleTask(id: "review", task: isEasy ? "ふりかえり" : "効果検証", bars: [], milestones: [],
                                 location: loc(path1, 28)),
                ],
                notes: [isEasy ? "数字は 4月1日の ものです。" : "令和6年4月1日時点の数値"],
                body: isEasy ? "## くわしく\n\nインターネットで 申し込みが できます。\n"
                             : "## 取組の背景\n\n区では[電子申請](https://example.jp/e)を進めています。<b>太字</b>\n\n### 今後\n\n- 対象を~~一部~~全部に広げる\n",
                location: loc(path1), bodyStartLine: 30),
            Initiative(
                id: "data-use", number: 2, theme: "work", title: isEasy ? "データを 使う" : "データ利活用の推進", vision: [3],
                summary: isEasy ? "データを 使って 決めます。" : "EBPMを推進する。",
                kpis: [KPI(id: "incidents", label: isEasy ? "まちがいの 数" : "指摘事項の件数", kind: .number, unit: "件",
                           target: .init(value: q("2"), comparison: .atMost),
                           baseline: .init(value: q("6"), label: "令和5年度実績", note: nil),
                           actuals: [.init(date: CalendarDate(year: 2024, month: 9, day: 30)!, value: q("4"), note: nil)],
                           status: nil, note: nil, evaluation: nil, location: loc(path2, 8)),
                       KPI(id: "datasets", label: isEasy ? "データの 数" : "公開データセット数", kind: .number, unit: "件",
                           target: .init(value: q("10"), comparison: .atLeast), baseline: nil, actuals: [],
                           status: nil, note: nil, evaluation: nil, location: loc(path2, 12))],
                schedule: [ScheduleTask(id: "platform", task: isEasy ? "しくみを 作る" : "データ基盤の構築",
                                        bars: [ScheduleBar(from: .month(ym(2024, 10)), to: .month(ym(2025, 6)), label: nil,
                                                           spansYears: true, startMonth: ym(2024, 10), endMonth: ym(2025, 6))],
                                        milestones: [], location: loc(path2, 14))],
                notes: [], body: "", location: loc(path2), bodyStartLine: 20),
            // No easy file: the easy site repeats the standard text with a notice.
            Initiative(
                id: "ai", number: 3, theme: "work", title: "生成AIの{活用|かつよう}", vision: [],
                summary: "生成AIを業務に活用する。", kpis: [], schedule: [], notes: [], body: "",
                location: loc("content/initiatives/03-ai.md"), bodyStartLine: 12, isFallback: isEasy),
        ]
    }

    /// The repository's themes/ folder, found from this file's path.
    static var themesRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path
    }

    static let golden = GoldenFolder(fixture: "render")

    static func renderSite(extras: PageExtras = .none) throws -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let loaded = SiteTheme.load(name: "default", themesRoot: themesRoot, fileIO: .local)
        guard let theme = loaded.theme else { throw FixtureError.theme(loaded.diagnostics) }
        let result = PageRenderer.render(bundle: bundle, theme: theme, extras: extras)
        return (result.files, loaded.diagnostics + result.diagnostics)
    }

    enum FixtureError: Error { case theme([Diagnostic]) }
}
