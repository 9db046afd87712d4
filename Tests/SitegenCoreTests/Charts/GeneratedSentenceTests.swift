import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Sentences the charts generate around content labels read correctly whatever the
/// label: ending in 。, holding 「」, long; and never compare figures of different scope.
@Suite struct GeneratedSentenceTests {
    static let at = SourceLocation(path: "t.md")

    static func milestone(_ label: String, status: KPI.Status? = nil) -> KPI {
        KPI(id: "m", label: label, kind: .milestone, unit: nil, target: nil, baseline: nil, actuals: [], status: status,
            note: nil, evaluation: nil, location: at)
    }

    static func number(_ label: String, target: KPI.Target, baseline: KPI.Baseline?, unit: String = "件") -> KPI {
        KPI(id: "n", label: label, kind: .number, unit: unit, target: target, baseline: baseline, actuals: [], status: nil,
            note: nil, evaluation: nil, location: at)
    }

    static func sentences(_ kpi: KPI, _ text: ChartText = .standard) -> String {
        KPIChart.render(kpi: kpi, text: text, idPrefix: "t").textAlternative
    }

    /// No sentence mark inside a quote or before a particle: 「…。」, 。は, 。の.
    static func readsAsSentences(_ text: String) -> Bool {
        !text.contains("。」") && !text.contains("。』") && !text.contains("。は") && !text.contains("。の") && !text.contains("。:")
    }

    @Test func aLabelEndingInAFullStopIsQuotedWithoutIt() {
        let label = "各種のデジタル人材育成研修を実施し、DX推進リーダーを担える職員を配置している。"
        for status in [nil, KPI.Status.inProgress] {
            for text in [ChartText.standard, .easy] {
                let sentence = Self.sentences(Self.milestone(label, status: status), text)
                #expect(Self.readsAsSentences(sentence), "\(sentence)")
                #expect(sentence.hasPrefix("「各種のデジタル人材育成研修を実施し、DX推進リーダーを担える職員を配置している」"))
            }
        }
        #expect(Self.sentences(Self.milestone(label)) == "「各種のデジタル人材育成研修を実施し、DX推進リーダーを担える職員を配置している」の状況は、公表後に掲載します。")
    }

    @Test func aLabelWithQuotationMarksGetsOuterDoubleBrackets() {
        let kpi = Self.number("「目黒区LINE公式アカウント」の満足度", target: .init(value: Quantity("75")!, comparison: .atLeast),
                              baseline: nil, unit: "%")
        let sentence = Self.sentences(kpi)
        #expect(sentence.hasPrefix("『「目黒区LINE公式アカウント」の満足度』の目標は75%です。75%に届けば達成です。"), "\(sentence)")
        #expect(Self.sentences(Self.milestone("「移行計画書」の完成。", status: .done)) == "『「移行計画書」の完成』は、未着手・進行中・完了の3段階のうち「完了」です。")
    }

    @Test func aLongLabelIsKeptWholeInOneSentence() {
        let label = String(repeating: "国・都をはじめとする関連機関と連携したコスト低減策の実行、又は人材活用の取組", count: 3)
        let kpi = Self.number(label, target: .init(value: Quantity("1")!, comparison: .atLeast, text: "1件以上"), baseline: nil)
        let sentence = Self.sentences(kpi)
        #expect(sentence.hasPrefix("「" + label + "」の目標は1件以上です。1件に届けば達成です。"))
        #expect(Self.readsAsSentences(sentence))
        let task = ScheduleTask(id: "t", task: label + "。", bars: [], milestones: [], location: Self.at)
        #expect(GanttChart.taskSentence(task, year: FiscalYear(2024), text: .standard) == label + ":スケジュールの公表なし。")
    }

    /// The source's words for the target, never with an added qualifier; the direction said once.
    @Test func theTargetIsTheSourcesWordsAndTheDirectionASentence() {
        let rate = Self.number("行政手続のオンライン化率", target: .init(value: Quantity("60")!, comparison: .atLeast),
                               baseline: .init(value: Quantity("46")!, label: "令和5年度実績", note: nil), unit: "%")
        let sentence = Self.sentences(rate)
        #expect(sentence == "「行政手続のオンライン化率」の目標は60%です。60%に届けば達成です。令和5年度実績は46%で、目標に届いていません。")
        #expect(!sentence.contains("以上"))
        let zero = Self.number("ネットワーク障害の発生", target: .init(value: Quantity("0")!, comparison: .atMost, text: "発生ゼロ"), baseline: nil)
        #expect(Self.sentences(zero).hasPrefix("「ネットワーク障害の発生」の目標は発生ゼロです。0件を超えなければ達成です。"))
        #expect(!KPIChart.render(kpi: zero, text: .standard, idPrefix: "z").inlineSVG.contains("以内"))
    }

    /// 6課中1件 and 12課中2件以内 count over different scopes: no sentence compares them.
    @Test func figuresOfDifferentScopeAreNotCompared() {
        let findings = Self.number("システム管理台帳に係る指摘事項",
                                   target: .init(value: Quantity("2")!, comparison: .atMost, text: "12課中2件以内", scope: "12課"),
                                   baseline: .init(value: Quantity("1")!, label: "令和5年度", note: nil, text: "6課中1件", scope: "6課"))
        for text in [ChartText.standard, .easy] {
            let chart = KPIChart.render(kpi: findings, text: text, idPrefix: "s")
            for judgement in ["範囲内", "範囲を超え", "届いて", "なか です", "おおい です", "→"] {
                #expect(!chart.textAlternative.contains(judgement), "\(chart.textAlternative)")
                #expect(!chart.inlineSVG.contains(judgement), "the picture does not compare either")
            }
            #expect(chart.textAlternative.contains("6課中1件"), "the baseline is still said, as the source words it")
        }
        #expect(Self.sentences(findings).contains("令和5年度は6課中1件でした。"))
        // The same scope (or none given) is compared.
        let same = Self.number("指摘事項", target: .init(value: Quantity("2")!, comparison: .atMost),
                               baseline: .init(value: Quantity("1")!, label: "令和5年度", note: nil))
        #expect(Self.sentences(same).contains("令和5年度は1件で、目標の範囲内です。"))
    }
}
