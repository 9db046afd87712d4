import SitegenSupport

/// The whole report in one language: the value every render stage reads.
/// One `Site` exists per language; the easy-Japanese one is the base with its
/// text overlaid, so renderers never need to know where a text came from.
package struct Site: Sendable, Hashable {
    package let language: Language
    package let organization: Organization
    package let report: Report
    package let languages: [Language]
    package let mission: String
    package let vision: String
    package let values: String
    package let dxVision: [VisionItem]
    package let themes: [Theme]
    package let background: Background?
    package let evaluationScale: [EvaluationLevel]
    /// `evaluation_rule` as written; nil: the documented default (see `EvaluationRule.effective`).
    package let evaluationRule: EvaluationRule?
    /// `pagination.page_size`: how many initiatives a page of a split list holds. The
    /// schedule and KPI list are split (by theme, then pages) once the report has more.
    package let pageSize: Int
    package static let defaultPageSize = 20
    /// What `page_size` may be: past 50 a page of the easy schedule is over ~500 KB.
    package static let pageSizes = 1...50
    /// Ordered by number.
    package let initiatives: [Initiative]
    /// Free pages from `pages/`, ordered by file name.
    package let pages: [Page]
    package let glossary: [GlossaryEntry]
    /// Reading overrides from `furigana.yaml` (surface → hiragana).
    package let furigana: [FuriganaOverride]
    /// True where this language's `site` text is missing and the base text is shown.
    package let isFallback: Bool
    /// Where the values of this language's site file are (`site.yaml`, `site.easy.yaml`).
    package let sourceMap: SourceMap

    /// Without `sourceMap`, no value has a position.
    package init(language: Language, organization: Organization, report: Report, languages: [Language],
                mission: String, vision: String, values: String, dxVision: [VisionItem], themes: [Theme],
                background: Background?, evaluationScale: [EvaluationLevel], evaluationRule: EvaluationRule? = nil,
                pageSize: Int = Site.defaultPageSize, initiatives: [Initiative],
                pages: [Page], glossary: [GlossaryEntry], furigana: [FuriganaOverride], isFallback: Bool = false,
                sourceMap: SourceMap = SourceMap(path: "")) {
        self.language = language
        self.organization = organization
        self.report = report
        self.languages = languages
        self.mission = mission
        self.vision = vision
        self.values = values
        self.dxVision = dxVision
        self.themes = themes
        self.background = background
        self.evaluationScale = evaluationScale
        self.evaluationRule = evaluationRule
        self.pageSize = pageSize
        self.initiatives = initiatives
        self.pages = pages
        self.glossary = glossary
        self.furigana = furigana
        self.isFallback = isFallback
        self.sourceMap = sourceMap
    }

    package var fiscalYear: FiscalYear { FiscalYear(report.fiscalYear) }

    /// The same site with some parts replaced (the model is immutable: a base URL
    /// override, a scoped render and the easy charts' kana labels derive variants).
    package func replacing(report: Report? = nil, themes: [Theme]? = nil, evaluationScale: [EvaluationLevel]? = nil,
                   initiatives: [Initiative]? = nil, pageSize: Int? = nil, sourceMap: SourceMap? = nil) -> Site {
        Site(language: language, organization: organization, report: report ?? self.report, languages: languages,
             mission: mission, vision: vision, values: values, dxVision: dxVision, themes: themes ?? self.themes,
             background: background, evaluationScale: evaluationScale ?? self.evaluationScale,
             evaluationRule: evaluationRule, pageSize: pageSize ?? self.pageSize, initiatives: initiatives ?? self.initiatives, pages: pages, glossary: glossary, furigana: furigana,
             isFallback: isFallback, sourceMap: sourceMap ?? self.sourceMap)
    }

    package func theme(id: String) -> Theme? { themes.first { $0.id == id } }
    package func initiatives(inTheme id: String) -> [Initiative] { initiatives.filter { $0.theme == id } }
    package func visionItem(number: Int) -> VisionItem? { dxVision.first { $0.number == number } }
    package func evaluationLevel(code: String) -> EvaluationLevel? { evaluationScale.first { $0.code == code } }
}

/// Every language's `Site`, base language first.
package struct SiteBundle: Sendable {
    package let sites: [Site]
    package init(sites: [Site]) { self.sites = sites }
    package var base: Site { sites[0] }
    package func site(for code: String) -> Site? { sites.first { $0.language.code == code } }
}

package struct Language: Sendable, Hashable {
    /// `ja`, `easy`, …
    package let code: String
    /// Display name in that language (日本語, やさしい日本語).
    package let name: String
    /// URL path prefix: `/` for the base language, `/easy/` for easy Japanese.
    package let path: String
    /// The output folder prefix without slashes ("" or "easy"); every page's links use it.
    package let folder: String

    package init(code: String, name: String, path: String) {
        self.code = code
        self.name = name
        self.path = path
        folder = path.split(separator: "/").joined(separator: "/")
    }

    /// The names of the codes every site knows, used where `site.yaml` gives none
    /// (the shared content model writes `{code: ja, path: /}`).
    package static let knownNames = ["ja": "日本語", "easy": "やさしい日本語"]

    /// The BCP 47 tag for `lang`/`hreflang` (easy Japanese is Japanese).
    package var htmlLang: String { code == "easy" ? "ja" : code }
    package var isEasy: Bool { code == "easy" }
}

