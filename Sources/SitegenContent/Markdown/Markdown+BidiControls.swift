import CCmarkGFM
import Foundation
import SitegenSupport
import SitegenModel

/// Bidi controls that only appear once cmark decodes character references
/// (`&#x202E;`, `&#8238;`): the loader saw the bytes `&#x202E;`, not U+202E.
extension Markdown {
    /// The W006 warnings `render` would give for `text`, for `sitegen check`
    /// (which validates content but renders no page). Same positions and
    /// messages as `render`, so a build reports each once.
    static func bidiControlWarnings(_ text: String, bodyStartLine: Int, path: String) -> [Diagnostic] {
        guard mayHoldBidiControls(text) else { return [] }
        cmarkLock.lock()
        defer { cmarkLock.unlock() }
        return withParsedTree(text) { root, _ in
            removeBidiControls(root, text: text, bodyStartLine: bodyStartLine, path: path)
        } ?? []
    }

    /// Every character reference starts with `&#`; without one (the usual case),
    /// and without a control written directly, no node can hold a control.
    static func mayHoldBidiControls(_ text: String) -> Bool {
        text.containsBytes(of: "&#") || text.unicodeScalars.contains(where: BidiControls.isControl)
    }

    /// Removes bidi controls from every decoded string of the tree (text, code,
    /// link and image URLs and titles) and returns a W006 at the first node of
    /// each line that had one.
    static func removeBidiControls(_ root: OpaquePointer, text: String, bodyStartLine: Int, path: String) -> [Diagnostic] {
        guard mayHoldBidiControls(text) else { return [] }
        typealias Accessor = (get: (OpaquePointer?) -> UnsafePointer<CChar>?, set: (OpaquePointer?, UnsafePointer<CChar>?) -> Int32)
        let literal: Accessor = (cmark_node_get_literal, cmark_node_set_literal)
        let url: Accessor = (cmark_node_get_url, cmark_node_set_url)
        let title: Accessor = (cmark_node_get_title, cmark_node_set_title)
        var found: [(line: Int, byteColumn: Int, removed: [Unicode.Scalar])] = []
        for node in nodes(root) {
            let accessors: [Accessor]
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: accessors = [literal]
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: accessors = [url, title]
            default: continue
            }
            for accessor in accessors {
                guard let value = accessor.get(node).map({ String(cString: $0) }),
                      let (kept, removed) = BidiControls.removing(from: value) else { continue }
                _ = accessor.set(node, kept)
                let line = Int(cmark_node_get_start_line(node))
                if let last = found.last, last.line == line {
                    found[found.count - 1].removed += removed
                } else {
                    found.append((line, Int(cmark_node_get_start_column(node)), removed))
                }
            }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return found.map { item in
            let line = item.line >= 1 && item.line <= lines.count ? lines[item.line - 1] : ""
            let column = referenceColumn(in: line, from: characterColumn(byteColumn: item.byteColumn, line: line))
            return BidiControls.warning(removed: item.removed,
                                        at: SourceLocation(path: path, line: item.line + bodyStartLine - 1, column: column))
        }
    }

    /// A character reference to a bidi control: `&#x202E;`, `&#X2066;`, `&#8238;`.
    static let bidiReference = #"&#[xX]0*(202[a-eA-E]|206[6-9]);|&#0*(823[4-8]|829[4-7]);"#

    /// The column of the first bidi control reference on `line` at or after `column`
    /// (cmark gives the start of the node, which may begin earlier on the line);
    /// `column` itself when there is none (a title running over lines).
    static func referenceColumn(in line: Substring, from column: Int) -> Int {
        let text = String(line)
        let start = text.index(text.startIndex, offsetBy: min(max(0, column - 1), text.count))
        guard let match = text.range(of: bidiReference, options: .regularExpression, range: start..<text.endIndex) else {
            return column
        }
        return text.distance(from: text.startIndex, to: match.lowerBound) + 1
    }
}
