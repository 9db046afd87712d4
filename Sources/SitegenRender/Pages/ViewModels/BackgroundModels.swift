import SitegenSupport

/// `background.mustache`.
struct BackgroundModel: TemplateModel {
    struct PriorityIssue: TemplateModel { let title: HTML; let source: HTML? }
    let hasCurrent: Bool
    let policy: [HTML]
    let achievements: [HTML]
    let challenges: [HTML]
    let priorityIssue: PriorityIssue?
    let towardNextYearHeading: String
    let towardNextYear: [HTML]
    let conclusion: [HTML]
}

/// `glossary.mustache`.
struct GlossaryModel: TemplateModel {
    struct Entry: TemplateModel {
        let anchor: String
        let term: HTML
        let reading: String?
        let text: [HTML]
    }
    let entries: [Entry]
}
