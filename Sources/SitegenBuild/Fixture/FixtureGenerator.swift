import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// Synthetic content shaped like the real report, for benchmarks and scale
/// tests: N initiatives over four themes, every KPI kind (at_least, at_most
/// with a zero target, equal, milestone, two-decimal values, actuals), schedule
/// bars by quarter and by month, milestones, tasks without timing, Markdown
/// bodies with a table and a list, easy siblings and a glossary.
///
/// Deterministic: everything is derived from the initiative's index, never
/// from randomness or the clock, so the same N gives the same bytes.
package enum FixtureGenerator {
    package static let themes: [(id: String, title: String, easy: String)] = [
        ("service", "デジタル技術の活用で区政を身近にするサービス・機会の提供", "デジタルで、区のサービスを使いやすくする"),
        ("workstyle", "デジタル技術の活用による新しい働き方の実現", "デジタルで、区の職員の働き方を変える"),
        ("infrastructure", "デジタル・ICT活用を支える環境・基盤の整備", "デジタルを使うためのしくみを作る"),
        ("organization", "区政の変革を支える組織力の強化", "区の仕事を変えるための力をつける"),
    ]
    static let visionNumbers = [1, 2, 3, 5, 8, 9]
    static let subjects = ["電子申請", "窓口案内", "庁内ネットワーク", "文書管理", "施設予約", "データ連携", "相談窓口", "研修制度", "情報発信", "端末更新", "業務分析"]
    static let easySubjects = ["インターネットの申し込み", "まどぐちの案内", "区のネットワーク", "書類のかんり", "しせつの予約", "データのやりとり", "そうだんのまどぐち", "職員の勉強", "お知らせ", "パソコンの入れかえ", "仕事のしらべ"]
    static let months = ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                         "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"]

    /// The `count` initiatives, numbered from 1.
    package static func initiatives(count: Int) -> [FixtureInitiative] {
        (0..<max(0, count)).map { initiative(index: $0 + 1) }
    }

    package static func initiative(index i: Int) -> FixtureInitiative {
        let subject = subjects[i % subjects.count]
        let easySubject = easySubjects[i % easySubjects.count]
        let theme = themes[i % themes.count]
        let vision = [visionNumbers[i % visionNumbers.count]] + (i % 3 == 0 ? [visionNumbers[(i + 2) % visionNumbers.count]] : [])
        return FixtureInitiative(
            index: i, id: "initiative-\(i)", theme: theme.id, vision: Array(Set(vision)).sorted(),
            title: "\(subject)の改善 その\(i)",
            easyTitle: "\(easySubject)を よくする(\(i))",
            summary: "\(subject)の手順を見直し、区民の利便性と職員の業務効率の向上を図る(取組\(i))。",
            easySummary: "\(easySubject)のやり方を見直します。区に住む人が、もっと便利に使えるようにします。",
            kpis: kpis(index: i, subject: subject, easySubject: easySubject),
            schedule: schedule(index: i, subject: subject, easySubject: easySubject),
            body: body(index: i, subject: subject),
            easyBody: "\(easySubject)を、もっと使いやすくします。\n\n- 4月から、しらべます。\n- 10月から、新しいやり方を始めます。\n")
    }

    static func kpis(index i: Int, subject: String, easySubject: String) -> [FixtureInitiative.KPI] {
        typealias K = FixtureInitiative.KPI
        var result: [K] = []
        // A rising percentage with baseline and actuals (at_least).
        let base = 20 + i % 40
        result.append(K(id: "rate", label: "\(subject)の利用率", easyLabel: "\(easySubject)を使う人のわりあい",
                        note: "年間の全件数のうち、\(subject)で処理した件数の割合",
                        shape: .number(unit: "%", target: String(base + 30), comparison: "at_least", baseline: String(base),
                                       actuals: i % 2 == 0 ? [("2024-09-30", String(base + 10)), ("2025-03-31", String(base + 22))] : [])))
        switch i % 4 {
        case 0: // lower is better, zero target
            result.append(K(id: "incidents", label: "\(subject)の障害件数", easyLabel: "\(easySubject)が止まった回数",
                            note: "業務を継続できなくなる障害の発生ゼロ",
                            shape: .number(unit: "件", target: "0", comparison: "at_most", baseline: String(i % 5), actuals: [])))
        case 1: // lower is better, two decimals
            result.append(K(id: "wait", label: "\(subject)の平均待ち時間", easyLabel: "まつ時間",
                            note: "窓口での平均待ち時間",
                            shape: .number(unit: "時間", target: "1.50", comparison: "at_most", baseline: "2.25",
                                           actuals: [("2024-12-31", "1.75")])))
        case 2: // a milestone
            let statuses = ["planned", "in_progress", "done"]
            result.append(K(id: "plan", label: "\(subject)の計画書の完成", easyLabel: "計画を作る",
                            note: "実行計画書を完成させる", shape: .milestone(status: statuses[(i / 4) % 3])))
        default: // an exact count, two decimals
            result.append(K(id: "score", label: "\(subject)の満足度", easyLabel: "使った人の満足",
                            note: "利用者アンケートの5段階評価の平均",
                            shape: .number(unit: "点", target: "4.00", comparison: "equal", baseline: "3.\(10 + i % 80)", actuals: [])))
        }
        return result
    }

    static func schedule(index i: Int, subject: String, easySubject: String) -> [FixtureInitiative.Task] {
        typealias T = FixtureInitiative.Task
        let q = 1 + i % 3
        let m = i % 8
        var tasks = [
            T(id: "study", task: "\(subject)の現状調査と対象業務の抽出", easyTask: "いまのやり方をしらべる",
              bars: [T.Bar(from: "Q\(q)", to: "Q\(q)", label: "現状調査", easyLabel: "しらべる"),
                     T.Bar(from: "Q\(q + 1)", to: "Q4", label: "対象業務の確定", easyLabel: "きめる")],
              milestones: []),
            T(id: "build", task: "\(subject)の導入と運用開始", easyTask: "新しいやり方を始める",
              bars: [T.Bar(from: months[m], to: months[m + 4], label: "導入準備", easyLabel: "じゅんび")],
              milestones: [T.Milestone(at: months[m + 4], label: "運用開始", easyLabel: "始める")]),
        ]
        if i % 2 == 1 {
            // The source shows no timing for this task: listed without bars.
            tasks.append(T(id: "review", task: "\(subject)の効果検証", easyTask: "よくなったか、しらべる", bars: [], milestones: []))
        }
        return tasks
    }

    static func body(index i: Int, subject: String) -> String {
        """
        \(subject)について、令和6年度は次の手順で取り組みます(取組\(i))。

        | 時期 | 内容 |
        |---|---|
        | 上半期 | 現状調査と対象業務の抽出 |
        | 下半期 | 導入と運用開始、効果の検証 |

        - 区民の利便性の向上
        - 職員の事務負担の軽減
        - 手続に要する時間の短縮

        """
    }
}