package struct Organization: Sendable, Hashable {
    package let name: String
    package init(name: String) { self.name = name }
}

package struct SourceDocument: Sendable, Hashable {
    package let title: String
    package let publisher: String
    package let path: String?
    package let url: String?
    package init(title: String, publisher: String, path: String?, url: String?) {
        self.title = title
        self.publisher = publisher
        self.path = path
        self.url = url
    }
}

package struct Report: Sendable, Hashable {
    package let title: String
    package let fiscalYear: Int
    /// The date the report states its contents for; nil when the source states none
    /// (pages then name the fiscal year only, never a date of their own).
    package let asOf: CalendarDate?
    /// Absolute root URL, always ending in `/`.
    package let baseURL: String
    package let license: String
    package let description: String
    /// Markdown.
    package let introduction: String
    package let sources: [SourceDocument]
    /// Earlier editions of the report, newest first (`report.editions`).
    package let editions: [Edition]

    package init(title: String, fiscalYear: Int, asOf: CalendarDate?, baseURL: String, license: String,
                description: String, introduction: String, sources: [SourceDocument], editions: [Edition] = []) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.baseURL = baseURL
        self.license = license
        self.description = description
        self.introduction = introduction
        self.sources = sources
        self.editions = editions
    }

    /// 令和6年度
    package var fiscalYearLabel: String { JapaneseEra.fiscalYearLabel(fiscalYear) }
}

/// One めざす姿 of the DX vision (① … ⑨).
package struct VisionItem: Sendable, Hashable {
    package let number: Int
    package let text: String
    package init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// ① for 1 … ⑳ for 20.
    package var circledNumber: String { circled(number) }
}

package struct Theme: Sendable, Hashable {
    package let id: String
    package let number: Int
    package let title: String
    package let summary: String?
    package init(id: String, number: Int, title: String, summary: String?) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
    }
    package var circledNumber: String { circled(number) }
}

package struct Background: Sendable, Hashable {
    package let policy: String?
    package let achievements: [String]
    package let challenges: [String]
    package let priorityIssueTitle: String?
    package let priorityIssueSource: String?
    package let towardNextYear: [String]
    package let conclusion: String?
    package init(policy: String?, achievements: [String], challenges: [String], priorityIssueTitle: String?,
                priorityIssueSource: String?, towardNextYear: [String], conclusion: String?) {
        self.policy = policy
        self.achievements = achievements
        self.challenges = challenges
        self.priorityIssueTitle = priorityIssueTitle
        self.priorityIssueSource = priorityIssueSource
        self.towardNextYear = towardNextYear
        self.conclusion = conclusion
    }
}

package struct EvaluationLevel: Sendable, Hashable {
    package let code: String
    package let label: String
    package init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}

package struct Page: Sendable, Hashable {
    package let id: String
    package let title: String
    package let summary: String?
    /// Markdown.
    package let body: String
    package let location: SourceLocation
    package let isFallback: Bool
    /// Where the values of its file are.
    package let sourceMap: SourceMap
    /// Without `sourceMap`, no value has a position.
    package init(id: String, title: String, summary: String?, body: String, location: SourceLocation, isFallback: Bool = false,
                 sourceMap: SourceMap? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.location = location
        self.isFallback = isFallback
        self.sourceMap = sourceMap ?? SourceMap(path: location.path)
    }
}

package struct GlossaryEntry: Sendable, Hashable {
    package let term: String
    package let reading: String?
    package let text: String
    package init(term: String, reading: String?, text: String) {
        self.term = term
        self.reading = reading
        self.text = text
    }
    /// Anchor id on the glossary page, stable and ASCII.
    package var anchor: String { "term-" + stableSlug(term) }
}

package struct FuriganaOverride: Sendable, Hashable {
    package let surface: String
    package let reading: String
    package init(surface: String, reading: String) {
        self.surface = surface
        self.reading = reading
    }
}

/// ① … ⑳, then plain digits.
package func circled(_ n: Int) -> String {
    guard (1...20).contains(n), let scalar = Unicode.Scalar(0x2460 + UInt32(n - 1)) else { return "(\(n))" }
    return String(Character(scalar))
}

/// An ASCII slug that is stable for any text: ASCII letters and digits kept,
/// everything else as hex of its UTF-8 bytes.
package func stableSlug(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(Character(Unicode.Scalar(byte)))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(Character(Unicode.Scalar(byte + 32)))
        default: out += String(byte, radix: 16)
        }
    }
    return out
}
