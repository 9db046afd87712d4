/// Plain text fields from content (titles, summaries, KPI labels …) as HTML:
/// escaped, with the manual furigana markup `{漢字|かんじ}` turned into ruby.
/// Braces that do not form that markup are shown as they were typed.
public enum InlineText {
    public enum Piece: Equatable, Sendable {
        case text(String)
        case ruby(base: String, reading: String)
    }

    /// Escaped HTML with `<ruby>` for manual furigana.
    public static func html(_ text: String) -> String {
        pieces(text).map { piece in
            switch piece {
            case .text(let plain): Escape.html(plain)
            case .ruby(let base, let reading): rubyHTML(base: base, reading: reading)
            }
        }.joined()
    }

    /// The text without furigana markup (`{漢字|かんじ}` → 漢字), unescaped: for
    /// `<title>`, `aria-label` and meta descriptions, escaped by the caller.
    public static func plain(_ text: String) -> String {
        pieces(text).map { piece in
            switch piece {
            case .text(let plain): plain
            case .ruby(let base, _): base
            }
        }.joined()
    }

    public static func rubyHTML(base: String, reading: String) -> String {
        "<ruby>" + Escape.html(base) + "<rt>" + Escape.html(reading) + "</rt></ruby>"
    }

    /// Splits text into plain runs and well-formed `{base|reading}` pairs: both
    /// parts non-empty, on one line, without further braces or bars.
    public static func pieces(_ text: String) -> [Piece] {
        var result: [Piece] = []
        var plain = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            plain += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}") {
                let inner = rest[afterOpen..<close]
                let parts = inner.split(separator: "|", omittingEmptySubsequences: false)
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                   !inner.contains(where: { $0 == "{" || $0.isNewline }) {
                    if !plain.isEmpty { result.append(.text(plain)); plain = "" }
                    result.append(.ruby(base: String(parts[0]), reading: String(parts[1])))
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            plain += "{"
            rest = rest[afterOpen...]
        }
        plain += rest
        if !plain.isEmpty { result.append(.text(plain)) }
        return result
    }
}
