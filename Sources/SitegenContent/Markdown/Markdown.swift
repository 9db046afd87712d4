import CCmarkGFM
import Foundation
import SitegenSupport
import SitegenModel

/// GitHub-flavoured Markdown to HTML with cmark-gfm, in safe mode: raw HTML
/// never reaches the page (each dropped piece is reported as W002 at its line
/// in the content file), dangerous link schemes are emptied by cmark, links to
/// other sites get `rel="noopener"`, headings are shifted under the page's own
/// headings and `{漢字|かんじ}` becomes ruby as in every other text.
package enum Markdown {
    /// - Parameters:
    ///   - bodyStartLine: the file line where the Markdown body starts (front-matter offset).
    ///   - path: the content file, for diagnostics.
    ///   - headingBase: the level the body's highest heading becomes (2 right under the
    ///     page's h1, 3 inside an h2 section). Lower headings keep their distance to it.
    ///   - linkURL: the URL to write for a link's destination, nil to keep it (links by id, `SiteLink`).
    package static func render(_ text: String, bodyStartLine: Int, path: String, headingBase: Int = 2,
                              linkURL: ((String) -> String?)? = nil) -> (html: HTML, diagnostics: [Diagnostic]) {
        // cmark-gfm adds and removes the extensions' special characters (~ for
        // strikethrough, | for tables) in a process-wide table while it parses
        // inlines, so two parses at once can drop each other's syntax. Pages render
        // in parallel: parsing and rendering are serialised here to keep output exact.
        cmarkLock.lock()
        defer { cmarkLock.unlock() }
        return withParsedTree(text) { root, parser in
            var diagnostics = reportRawHTML(root, text: text, bodyStartLine: bodyStartLine, path: path)
            diagnostics += removeBidiControls(root, text: text, bodyStartLine: bodyStartLine, path: path)
            shiftHeadings(root, base: headingBase)
            if let linkURL { rewriteLinks(root, linkURL) }
            joinJapaneseLines(root)
            cmark_consolidate_text_nodes(root)
            insertRuby(root)

            guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
                return (.empty, diagnostics)
            }
            defer { free(rendered) }
            // cmark writes UTF-8 from the text's own UTF-8 (what it cannot decode becomes U+FFFD).
            return (HTML(renderedUTF8: MarkdownOutput.finished(UnsafeBufferPointer(start: rendered, count: strlen(rendered)))),
                    diagnostics)
        } ?? (.empty, [])
    }

    static let options = CMARK_OPT_DEFAULT

    /// Parses `text` with the GFM extensions and hands the tree (and its parser, which
    /// owns the extensions the HTML renderer needs) to `body`; nil if cmark fails.
    /// The caller holds `cmarkLock`.
    static func withParsedTree<T>(_ text: String, _ body: (_ root: OpaquePointer, _ parser: OpaquePointer) -> T) -> T? {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let bytes = Array(text.utf8CString)
        bytes.withUnsafeBufferPointer { buffer in
            // The trailing NUL is not part of the text.
            cmark_parser_feed(parser, buffer.baseAddress!, buffer.count - 1)
        }
        guard let root = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    /// cmark-gfm's registration mutates a global list without a lock; a static
    /// initialiser runs exactly once even when pages render in parallel.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Guards every use of cmark-gfm (see `render`).
    static let cmarkLock = NSLock()

    /// Every node of the tree, in document order, collected before any change.
    static func nodes(_ root: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iter = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) { result.append(node) }
        }
        return result
    }

    private static func reportRawHTML(_ root: OpaquePointer, text: String, bodyStartLine: Int, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Split only when a tag is found: most bodies have none, and splitting every body
        // into lines by Character cost more than parsing it (75,000 instructions a body).
        var splitLines: [Substring]?
        for node in nodes(root) {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE else { continue }
            let lines = splitLines ?? text.split(separator: "\n", omittingEmptySubsequences: false)
            splitLines = lines
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let snippet = literal.trimmingCharacters(in: .whitespacesAndNewlines)
            let shown = snippet.count > 40 ? String(snippet.prefix(40)) + "…" : snippet
            let bodyLine = Int(cmark_node_get_start_line(node))
            let line = bodyLine + bodyStartLine - 1
            let column = characterColumn(byteColumn: Int(cmark_node_get_start_column(node)),
                                         line: bodyLine >= 1 && bodyLine <= lines.count ? lines[bodyLine - 1] : "")
            diagnostics.append(Diagnostic(.rawHTMLDropped, "HTMLタグ「\(shown)」は出力されません。",
                                          at: SourceLocation(path: path, line: line, column: column)))
        }
        return diagnostics
    }

    /// cmark counts columns in bytes; editors count characters (日本語 is 3 bytes each).
    static func characterColumn(byteColumn: Int, line: Substring) -> Int {
        let bytes = Array(line.utf8.prefix(max(0, byteColumn - 1)))
        return String(decoding: bytes, as: UTF8.self).count + 1
    }

    /// Moves every heading so the highest one lands on `base` (never above h2, never past h6).
    private static func shiftHeadings(_ root: OpaquePointer, base: Int) {
        let headings = nodes(root).filter { cmark_node_get_type($0) == CMARK_NODE_HEADING }
        guard let top = headings.map({ Int(cmark_node_get_heading_level($0)) }).min() else { return }
        let shift = max(2, min(base, 6)) - top
        for heading in headings {
            let level = Int(cmark_node_get_heading_level(heading)) + shift
            cmark_node_set_heading_level(heading, Int32(min(6, max(2, level))))
        }
    }

    /// A line break inside a Japanese paragraph is only where the editor wrapped
    /// it; rendered as a space it would show a gap between two characters.
    private static func joinJapaneseLines(_ root: OpaquePointer) {
        for node in nodes(root) where cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
            guard let previous = cmark_node_previous(node), let next = cmark_node_next(node),
                  cmark_node_get_type(previous) == CMARK_NODE_TEXT, cmark_node_get_type(next) == CMARK_NODE_TEXT,
                  let before = cmark_node_get_literal(previous).map({ InlineText.plain(String(cString: $0)) })?.unicodeScalars.last,
                  let after = cmark_node_get_literal(next).map({ InlineText.plain(String(cString: $0)) })?.unicodeScalars.first,
                  isWide(before), isWide(after) else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Kana, kanji and full-width forms: scripts written without spaces.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Splits text nodes holding `{漢字|かんじ}` into text and ruby pieces. Ruby is
    /// a custom inline whose HTML we build (escaped) ourselves; code stays literal.
    private static func insertRuby(_ root: OpaquePointer) {
        for node in nodes(root) where cmark_node_get_type(node) == CMARK_NODE_TEXT {
            guard let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            let pieces = InlineText.pieces(text)
            guard pieces.contains(where: { if case .ruby = $0 { true } else { false } }) else { continue }
            for piece in pieces {
                let inserted: OpaquePointer?
                switch piece {
                case .text(let plain):
                    inserted = cmark_node_new(CMARK_NODE_TEXT)
                    if let inserted { cmark_node_set_literal(inserted, plain) }
                case .ruby(let base, let reading):
                    inserted = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
                    if let inserted {
                        cmark_node_set_on_enter(inserted, InlineText.rubyHTML(base: base, reading: reading))
                        cmark_node_set_on_exit(inserted, "")
                    }
                }
                if let inserted { cmark_node_insert_before(node, inserted) }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }}
