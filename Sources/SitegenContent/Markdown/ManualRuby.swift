import SitegenSupport
import SitegenModel

/// The manual furigana markup `{漢字|かんじ}`: it overrides every automatic reading.
package enum ManualRuby {
    /// A piece of text: as written (to annotate automatically) or marked by hand.
    package enum Piece: Sendable, Hashable {
        case plain(String)
        case marked(base: String, reading: String)
    }

    /// Splits `text` at `{base|reading}` marks. Braces that do not form a complete
    /// mark (no `|`, empty side, a newline or another brace inside) stay plain text.
    package static func pieces(_ text: String) -> [Piece] {
        // Most text has no mark at all; a "{" character always holds the "{" byte.
        guard text.containsByte(UInt8(ascii: "{")) else { return text.isEmpty ? [] : [.plain(text)] }
        var out: [Piece] = []
        var plain = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            plain += rest[rest.startIndex..<open]
            let afterOpen = rest.index(after: open)
            if let mark = parseMark(rest[afterOpen...]) {
                if !plain.isEmpty { out.append(.plain(plain)); plain = "" }
                out.append(.marked(base: mark.base, reading: mark.reading))
                rest = rest[mark.end...]
            } else {
                plain.append("{")
                rest = rest[afterOpen...]
            }
        }
        plain += rest
        if !plain.isEmpty { out.append(.plain(plain)) }
        return out
    }

    /// Removes the marks, keeping the base text: 「{漢字|かんじ}」 → 「漢字」.
    package static func stripped(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "{")) else { return text }
        return pieces(text).map { piece in
            switch piece {
            case .plain(let t): t
            case .marked(let base, _): base
            }
        }.joined()
    }

    private static func parseMark(_ text: Substring) -> (base: String, reading: String, end: Substring.Index)? {
        var base = ""
        var reading = ""
        var inReading = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            switch c {
            case "}":
                guard inReading, !base.isEmpty, !reading.trimmingSpaces.isEmpty else { return nil }
                return (base, reading.trimmingSpaces, text.index(after: index))
            case "|", "｜":
                if inReading { return nil }
                inReading = true
            case "{", "\n", "\r":
                return nil
            default:
                if inReading { reading.append(c) } else { base.append(c) }
            }
            index = text.index(after: index)
        }
        return nil
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
