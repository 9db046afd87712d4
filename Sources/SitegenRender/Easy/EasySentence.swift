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

    /// A plain field (title, summary, label): `line`/`column` is where its value starts.
    static func field(_ text: String, at location: SourceLocation, isLabel: Bool) -> [EasySentence] {
        var out: [EasySentence] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let start = offset == 0 ? location.column : 1
            out += sentences(in: String(line), path: location.path, line: location.line + offset, column: start,
                             isLabel: isLabel, markdown: false)
        }
        return out
    }

    /// A Markdown body whose first line is line `firstLine` of the file.
    static func markdown(_ body: String, path: String, firstLine: Int) -> [EasySentence] {
        var out: [EasySentence] = []
        var inFence = false
        for (offset, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || trimmed.isEmpty { continue }
            let lineNumber = firstLine + offset
            // Table rows: each cell is a label; the separator row has no text.
            if trimmed.hasPrefix("|") {
                if trimmed.allSatisfy({ "|-: ".contains($0) }) { continue }
                var column = 1 + line.count - trimmed.count
                for cell in trimmed.split(separator: "|", omittingEmptySubsequences: false) {
                    out += sentences(in: String(cell), path: path, line: lineNumber, column: column, isLabel: true, markdown: true)
                    column += cell.count + 1
                }
                continue
            }
            let (content, prefixLength, isBlockLabel) = blockPrefix(String(trimmed))
            let column = 1 + line.count - trimmed.count + prefixLength
            out += sentences(in: content, path: path, line: lineNumber, column: column, isLabel: isBlockLabel, markdown: true)
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

    private static func sentences(in line: String, path: String, line lineNumber: Int, column: Int,
                                  isLabel: Bool, markdown: Bool) -> [EasySentence] {
        var out: [EasySentence] = []
        var current = ""
        var startColumn = column
        var col = column
        var depth = 0   // inside {漢字|かんじ}: a ！ there does not end a sentence
        func emit() {
            let visible = Self.visible(current, markdown: markdown)
            if visible.contains(where: { !$0.isWhitespace }) {
                out.append(EasySentence(source: current.trimmingCharacters(in: .whitespaces), visible: visible,
                                        location: SourceLocation(path: path, line: lineNumber, column: startColumn), isLabel: isLabel))
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
        return (markdown ? stripInlineMarkdown(t) : t).trimmingCharacters(in: .whitespaces)
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
