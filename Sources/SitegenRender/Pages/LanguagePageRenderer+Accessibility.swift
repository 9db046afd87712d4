import SitegenSupport
import SitegenModel
import SitegenContent

/// The accessibility page: the ward's policy (in the theme template), the
/// conformance claim and the test results (試験結果) of the site check of this
/// very build; results of other inputs never reach the page (AccessibilityResults).
extension LanguagePageRenderer {
    func accessibilityPage(_ evidence: AccessibilityResults?) -> PageDraft {
        let words = AccessibilityTexts(strings)
        let results = evidence?.run
        let standard = results?.standard ?? "JIS X 8341-3:2016"
        let level = results?.targetLevel ?? "AA"
        let claim = ConformanceClaim.of(results)
        let claimSuffix: String
        let verification: String?
        switch claim {
        case .conforms:
            claimSuffix = words.conforms
            verification = words.allVerified(WCAGCriteria.all.count)
        case let .partlyConforms(verified, unverified, failed):
            claimSuffix = words.partlyConforms
            verification = words.someVerified(WCAGCriteria.all.count, verified, unverified, failed)
        case .considers:
            claimSuffix = words.considers
            verification = nil
        }
        let model = AccessibilityModel(
            source: HTML(text: evidence?.sourceFingerprint ?? ""),
            claimHeading: words.claimHeading,
            claim: words.claim(standard: standard, level: level, suffix: claimSuffix),
            verification: verification,
            automatedNote: results == nil ? nil : words.automatedNote,
            notTested: results == nil ? words.notTested : nil,
            guidelineNote: words.guidelineNote,
            resultsHeading: words.resultsHeading,
            results: results.map { resultsModel($0, words: words) })
        return PageDraft(path: SitePaths.accessibility, template: "accessibility", model: model,
                         heading: HTML(text: words.title), titleText: words.title,
                         description: words.title + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: nil, isFallback: false)
    }

    private func resultsModel(_ results: AccessibilityTestRun, words: AccessibilityTexts) -> AccessibilityModel.Results {
        let outcomes = Dictionary(results.criteria.map { ($0.id, $0.outcome) }, uniquingKeysWith: { first, _ in first })
        let criteria = WCAGCriteria.all.map { criterion in
            let label: String
            switch outcomes[criterion.id] {
            case .pass: label = words.outcomePass
            case .fail: label = words.outcomeFail
            case .review: label = words.outcomeReview
            case nil: label = words.outcomeUntested
            }
            var name = criterion.id + " " + criterion.name
            if !criterion.inJIS { name += "（" + words.addedLater + "）" }
            return AccessibilityModel.Criterion(name: name, level: criterion.level, result: label,
                                                failed: outcomes[criterion.id] == .fail)
        }
        let tools = results.tools.map { tool in
            var name = tool.name
            if let browser = tool.browser, !browser.isEmpty { name += "（" + browser + "）" }
            return AccessibilityModel.Tool(name: name, version: tool.version, scope: words.scopes[tool.scope] ?? tool.scope,
                                           files: String(tool.files),
                                           result: tool.findings == 0 ? words.noProblems : words.problems(tool.findings),
                                           failed: tool.findings > 0)
        }
        return AccessibilityModel.Results(
            dateLabel: words.date, date: PageFormat.date(results.date),
            standardLabel: words.standard, standard: results.standard,
            levelLabel: words.level, level: results.targetLevel,
            pagesLabel: words.pages, pages: words.pagesCount(results.pages.count),
            widthsLabel: words.widths, widths: results.widths.map { "\($0)px" }.joined(separator: "、"),
            methodLabel: words.method, method: words.methodText,
            toolsCaption: words.toolsCaption, toolHeaders: words.toolHeaders, tools: tools,
            criteriaCaption: words.criteriaCaption, criteriaHeaders: words.criteriaHeaders, criteria: criteria,
            pagesSummary: words.pagesSummary(results.pages.count),
            pageURLs: results.pages.map { PublicURL.file($0, baseURL: site.report.baseURL) })
    }
}
