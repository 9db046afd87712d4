import CCmarkGFM
import SitegenSupport
import SitegenModel

/// A link or image destination written in a Markdown text, and where.
package struct MarkdownLink: Sendable, Hashable {
    package let url: String
    /// Line of the text (1-based) and column in characters of the link's `[`.
    package let line: Int
    package let column: Int
    /// Characters from the start of the text to the `[`, to place it in a value folded over lines.
    package let offset: Int
    package let isImage: Bool
}

extension Markdown {
    /// Every link and image of `text` with a destination, in document order.
    package static func links(in text: String) -> [MarkdownLink] {
        // An inline link needs `](`, a reference one its `]:` definition; autolinks are
        // always to other sites. Without either (most bodies), nothing to parse.
        guard text.containsBytes(of: "](") || text.containsBytes(of: "]:") else { return [] }
        cmarkLock.lock()
        defer { cmarkLock.unlock() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lineOffsets: [Int] = []
        var total = 0
        for line in lines {
            lineOffsets.append(total)
            total += line.count + 1
        }
        return withParsedTree(text) { root, _ in
            nodes(root).compactMap { node -> MarkdownLink? in
                let type = cmark_node_get_type(node)
                guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                      let url = cmark_node_get_url(node).map({ String(cString: $0) }), !url.isEmpty else { return nil }
                let line = Int(cmark_node_get_start_line(node))
                guard line >= 1, line <= lines.count else { return nil }
                let column = characterColumn(byteColumn: Int(cmark_node_get_start_column(node)), line: lines[line - 1])
                return MarkdownLink(url: url, line: line, column: column, offset: lineOffsets[line - 1] + column - 1,
                                    isImage: type == CMARK_NODE_IMAGE)
            }
        } ?? []
    }

    /// Gives each link the URL `rewrite` returns for it (links by id become relative URLs).
    static func rewriteLinks(_ root: OpaquePointer, _ rewrite: (String) -> String?) {
        for node in nodes(root) where cmark_node_get_type(node) == CMARK_NODE_LINK {
            guard let url = cmark_node_get_url(node).map({ String(cString: $0) }), let new = rewrite(url) else { continue }
            cmark_node_set_url(node, new)
        }
    }
}
