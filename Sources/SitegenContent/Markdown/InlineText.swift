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

    /// Escaped HTML with `<ruby>` for manual furigana, written as bytes (no `String` per piece).
    package static func html(_ text: String) -> HTML {
        // No "{" byte, no mark: the text escaped, without the pieces' arrays (every title and label passes here).
        guard text.containsByte(UInt8(ascii: "{")) else { return HTML(text: text) }
        var writer = MarkupWriter(capacity: text.utf8.count + 64)
        for piece in ManualRuby.pieces(text) {
            switch piece {
            case .plain(let plain): writer.text(plain)
            case .marked(let base, let reading): writer.ruby(base: base, reading: reading)
            }
        }
        return writer.html
    }

    /// The text without furigana markup (`{漢字|かんじ}` → 漢字), unescaped: for
    /// `<title>`, `aria-label` and meta descriptions, escaped by the caller.
    package static func plain(_ text: String) -> String { ManualRuby.stripped(text) }

    /// For cmark, which takes the markup of a custom inline as a C string.
    package static func rubyHTML(base: String, reading: String) -> String {
        var writer = MarkupWriter(capacity: base.utf8.count + reading.utf8.count + 32)
        writer.ruby(base: base, reading: reading)
        return writer.bytes.string
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
        self = InlineText.html(text)
    }
}
