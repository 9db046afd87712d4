import Synchronization
import SitegenSupport
import SitegenModel

/// One language's fixed words (the theme's `strings/<code>.yaml`): every word
/// the theme and the generator write on pages. A text is split once into plain
/// pieces and `{slot}`s; filling it never reads the text again.
package struct FrameStrings: Sendable {
    package enum Piece: Sendable, Hashable {
        case text(String)
        case slot(String)
    }

    /// Pieces by flat key (`chart.actualSource`).
    package let entries: [String: [Piece]]

    /// `templateTree()`, made on its first use: every page template gets it
    /// (and charts make throwaway word sets that never need it).
    private let tree = TreeOnce()

    package init(entries: [String: [Piece]]) {
        self.entries = entries
    }

    /// Whether the language gives this (optional) key.
    package func has(_ key: String) -> Bool { entries[key] != nil }

    /// A text without slots.
    package subscript(_ key: String) -> String { text(key, [:]) }

    /// A text with its slots filled; an unknown slot stays empty. Keys are checked
    /// when the theme is loaded (`FrameStringCatalog`), so a missing one is a bug.
    /// The slots are pairs, not a dictionary: a text has one to four, found faster by
    /// comparing their short names than by hashing each (chart sentences fill thousands).
    package func text(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        assert(FrameStringCatalog.entries[key] != nil, "\(key) is not in FrameStringCatalog")
        return Self.filled(entries[key] ?? [], values)
    }

    private static func filled(_ pieces: [Piece], _ values: KeyValuePairs<String, String>) -> String {
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        func filling(_ piece: Piece) -> String? {
            switch piece {
            case .text(let text): text
            case .slot(let name): values.first(where: { $0.key == name })?.value
            }
        }
        // Measured, then written once into the String's own storage: each `String` append
        // cost ~300 instructions, and a buffer first cost an allocation more.
        let count = pieces.reduce(0) { $0 + (filling($1)?.utf8.count ?? 0) }
        return String(unsafeUninitializedCapacity: count) { storage in
            var written = 0
            for piece in pieces {
                guard var part = filling(piece) else { continue }
                part.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
                    (storage.baseAddress! + written).update(from: source, count: bytes.count)
                    written += bytes.count
                }
            }
            return written
        }
    }

    /// The text as HTML, its words escaped and its slots given as HTML (links, ruby).
    /// Pairs, as for `text`: a text has one to four slots.
    package func html(_ key: String, _ values: KeyValuePairs<String, HTML>) -> HTML {
        var writer = MarkupWriter(capacity: 64)
        html(key, values, into: &writer)
        return writer.html
    }

    /// `html(key, values)` written into `writer`: the words escaped into its bytes, the slots' bytes appended.
    package func html(_ key: String, _ values: KeyValuePairs<String, HTML>, into writer: inout MarkupWriter) {
        html(key, into: &writer) { name, writer in
            if let value = values.first(where: { $0.key == name })?.value { writer.html(value) }
        }
    }

    /// The text written into `writer`, its words escaped, each slot written by `slot` (given the slot's name):
    /// no `HTML` is made for a slot (every initiative's data links fill one of these for each table).
    package func html(_ key: String, into writer: inout MarkupWriter, slot: (String, inout MarkupWriter) -> Void) {
        assert(FrameStringCatalog.entries[key] != nil, "\(key) is not in FrameStringCatalog")
        for piece in entries[key] ?? [] {
            switch piece {
            case .text(let text): writer.text(text)
            case .slot(let name): slot(name, &writer)
            }
        }
    }

    /// The texts without slots, nested by group (`strings.kpiTable.indicator` in
    /// templates); an optional key the language leaves out is `false`.
    package func templateTree() -> TemplateValue {
        tree.made.withLock { made in
            if let made { return made }
            let tree = Self.templateTree(entries)
            made = tree
            return tree
        }
    }

    private static func templateTree(_ entries: [String: [Piece]]) -> TemplateValue {
        var tree: [String: [String: TemplateValue]] = [:]
        for (key, entry) in FrameStringCatalog.entries where entry.slots.isEmpty {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            tree[parts[0], default: [:]][parts[1]] = entries[key].map { .text(filled($0, [:])) } ?? .flag(false)
        }
        return .object(tree.mapValues { .object($0) })
    }

    /// Splits a written text into pieces. `{{` and `}}` stand for the braces themselves.
    /// - Returns: the pieces, or the offset (in characters) of the first malformed slot.
    package static func parse(_ text: String) -> Result<[Piece], ParseError> {
        // Most texts have no slot and no brace: one piece, without comparing each Japanese character.
        guard text.containsByte(UInt8(ascii: "{")) || text.containsByte(UInt8(ascii: "}")) else {
            return .success(text.isEmpty ? [] : [.text(text)])
        }
        var pieces: [Piece] = []
        var plain = ""
        var index = text.startIndex
        var offset = 0
        func flush() { if !plain.isEmpty { pieces.append(.text(plain)); plain = "" } }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" || character == "}", next < text.endIndex, text[next] == character {
                plain.append(character)
                index = text.index(after: next)
                offset += 2
                continue
            }
            if character == "}" { return .failure(ParseError(offset: offset, kind: .strayClose)) }
            guard character == "{" else {
                plain.append(character)
                index = next
                offset += 1
                continue
            }
            guard let close = text[next...].firstIndex(of: "}") else {
                return .failure(ParseError(offset: offset, kind: .unclosed))
            }
            let name = String(text[next..<close])
            guard isSlotName(name) else { return .failure(ParseError(offset: offset, kind: .badName(name))) }
            flush()
            pieces.append(.slot(name))
            offset += name.count + 2
            index = text.index(after: close)
        }
        flush()
        return .success(pieces)
    }

    package struct ParseError: Error, Sendable {
        package enum Kind: Sendable { case unclosed, strayClose, badName(String) }
        package let offset: Int
        package let kind: Kind
    }

    static func isSlotName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}

