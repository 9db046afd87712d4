import SitegenSupport
import SitegenModel
import SitegenContent

/// `site.evaluation_rule` of initiatives.json: the rule the computed grades of kpis.csv
/// (`grade_source` = computed) use, who set it, and the sentence the pages say of it,
/// so that a grade by a rule the ward did not publish is never read as the ward's.
enum EvaluationRuleDocument {
    static func make(_ texts: LanguageTexts) -> JSONValue {
        let assessor = ProgressAssessor(site: texts.base, strings: texts.strings)
        let rule = assessor.rule
        let onReportScale = !texts.base.evaluationScale.isEmpty && assessor.scale == texts.base.evaluationScale
        return .object([
            ("set_by", .string(rule.origin.rawValue)),
            ("scale", .string(onReportScale ? "report" : "built_in")),
            ("levels", .array(rule.steps.map { step in
                .object([
                    ("code", .string(step.code)),
                    ("label", .string(assessor.scale.first { $0.code == step.code }?.label)),
                    ("min_percent_of_expected", step.percent.map { .number(JSONNumber.token(ProgressWords.percentText($0))) } ?? .null),
                ])
            })),
            ("explanation", .string(assessor.words.ruleSentence(rule, texts.base.fiscalYear))),
        ])
    }

    /// Its JSON Schema, with what each member means.
    static func schema(string: JSONValue, number: JSONValue,
                       object: ([String: JSONValue]) -> JSONValue, nullable: (JSONValue) -> JSONValue) -> JSONValue {
        func described(_ text: String, _ schema: JSONValue) -> JSONValue {
            guard case .object(let members) = schema else { return schema }
            return .object([("description", .string(text))] + members)
        }
        func oneOf(_ values: [String]) -> JSONValue { .object([("enum", .strings(values))]) }
        return described(
            "計算した評価（kpis.csv の grade_source = computed の grade）の決め方。区が付けた評価（evaluation）には使わない。",
            object([
                "set_by": described("決め方を決めたもの。ward = 区が決めた決め方、site = このサイトが決めた決め方（区の報告書にない決め方で、それによる評価は区の評価ではなく、このサイトの決め方による目安）、default = sitegen の既定の決め方。",
                                    oneOf(EvaluationRule.Origin.allCases.map(\.rawValue))),
                "scale": described("levels の code の尺度。report = 報告書の evaluation_scale、built_in = sitegen の尺度（報告書に尺度がないとき。区の尺度ではない）。",
                                   oneOf(["report", "built_in"])),
                "levels": .object([("type", .string("array")), ("items", object([
                    "code": string,
                    "label": described("code の意味（基本の言語）。", nullable(string)),
                    "min_percent_of_expected": described("その評価になる、見込みの進み具合に対する進み具合の割合（%）の下限。最後の評価は null（それより下のすべて）。",
                                                         nullable(number)),
                ]))]),
                "explanation": described("ページの表の下に出す、決め方の説明の文（基本の言語）。", string),
            ]))
    }
}
