import SitegenSupport
import SitegenModel
import SitegenContent

/// Hard words explained where they stand (issue 15), like NHK NEWS WEB EASY's
/// dictionary: on an easy page, the first use of each glossary term in the main
/// text becomes a button that opens the term's explanation in place. The
/// explanation is a `popover` element right after the button (a `<span>`, so it is
/// valid inside `<p>`); the browser opens and closes it without script, Esc and a
/// click outside close it, and it links on to the term on the glossary page.
struct GlossaryTermLinks: Sendable {
    struct Term: Sendable {
        /// As it stands in escaped HTML text (Fit&amp;Gap分析).
        let escaped: String
        let anchor: String
        let explanation: HTML
        let asciiEdges: (first: Bool, last: Bool)
    }

    /// By first character, longest first, so that ITガバナンス is found before IT.
    let terms: [Character: [Term]]
    /// Output path of the glossary page (easy/glossary/index.html).
    let glossaryPath: String
    /// The link text to the glossary page.
    let glossaryLabel: String

    init(glossary: [GlossaryEntry], glossaryPath: String, glossaryLabel: String) {
        let all = glossary.filter { !$0.term.isEmpty }.map { entry in
            let scalars = entry.term.unicodeScalars
            return Term(escaped: Escape.html(entry.term), anchor: entry.anchor,
                        explanation: HTML(inlineText: entry.text.split(whereSeparator: \.isNewline).joined(separator: " ")),
                        asciiEdges: (Self.isASCIIWordScalar(scalars.first!), Self.isASCIIWordScalar(scalars.last!)))
        }.sorted { $0.escaped.count > $1.escaped.count }
        terms = Dictionary(grouping: all, by: { $0.escaped.first! })
        self.glossaryPath = glossaryPath
        self.glossaryLabel = glossaryLabel
    }

    /// Elements whose text is never a term to explain: links and buttons (no
    /// control inside a control), headings and captions (names of things), charts,
    /// code, ruby, and what the page already explains (the glossary's own terms).
    static let skippedElements: Set<String> = [
        "a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "th", "figure", "svg", "math", "nav",
        "code", "pre", "kbd", "samp", "ruby", "rt", "rp", "label", "summary", "dt", "dfn", "abbr", "select",
        "option", "textarea", "title", "script", "style", "template", "noscript", "iframe", "header", "footer",
    ]

    /// `html` with the first use of each term inside `<main>` made a button with its explanation.
    func annotate(_ html: String, pagePath: String) -> String {
        String(decoding: annotate(Array(html.utf8), pagePath: pagePath), as: UTF8.self)
    }

    /// `annotate` on UTF-8, which the page's furigana then reads without a copy.
    func annotate(_ html: [UInt8], pagePath: String) -> [UInt8] {
        guard !terms.isEmpty, pagePath != glossaryPath else { return html }
        var used: Set<String> = []
        var inMain = false
        return HTMLTextRewriter.rewrite(html, skipping: Self.skippedElements, tag: { kind in
            if case .start("main", _) = kind { inMain = true }
            if case .end("main") = kind { inMain = false }
        }, mayChange: { text in
            // Outside <main>, and in the indentation between tags, no term is looked for.
            inMain && text.contains { !HTMLTextRewriter.isSpace($0) }
        }, text: { text in
            linked(text, used: &used, pagePath: pagePath)
        })
    }

    /// One text node (escaped HTML) with the first use of each unused term linked.
    private func linked(_ text: String, used: inout Set<String>, pagePath: String) -> String {
        var out = ""
        var rest = Substring(text)
        var plainStart = rest.startIndex
        while !rest.isEmpty {
            guard let term = terms[rest.first!]?.first(where: { rest.hasPrefix($0.escaped) && standsAlone($0, at: rest, in: text) }) else {
                rest = rest.dropFirst()
                continue
            }
            let end = rest.index(rest.startIndex, offsetBy: term.escaped.count)
            // A term used before keeps its place: no shorter term is looked for inside it.
            if used.insert(term.anchor).inserted {
                out += text[plainStart..<rest.startIndex]
                out += markup(term, pagePath: pagePath)
                plainStart = end
            }
            rest = rest[end...]
        }
        out += text[plainStart...]
        return out
    }

    /// A Latin term (AI, IT) is a word of its own, not letters of a longer one (MAIL).
    private func standsAlone(_ term: Term, at rest: Substring, in text: String) -> Bool {
        if term.asciiEdges.first, rest.startIndex > text.startIndex,
           let before = text[..<rest.startIndex].unicodeScalars.last, Self.isASCIIWordScalar(before) { return false }
        let end = rest.index(rest.startIndex, offsetBy: term.escaped.count)
        if term.asciiEdges.last, end < rest.endIndex, let after = rest[end...].unicodeScalars.first,
           Self.isASCIIWordScalar(after) { return false }
        return true
    }

    private func markup(_ term: Term, pagePath: String) -> String {
        let id = "glossary-" + term.anchor
        let href = Escape.html(SitePaths.relativeURL(from: pagePath, to: glossaryPath) + "#" + term.anchor)
        return "<button type=\"button\" class=\"term\" popovertarget=\"\(id)\">\(term.escaped)</button>"
            + "<span id=\"\(id)\" class=\"term-popover\" popover><strong class=\"term-popover__term\">\(term.escaped)</strong> "
            + "\(term.explanation.markup) <a href=\"\(href)\">\(Escape.html(glossaryLabel))</a></span>"
    }

    private static func isASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(Character(s)))
    }
}