/// Where a `FrameStrings` keeps its template tree once made (shared by its copies).
private final class TreeOnce: Sendable {
    let made = Mutex<TemplateValue?>(nil)
}

/// Every language's `FrameStrings`, by language code.
package struct ThemeStrings: Sendable {
    package let languages: [String: FrameStrings]
    /// Where each language's file is, for diagnostics that concern a whole file.
    package let paths: [String: String]

    package init(languages: [String: FrameStrings], paths: [String: String] = [:]) {
        self.languages = languages
        self.paths = paths
    }

    /// The language's words (a site language without a file is refused before rendering, E070).
    package func forLanguage(_ language: Language) -> FrameStrings {
        languages[language.code] ?? languages["ja"] ?? FrameStrings(entries: [:])
    }

    /// E070 for a site language without a file, W071 for a file of a language the site does not have.
    package func checkLanguages(_ siteLanguages: [Language], stringsFolder: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let codes = Set(siteLanguages.map(\.code))
        for language in siteLanguages where languages[language.code] == nil {
            let path = stringsFolder + "/" + language.code + ".yaml"
            out.append(Diagnostic(.stringsFileMissing, "言語「\(language.code)」(\(language.name))の決まった言葉のファイル \(path) がありません。",
                                  at: SourceLocation(path: path),
                                  hint: "同じフォルダの ja.yaml を写して \(language.code).yaml を作り、その言語の言葉に書き換えてください。"))
        }
        for (code, path) in paths.sorted(by: { $0.key < $1.key }) where !codes.contains(code) {
            out.append(Diagnostic(.stringsLanguageUnknown, "決まった言葉のファイル \(path) の言語「\(code)」は、site.yaml の languages にありません。使われません。",
                                  at: SourceLocation(path: path, line: 1, column: 1),
                                  hint: "ファイル名を言語のコード(\(codes.sorted().joined(separator: "、")))に直すか、いらなければ消してください。"))
        }
        return out
    }
}
