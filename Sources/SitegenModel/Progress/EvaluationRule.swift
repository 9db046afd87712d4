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

    /// Who decided the rule. Pages and open data say it: a grade by a rule the ward did
    /// not publish is never presented as the ward's evaluation.
    package enum Origin: String, Sendable, Hashable, CaseIterable {
        /// Written as the ward's (the list form, or `set_by: ward`): graded on the ward's scale.
        case ward
        /// Written with `set_by: site`: this site's rule, not the ward's.
        case site
        /// Not written: sitegen's documented default.
        case sitegenDefault = "default"
    }

    package let steps: [Step]
    package let origin: Origin

    package init(steps: [Step], origin: Origin) {
        self.steps = steps
        self.origin = origin
    }

    /// Whether the content wrote it (`evaluation_rule`), as opposed to sitegen's default.
    package var isWritten: Bool { origin != .sitegenDefault }

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

    /// The codes of sitegen's built-in scale, best first (its words are the theme's
    /// `progressWords.scaleA…C`): ahead, on track, behind.
    package static let builtInCodes = ["A", "B", "C"]

    /// The codes a written rule may name: the report's scale; for a rule the site set,
    /// the built-in scale when the report has none.
    package static func codes(for origin: Origin, scale: [EvaluationLevel]) -> [String] {
        origin == .site && scale.isEmpty ? builtInCodes : scale.map(\.code)
    }

    /// The rule and the scale computed grades use: the written rule with the report's scale
    /// (a rule the site set, on a report without a scale: the built-in scale); else the
    /// default applied to the report's own scale in its order (its first three levels; a
    /// fourth such as 評価できない is never computed); else, when the report has fewer than
    /// two levels, the default on the built-in scale.
    package static func effective(written: EvaluationRule?, scale: [EvaluationLevel],
                                  builtInScale: [EvaluationLevel]) -> (rule: EvaluationRule, scale: [EvaluationLevel]) {
        if let written { return (written, written.origin == .site && scale.isEmpty ? builtInScale : scale) }
        let levels = scale.count >= 2 ? scale : builtInScale
        let used = Array(levels.prefix(3))
        let percents = used.count == 3 ? defaultPercents : [defaultPercents[1]]
        var steps = zip(used, percents).map { Step(code: $0.code, percent: $1) }
        steps.append(Step(code: used[used.count - 1].code, percent: nil))
        return (EvaluationRule(steps: steps, origin: .sitegenDefault), levels)
    }
}
