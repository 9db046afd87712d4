import SitegenSupport
import SitegenModel

/// Reads `evaluation_rule` of `site.yaml`: the grade codes, best first, each but the
/// last with the percent of the expected progress it needs. Written as a list, it is
/// the ward's rule on the ward's `evaluation_scale`; written as
/// `{ set_by: ward | site, levels: [...] }`, it says who set it, and a rule the site
/// set may grade on sitegen's built-in scale when the report has none.
enum EvaluationRuleDecoder {
    static let example = "evaluation_rule: [{ code: A, percent: 110 }, { code: B, percent: 90 }, { code: C }]"
    static let siteExample = "evaluation_rule: { set_by: site, levels: [{ code: A, percent: 110 }, { code: B, percent: 90 }, { code: C }] }"
    static let formKeys: Set<String> = ["set_by", "levels"]
    /// The values of `set_by` (the default is never written).
    static let setters: [EvaluationRule.Origin] = [.ward, .site]

    /// The levels as written, and where to point at the whole list.
    private struct Written {
        let origin: EvaluationRule.Origin?
        /// The list form (the ward's rule without saying so).
        let isList: Bool
        let items: [FieldReader]
        let listLocation: SourceLocation
        /// Where a ward rule without a ward scale is pointed at.
        let originLocation: SourceLocation
    }

    static func decode(_ root: FieldReader, scale: [EvaluationLevel]) -> EvaluationRule? {
        guard let written = read(root) else { return nil }
        guard let origin = written.origin else {
            _ = levels(written.items, origin: .ward, allowed: nil, root: root, at: written.listLocation)
            return nil
        }
        var allowed: [String]? = EvaluationRule.codes(for: origin, scale: scale)
        if origin == .ward, scale.isEmpty {
            let message = written.isList
                ? "リストで書いた評価の決め方(evaluation_rule)は区が決めた決め方ですが、区の評価の尺度(evaluation_scale)がありません。"
                : "区が決めた評価の決め方(set_by: ward)ですが、区の評価の尺度(evaluation_scale)がありません。"
            root.diagnostics.error(.wardRuleWithoutScale, message, at: written.originLocation)
            allowed = nil
        }
        guard let steps = levels(written.items, origin: origin, allowed: allowed, root: root, at: written.listLocation),
              allowed != nil else { return nil }
        return EvaluationRule(steps: steps, origin: origin)
    }

    /// The list form, or the `{ set_by, levels }` form; nil when there is nothing to read.
    private static func read(_ root: FieldReader) -> Written? {
        guard let node = root.value("evaluation_rule") else { return nil }
        let whole = root.location(of: node)
        switch node {
        case .sequence:
            return Written(origin: .ward, isList: true, items: root.mappings("evaluation_rule"), listLocation: whole, originLocation: whole)
        case .mapping:
            guard let form = root.mapping("evaluation_rule") else { return nil }
            form.warnUnknownKeys(formKeys)
            let origin = setter(form)
            guard form.has("levels") else {
                root.diagnostics.error(.missingField, "評価の決め方(evaluation_rule)に levels(評価と percent のリスト)がありません。",
                                       at: whole, hint: siteExample)
                return nil
            }
            return Written(origin: origin, isList: false, items: form.mappings("levels"), listLocation: form.location(of: form.value("levels")),
                           originLocation: form.location(of: form.value("set_by")))
        default:
            root.diagnostics.error(.wrongType, "評価の決め方(evaluation_rule)は、リストか、set_by と levels の入れ子で書きます。",
                                   at: whole, hint: "\(example)(区が決めた決め方)、または \(siteExample)(このサイトが決めた決め方)")
            return nil
        }
    }

    /// `set_by`: who decided the rule; nil (reported) when missing or not one of the values.
    private static func setter(_ form: FieldReader) -> EvaluationRule.Origin? {
        let hint = "set_by: ward(区の資料に書かれた決め方)か set_by: site(このサイトが決めた決め方)を書きます。"
        guard let written = form.text("set_by", required: true, hint: hint) else { return nil }
        if let origin = setters.first(where: { $0.rawValue == written }) { return origin }
        form.diagnostics.error(.invalidRuleSetter, "評価の決め方を決めた者(set_by)に「\(written)」は使えません(ward か site)。",
                               at: form.location(of: form.value("set_by")))
        return nil
    }

    /// The steps, each checked; nil when any is wrong. `allowed`: the codes the rule may
    /// name (nil: not checked, the scale itself is missing).
    private static func levels(_ items: [FieldReader], origin: EvaluationRule.Origin, allowed: [String]?,
                               root: FieldReader, at listLocation: SourceLocation) -> [EvaluationRule.Step]? {
        var steps: [EvaluationRule.Step] = []
        var valid = true
        var previousRank: (code: String, rank: Int)?
        for (index, item) in items.enumerated() {
            item.warnUnknownKeys(["code", "percent"])
            let percent = item.quantity("percent")
            guard let code = item.text("code", required: true) else { valid = false; continue }
            let codeLocation = item.location(of: item.value("code"))
            if let allowed {
                if let rank = allowed.firstIndex(of: code) {
                    if origin == .site, let previous = previousRank, rank < previous.rank {
                        item.diagnostics.error(.siteRuleOutOfOrder,
                            "このサイトの評価の決め方で、「\(code)」が「\(previous.code)」の後にあります(尺度のよい順: \(allowed.joined(separator: "、")))。",
                            at: codeLocation)
                        valid = false
                    }
                    previousRank = (code, rank)
                } else {
                    item.diagnostics.error(.unknownEvaluation, "評価の決め方の評価コード「\(code)」は\(scaleName(origin, allowed))にありません。",
                                           at: codeLocation, hint: unknownCodeHint(code, origin: origin, allowed: allowed))
                    valid = false
                }
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
                                   at: listLocation, hint: origin == .site ? siteExample : example)
            valid = false
        }
        return valid ? steps : nil
    }

    private static func scaleName(_ origin: EvaluationRule.Origin, _ allowed: [String]) -> String {
        origin == .site && allowed == EvaluationRule.builtInCodes ? "このサイトの尺度(A・B・C)" : " evaluation_scale "
    }

    private static func unknownCodeHint(_ code: String, origin: EvaluationRule.Origin, allowed: [String]) -> String {
        let usable = "使えるコード: \(allowed.joined(separator: ", "))"
        if origin == .site, allowed != EvaluationRule.builtInCodes, EvaluationRule.builtInCodes.contains(code) {
            return "この報告書には区の評価の尺度(evaluation_scale)があるため、このサイトの決め方もその code で書きます(尺度が2つあると、同じ記号が違う意味になります)。\(usable)"
        }
        return usable
    }
}

private extension Double {
    /// 110, 92.5: as the staff would write it.
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
