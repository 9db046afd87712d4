import SitegenSupport
import SitegenModel
import SitegenContent

/// Fixed words of the accessibility page in one language, from its strings
/// file (`accessibility.*`). The conformance wording follows WAIC's
/// 対応度表記ガイドライン (see `ConformanceClaim`): 準拠 only when every
/// criterion has a passing result, 一部準拠 when the site was tested but not
/// every criterion has one, 配慮 when there is no test of this site.
struct AccessibilityTexts: Sendable {
    let title: String
    let claimHeading: String
    let resultsHeading: String
    let conforms: String
    let partlyConforms: String
    let considers: String
    let automatedNote: String
    let guidelineNote: String
    let notTested: String
    let date: String
    let standard: String
    let level: String
    let pages: String
    let widths: String
    let method: String
    let methodText: String
    let toolsCaption: String
    let toolHeaders: [String]
    let scopes: [String: String]
    let noProblems: String
    let criteriaCaption: String
    let criteriaHeaders: [String]
    let outcomePass: String
    let outcomeFail: String
    let outcomeReview: String
    let outcomeUntested: String
    let addedLater: String
    private let strings: FrameStrings

    init(_ s: FrameStrings) {
        func a(_ name: String) -> String { s["accessibility." + name] }
        title = a("title"); claimHeading = a("claimHeading"); resultsHeading = a("resultsHeading")
        conforms = a("conforms"); partlyConforms = a("partlyConforms"); considers = a("considers")
        automatedNote = a("automatedNote"); guidelineNote = a("guidelineNote"); notTested = a("notTested")
        date = a("date"); standard = a("standard"); level = a("level"); pages = a("pages"); widths = a("widths")
        method = a("method"); methodText = a("methodText"); toolsCaption = a("toolsCaption")
        toolHeaders = ["toolHeaderTool", "toolHeaderVersion", "toolHeaderScope", "toolHeaderFiles", "toolHeaderResult"].map(a)
        scopes = ["html": a("scopeHTML"), "xml": a("scopeXML"), "wcag": a("scopeWCAG"), "layout": a("scopeLayout"),
                  "links": a("scopeLinks"), "data": a("scopeData")]
        noProblems = a("noProblems"); criteriaCaption = a("criteriaCaption")
        criteriaHeaders = ["criteriaHeaderCriterion", "criteriaHeaderLevel", "criteriaHeaderResult"].map(a)
        outcomePass = a("outcomePass"); outcomeFail = a("outcomeFail"); outcomeReview = a("outcomeReview")
        outcomeUntested = a("outcomeUntested"); addedLater = a("addedLater")
        strings = s
    }

    /// "JIS X 8341-3:2016 の適合レベル AA に一部準拠"
    func claim(standard: String, level: String, suffix: String) -> String {
        strings.text("accessibility.claim", ["standard": standard, "level": level, "suffix": suffix])
    }

    /// Argument: the number of criteria (all verified).
    func allVerified(_ count: Int) -> String { strings.text("accessibility.allVerified", ["count": "\(count)"]) }

    /// Arguments: criteria in all, verified, not verified, failed.
    func someVerified(_ total: Int, _ verified: Int, _ unverified: Int, _ failed: Int) -> String {
        strings.text("accessibility.someVerified", ["total": "\(total)", "verified": "\(verified)"])
            + (failed > 0 ? strings.text("accessibility.someFailed", ["failed": "\(failed)"]) : "")
            + strings.text("accessibility.someUnverified", ["unverified": "\(unverified)"])
    }

    func pagesCount(_ count: Int) -> String { strings.text("accessibility.pagesCount", ["count": "\(count)"]) }
    func problems(_ count: Int) -> String { strings.text("accessibility.problems", ["count": "\(count)"]) }
    func pagesSummary(_ count: Int) -> String { strings.text("accessibility.pagesSummary", ["count": "\(count)"]) }
}
