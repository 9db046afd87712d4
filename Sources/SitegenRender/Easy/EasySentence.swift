import SitegenSupport
import SitegenModel
import SitegenContent

/// One sentence of easy-Japanese text, with where it starts in its file.
struct EasySentence: Sendable, Hashable {
    /// As written in the file (markup included): used to find it and in messages.
    let source: String
    /// What the reader sees: ruby marks and Markdown removed, spaces kept. Words
    /// are found here, so that 「CC BY 4.0」 stays three words, not 「CCBY4」.
    let visible: String
    /// `visible` without spaces (easy Japanese puts spaces between phrases; they
    /// are not characters to read): what lengths and runs are measured on.
    var plain: String { String(visible.filter { !$0.isWhitespace }) }
    let location: SourceLocation
    /// A heading, list item, table cell or label: it may end without a predicate.
    let isLabel: Bool
}

/// Splits easy-Japanese text into sentences on 。！？ and line ends.
enum SentenceSplitter {
    static let terminators: Set<Character> = ["。", "！", "？", "!", "?"]

    /// A plain field (title, summary, label) whose characters are where `position`
    /// puts them (at the start of the file where it has none).
    static func field(_ text: String, at position: TextPosition?, path: String, isLabel: Bool) -> [EasySentence] {
        let place = placing(at: position, path: path)
        var out: [EasySentence] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += sentences(in: String(line), column: 1, isLabel: isLabel, markdown: false) { place(offset, $0) }
            offset += line.count + 1
        }
        return out
    }

    /// A Markdown body whose first line is line `firstLine` of the file.
    static func markdown(_ body: String, path: String, firstLine: Int) -> [EasySentence] {
        markdown(body) { lineIndex, _, column in SourceLocation(path: path, line: firstLine + lineIndex, column: column) }
    }

    /// Markdown written as a field's value (site.yaml's introduction), placed by its `position`.
    static func markdown(_ text: String, at position: TextPosition?, path: String) -> [EasySentence] {
        let place = placing(at: position, path: path)
        return markdown(text) { _, lineStart, column in place(lineStart, column) }
    }

    /// Where the character at `column` (1-based) of the text's line starting
    /// `lineStart` characters into it is written.
    private static func placing(at position: TextPosition?, path: String) -> (_ lineStart: Int, _ column: Int) -> SourceLocation {
        { lineStart, column in position?.location(in: path, offset: lineStart + column - 1) ?? SourceLocation(path: path) }
    }

    /// `locate(lineIndex, lineStart, column)`: where the character at `column` of
    /// line `lineIndex` (which starts `lineStart` characters into the text) is written.
    private static func markdown(_ body: String, locate: (Int, Int, Int) -> SourceLocation) -> [EasySentence] {
        var out: [EasySentence] = []
        var inFence = false
        var lineStart = 0
        for (lineIndex, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            defer { lineStart += rawLine.count + 1 }
            let line = String(rawLine)
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.isEmpty { continue }
            let place = { (column: Int) in locate(lineIndex, lineStart, column) }
            // Table rows: each cell is a label; the separator row has no text.
            if trimmed.hasPrefix("|") {
                if trimmed.allSatisfy({ "|-: ".contains($0) }) { continue }
                var column = 1 + line.count - trimmed.count
                for cell in trimmed.split(separator: "|", omittingEmptySubsequences: false) {
                    out += sentences(in: String(cell), column: column, isLabel: true, markdown: true, place: place)
                    column += cell.count + 1
                }
                continue
            }
            let (content, prefixLength, isBlockLabel) = blockPrefix(String(trimmed))
            let column = 1 + line.count - trimmed.count + prefixLength
            out += sentences(in: content, column: column, isLabel: isBlockLabel, markdown: true, place: place)
        }
        return out
    }

    /// Strips a heading, list or quote marker. Returns the rest, the marker's
    /// length, and whether the line is a heading or list item.
    private static func blockPrefix(_ line: String) -> (String, Int, Bool) {
        var rest = Substring(line)
        var length = 0
        var label = false
        while let first = rest.first {
            if first == ">" {
                rest = rest.dropFirst(); length += 1
            } else if first == "#" {
                let hashes = rest.prefix(while: { $0 == "#" })
                rest = rest.dropFirst(hashes.count); length += hashes.count; label = true
            } else if (first == "-" || first == "*" || first == "+"), rest.dropFirst().first == " " {
                rest = rest.dropFirst(2); length += 2; label = true
            } else if first.isASCII, first.isNumber {
                let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
                let after = rest.dropFirst(digits.count)
                guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { break }
                rest = after.dropFirst(2); length += digits.count + 2; label = true
            } else {
                break
            }
            let spaces = rest.prefix(while: { $0 == " " })
            rest = rest.dropFirst(spaces.count); length += spaces.count
        }
        return (String(rest), length, label)
    }

    /// The sentences of one line of text whose first character is at `column` of
    /// its line; `place` says where a column of the line is written.
    private static func sentences(in line: String, column: Int, isLabel: Bool, markdown: Bool,
                                  place: (Int) -> SourceLocation) -> [EasySentence] {
        var out: [EasySentence] = []
        var current = ""
        var startColumn = column
        var col = column
        var depth = 0   // inside {漢字|かんじ}: a ！ there does not end a sentence
        func emit() {
            let visible = Self.visible(current, markdown: markdown)
            if visible.contains(where: { !$0.isWhitespace }) {
                out.append(EasySentence(source: current.trimmingWhitespace(), visible: visible,
                                        location: place(startColumn), isLabel: isLabel))
            }
            current = ""
        }
        for c in line {
            if current.isEmpty, c == " " || c == "\u{3000}" { col += 1; startColumn = col; continue }
            current.append(c)
            col += 1
            if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
            if depth == 0, terminators.contains(c) {
                emit()
                startColumn = col
            }
        }
        emit()
        return out
    }

    /// The text a reader sees, spaces kept.
    static func visible(_ text: String, markdown: Bool) -> String {
        let t = ManualRuby.stripped(text)
        return (markdown ? stripInlineMarkdown(t) : t).trimmingWhitespace()
    }

    /// Links keep their text, URLs and code go, emphasis marks go.
    static func stripInlineMarkdown(_ text: String) -> String {
        var out = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == "!" , chars.dropFirst().first == "[" { chars = chars.dropFirst(); continue }
            if c == "]", chars.dropFirst().first == "(" {
                // [text](url): drop the (url) part.
                if let close = chars.firstIndex(of: ")") { chars = chars[chars.index(after: close)...]; continue }
            }
            if c == "`" {
                let rest = chars.dropFirst()
                if let close = rest.firstIndex(of: "`") { chars = rest[rest.index(after: close)...]; continue }
            }
            if chars.hasPrefix("http://") || chars.hasPrefix("https://") {
                chars = chars.drop(while: { !$0.isWhitespace && $0 != ")" && $0 != ">" && !$0.isJapaneseLetter })
                continue
            }
            if c == "[" || c == "*" || c == "_" || c == "<" || c == ">" || c == "~" { chars = chars.dropFirst(); continue }
            out.append(c)
            chars = chars.dropFirst()
        }
        return out
    }
}

extension Character {
    var isJapaneseLetter: Bool {
        unicodeScalars.contains { Kana.isKanji($0) || Kana.isHiragana($0) || Kana.isKatakana($0) || $0 == "。" || $0 == "、" }
    }
}
