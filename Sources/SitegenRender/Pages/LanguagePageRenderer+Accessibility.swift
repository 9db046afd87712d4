import SitegenSupport
import SitegenModel
import SitegenContent

/// The accessibility page: the ward's policy (a placeholder in the theme
/// template for the ward to replace), the conformance claim and the test
/// results (試験結果) of the last `scripts/check-site` run.
extension LanguagePageRenderer {
    func accessibilityPage(_ results: AccessibilityResults?) -> PageDraft {
        let words = AccessibilityTexts.forLanguage(language)
        let standard = results?.standard ?? "JIS X 8341-3:2016"
        let level = results?.targetLevel ?? "AA"
        let claimSuffix = results.map { $0.allPassed ? words.conforms : words.partlyConforms } ?? words.considers
        let model = AccessibilityModel(
            isEasy: language.isEasy,
            claimHeading: words.claimHeading,
            claim: standard + " の適合レベル " + level + " " + claimSuffix,
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

    private func resultsModel(_ results: AccessibilityResults, words: AccessibilityTexts) -> AccessibilityModel.Results {
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
