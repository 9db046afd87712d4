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
        /// The same number for terms with the same anchor: a page links each anchor once.
        let anchorNumber: Int
        let explanation: HTML
    }

    /// Longest first, so that ITガバナンス is found before IT.
    let terms: [Term]
    let matcher: GlossaryTermMatcher
    /// Output path of the glossary page (easy/glossary/index.html).
    let glossaryPath: String
    /// The link text to the glossary page.
    let glossaryLabel: String

    init(glossary: [GlossaryEntry], glossaryPath: String, glossaryLabel: String) {
        let entries = glossary.filter { !$0.term.isEmpty }.map { (escaped: Escape.html($0.term), entry: $0) }
            .sorted { $0.escaped.count > $1.escaped.count }
        var anchorNumbers: [String: Int] = [:]
        terms = entries.map { escaped, entry in
            let number = anchorNumbers[entry.anchor] ?? anchorNumbers.count
            anchorNumbers[entry.anchor] = number
            return Term(escaped: escaped, anchor: entry.anchor, anchorNumber: number,
                        explanation: HTML(inlineText: entry.text.split(whereSeparator: \.isNewline).joined(separator: " ")))
        }
        matcher = GlossaryTermMatcher(escaped: terms.map(\.escaped))
        self.glossaryPath = glossaryPath
        self.glossaryLabel = glossaryLabel
    }

    /// Elements whose text is never a term to explain: links and buttons (no
    /// control inside a control), headings and captions (names of things), charts,
    /// code, ruby, and what the page already explains (the glossary's own terms).
    static let skippedElements: HTMLTagNameSet = [
        "a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "th", "figure", "svg", "math", "nav",
        "code", "pre", "kbd", "samp", "ruby", "rt", "rp", "label", "summary", "dt", "dfn", "abbr", "select",
        "option", "textarea", "title", "script", "style", "template", "noscript", "iframe", "header", "footer",
    ]

    /// `html` with the first use of each term inside `<main>` made a button with its explanation.
    func annotate(_ html: String, pagePath: String) -> String {
        String(decoding: annotate(Array(html.utf8), pagePath: pagePath), as: UTF8.self)
    }

    /// `annotate` on UTF-8.
    func annotate(_ html: [UInt8], pagePath: String) -> [UInt8] {
        guard var page = page(pagePath) else { return html }
        return HTMLTextRewriter.rewrite(html, with: &page)
    }

    /// What links one page's terms, or nil when the page gets none (the glossary page itself).
    func page(_ pagePath: String) -> Page? {
        terms.isEmpty || pagePath == glossaryPath ? nil : Page(links: self, pagePath: pagePath)
    }

    /// One page's walk: which terms it has explained, and whether the text is in `<main>`.
    struct Page: HTMLTextVisitor {
        let links: GlossaryTermLinks
        let pagePath: String
        private var explained: [Bool]
        private var inMain = false
        private var skipped = OpenSkippedElements(GlossaryTermLinks.skippedElements)

        init(links: GlossaryTermLinks, pagePath: String) {
            self.links = links
            self.pagePath = pagePath
            explained = Array(repeating: false, count: (links.terms.map(\.anchorNumber).max() ?? -1) + 1)
        }

        mutating func markup(_ kind: HTMLMarkup.Kind) {
            if case .start(let name, _) = kind, name == main { inMain = true }
            if case .end(let name) = kind, name == main { inMain = false }
            skipped.see(kind)
        }

        /// Made once per page: a literal is packed anew where it is written, a static is read once per tag.
        private let main: HTMLTagName = "main"

        /// The text node (escaped HTML) with the first use of each term not yet
        /// explained made a button; nil when it stays as it is.
        mutating func rewrite(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
            // Outside <main>, and in the indentation between tags, no term is looked for.
            guard inMain, !skipped.isInside, text.contains(where: { !HTMLTextRewriter.isSpace($0) }) else { return nil }
            var out: [UInt8]?
            var plainStart = 0
            // A term used before keeps its place: no shorter term is looked for inside it.
            for match in links.matcher.matches(in: text) where !explained[links.terms[match.term].anchorNumber] {
                explained[links.terms[match.term].anchorNumber] = true
                if out == nil { out = [] }
                out! += text[plainStart..<match.start]
                links.markup(links.terms[match.term], pagePath: pagePath).bytes.withUnsafeBufferPointer { out! += $0 }
                plainStart = match.end
            }
            out? += text[plainStart...]
            return out
        }
    }

    /// The term's button and its popover, written as bytes.
    private func markup(_ term: Term, pagePath: String) -> MarkupWriter {
        // The term as it stands in the text, already escaped (the matcher finds it so).
        let escapedTerm = HTML(rendered: term.escaped)
        var writer = MarkupWriter(capacity: 512)
        writer.markup("<button type=\"button\" class=\"term\" popovertarget=\"glossary-")
        writer.text(term.anchor)
        writer.markup("\">")
        writer.html(escapedTerm)
        writer.markup("</button><span id=\"glossary-")
        writer.text(term.anchor)
        writer.markup("\" class=\"term-popover\" popover><strong class=\"term-popover__term\">")
        writer.html(escapedTerm)
        writer.markup("</strong> ")
        writer.html(term.explanation)
        writer.markup(" <a href=\"")
        writer.text(SitePaths.relativeURL(from: pagePath, to: glossaryPath))
        writer.markup("#")
        writer.text(term.anchor)
        writer.markup("\">")
        writer.text(glossaryLabel)
        writer.markup("</a></span>")
        return writer
    }
}
