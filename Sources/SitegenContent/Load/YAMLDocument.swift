import Foundation
import SitegenSupport
import SitegenModel

/// A parsed YAML document that remembers where it sits in its file.
package struct YAMLDocument: Sendable {
    package let path: String
    /// nil for an empty document.
    package let root: YAMLNode?
    /// Added to libyaml's 1-based line numbers (front matter starts on line 2).
    package let lineOffset: Int
    /// The YAML text, to turn libyaml's marks into positions as editors count them.
    let lines: YAMLLines
    /// Warnings found while parsing (W006 for bidi controls written as escapes);
    /// whoever reports the document's errors reports these too.
    package var warnings: [Diagnostic] = []

    /// Where a node starts (for a quoted or block scalar, its quote or indicator).
    package func location(of node: YAMLNode?) -> SourceLocation {
        location(at: node?.mark)
    }

    func location(at mark: YAMLMark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: lines.position(of: mark)?.column ?? mark.column)
    }

    /// `location(of:)` as a position (ids and numbers, to point at the value).
    func position(of node: YAMLNode) -> TextPosition? {
        guard node.mark != nil else { return nil }
        let location = location(of: node)
        return TextPosition(line: location.line, column: location.column)
    }

    /// Where each character of `text` is written: `text` is the value of the scalar
    /// `node` as the model keeps it (trimmed). nil for a node that is not a scalar.
    func textPosition(of node: YAMLNode, text: String) -> TextPosition? {
        guard case .scalar(let scalar) = node, let mark = node.mark, !text.isEmpty,
              let (markIndex, column) = lines.position(of: mark) else { return nil }
        let start: TextPosition?
        switch scalar.style {
        case .literal, .folded:
            // The text starts on the line after the indicator (`|`, `>-`).
            guard mark.line < lines.starts.count else { return nil }
            start = lines.align(text, from: lines.starts[mark.line], line: mark.line + 1, column: 1, style: scalar.style)
        case .singleQuoted, .doubleQuoted:
            // After the opening quote (one character).
            guard markIndex < lines.text.endIndex else { return nil }
            let afterQuote = lines.text.unicodeScalars.index(after: markIndex)
            if lines.writes(text, at: afterQuote) {
                start = TextPosition(line: mark.line, column: column + 1) // as written, on one line
            } else {
                start = lines.align(text, from: afterQuote, line: mark.line, column: column + 1, style: scalar.style)
            }
        case .plain, .any:
            if lines.writes(text, at: markIndex) {
                start = TextPosition(line: mark.line, column: column)
            } else {
                start = lines.align(text, from: markIndex, line: mark.line, column: column, style: scalar.style)
            }
        }
        guard let start else { return nil }
        return TextPosition(line: start.line + lineOffset, column: start.column,
                            jumps: start.jumps.map { .init(offset: $0.offset, line: $0.line + lineOffset, column: $0.column) })
    }
}
