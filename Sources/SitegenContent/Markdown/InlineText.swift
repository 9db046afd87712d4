import SitegenSupport
import SitegenModel

/// Plain text fields from content (titles, summaries, KPI labels …) as HTML:
/// escaped, with the manual furigana markup `{漢字|かんじ}` turned into ruby.
/// Braces that do not form that markup are shown as they were typed.
package enum InlineText {
    package enum Piece: Equatable, Sendable {
        case text(String)
        case ruby(base: String, reading: String)
    }

    /// Escaped HTML with `<ruby>` for manual furigana.
    package static func html(_ text: String) -> String {
        // No "{" byte, no mark: the text escaped, without the pieces' arrays (every title and label passes here).
        guard text.containsByte(UInt8(ascii: "{")) else { return Escape.html(text) }
        return pieces(text).map { piece in
            switch piece {
            case .text(let plain): Escape.html(plain)
            case .ruby(let base, let reading): rubyHTML(base: base, reading: reading)
            }
        }.joined()
    }

    /// The text without furigana markup (`{漢字|かんじ}` → 漢字), unescaped: for
    /// `<title>`, `aria-label` and meta descriptions, escaped by the caller.
    package static func plain(_ text: String) -> String { ManualRuby.stripped(text) }

    package static func rubyHTML(base: String, reading: String) -> String {
        "<ruby>" + Escape.html(base) + "<rt>" + Escape.html(reading) + "</rt></ruby>"
    }

    /// Splits text into plain runs and `{base|reading}` pairs. The markup has one
    /// parser, `ManualRuby`, shared with furigana and the easy-Japanese checker.
    package static func pieces(_ text: String) -> [Piece] {
        ManualRuby.pieces(text).map { piece in
            switch piece {
            case .plain(let text): .text(text)
            case .marked(let base, let reading): .ruby(base: base, reading: reading)
            }
        }
    }
}

extension HTML {
    /// A content text field: escaped, with manual furigana as `<ruby>`.
    package init(inlineText text: String) {
        self.init(rendered: InlineText.html(text))
    }
}
