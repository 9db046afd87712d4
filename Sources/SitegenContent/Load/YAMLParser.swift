import Foundation
import SitegenSupport
import SitegenModel

package enum YAMLParser {
    /// Nesting deeper than this is refused: real content needs 5 levels.
    package static let maximumDepth = 32
    /// More nodes than this is refused (alias expansion bombs).
    package static let maximumNodes = 200_000

    /// Parses `yaml`, whose first line is line `firstLine` of the file `path`.
    package static func parse(_ yaml: String, path: String, firstLine: Int = 1) -> Result<YAMLDocument, Diagnostic> {
        let offset = firstLine - 1
        if let tab = firstIndentationTab(in: yaml) {
            return .failure(Diagnostic(.yamlSyntax, "字下げにタブ文字が使われています。YAMLの字下げは半角スペースで書きます。",
                at: SourceLocation(path: path, line: tab.line + offset, column: tab.column),
                hint: "タブを半角スペース2つに置き換えてください。"))
        }
        if let slip = FullWidthSlips.first(in: yaml, path: path, lineOffset: offset) { return .failure(slip) }
        if let alias = firstAnchorOrAlias(in: yaml) {
            return .failure(Diagnostic(.yamlAlias, "YAMLのアンカー(&)・エイリアス(*)は使えません。",
                at: SourceLocation(path: path, line: alias.line + offset, column: alias.column)))
        }
        // Plain scalars stay strings: the decoders read every value from its text
        // (NumberText, CalendarDate). The loader removed bidi controls from the bytes,
        // so only an escape ("\u202E" in a double-quoted scalar) can bring one back:
        // without a backslash (the usual case) there is nothing to look for.
        let composed: YAMLComposer.Composed
        switch YAMLComposer.compose(yaml, maximumDepth: maximumDepth, maximumNodes: maximumNodes,
                                    removingBidiControls: yaml.containsByte(UInt8(ascii: "\\"))) {
        case .success(let c): composed = c
        case .failure(let error): return .failure(diagnostic(for: error, path: path, offset: offset, yaml: yaml))
        }
        var document = YAMLDocument(path: path, root: composed.root, lineOffset: offset, lines: YAMLLines(yaml))
        if let deep = composed.limitExceededAt {
            return .failure(Diagnostic(.tooDeep, "入れ子が深すぎるか、項目が多すぎます。",
                at: document.location(at: deep), hint: "項目の字下げが正しいか確認してください。"))
        }
        document.warnings = composed.bidiControls.map { BidiControls.warning(removed: $0.removed, at: document.location(at: $0.mark)) }
        return .success(document)
    }

    static func diagnostic(for error: YAMLSyntaxError, path: String, offset: Int, yaml: String) -> Diagnostic {
        func loc(_ mark: YAMLMark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + offset, column: mark.column)
        }
        switch error {
        case let .syntax(context, problem, mark):
            // An unclosed quote or bracket is found lines later; point where it was opened.
            if let context, let opened = unclosedConstruct(context.text) {
                return Diagnostic(.yamlSyntax, opened.message, at: loc(context.mark), hint: opened.hint)
            }
            if let quote = unclosedQuote(in: yaml, before: mark.line) {
                return Diagnostic(.yamlSyntax, "引用符「\(quote.character)」が閉じられていません。",
                                  at: SourceLocation(path: path, line: quote.line + offset, column: quote.column),
                                  hint: "値を「\(quote.character)」で始めたら、同じ行の終わりにも「\(quote.character)」を書いてください。")
            }
            if let slip = FullWidthSlips.beforeError(in: yaml, errorLine: mark.line, path: path, lineOffset: offset) { return slip }
            return Diagnostic(.yamlSyntax, "YAMLの書き方に誤りがあります(\(japaneseProblem(problem)))。", at: loc(mark))
        case let .duplicateKey(key, first):
            let second = secondOccurrence(ofKey: key, after: first, in: yaml) ?? (first.line, first.column)
            return Diagnostic(.duplicateKey, "項目「\(key)」が同じ場所に2回書かれています。",
                at: SourceLocation(path: path, line: second.line + offset, column: second.column),
                hint: "最初の「\(key)」は\(first.line + offset)行目です。どちらか1つにまとめてください。")
        case let .reader(problem):
            return Diagnostic(.invalidEncoding, "ファイルを文字として読めません(\(problem))。", at: SourceLocation(path: path, line: offset + 1))
        case .memory:
            return Diagnostic(.yamlSyntax, "YAMLを読めませんでした。", at: SourceLocation(path: path, line: offset + 1))
        }
    }

    /// libyaml's English problem text, with the common ones explained in Japanese.
    static func japaneseProblem(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "「:」の使い方が正しくありません。値に「:」を含めるときは\"\"で囲みます"),
            ("did not find expected key", "字下げがそろっていないか、項目名がありません"),
            ("found character that cannot start any token", "使えない文字で始まっています"),
            ("could not find expected ':'", "項目名の後に「:」がありません"),
            ("did not find expected node content", "値がありません"),
            ("found unexpected end of stream", "引用符やかっこが閉じられていません"),
            ("did not find expected ',' or ']'", "[ ] のかっこが閉じられていないか、「,」がありません"),
            ("did not find expected ',' or '}'", "{ } のかっこが閉じられていないか、「,」がありません"),
            ("found undefined alias", "定義されていないエイリアスがあります"),
            ("block sequence entries are not allowed", "「- 」のリストの位置が正しくありません"),
            ("found a tab character", "タブ文字があります"),
        ]
        for (english, japanese) in known where problem.contains(english) {
            return japanese
        }
        return problem
    }

    /// libyaml's context for constructs that run on until closed.
    static func unclosedConstruct(_ context: String) -> (message: String, hint: String)? {
        if context.contains("quoted scalar") {
            return ("引用符が閉じられていません。", "値を「\"」で始めたら、同じ行の終わりにも「\"」を書いてください(「'」も同じです)。")
        }
        for (name, open, close) in [("flow mapping", "{", "}"), ("flow sequence", "[", "]")] where context.contains(name) {
            return ("かっこ「\(open)」が閉じられていないか、中の区切りの「,」が足りません。",
                    "「\(open)」と「\(close)」を同じ行の中で対にし、中の値は「,」で区切ってください。")
        }
        return nil
    }

    /// A value opened with a quote that its line does not close, before the
    /// line where libyaml gave up (the quote then swallowed the next lines up
    /// to the next quote, and the error shows up far from its cause).
    static func unclosedQuote(in yaml: String, before errorLine: Int) -> (line: Int, column: Int, character: Character)? {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber >= errorLine { return nil }
            let chars = Array(line)
            // The value starts after `key: ` or `- `.
            var start: Int?
            if let colon = line.range(of: ": ") {
                start = line.distance(from: line.startIndex, to: colon.upperBound)
            } else if line.drop(while: { $0 == " " }).hasPrefix("- ") {
                start = line.prefix(while: { $0 == " " }).count + 2
            }
            guard var i = start else { continue }
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count, chars[i] == "\"" || chars[i] == "'" else { continue }
            let quote = chars[i]
            var closed = false, j = i + 1
            while j < chars.count {
                if quote == "\"" && chars[j] == "\\" { j += 2; continue }
                if chars[j] == quote { closed = true; break }
                j += 1
            }
            if !closed { return (lineNumber, i + 1, quote) }
        }
        return nil
    }

    /// The line/column of a tab used in indentation (YAML forbids it).
    static func firstIndentationTab(in yaml: String) -> (line: Int, column: Int)? {
        // Without a tab byte there is no tab character (the usual case): skip the line scan.
        guard yaml.containsByte(UInt8(ascii: "\t")) else { return nil }
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var column = 0
            for ch in line {
                column += 1
                if ch == "\t" { return (lineNumber, column) }
                if ch != " " { break }
            }
        }
        return nil
    }

    /// Anchors (`&a`) and aliases (`*a`) outside quotes, comments and block scalars.
    /// They are of no use in content and are the door to entity-expansion bombs.
    static func firstAnchorOrAlias(in yaml: String) -> (line: Int, column: Int)? {
        // Only a `&` or `*` character is reported, and each is its own byte: without
        // either byte (the usual case) the line scan below cannot find anything.
        guard yaml.containsByte(UInt8(ascii: "&")) || yaml.containsByte(UInt8(ascii: "*")) else { return nil }
        let mayMatch: (Substring) -> Bool = { $0.utf8.contains(UInt8(ascii: "&")) || $0.utf8.contains(UInt8(ascii: "*")) }
        return firstOnYAMLLine(of: yaml, where: mayMatch) { lineNumber, chars in
            var quote: Character? = nil
            var tokenStart = true // at a place where a YAML node may begin
            for (i, ch) in chars.enumerated() {
                if let q = quote {
                    if ch == q { quote = nil }
                    continue
                }
                switch ch {
                case " ":
                    continue
                case "#" where i == 0 || chars[i - 1] == " ":
                    break
                case "\"" where tokenStart, "'" where tokenStart:
                    quote = ch
                    tokenStart = false
                    continue
                case "&" where tokenStart, "*" where tokenStart:
                    if i + 1 < chars.count, chars[i + 1] != " " { return (lineNumber, i + 1) }
                    tokenStart = false
                    continue
                case ":", "-", "[", "{", ",", "?":
                    let next = i + 1 < chars.count ? chars[i + 1] : " "
                    tokenStart = next == " " || ch == "[" || ch == "{" || ch == ","
                    continue
                default:
                    tokenStart = false
                    continue
                }
                break
            }
            return nil
        }
    }

    /// The first value `body` finds on a line of `yaml` that is YAML, not the text
    /// inside a `|` or `>` block scalar; `body` gets the line number and its characters.
    /// `mayMatch` tells from a line's bytes that `body` cannot find anything on it, so
    /// that line is not made into characters (most lines of a long file).
    static func firstOnYAMLLine<T>(of yaml: String, where mayMatch: (Substring) -> Bool = { _ in true },
                                   _ body: (_ line: Int, _ chars: [Character]) -> T?) -> T? {
        var lineNumber = 0
        var blockIndent: Int? = nil // inside a block scalar deeper than this
        // The same lines as splitting the Characters at "\n", found in the bytes (FrontMatter.lines).
        for line in FrontMatter.lines(of: yaml) {
            lineNumber += 1
            let indent = line.prefix(while: { $0 == " " }).count
            if let block = blockIndent {
                if indent > block || line.allSatisfy({ $0 == " " }) { continue }
                blockIndent = nil
            }
            if mayMatch(line), let found = body(lineNumber, Array(line)) { return found }
            if opensBlockScalar(line) { blockIndent = indent }
        }
        return nil
    }

    /// `key: |`, `- >-` and the like: the lines after it are a block of plain text, not YAML.
    /// (The regular expressions `(:|-)\s+[|>][-+0-9]*$` and `^\s*[|>][-+0-9]*$`, read from the end.)
    static func opensBlockScalar(_ line: Substring) -> Bool {
        let trimmed = line.trimmingTrailingSpaces
        guard let last = trimmed.last, "|>-+0123456789".contains(last) else { return false }
        let scalars = Array(trimmed.unicodeScalars)
        var end = scalars.count
        while end > 0, isBlockIndicator(scalars[end - 1]) { end -= 1 }
        guard end > 0, scalars[end - 1] == "|" || scalars[end - 1] == ">" else { return false }
        let marker = end - 1
        var start = marker
        while start > 0, isRegexSpace(scalars[start - 1]) { start -= 1 }
        if start == 0 { return true }
        return start < marker && (scalars[start - 1] == ":" || scalars[start - 1] == "-")
    }

    /// `[-+0-9]`: a block scalar's chomping and indentation indicators.
    private static func isBlockIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "+" || ("0"..."9").contains(scalar)
    }

    /// `\s` of the regular expressions (ICU): Unicode white space (tabs, line breaks, spaces of every width).
    private static func isRegexSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// After a duplicate key error, where the second occurrence of `key` is.
    static func secondOccurrence(ofKey key: String, after mark: YAMLMark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        for index in mark.line..<lines.count {
            let line = lines[index]
            let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
            if trimmed.hasPrefix(key + ":") {
                let column = line.count - trimmed.count + 1
                if column == mark.column { return (index + 1, column) }
            }
        }
        return nil
    }
}
