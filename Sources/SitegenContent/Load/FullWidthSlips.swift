import SitegenSupport
import SitegenModel

/// The most common Japanese typing slips in YAML: the full-width colon 「：」
/// after a key and the full-width space 「　」 in indentation or around the
/// colon. YAML does not see either as syntax, so libyaml reports a missing `:`
/// on the next line, or reads `title　` as another key; this finds the very
/// character, before YAML is parsed.
enum FullWidthSlips {
    static let colon: Character = "："
    static let space: Character = "　"

    /// The first slip, as an E003 at its line and column (columns in characters).
    static func first(in yaml: String, path: String, lineOffset: Int) -> Diagnostic? {
        // Neither character's bytes (E3 80 80, EF BC 9A) in the text: nothing to look for (the usual case).
        guard yaml.containsBytes(of: "：") || yaml.containsBytes(of: "　") else { return nil }
        // Text inside a block scalar keeps its full-width spaces (a paragraph may start with one).
        return YAMLParser.firstOnYAMLLine(of: yaml, where: mayHaveSlip) { lineNumber, chars in
            let indent = chars.prefix(while: { $0 == " " }).count
            guard let (column, isColon) = slip(in: chars, from: indent) else { return nil }
            return diagnostic(isColon: isColon, path: path, line: lineNumber + lineOffset, column: column + 1,
                              inIndentation: chars[..<column].allSatisfy { $0 == " " || $0 == space })
        }
    }

    /// Whether the line holds a full-width colon or space at all (their UTF-8 bytes EF BC 9A, E3 80 80).
    static func mayHaveSlip(_ line: Substring) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in line.utf8 {
            switch (previous.0, previous.1, byte) {
            case (0xEF, 0xBC, 0x9A), (0xE3, 0x80, 0x80): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }

    /// After libyaml failed: a line without any key colon that has a full-width one
    /// (a key that is not ASCII, as in `furigana.yaml`: `目黒区：めぐろく`), on the line
    /// the error names or the one before it.
    static func beforeError(in yaml: String, errorLine: Int, path: String, lineOffset: Int) -> Diagnostic? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [errorLine - 1, errorLine] where number >= 1 && number <= lines.count {
            let line = lines[number - 1]
            let content = line.drop(while: { $0 == " " })
            guard !content.hasPrefix("#"), !content.contains(": "), !content.hasSuffix(":"), !content.hasPrefix("- "),
                  let index = content.firstIndex(of: colon) else { continue }
            let column = line.distance(from: line.startIndex, to: index) + 1
            return diagnostic(isColon: true, path: path, line: number + lineOffset, column: column, inIndentation: false)
        }
        return nil
    }

    /// The index of a slip on a line whose content starts at `start`, and whether it is a colon.
    private static func slip(in chars: [Character], from start: Int) -> (Int, Bool)? {
        var i = start
        guard i < chars.count, chars[i] != "#" else { return nil }
        // Full-width space in the indentation, before a key or a list item.
        if chars[i] == space {
            var j = i
            while j < chars.count, chars[j] == space || chars[j] == " " { j += 1 }
            let rest = chars[j...]
            if rest.starts(with: ["-", " "]) || rest.starts(with: ["-", space]) || keyEnd(chars, from: j) != nil { return (i, false) }
            return nil
        }
        while i + 1 < chars.count, chars[i] == "-", chars[i + 1] == " " || chars[i + 1] == space {
            if chars[i + 1] == space { return (i + 1, false) }
            i += 2
            while i < chars.count, chars[i] == " " { i += 1 }
        }
        if let found = slipAfterKey(chars, from: i) { return found }
        // Keys inside `{ … }` on the line: after `{` or `,`, outside quotes.
        var quote: Character? = nil
        for (k, c) in chars.enumerated() where k >= i {
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "#", k > 0, chars[k - 1] == " " { return nil }
            guard c == "{" || c == "," else { continue }
            var j = k + 1
            while j < chars.count, chars[j] == " " { j += 1 }
            if let found = slipAfterKey(chars, from: j) { return found }
        }
        return nil
    }

    /// `key：`, `key　:` or `key:　` at `start`.
    private static func slipAfterKey(_ chars: [Character], from start: Int) -> (Int, Bool)? {
        guard let end = keyEnd(chars, from: start) else { return nil }
        var j = end, firstSpace: Int? = nil
        while j < chars.count, chars[j] == " " || chars[j] == space {
            if chars[j] == space, firstSpace == nil { firstSpace = j }
            j += 1
        }
        guard j < chars.count else { return nil }
        if chars[j] == colon { return (j, true) }
        guard chars[j] == ":" else { return nil }
        if let firstSpace { return (firstSpace, false) }
        if j + 1 < chars.count, chars[j + 1] == space { return (j + 1, false) }
        return nil
    }

    /// Where a key of the content format (`title`, `spans_years`: lower-case ASCII)
    /// that is followed by a colon or a space ends; nil when there is none at `start`.
    private static func keyEnd(_ chars: [Character], from start: Int) -> Int? {
        guard start < chars.count, chars[start].isASCII, chars[start].isLowercase else { return nil }
        var j = start
        while j < chars.count, chars[j].isASCII, chars[j].isLowercase || chars[j].isNumber || chars[j] == "_" { j += 1 }
        guard j < chars.count, [":", colon, " ", space].contains(chars[j]) else { return nil }
        // `key :`, `key　:`: only spaces may come between the key and a colon.
        var k = j
        while k < chars.count, chars[k] == " " || chars[k] == space { k += 1 }
        guard k < chars.count, chars[k] == ":" || chars[k] == colon else { return nil }
        return j
    }

    private static func diagnostic(isColon: Bool, path: String, line: Int, column: Int, inIndentation: Bool) -> Diagnostic {
        let location = SourceLocation(path: path, line: line, column: column)
        if isColon {
            return Diagnostic(.yamlSyntax, "全角の「：」です。半角の「:」にします。", at: location,
                              hint: "項目名の後ろは、半角の「:」と半角スペースです。例: title: 行政手続のオンライン化")
        }
        return Diagnostic(.yamlSyntax,
                          inIndentation ? "全角スペースです。字下げは半角スペースで書きます。"
                                        : "全角スペースです。項目名と「:」の前後は半角で書きます。",
                          at: location,
                          hint: inIndentation ? "行の始めの全角スペース「　」を、半角スペースに置き換えてください。"
                                              : "「:」の前の全角スペースは消し、「:」の後ろは半角スペースにします。例: title: 行政手続のオンライン化")
    }
}
