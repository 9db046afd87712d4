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
        var context: [String: Any] = [
            "isEasy": language.isEasy,
            "claimHeading": Escape.html(words.claimHeading),
            "resultsHeading": Escape.html(words.resultsHeading),
            "claim": Escape.html(standard + " の適合レベル " + level + " " + claimSuffix),
            "guidelineNote": Escape.html(words.guidelineNote),
        ]
        if let results {
            context["results"] = resultsContext(results, words: words)
            context["automatedNote"] = Escape.html(words.automatedNote)
        } else {
            context["notTested"] = Escape.html(words.notTested)
        }
        return PageDraft(path: SitePaths.accessibility, template: "accessibility", context: context,
                         heading: Escape.html(words.title), titleText: words.title,
                         description: words.title + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: nil, isFallback: false)
    }

    private func resultsContext(_ results: AccessibilityResults, words: AccessibilityTexts) -> [String: Any] {
        let outcomes = Dictionary(results.criteria.map { ($0.id, $0.outcome) }, uniquingKeysWith: { first, _ in first })
        let criteria: [[String: Any]] = WCAGCriteria.all.map { criterion in
            let label: String
            switch outcomes[criterion.id] {
            case .pass: label = words.outcomePass
            case .fail: label = words.outcomeFail
            case .review: label = words.outcomeReview
            case nil: label = words.outcomeUntested
            }
            var name = criterion.id + " " + criterion.name
            if !criterion.inJIS { name += "（" + words.addedLater + "）" }
            return ["name": Escape.html(name), "level": Escape.html(criterion.level), "result": Escape.html(label),
                    "failed": outcomes[criterion.id] == .fail]
        }
        let tools: [[String: Any]] = results.tools.map { tool in
            var name = tool.name
            if let browser = tool.browser, !browser.isEmpty { name += "（" + browser + "）" }
            return ["name": Escape.html(name), "version": Escape.html(tool.version),
                    "scope": Escape.html(words.scopes[tool.scope] ?? tool.scope),
                    "files": Escape.html(String(tool.files)),
                    "result": Escape.html(tool.findings == 0 ? words.noProblems : words.problems(tool.findings)),
                    "failed": tool.findings > 0]
        }
        return [
            "dateLabel": Escape.html(words.date), "date": PageFormat.date(results.date),
            "standardLabel": Escape.html(words.standard), "standard": Escape.html(results.standard),
            "levelLabel": Escape.html(words.level), "level": Escape.html(results.targetLevel),
            "pagesLabel": Escape.html(words.pages), "pages": Escape.html(words.pagesCount(results.pages.count)),
            "widthsLabel": Escape.html(words.widths),
            "widths": Escape.html(results.widths.map { "\($0)px" }.joined(separator: "、")),
            "methodLabel": Escape.html(words.method), "method": Escape.html(words.methodText),
            "toolsCaption": Escape.html(words.toolsCaption),
            "toolHeaders": words.toolHeaders.map { Escape.html($0) },
            "tools": tools,
            "criteriaCaption": Escape.html(words.criteriaCaption),
            "criteriaHeaders": words.criteriaHeaders.map { Escape.html($0) },
            "criteria": criteria,
            "pagesSummary": Escape.html(words.pagesSummary(results.pages.count)),
            "pageURLs": results.pages.map { Escape.html(PublicURL.file($0, baseURL: site.report.baseURL)) },
        ]
    }
}
