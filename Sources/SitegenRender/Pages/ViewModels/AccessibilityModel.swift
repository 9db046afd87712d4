import SitegenSupport

/// `accessibility.mustache`: the conformance claim and the last check's results.
struct AccessibilityModel: TemplateModel {
    struct Results: TemplateModel {
        let dateLabel: String
        let date: HTML
        let standardLabel, standard, levelLabel, level, pagesLabel, pages: String
        let widthsLabel, widths, methodLabel, method: String
        let toolsCaption: String
        let toolHeaders: [String]
        let tools: [Tool]
        let criteriaCaption: String
        let criteriaHeaders: [String]
        let criteria: [Criterion]
        let pagesSummary: String
        let pageURLs: [String]
    }
    struct Tool: TemplateModel {
        let name, version, scope, files, result: String
        let failed: Bool
    }
    struct Criterion: TemplateModel {
        let name, level, result: String
        let failed: Bool
    }
    /// The build's input fingerprint: the site check copies it into the results it writes.
    let source: HTML
    let claimHeading: String
    let claim: String
    /// How many success criteria were verified and how many were not (WAIC: 一部準拠 lists them).
    let verification: String?
    let automatedNote: String?
    let notTested: String?
    let guidelineNote: String
    let resultsHeading: String
    let results: Results?
}
