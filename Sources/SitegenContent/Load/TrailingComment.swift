import SitegenSupport
import SitegenModel

/// A YAML comment written after a value on its line: `summary: 区の目標 #1`.
/// YAML reads ` #1` as a note to the editor, so the page shows 「区の目標」
/// and the staff, who write `#` as 「第1」 or 「番号」, lose words without a sign.
struct TrailingComment: Equatable {
    /// Where the `#` is (file line and column, columns in characters).
    let line: Int
    let column: Int
    /// From the `#` to the end of the line, as written.
    let text: String
    /// The spaces between the value and the `#`.
    let gap: String
}

extension YAMLDocument {
    /// The comment after the plain value `node` (whose text is `text`), on the line
    /// where the value ends. Quoted and block values are not looked at: a quote
    /// shows the writer knows where the value ends.
    func trailingComment(after node: YAMLNode, text: String) -> TrailingComment? {
        guard lines.containsHash, case .scalar(let scalar) = node, scalar.style == .plain, !text.isEmpty,
              let position = textPosition(of: node, text: text) else { return nil }
        let last = position.location(in: path, offset: text.count - 1)
        return comment(onLine: last.line - lineOffset, after: last.column)
    }

    /// The comment that takes the whole value of `key: #1` (the value reads as empty).
    func trailingComment(afterKey key: YAMLNode) -> TrailingComment? {
        guard lines.containsHash, case .scalar(let scalar) = key, scalar.style == .plain, let mark = key.mark,
              let (_, column) = lines.position(of: mark) else { return nil }
        // The key, then its colon.
        return comment(onLine: mark.line, after: column + scalar.string.count - 1, allowingColon: true)
    }

    /// `line` is a line of the YAML text (1-based); `column` the last character of
    /// the value. The rest of the line must be spaces and then `#`.
    private func comment(onLine line: Int, after column: Int, allowingColon: Bool = false) -> TrailingComment? {
        guard line >= 1, line <= lines.starts.count else { return nil }
        let start = lines.starts[line - 1]
        // The line ends at its line feed byte (as `lines.starts` does; a "\r" before it is trimmed
        // below). A line without a `#` byte has no comment: its characters are not needed.
        let utf8 = lines.text.utf8
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        guard utf8[start..<end].contains(UInt8(ascii: "#")) else { return nil }
        let characters = Array(lines.text[start..<end])
        var i = column
        if allowingColon {
            guard i < characters.count, characters[i] == ":" else { return nil }
            i += 1
        }
        let gapStart = i
        while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
        guard i > gapStart, i < characters.count, characters[i] == "#" else { return nil }
        var comment = String(characters[i...])
        while let l = comment.last, l == " " || l == "\t" || l == "\r" { comment.removeLast() }
        return TrailingComment(line: line + lineOffset, column: i + 1, text: comment,
                               gap: String(characters[gapStart..<i]))
    }
}
