import SitegenSupport
import SitegenModel

/// What a page says of one KPI's progress: its outcome, and its grade with where the
/// grade comes from (the ward's own `evaluation` wins over a computed one).
struct KPIAssessment: Sendable {
    enum Grade: Sendable {
        /// Set by the ward (`evaluation`): 区による評価.
        case ward(EvaluationLevel)
        /// Worked out by sitegen from the published figures, with the sentence of how and the
        /// words said under it (a rule the site set: the site's guide, not the ward's evaluation).
        case computed(EvaluationLevel, explanation: String, source: String)
    }

    let outcome: ProgressOutcome
    let grade: Grade?
    /// Why a KPI with an actual has no progress, when that is said.
    let gapSentence: String?

    var level: EvaluationLevel? {
        switch grade {
        case .ward(let level), .computed(let level, _, _): level
        case nil: nil
        }
    }
    var isComputed: Bool { if case .computed = grade { true } else { false } }
}

/// Grades a site's KPIs with the site's rule (written or default) and the page's words.
struct ProgressAssessor: Sendable {
    let site: Site
    let words: ProgressWords
    /// The chart words of the same language (stage names, headings).
    let chartText: ChartText
    let rule: EvaluationRule
    /// The scale computed grades are named from.
    let scale: [EvaluationLevel]

    init(site: Site, strings: FrameStrings) {
        self.site = site
        self.words = ProgressWords(strings)
        self.chartText = ChartText(strings)
        let builtIn = words.builtInScale
        (self.rule, self.scale) = EvaluationRule.effective(written: site.evaluationRule, scale: site.evaluationScale,
                                                           builtInScale: builtIn)
    }

    func assess(_ kpi: KPI) -> KPIAssessment {
        let outcome = ProgressCalculator.outcome(kpi, in: site.fiscalYear)
        var gapSentence: String?
        if case .notComputed(let gap) = outcome { gapSentence = words.gap(gap) }
        if let code = kpi.evaluation {
            let level = site.evaluationLevel(code: code) ?? EvaluationLevel(code: code, label: "")
            return KPIAssessment(outcome: outcome, grade: .ward(level), gapSentence: gapSentence)
        }
        guard let progress = outcome.progress, let code = rule.grade(sharePercent: progress.shareOfExpectedPercent),
              let level = scale.first(where: { $0.code == code }) else {
            return KPIAssessment(outcome: outcome, grade: nil, gapSentence: gapSentence)
        }
        return KPIAssessment(outcome: outcome, grade: .computed(level, explanation: words.explanation(kpi, progress, code),
                                                                source: words.computedSource(rule.origin)),
                             gapSentence: gapSentence)
    }

    /// The summary's category of a KPI: its grade, its stage, or why it has neither. A grade
    /// by a rule the site set is counted apart from the ward's grades of the same name.
    func category(_ assessment: KPIAssessment) -> ProgressCategory {
        if let level = assessment.level { return assessment.isComputed && rule.origin == .site ? .siteGrade(level) : .grade(level) }
        switch assessment.outcome {
        case .stage(let status): return .stage(status)
        case .awaitingActual: return .awaiting
        case .computed, .notComputed: return .notComputed
        }
    }

    /// Categories in the order the summary lists them: grades in the scale's order
    /// (the report's scale first, then a site-set rule's), stages, then the KPIs without either.
    var categoryOrder: [ProgressCategory] {
        var order = site.evaluationScale.map(ProgressCategory.grade)
        if rule.origin == .site {
            order += scale.map(ProgressCategory.siteGrade)
        } else {
            for level in scale where !order.contains(.grade(level)) { order.append(.grade(level)) }
        }
        order += [KPI.Status.done, .inProgress, .planned].map(ProgressCategory.stage)
        return order + [.awaiting, .notComputed]
    }
}

/// One column of the progress summary.
enum ProgressCategory: Sendable, Hashable {
    case grade(EvaluationLevel)
    /// Computed by a rule the site set (`set_by: site`).
    case siteGrade(EvaluationLevel)
    case stage(KPI.Status)
    case awaiting
    case notComputed
}
