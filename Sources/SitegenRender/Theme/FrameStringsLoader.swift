import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Reads a theme's `strings/*.yaml` (one file per language, named by its code)
/// and holds each against `FrameStringCatalog`. Never throws: every problem is a
/// Japanese diagnostic at the file, line and column (E070–E074, W070, W072).
package enum FrameStringsLoader {
    package static func load(themeFolder: String, fileIO: FileIO) -> (strings: ThemeStrings, diagnostics: [Diagnostic]) {
        let folder = themeFolder + "/strings"
        guard fileIO.isDirectory(folder) else {
            return (ThemeStrings(languages: [:]), [Diagnostic(.stringsFileMissing, "テーマに決まった言葉のフォルダ \(folder) がありません。",
                                                               at: SourceLocation(path: folder),
                                                               hint: "テーマの strings フォルダに ja.yaml(ふつうの日本語)を置いてください(themes/default/strings を写せます)。")])
        }
        var languages: [String: FrameStrings] = [:]
        var paths: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let files = ((try? fileIO.walk(folder)) ?? []).filter { $0.kind == .file && $0.relative.hasSuffix(".yaml") && !$0.relative.contains("/") }
        for file in files.sorted(by: { $0.relative < $1.relative }) where file.relative != HardWordList.fileName {
            let code = String(file.relative.dropLast(".yaml".count))
            let path = folder + "/" + file.relative
            paths[code] = path
            let text: String
            switch SiteTheme.readText(path, what: "決まった言葉のファイル", fileIO: fileIO) {
            case .success(let read): text = read
            case .failure(let problem): diagnostics.append(problem.diagnostic); continue
            }
            let (strings, found) = parse(text, path: path)
            diagnostics += found
            if let strings { languages[code] = strings }
        }
        return (ThemeStrings(languages: languages, paths: paths), diagnostics)
    }

    /// One language's file. nil when it cannot be read as a whole (YAML errors).
    package static func parse(_ text: String, path: String) -> (FrameStrings?, [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLParser.parse(text, path: path) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var diagnostics = document.warnings
        var entries: [String: [FrameStrings.Piece]] = [:]
        guard let root = document.root?.mapping else {
            return (nil, [Diagnostic(.stringNotText, "決まった言葉のファイルは「グループ: → 名前: 言葉」の形で書きます。",
                                     at: document.location(of: document.root), hint: exampleHint)])
        }
        var groupLocations: [String: SourceLocation] = [:]
        for (groupNode, valueNode) in root {
            let group = groupNode.string ?? ""
            guard FrameStringCatalog.groups.contains(group) else {
                diagnostics.append(unknownKey(group, among: FrameStringCatalog.groups, at: document.location(of: groupNode)))
                continue
            }
            groupLocations[group] = document.location(of: groupNode)
            guard let mapping = valueNode.mapping else {
                diagnostics.append(Diagnostic(.stringNotText, "「\(group)」の下には「名前: 言葉」を字下げして並べます。",
                                              at: document.location(of: valueNode), hint: exampleHint))
                continue
            }
            for (keyNode, textNode) in mapping {
                let name = keyNode.string ?? ""
                let key = group + "." + name
                guard let entry = FrameStringCatalog.entries[key] else {
                    let known = Set(FrameStringCatalog.entries.keys.filter { $0.hasPrefix(group + ".") }.map { String($0.dropFirst(group.count + 1)) })
                    diagnostics.append(unknownKey(name, among: known, at: document.location(of: keyNode)))
                    continue
                }
                guard case .scalar(let scalar) = textNode else {
                    diagnostics.append(Diagnostic(.stringNotText, "「\(key)」の値が文字ではありません(リストや「名前: 値」の組は書けません)。",
                                                  at: document.location(of: textNode), hint: exampleHint))
                    continue
                }
                let at = document.location(of: textNode)
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                func position(_ offset: Int) -> SourceLocation {
                    // Exact for a text on one line, as the files write them.
                    SourceLocation(path: at.path, line: at.line, column: at.column + offset + (quoted ? 1 : 0))
                }
                if let tag = tagLikeStart(scalar.string) {
                    diagnostics.append(Diagnostic(.stringHTML, "「\(key)」に HTML のタグのような「<」があります。決まった言葉は文字として表示され、タグにはなりません。",
                                                  at: position(scalar.string.distance(from: scalar.string.startIndex, to: tag)),
                                                  hint: "タグを消して、文字だけで書いてください(リンクや強調はテンプレートで書きます)。「<」を見せたいときは全角の「＜」を使います。"))
                    continue
                }
                switch FrameStrings.parse(scalar.string) {
                case .failure(let error):
                    diagnostics.append(slotError(error, key: key, entry: entry, at: position(error.offset)))
                case .success(let pieces):
                    var used: Set<String> = []
                    for piece in pieces { if case .slot(let slot) = piece { used.insert(slot) } }
                    if let unknown = used.subtracting(entry.slots).sorted().first {
                        let offset = scalar.string.range(of: "{" + unknown + "}").map { scalar.string.distance(from: scalar.string.startIndex, to: $0.lowerBound) } ?? 0
                        diagnostics.append(Diagnostic(.stringSlotError, "「\(key)」の差し込み「{\(unknown)}」は、この言葉では使えません。",
                                                      at: position(offset), hint: slotHint(entry)))
                        continue
                    }
                    let missing = entry.slots.filter { !used.contains($0) && !entry.optionalSlots.contains($0) }
                    if !missing.isEmpty {
                        diagnostics.append(Diagnostic(.stringSlotUnused, "「\(key)」に差し込み \(missing.map { "{" + $0 + "}" }.joined(separator: "・")) がありません。その数や名前がページに出ません。",
                                                      at: at, hint: slotHint(entry)))
                    }
                    entries[key] = pieces
                }
            }
        }
        for (key, entry) in FrameStringCatalog.entries.sorted(by: { $0.key < $1.key }) where entries[key] == nil && !entry.isOptional {
            // A key written wrongly was reported above; one left out is reported at its group.
            let group = String(key.prefix { $0 != "." })
            let written = root.contains { ($0.key.string ?? "") == group && ($0.value.mapping?.contains { ($0.key.string ?? "") == String(key.dropFirst(group.count + 1)) } ?? false) }
            guard !written else { continue }
            diagnostics.append(Diagnostic(.stringKeyMissing, "決まった言葉「\(key)」がありません。",
                                          at: groupLocations[group] ?? SourceLocation(path: path, line: 1, column: 1),
                                          hint: "「\(group):」の下に「  \(key.dropFirst(group.count + 1)): 言葉」を書いてください(ja.yaml に例があります)。"
                                            + (entry.slots.isEmpty ? "" : slotHint(entry))))
        }
        return (FrameStrings(entries: entries), diagnostics)
    }

    /// Where the first `<` followed by a letter, `/` or `!` is: text a browser would
    /// read as a tag. Scanned on scalars (a regular expression was compiled for every text).
    static func tagLikeStart(_ text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == "<", next < scalars.endIndex, case let after = scalars[next],
               after == "/" || after == "!" || ("A"..."Z").contains(after) || ("a"..."z").contains(after) {
                return index
            }
            index = next
        }
        return nil
    }

    static let exampleHint = "例:\npage:\n  home: トップ\nchart:\n  actualSource: \"{date}時点の実績\""

    static func slotHint(_ entry: FrameStringCatalog.Entry) -> String {
        guard !entry.slots.isEmpty else { return "この言葉には差し込みがありません。「{」「}」を文字として書くときは「{{」「}}」と書きます。" }
        return "使える差し込み: " + entry.slots.map { "{" + $0 + "}" + (entry.optionalSlots.contains($0) ? "(省いてよい)" : "") }.joined(separator: " ")
            + "。「{」「}」を文字として書くときは「{{」「}}」と書きます。"
    }

    static func slotError(_ error: FrameStrings.ParseError, key: String, entry: FrameStringCatalog.Entry, at: SourceLocation) -> Diagnostic {
        let message: String
        switch error.kind {
        case .unclosed: message = "「\(key)」の「{」が「}」で閉じられていません。"
        case .strayClose: message = "「\(key)」に、対応する「{」のない「}」があります。"
        case .badName(let name): message = "「\(key)」の差し込み「{\(name)}」の名前は、半角の英字で始まる英数字で書きます。"
        }
        return Diagnostic(.stringSlotError, message, at: at, hint: slotHint(entry))
    }

    static func unknownKey(_ name: String, among known: Set<String>, at: SourceLocation) -> Diagnostic {
        let near = known.filter { editDistance($0, name) <= 3 }.min { (editDistance($0, name), $0) < (editDistance($1, name), $1) }
        return Diagnostic(.stringKeyUnknown, "決まった言葉の名前「\(name)」は sitegen が使いません。書き間違いかもしれません。", at: at,
                          hint: near.map { "「\($0)」の書き間違いではありませんか。" } ?? "使える名前は themes/default/strings/ja.yaml を見てください。")
    }
}
