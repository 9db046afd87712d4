import Foundation
import SitegenSupport
import SitegenModel

/// Typed, position-aware access to one YAML mapping. Every failed read reports
/// a diagnostic at the offending node and returns nil, so validation goes on
/// and a single run reports every problem.
struct FieldReader {
    let document: YAMLDocument
    let node: YAMLNode
    let diagnostics: DiagnosticCollector
    /// Dotted path of this mapping for messages ("kpis[2].target").
    let context: String

    init?(_ node: YAMLNode?, document: YAMLDocument, diagnostics: DiagnosticCollector, context: String) {
        guard let node else { return nil }
        guard case .mapping = node else {
            diagnostics.error(.wrongType, "「\(context.isEmpty ? "ファイル全体" : context)」は「項目名: 値」の形(マッピング)で書いてください。",
                              at: document.location(of: node))
            return nil
        }
        self.document = document
        self.node = node
        self.diagnostics = diagnostics
        self.context = context
    }

    /// A reader for a whole document; an empty document reads as an empty mapping.
    init?(root document: YAMLDocument, diagnostics: DiagnosticCollector) {
        self.init(document.root ?? YAMLNode.mapping(YAMLNode.Mapping([])), document: document, diagnostics: diagnostics, context: "")
    }

    var location: SourceLocation { document.location(of: node) }

    func location(of child: YAMLNode?) -> SourceLocation { child.map { document.location(of: $0) } ?? location }

    private func name(_ key: String) -> String { context.isEmpty ? key : "\(context).\(key)" }

