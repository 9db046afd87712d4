import SitegenSupport
import SitegenModel

/// Bounds on the Markdown constructs that make Debian's cmark-gfm (0.29.0.gfm.6)
/// slow. That version lacks upstream's later fixes: measured on a 120 KB body,
/// `![[]()` repeated takes over 20 s, `a <?` over 20 s, `a <![CDATA[` 4.8 s,
/// `*a ` … `_a*_ ` 19 s; 30 KB of nested `- ` followed by blank lines takes
/// over 20 s, a table row of 30,000 `|` 13 s, a 4,000-column table header over
/// 20 s. Each cost grows with a count inside one paragraph, line or table, so a
/// linear scan of the body counts them and refuses the body (E029) before it
/// reaches cmark. The limits are far above real prose and keep the worst body of
/// the largest allowed file (4 MB) near cmark's linear cost (README, 信頼性).
enum MarkdownComplexity {
    /// `[` in one block (lines between blank lines): links and images nest as a stack.
    static let bracketsPerBlock = 100
    /// `<!` and `<?` in one block: each unclosed one scans to the end of its paragraph.
    static let htmlStartsPerBlock = 100
    /// `*`, `_` and `~` in one block: the emphasis delimiters cmark matches pairwise.
    static let emphasisPerBlock = 500
    /// `|` on one line: a table row's cells are split and padded per cell.
    static let pipesPerLine = 50
    /// Table cells (columns × rows) in the whole body: short rows are padded to full width.
    static let tableCellsPerBody = 100_000
    /// Quotes, list items and indentation steps at the start of one line: every
    /// line, blank ones too, is checked against each open container.
    static let nestingPerLine = 12

