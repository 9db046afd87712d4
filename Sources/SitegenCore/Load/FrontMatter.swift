/// A Markdown file split into its YAML front matter and its body, with the
/// line where each starts so diagnostics point at the right line of the file
/// (the front-matter offset bug of Hugo, Zola and Eleventy).
public struct FrontMatterDocument: Sendable, Hashable {
    public let yaml: String
    /// Line of the file where the YAML starts (the line after the opening `---`).
    public let yamlStartLine: Int
    public let body: String
    /// Line of the file where the body starts.
    public let bodyStartLine: Int
}

public enum FrontMatter {
    public static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(Diagnostic(.frontMatter,
                "ファイルの先頭にフロントマター(「---」で始まる項目の部分)がありません。",
                at: SourceLocation(path: source.path, line: 1, column: 1)))
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let l = lines[$0].trimmingTrailingSpaces
            return l == "---" || l == "..."
        }) else {
            return .failure(Diagnostic(.frontMatter,
                "フロントマターが閉じられていません。項目の終わりに「---」だけの行が必要です。",
                at: SourceLocation(path: source.path, line: 1, column: 1),
                hint: "1行目の「---」に対応する「---」を、項目の最後の行の次に置いてください。"))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatterDocument(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: close + 2))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
