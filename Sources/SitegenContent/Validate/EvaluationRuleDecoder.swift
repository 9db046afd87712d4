import SitegenSupport
import SitegenModel

/// Reads `evaluation_rule` of `site.yaml`: the grade codes of `evaluation_scale`, best
/// first, each but the last with the percent of the expected progress it needs.
enum EvaluationRuleDecoder {
    static let example = "evaluation_rule: [{ code: A, percent: 110 }, { code: B, percent: 90 }, { code: C }]"

    static func decode(_ root: FieldReader, scale: [EvaluationLevel]) -> EvaluationRule? {
        guard root.has("evaluation_rule") else { return nil }
        let items = root.mappings("evaluation_rule")
        var steps: [EvaluationRule.Step] = []
        var valid = true
        for (index, item) in items.enumerated() {
            item.warnUnknownKeys(["code", "percent"])
            let percent = item.quantity("percent")
            guard let code = item.text("code", required: true) else { valid = false; continue }
            let codeLocation = item.location(of: item.value("code"))
            if !scale.contains(where: { $0.code == code }) {
                item.diagnostics.error(.unknownEvaluation, "評価の決め方の評価コード「\(code)」は evaluation_scale にありません。",
                    at: codeLocation,
                    hint: scale.isEmpty ? "evaluation_rule を使うときは、evaluation_scale に評価の code と label を書いてください。"
                                        : "使えるコード: \(scale.map(\.code).joined(separator: ", "))")
                valid = false
            }
            if steps.contains(where: { $0.code == code }) {
                item.diagnostics.error(.invalidEvaluationRule, "評価の決め方に評価コード「\(code)」が2回あります。", at: codeLocation)
                valid = false
            }
            let isLast = index == items.count - 1
            if isLast, percent != nil {
                item.diagnostics.error(.invalidEvaluationRule,
                    "評価の決め方の最後の「\(code)」には percent を書きません(前の評価に届かないKPIはすべて「\(code)」です)。",
                    at: item.location(of: item.value("percent")))
                valid = false
            } else if !isLast, percent == nil {
                item.diagnostics.error(.invalidEvaluationRule,
                    "評価の決め方の「\(code)」に percent(見込みの進み具合の何%以上か)がありません。", at: item.location)
                valid = false
            } else if let percent, let previous = steps.last?.percent, percent.value >= previous {
                item.diagnostics.error(.invalidEvaluationRule,
                    "評価の決め方の「\(code)」の percent(\(percent.text))が、前の評価(\(previous.formatted)%)より小さくありません。",
                    at: item.location(of: item.value("percent")), hint: "よい評価から順に、percent が小さくなるように書きます。")
                valid = false
            }
            steps.append(EvaluationRule.Step(code: code, percent: percent?.value))
        }
        if items.count < 2, valid {
            root.diagnostics.error(.invalidEvaluationRule, "評価の決め方(evaluation_rule)には評価を2つ以上書きます。",
                                   at: root.location(of: root.value("evaluation_rule")), hint: example)
            valid = false
        }
        return valid ? EvaluationRule(steps: steps, isWritten: true) : nil
    }
}

private extension Double {
    /// 110, 92.5: as the staff would write it.
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
