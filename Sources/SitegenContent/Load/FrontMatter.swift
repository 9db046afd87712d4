import SitegenSupport
import SitegenModel

/// A Markdown file split into its YAML front matter and its body, with the
/// line where each starts so diagnostics point at the right line of the file
/// (the front-matter offset bug of Hugo, Zola and Eleventy).
package struct FrontMatterDocument: Sendable, Hashable {
    package let yaml: String
    /// Line of the file where the YAML starts (the line after the opening `---`).
    package let yamlStartLine: Int
    package let body: String
    /// Line of the file where the body starts.
    package let bodyStartLine: Int
}

package enum FrontMatter {
    package static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        let text = source.text
        let markers = text.containsByte(UInt8(ascii: "\r")) ? markersByLine(text) : markersByByte(text)
        guard markers.opens else {
            return .failure(Diagnostic(.frontMatter,
                "ファイルの先頭にフロントマター(「---」で始まる項目の部分)がありません。",
                at: SourceLocation(path: source.path, line: 1, column: 1)))
        }
        guard let close = markers.close else {
            return .failure(Diagnostic(.frontMatter,
                "フロントマターが閉じられていません。項目の終わりに「---」だけの行が必要です。",
                at: SourceLocation(path: source.path, line: 1, column: 1),
                hint: "1行目の「---」に対応する「---」を、項目の最後の行の次に置いてください。"))
        }
        // The lines between, and after, the markers, as one text each (what joining them with "\n" gives).
        let yaml = close.yaml.map { String(text[$0]) } ?? ""
        let body = close.bodyStart.map { String(text[$0...]) } ?? ""
        return .success(FrontMatterDocument(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: close.line + 2))
    }

    /// Whether the first line is `---`, and the closing `---` or `...` line: its number (from 0),
    /// the YAML between (nil when there is no line between) and where the body starts (nil
    /// when no line follows).
    private typealias Markers = (opens: Bool, close: (line: Int, yaml: Range<String.Index>?, bodyStart: String.Index?)?)

    /// The markers found among the Characters of each line (a text with "\r", which makes "\r\n" one Character).
    private static func markersByLine(_ text: String) -> Markers {
        let lines = FrontMatter.lines(of: text)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else { return (false, nil) }
        guard let close = lines.indices.dropFirst().first(where: {
            let l = lines[$0].trimmingTrailingSpaces
            return l == "---" || l == "..."
        }) else { return (true, nil) }
        return (true, (close, close > 1 ? lines[1].startIndex..<lines[close - 1].endIndex : nil,
                       close + 1 < lines.count ? lines[close + 1].startIndex : nil))
    }

    /// The same markers found in the UTF-8, up to the closing line only (without a "\r", lines end at
    /// each "\n" byte, and a line is a marker when its bytes before trailing spaces and tabs are one).
    private static func markersByByte(_ text: String) -> Markers {
        var copy = text
        let offsets: (opens: Bool, close: (line: Int, yamlStart: Int, start: Int, next: Int?)?) = copy.withUTF8 { bytes in
            var start = 0, line = 0, yamlStart = 0
            while true {
                let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
                var end = newline ?? bytes.count
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                let marker = end - start == 3 ? bytes[start] : 0
                let isMarker = (marker == UInt8(ascii: "-") || (line > 0 && marker == UInt8(ascii: ".")))
                    && bytes[start + 1] == marker && bytes[start + 2] == marker
                if line == 0, !isMarker || marker != UInt8(ascii: "-") { return (false, nil) }
                if line > 0, isMarker { return (true, (line, yamlStart, start, newline.map { $0 + 1 })) }
                guard let newline else { return (true, nil) }
                start = newline + 1
                line += 1
                if line == 1 { yamlStart = start }
            }
        }
        guard let close = offsets.close else { return (offsets.opens, nil) }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        // The YAML runs from the second line to the "\n" before the closing line.
        return (true, (close.line, close.line > 1 ? index(close.yamlStart)..<index(close.start - 1) : nil, close.next.map(index)))
    }

    /// `text` split at "\n" (empty lines kept). Without a "\r" (which makes "\r\n" one
    /// Character) that is at each "\n" byte, found without walking the Characters.
    static func lines(of text: String) -> [Substring] {
        if text.containsByte(UInt8(ascii: "\r")) { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        var lines: [Substring] = []
        var start = text.utf8.startIndex
        while let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(text[start..<newline])
            start = text.utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

extension FrontMatter {
    /// A body that opens with another `---` block of `key: value` lines: the
    /// front matter pasted twice, or a second block meant to be part of the
    /// first. Markdown would show it as a rule and a heading, and the keys
    /// would be silently ignored — so it is a warning (W005), not an error: a
    /// rule followed by an ordinary `見出し: 説明` line stays possible.
    package static func secondBlock(in document: FrontMatterDocument, path: String) -> Diagnostic? {
        let lines = FrontMatter.lines(of: document.body)
        guard let open = lines.firstIndex(where: { !$0.trimmingTrailingSpaces.isEmpty }),
              lines[open].trimmingTrailingSpaces == "---" else { return nil }
        var keys = 0
        for line in lines[(open + 1)...] {
            let l = line.trimmingTrailingSpaces
            if l == "---" || l == "..." {
                guard keys > 0 else { return nil }
                return Diagnostic(.secondFrontMatter,
                    "本文の先頭に、もう1つ「---」で囲んだ項目の部分があります。この部分の項目は読まれず、本文として表示されます。",
                    at: SourceLocation(path: path, line: document.bodyStartLine + open, column: 1))
            }
            if l.isEmpty || l.hasPrefix(" ") || l.hasPrefix("- ") || l.hasPrefix("#") { continue }
            guard looksLikeKey(l) else { return nil }
            keys += 1
        }
        return nil
    }

    /// `name:` or `name: value` with an ASCII key, as front-matter keys are.
    static func looksLikeKey(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let key = line[..<colon]
        let after = line[line.index(after: colon)...]
        return !key.isEmpty && key.first!.isLetter && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && (after.isEmpty || after.first == " ")
    }
}

extension FrontMatter {
    /// Splits a Markdown file and parses its front matter, reporting every problem
    /// (missing or unclosed front matter, a second block, YAML errors, bidi controls
    /// that escapes or character references decode to) to `diagnostics`.
    static func parse(_ source: SourceText, diagnostics: DiagnosticCollector) -> (YAMLDocument, FrontMatterDocument)? {
        let split: FrontMatterDocument
        switch FrontMatter.split(source) {
        case .success(let s): split = s
        case .failure(let d): diagnostics.report(d); return nil
        }
        if let second = FrontMatter.secondBlock(in: split, path: source.path) { diagnostics.report(second) }
        switch YAMLParser.parse(split.yaml, path: source.path, firstLine: split.yamlStartLine) {
        case .success(let d):
            diagnostics.append(contentsOf: d.warnings)
            diagnostics.append(contentsOf: Markdown.bidiControlWarnings(split.body, bodyStartLine: split.bodyStartLine, path: source.path))
            return (d, split)
        case .failure(let d): diagnostics.report(d); return nil
        }
    }
}