    /// The first place where a limit is passed, as E029 at its file position; nil when the body is within all limits.
    /// - Parameter bodyStartLine: the file line where the body starts (after the front matter).
    static func check(_ body: String, bodyStartLine: Int, path: String) -> Diagnostic? {
        let bytes = Array(body.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Diagnostic? in
            var scan = Scan()
            var lineNumber = bodyStartLine
            var start = 0
            while start <= buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if let (offset, message) = scan.add(line) {
                    let column = String(decoding: line.prefix(offset), as: UTF8.self).count + 1
                    return diagnostic(message, path: path, line: lineNumber, column: column)
                }
                if let (blockLine, message) = scan.tableExceeded {
                    return diagnostic(message, path: path, line: bodyStartLine + blockLine, column: 1)
                }
                lineNumber += 1
                start = end + 1
            }
            return nil
        }
    }

    /// Reports E029 for a content file's body, if any.
    static func check(_ body: String, bodyStartLine: Int, path: String, diagnostics: DiagnosticCollector) {
        if let found = check(body, bodyStartLine: bodyStartLine, path: path) { diagnostics.report(found) }
    }

    /// Reports E029 for Markdown written as a YAML value (the introduction in site.yaml),
    /// at the value: positions inside a YAML scalar are not the file's.
    static func check(_ reader: FieldReader, key: String) {
        guard let text = reader.text(key),
              let found = check(text, bodyStartLine: 1, path: reader.location.path) else { return }
        reader.diagnostics.error(.markdownTooComplex, found.message, at: reader.location(of: reader.value(key)))
    }

    private static func diagnostic(_ message: String, path: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(.markdownTooComplex, message, at: SourceLocation(path: path, line: line, column: column))
    }

    /// Counts for the current block and the body so far (in bytes: columns are
    /// turned into characters, as editors count them, only for the diagnostic).
    private struct Scan {
        var brackets = 0, htmlStarts = 0, emphasis = 0
        /// Lines of the current block, its widest table delimiter row and the line (from 0) it started on.
        var blockLines = 0, blockColumns = 0, blockStart = 0
        var lineIndex = 0
        var tableCells = 0
        var tableExceeded: (Int, String)?

        /// Adds one line; the byte offset and message of the first limit it passes.
        mutating func add(_ line: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
            defer { lineIndex += 1 }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                endBlock()
                return nil
            }
            if blockLines == 0 { blockStart = lineIndex }
            blockLines += 1
            if let offset = MarkdownComplexity.nestingExceeded(line) {
                return (offset, "引用(>)やリストの入れ子が深すぎます。1行の入れ子は\(MarkdownComplexity.nestingPerLine)段までです。")
            }
            var pipes = 0
            for (offset, byte) in line.enumerated() {
                switch byte {
                case UInt8(ascii: "["):
                    brackets += 1
                    if brackets > MarkdownComplexity.bracketsPerBlock {
                        return (offset, "1つの段落(空行で区切った範囲)に「[」が\(MarkdownComplexity.bracketsPerBlock)個より多くあります。")
                    }
                case UInt8(ascii: "<") where offset + 1 < line.count
                    && (line[offset + 1] == UInt8(ascii: "!") || line[offset + 1] == UInt8(ascii: "?")):
                    htmlStarts += 1
                    if htmlStarts > MarkdownComplexity.htmlStartsPerBlock {
                        return (offset, "1つの段落(空行で区切った範囲)に「<!」「<?」が\(MarkdownComplexity.htmlStartsPerBlock)個より多くあります。")
                    }
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    emphasis += 1
                    if emphasis > MarkdownComplexity.emphasisPerBlock {
                        return (offset, "1つの段落(空行で区切った範囲)に強調の記号(* _ ~)が\(MarkdownComplexity.emphasisPerBlock)個より多くあります。")
                    }
                case UInt8(ascii: "|"):
                    pipes += 1
                    if pipes > MarkdownComplexity.pipesPerLine {
                        return (offset, "1行に「|」が\(MarkdownComplexity.pipesPerLine)個より多くあります(表の列が多すぎます)。")
                    }
                default:
                    break
                }
            }
            if pipes > 0 && MarkdownComplexity.isDelimiterRow(line) { blockColumns = max(blockColumns, pipes + 1) }
            // Every line of a block with a delimiter row may become a row of that many cells.
            if blockColumns > 0, tableCells + blockColumns * blockLines > MarkdownComplexity.tableCellsPerBody, tableExceeded == nil {
                tableExceeded = (blockStart, "表のマス目(列×行)が本文全体で\(MarkdownComplexity.tableCellsPerBody)個より多くなります。")
            }
            return nil
        }

        /// A blank line ends the block: paragraphs and tables never run across one.
        mutating func endBlock() {
            tableCells += blockColumns * blockLines
            brackets = 0; htmlStarts = 0; emphasis = 0
            blockLines = 0; blockColumns = 0
        }
    }

    /// A line that could be a table's delimiter row (`|---|:--:|`), perhaps inside quotes or a list.
    static func isDelimiterRow(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.contains(UInt8(ascii: "-")) && line.allSatisfy { byte in
            byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">")
        }
    }

    /// The byte offset where the line's container prefix passes `nestingPerLine`: each
    /// `>` and list marker is one step, and so is each 2 columns of indentation (a nested
    /// list item needs at least that much). Overcounting is safe; undercounting is not.
    static func nestingExceeded(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var markers = 0, columns = 0, i = 0
        func depth() -> Int { markers + columns / 2 }
        func isSpace(_ at: Int) -> Bool { at < line.count && (line[at] == UInt8(ascii: " ") || line[at] == UInt8(ascii: "\t")) }
        func endsMarker(_ at: Int) -> Bool { at >= line.count || isSpace(at) }
        while i < line.count {
            let byte = line[i]
            let start = i
            if byte == UInt8(ascii: " ") {
                columns += 1
                i += 1
            } else if byte == UInt8(ascii: "\t") {
                columns += 4 // a tab reaches the next tab stop: up to 4 columns
                i += 1
            } else if byte == UInt8(ascii: ">") {
                markers += 1
                i += isSpace(i + 1) ? 2 : 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"), endsMarker(i + 1) {
                markers += 1
                i += isSpace(i + 1) ? 2 : 1
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var end = i
                while end < line.count, end - i < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[end]) { end += 1 }
                guard end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"), endsMarker(end + 1) else { break }
                markers += 1
                i = end + (isSpace(end + 1) ? 2 : 1)
            } else {
                break
            }
            if depth() > nestingPerLine { return start }
        }
        return nil
    }
}
