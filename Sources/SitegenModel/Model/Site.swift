import SitegenSupport

/// The whole report in one language: the value every render stage reads.
/// One `Site` exists per language; the easy-Japanese one is the base with its
/// text overlaid, so renderers never need to know where a text came from.
public struct Site: Sendable, Hashable {
    public let language: Language
    public let organization: Organization
    public let report: Report
    public let languages: [Language]
    public let mission: String
    public let vision: String
    public let values: String
    public let dxVision: [VisionItem]
    public let themes: [Theme]
    public let background: Background?
    public let evaluationScale: [EvaluationLevel]
    /// Ordered by number.
    public let initiatives: [Initiative]
    /// Free pages from `pages/`, ordered by file name.
    public let pages: [Page]
    public let glossary: [GlossaryEntry]
    /// Reading overrides from `furigana.yaml` (surface → hiragana).
    public let furigana: [FuriganaOverride]
    /// True where this language's `site` text is missing and the base text is shown.
    public let isFallback: Bool

    public init(language: Language, organization: Organization, report: Report, languages: [Language],
                mission: String, vision: String, values: String, dxVision: [VisionItem], themes: [Theme],
                background: Background?, evaluationScale: [EvaluationLevel], initiatives: [Initiative],
                pages: [Page], glossary: [GlossaryEntry], furigana: [FuriganaOverride], isFallback: Bool = false) {
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
        self.initiatives = initiatives
        self.pages = pages
        self.glossary = glossary
        self.furigana = furigana
        self.isFallback = isFallback
    }

    public var fiscalYear: FiscalYear { FiscalYear(report.fiscalYear) }

    /// The same site with some parts replaced (the model is immutable: a base URL
    /// override, a scoped render and the easy charts' kana labels derive variants).
    package func replacing(report: Report? = nil, themes: [Theme]? = nil, evaluationScale: [EvaluationLevel]? = nil,
                   initiatives: [Initiative]? = nil) -> Site {
        Site(language: language, organization: organization, report: report ?? self.report, languages: languages,
             mission: mission, vision: vision, values: values, dxVision: dxVision, themes: themes ?? self.themes,
             background: background, evaluationScale: evaluationScale ?? self.evaluationScale,
             initiatives: initiatives ?? self.initiatives, pages: pages, glossary: glossary, furigana: furigana,
             isFallback: isFallback)
    }

    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }
    public func initiatives(inTheme id: String) -> [Initiative] { initiatives.filter { $0.theme == id } }
    public func visionItem(number: Int) -> VisionItem? { dxVision.first { $0.number == number } }
    public func evaluationLevel(code: String) -> EvaluationLevel? { evaluationScale.first { $0.code == code } }
}

/// Every language's `Site`, base language first.
public struct SiteBundle: Sendable {
    public let sites: [Site]
    public init(sites: [Site]) { self.sites = sites }
    public var base: Site { sites[0] }
    public func site(for code: String) -> Site? { sites.first { $0.language.code == code } }
}

public struct Language: Sendable, Hashable {
    /// `ja`, `easy`, …
    public let code: String
    /// Display name in that language (日本語, やさしい日本語).
    public let name: String
    /// URL path prefix: `/` for the base language, `/easy/` for easy Japanese.
    public let path: String

    public init(code: String, name: String, path: String) {
        self.code = code
        self.name = name
        self.path = path
    }

    /// The BCP 47 tag for `lang`/`hreflang` (easy Japanese is Japanese).
    public var htmlLang: String { code == "easy" ? "ja" : code }
    public var isEasy: Bool { code == "easy" }
    /// The output folder prefix without slashes ("" or "easy").
    public var folder: String { path.split(separator: "/").joined(separator: "/") }
}

public struct Organization: Sendable, Hashable {
    public let name: String
    public init(name: String) { self.name = name }
}

public struct SourceDocument: Sendable, Hashable {
    public let title: String
    public let publisher: String
    public let path: String?
    public let url: String?
    public init(title: String, publisher: String, path: String?, url: String?) {
        self.title = title
        self.publisher = publisher
        self.path = path
        self.url = url
    }
}

public struct Report: Sendable, Hashable {
    public let title: String
    public let fiscalYear: Int
    public let asOf: CalendarDate
    /// Absolute root URL, always ending in `/`.
    public let baseURL: String
    public let license: String
    public let description: String
    /// Markdown.
    public let introduction: String
    public let sources: [SourceDocument]

    public init(title: String, fiscalYear: Int, asOf: CalendarDate, baseURL: String, license: String,
                description: String, introduction: String, sources: [SourceDocument]) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.baseURL = baseURL
        self.license = license
        self.description = description
        self.introduction = introduction
        self.sources = sources
    }

    /// 令和6年度
    public var fiscalYearLabel: String { JapaneseEra.fiscalYearLabel(fiscalYear) }
}

/// One めざす姿 of the DX vision (① … ⑨).
public struct VisionItem: Sendable, Hashable {
    public let number: Int
    public let text: String
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// ① for 1 … ⑳ for 20.
    public var circledNumber: String { circled(number) }
}

public struct Theme: Sendable, Hashable {
    public let id: String
    public let number: Int
    public let title: String
    public let summary: String?
    public init(id: String, number: Int, title: String, summary: String?) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
    }
    public var circledNumber: String { circled(number) }
}

public struct Background: Sendable, Hashable {
    public let policy: String?
    public let achievements: [String]
    public let challenges: [String]
    public let priorityIssueTitle: String?
    public let priorityIssueSource: String?
    public let towardNextYear: [String]
    public let conclusion: String?
    public init(policy: String?, achievements: [String], challenges: [String], priorityIssueTitle: String?,
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

public struct EvaluationLevel: Sendable, Hashable {
    public let code: String
    public let label: String
    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}

public struct Page: Sendable, Hashable {
    public let id: String
    public let title: String
    public let summary: String?
    /// Markdown.
    public let body: String
    public let location: SourceLocation
    public let isFallback: Bool
    public init(id: String, title: String, summary: String?, body: String, location: SourceLocation, isFallback: Bool = false) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.location = location
        self.isFallback = isFallback
    }
}

public struct GlossaryEntry: Sendable, Hashable {
    public let term: String
    public let reading: String?
    public let text: String
    public init(term: String, reading: String?, text: String) {
        self.term = term
        self.reading = reading
        self.text = text
    }
    /// Anchor id on the glossary page, stable and ASCII.
    public var anchor: String { "term-" + stableSlug(term) }
}

public struct FuriganaOverride: Sendable, Hashable {
    public let surface: String
    public let reading: String
    public init(surface: String, reading: String) {
        self.surface = surface
        self.reading = reading
    }
}

/// ① … ⑳, then plain digits.
public func circled(_ n: Int) -> String {
    guard (1...20).contains(n), let scalar = Unicode.Scalar(0x2460 + UInt32(n - 1)) else { return "(\(n))" }
    return String(Character(scalar))
}

/// An ASCII slug that is stable for any text: ASCII letters and digits kept,
/// everything else as hex of its UTF-8 bytes.
public func stableSlug(_ text: String) -> String {
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
