import SitegenSupport

/// How a computed progress becomes a grade: the grade codes of the evaluation scale,
/// best first, each with the share of the expected progress it needs. The last code
/// takes every KPI below the one before it.
package struct EvaluationRule: Sendable, Hashable {
    package struct Step: Sendable, Hashable {
        package let code: String
        /// Percent of the expected progress this grade needs; nil on the last step (the rest).
        package let percent: Double?
        package init(code: String, percent: Double?) {
            self.code = code
            self.percent = percent
        }
    }

    package let steps: [Step]
    /// Whether the content wrote it (`evaluation_rule`) or sitegen's documented default applies.
    package let isWritten: Bool

    package init(steps: [Step], isWritten: Bool) {
        self.steps = steps
        self.isWritten = isWritten
    }

    /// The grade for a progress of `sharePercent` percent of the expected progress (rounded
    /// as the page says it, so the sentence and the grade never disagree).
    package func grade(sharePercent: Int) -> String? {
        guard let last = steps.last else { return nil }
        for step in steps.dropLast() where Double(sharePercent) >= (step.percent ?? 0) { return step.code }
        return last.code
    }

    /// The default thresholds: ahead from 110% of the expected progress, on track from 90%,
    /// behind below (a two-level scale: on track from 90%, behind below).
    package static let defaultPercents: [Double] = [110, 90]

    /// The rule and the scale computed grades use: the written rule with the report's scale;
    /// else the default applied to the report's own scale in its order (its first three
    /// levels; a fourth such as 評価できない is never computed); else, when the report has
    /// fewer than two levels, the default on the built-in scale.
    package static func effective(written: EvaluationRule?, scale: [EvaluationLevel],
                                  builtInScale: [EvaluationLevel]) -> (rule: EvaluationRule, scale: [EvaluationLevel]) {
        if let written { return (written, scale) }
        let levels = scale.count >= 2 ? scale : builtInScale
        let used = Array(levels.prefix(3))
        let percents = used.count == 3 ? defaultPercents : [defaultPercents[1]]
        var steps = zip(used, percents).map { Step(code: $0.code, percent: $1) }
        steps.append(Step(code: used[used.count - 1].code, percent: nil))
        return (EvaluationRule(steps: steps, isWritten: false), levels)
    }
}