    /// The value node for `key`, nil when absent or null.
    func value(_ key: String) -> YAMLNode? {
        // Found by index: iterating the pairs would copy each key and value.
        guard case .mapping(let mapping) = node, let index = mapping.pairs.firstIndex(where: { $0.key.isScalar(key) }) else { return nil }
        let value = mapping.pairs[index].value
        if case .scalar(let s) = value, s.style == .plain || s.style == .any {
            switch s.string {
            case "", "~", "null", "Null", "NULL": return nil
            default: break
            }
        }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    private func missing(_ key: String, hint: String?) {
        diagnostics.error(.missingField, "必須項目「\(name(key))」がありません。", at: location,
                          hint: hint ?? "「\(key): …」の行を追加してください。")
    }

    /// Reports keys that are not in `allowed` (typos such as `titel`).
    func warnUnknownKeys(_ allowed: Set<String>) {
        guard case .mapping(let mapping) = node else { return }
        // By index: iterating the pairs would copy each value too.
        for index in mapping.pairs.indices {
            let keyNode = mapping.pairs[index].key
            guard let key = keyNode.scalar?.string else {
                diagnostics.error(.wrongType, "項目名は文字で書いてください。", at: location(of: keyNode))
                continue
            }
            if !allowed.contains(key) {
                let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
                let hint = suggestion.flatMap { editDistance($0, key) <= 2 ? "「\($0)」の書き間違いではありませんか。" : nil }
                diagnostics.warning(.unknownKey, "「\(name(key))」という項目は使われません。", at: location(of: keyNode),
                                    hint: hint ?? "使える項目は README を見てください: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    // MARK: Scalars

    /// - Parameter prose: a text shown to readers (not an id, a code or a URL):
    ///   a comment after it on its line is reported (W060), since its words are lost.
    func text(_ key: String, required: Bool = false, hint: String? = nil, prose: Bool = false) -> String? {
        textNode(key, required: required, hint: hint, prose: prose)?.text
    }

    /// `text(key)` and where it is written, for texts that checks after
    /// validation report on (they are kept in the model's `SourceMap`). Always prose.
    func positionedText(_ key: String, required: Bool = false) -> PositionedText? {
        guard let (text, node) = textNode(key, required: required, hint: nil, prose: true) else { return nil }
        return PositionedText(text: text, position: document.textPosition(of: node, text: text))
    }

    /// Where the value of `key` starts, as `location(of:)` (ids and numbers).
    func valuePosition(_ key: String) -> TextPosition? {
        value(key).flatMap { document.position(of: $0) }
    }

    /// Where the key `key` itself is written.
    func keyPosition(_ key: String) -> TextPosition? {
        guard case .mapping(let mapping) = node,
              let pair = mapping.first(where: { $0.key.isScalar(key) }) else { return nil }
        return document.position(of: pair.key)
    }

    private func textNode(_ key: String, required: Bool, hint: String?, prose: Bool) -> (text: String, node: YAMLNode)? {
        guard let v = value(key) else {
            // `summary: #1`: the whole value was read as a comment.
            // A required one is then missing: one error, there, says both.
            if prose, let keyNode = self.keyNode(key), let comment = document.trailingComment(afterKey: keyNode) {
                warnLost(comment, field: "「\(name(key))」", example: key + ": ", kept: nil, missingRequired: required)
                return nil
            }
            if required { missing(key, hint: hint) }
            return nil
        }
        guard case .scalar(let s) = v else {
            diagnostics.error(.wrongType, "「\(name(key))」は文字で書いてください(リストや項目の入れ子は使えません)。", at: location(of: v))
            return nil
        }
        let trimmed = s.string.trimmingWhitespaceAndNewlines()
        if trimmed.isEmpty {
            if required { diagnostics.error(.missingField, "「\(name(key))」が空です。", at: location(of: v)) }
            return nil
        }
        if prose, let comment = document.trailingComment(after: v, text: s.string) {
            warnLost(comment, field: "「\(name(key))」", example: key + ": ", kept: trimmed)
        }
        return (s.style == .literal || s.style == .folded ? s.string.trimmingCharacters(in: .newlines) : trimmed, v)
    }

    private func keyNode(_ key: String) -> YAMLNode? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first(where: { $0.key.isScalar(key) })?.key
    }

    /// W060 at the `#` of a comment that cut a text value short.
    /// - Parameters:
    ///   - field: the field as messages name it; `example`: how its line starts (`summary: `, `- `).
    private func warnLost(_ comment: TrailingComment, field: String, example: String, kept: String?, missingRequired: Bool = false) {
        let shown = kept.map { "表示されるのは「\($0)」だけです。" } ?? "値は空になります。"
        let whole = (kept.map { $0 + comment.gap } ?? "") + comment.text
        let quoted = "\"" + whole.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let diagnostic = Diagnostic(missingRequired ? .missingField : .textAfterHash,
            "\(field)の「\(comment.text)」は、前に空白があるためメモ(コメント)として読まれ、サイトに出ません。\(shown)",
            at: SourceLocation(path: document.path, line: comment.line, column: comment.column),
            hint: "「#」から後も表示するときは、値全体を「\"」で囲みます。例: \(example)\(quoted)。メモのつもりなら、別の行に書いてください。")
        diagnostics.report(diagnostic)
    }

    /// - Parameter example: a value of this field, for the hint.
    func integer(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil, example: Int = 3) -> Int? {
        guard let v = value(key) else {
            if required { missing(key, hint: nil) }
            return nil
        }
        guard let s = v.scalar, let n = NumberText.integer(s.string) else {
            let written = v.scalar?.string ?? ""
            // 令和6年度 → 2024, as the README promises for fiscal_year.
            let hint = JapaneseEra.gregorianYear(written).map { "和暦ではなく西暦で書きます。\(written) → \($0)。例: \(key): \($0)" }
                ?? "半角数字だけで書きます。例: \(key): \(example)"
            diagnostics.error(.invalidNumber, "「\(name(key))」は整数で書いてください(書かれている値: \(v.scalar?.string ?? "リスト・入れ子"))。",
                              at: location(of: v), hint: hint)
            return nil
        }
        if let range, !range.contains(n) {
            // The code's general hint (units, digit separators, 1200) would mislead here.
            diagnostics.error(.invalidNumber, "「\(name(key))」は\(range.lowerBound)から\(range.upperBound)までの整数です(書かれている値: \(n))。",
                              at: location(of: v),
                              hint: "\(range.lowerBound)から\(range.upperBound)までの整数を、半角数字で書きます。例: \(key): \(example)")
            return nil
        }
        return n
    }

    func quantity(_ key: String, required: Bool = false) -> Quantity? {
        guard let v = value(key) else {
            if required { missing(key, hint: nil) }
            return nil
        }
        guard let s = v.scalar else {
            diagnostics.error(.wrongType, "「\(name(key))」は数値で書いてください。", at: location(of: v))
            return nil
        }
        switch NumberText.quantity(s.string) {
        case .success(let q): return q
        case .failure(let problem):
            diagnostics.error(.invalidNumber, "「\(name(key))」の値「\(s.string)」は数値として読めません(\(problem.message))。",
                              at: location(of: v), hint: problem.hint)
            return nil
        }
    }

    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let v = value(key) else {
            if required { missing(key, hint: "例: \(key): 2024-04-01") }
            return nil
        }
        // Full-width digits and minus read as half-width, as in number fields (２０２４－０４－０１).
        guard let s = v.scalar?.string, let d = CalendarDate(iso: NumberText.halfWidth(s).trimmingWhitespace()) else {
            let written = v.scalar?.string ?? ""
            let hint = written.contains("令和") || written.contains("平成")
                ? "和暦ではなく西暦で書いてください。例: 令和6年4月1日 → 2024-04-01"
                : written.contains("/") ? "「/」ではなく「-」で区切ります。例: 2024/4/1 → 2024-04-01" : nil
            diagnostics.error(.invalidDate, "「\(name(key))」の日付「\(written)」を読めません。", at: location(of: v), hint: hint)
            return nil
        }
        return d
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as: T.Type, required: Bool = false) -> T? where T.RawValue == String {
        guard let raw = text(key, required: required) else { return nil }
        guard let value = T(rawValue: raw) else {
            let options = T.allCases.map(\.rawValue).joined(separator: " / ")
            diagnostics.error(.invalidChoice, "「\(name(key))」に「\(raw)」は使えません。", at: location(of: self.value(key)),
                              hint: "次のどれかを書いてください: \(options)")
            return nil
        }
        return value
    }

    // MARK: Collections

    func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let v = value(key) else {
            if required { missing(key, hint: nil) }
            return nil
        }
        guard case .sequence(let seq) = v else {
            diagnostics.error(.wrongType, "「\(name(key))」はリスト(「- 」で始まる行、または [ ] )で書いてください。", at: location(of: v))
            return nil
        }
        return Array(seq)
    }

    func textList(_ key: String, required: Bool = false) -> [String] {
        textNodes(key, required: required).map(\.text)
    }

    /// `textList(key)`, each item with where it is written.
    func positionedTextList(_ key: String, required: Bool = false) -> [PositionedText] {
        textNodes(key, required: required).map { PositionedText(text: $0.text, position: document.textPosition(of: $0.node, text: $0.text)) }
    }

    private func textNodes(_ key: String, required: Bool) -> [(text: String, node: YAMLNode)] {
        guard let items = list(key, required: required) else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let raw = item.scalar?.string, case let s = raw.trimmingWhitespaceAndNewlines(), !s.isEmpty else {
                diagnostics.error(.wrongType, "「\(name(key))」の\(index + 1)番目は文字で書いてください。", at: location(of: item))
                return nil
            }
            if let comment = document.trailingComment(after: item, text: raw) {
                warnLost(comment, field: "「\(name(key))」の\(index + 1)番目", example: "- ", kept: s)
            }
            return (s, item)
        }
    }

    func mapping(_ key: String, required: Bool = false) -> FieldReader? {
        guard let v = value(key) else {
            if required { missing(key, hint: nil) }
            return nil
        }
        return FieldReader(v, document: document, diagnostics: diagnostics, context: name(key))
    }

    /// Readers for each mapping item of a list.
    func mappings(_ key: String, required: Bool = false) -> [FieldReader] {
        guard let items = list(key, required: required) else { return [] }
        return items.enumerated().compactMap { index, item in
            FieldReader(item, document: document, diagnostics: diagnostics, context: "\(name(key))[\(index + 1)]")
        }
    }

    /// An id in `[a-z0-9-]+`: it becomes a URL and a folder name.
    func identifier(_ key: String = "id", required: Bool = true) -> String? {
        guard let raw = text(key, required: required) else { return nil }
        guard Identifier.isValid(raw) else {
            diagnostics.error(.invalidID, "「\(name(key))」の「\(raw)」はidとして使えません。", at: location(of: value(key)))
            return nil
        }
        return raw
    }
}

/// A text read from the content and where it is written (nil where it cannot
/// be placed: an empty document, a mark past its text).
struct PositionedText {
    let text: String
    let position: TextPosition?
}

extension SourceMap {
    /// Records where `text` is written under `field`; returns its text.
    mutating func record(_ text: PositionedText?, as field: Field) -> String? {
        guard let text else { return nil }
        self[field] = text.position
        return text.text
    }
}

package enum Identifier {
    package static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && s.first != "-" && s.last != "-"
            && s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}

/// Levenshtein distance for "did you mean" hints on short keys.
package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
