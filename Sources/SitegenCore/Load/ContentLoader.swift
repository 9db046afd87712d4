import Foundation

/// A text file of the content with its translations (`X.easy.md` beside `X.md`).
public struct LocalizedSource: Sendable, Hashable {
    /// File name without language suffix and extension (`01-online-procedures`).
    public let stem: String
    public let base: SourceText
    /// Translations by language code, e.g. `["easy": …]`.
    public let translations: [String: SourceText]
}

/// Everything read from `content/`, decoded to text but not yet interpreted.
public struct LoadedContent: Sendable {
    public let contentPath: String
    public let site: LocalizedSource?
    public let initiatives: [LocalizedSource]
    public let pages: [LocalizedSource]
    public let glossary: LocalizedSource?
    public let furigana: SourceText?
    /// Translations without a base file: reported, never silently dropped.
    public let orphanTranslations: [SourceText]
}

/// Stage 1: read the content folder through `FileIO`. Reports unreadable files,
/// bad encodings and stray files; never follows symlinks.
public enum ContentLoader {
    public static func load(contentPath: String, io: FileIO) -> (LoadedContent, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let root = contentPath.hasSuffix("/") ? String(contentPath.dropLast()) : contentPath
        let empty = LoadedContent(contentPath: root, site: nil, initiatives: [], pages: [], glossary: nil, furigana: nil,
                                  orphanTranslations: [])
        guard io.isDirectory(root) else {
            diagnostics.error(.missingContent, "コンテンツのフォルダ「\(root)」が見つかりません。", at: SourceLocation(path: root),
                              hint: "sitegen はリポジトリの一番上のフォルダで実行するか、--content でフォルダを指定してください。")
            return (empty, diagnostics.sorted)
        }
        let entries: [(relative: String, kind: FileIO.EntryKind)]
        do {
            entries = try io.walk(root)
        } catch {
            diagnostics.error(.unreadableFile, "フォルダ「\(root)」の中を読めません。", at: SourceLocation(path: root),
                              hint: "フォルダの読み取り権限を確認してください。")
            return (empty, diagnostics.sorted)
        }

        var texts: [String: SourceText] = [:]
        for entry in entries {
            let display = root + "/" + entry.relative
            let name = entry.relative.split(separator: "/").last.map(String.init) ?? entry.relative
            if name.hasPrefix(".") || name.hasSuffix("~") { continue } // editor and OS files
            if entry.relative == AccessibilityResults.fileName { continue } // read by the build (BuildPipeline)
            guard entry.kind == .file else {
                diagnostics.error(.unreadableFile, entry.kind == .symlink
                    ? "シンボリックリンク「\(display)」は使えません。" : "「\(display)」は普通のファイルではありません。",
                    at: SourceLocation(path: display), hint: "リンクではなく、ファイルそのものを置いてください。")
                continue
            }
            guard isContentFile(entry.relative) else {
                diagnostics.warning(.unknownKey, "「\(display)」はコンテンツとして使われません。", at: SourceLocation(path: display),
                    hint: "site.yaml, glossary.yaml, furigana.yaml, initiatives/*.md, pages/*.md だけが読まれます。")
                continue
            }
            let data: Data
            do {
                data = try io.read(root + "/" + entry.relative)
            } catch {
                diagnostics.error(.unreadableFile, "ファイル「\(display)」を読めません。", at: SourceLocation(path: display),
                                  hint: "ファイルの読み取り権限を確認してください。")
                continue
            }
            switch SourceDecoder.decode(data, path: display) {
            case .success(let text):
                let (clean, warnings) = BidiControls.strip(text)
                texts[entry.relative] = clean
                diagnostics.append(contentsOf: warnings)
            case .failure(let d): diagnostics.report(d)
            }
        }

        let content = LoadedContent(
            contentPath: root,
            site: localized(in: texts, folder: "", stem: "site", ext: "yaml"),
            initiatives: collection(in: texts, folder: "initiatives/"),
            pages: collection(in: texts, folder: "pages/"),
            glossary: localized(in: texts, folder: "", stem: "glossary", ext: "yaml"),
            furigana: texts["furigana.yaml"],
            orphanTranslations: orphanTranslations(in: texts)
        )
        if content.site == nil && !texts.keys.contains(where: { $0.hasPrefix("site.") }) {
            diagnostics.error(.missingContent, "「\(root)/site.yaml」がありません。", at: SourceLocation(path: root + "/site.yaml"),
                              hint: "報告書全体の設定ファイル site.yaml を作ってください(README の例を参照)。")
        }
        return (content, diagnostics.sorted)
    }

    static func isContentFile(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        if parts.count == 1 {
            let n = parts[0]
            return n.hasSuffix(".yaml") && (n.hasPrefix("site.") || n.hasPrefix("glossary.") || n == "furigana.yaml")
        }
        return parts.count == 2 && (parts[0] == "initiatives" || parts[0] == "pages") && parts[1].hasSuffix(".md")
    }

    /// Splits `name.easy.md` into (`name`, `easy`); `name.md` into (`name`, nil).
    static func splitName(_ file: String, ext: String) -> (stem: String, language: String?)? {
        guard file.hasSuffix("." + ext) else { return nil }
        let withoutExt = String(file.dropLast(ext.count + 1))
        if let dot = withoutExt.lastIndex(of: ".") {
            let code = String(withoutExt[withoutExt.index(after: dot)...])
            if !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isLowercase || $0 == "-" }) {
                return (String(withoutExt[..<dot]), code)
            }
        }
        return (withoutExt, nil)
    }

    static func localized(in texts: [String: SourceText], folder: String, stem: String, ext: String) -> LocalizedSource? {
        guard let base = texts[folder + stem + "." + ext] else { return nil }
        var translations: [String: SourceText] = [:]
        for (path, text) in texts where path.hasPrefix(folder) {
            let file = String(path.dropFirst(folder.count))
            guard !file.contains("/"), let split = splitName(file, ext: ext), split.stem == stem,
                  let code = split.language else { continue }
            translations[code] = text
        }
        return LocalizedSource(stem: stem, base: base, translations: translations)
    }

    /// One pass over the folder's files, grouped by stem (calling `localized`
    /// per stem scanned every file per stem: quadratic in the number of files).
    static func collection(in texts: [String: SourceText], folder: String) -> [LocalizedSource] {
        var bases: [String: SourceText] = [:]
        var translations: [String: [String: SourceText]] = [:]
        for (path, text) in texts where path.hasPrefix(folder) {
            let file = String(path.dropFirst(folder.count))
            guard !file.contains("/"), let split = splitName(file, ext: "md") else { continue }
            if let code = split.language {
                translations[split.stem, default: [:]][code] = text
            } else {
                bases[split.stem] = text
            }
        }
        return bases.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { stem in
            LocalizedSource(stem: stem, base: bases[stem]!, translations: translations[stem] ?? [:])
        }
    }

    /// Translation files (`X.easy.md`) whose base file `X.md` does not exist.
    static func orphanTranslations(in texts: [String: SourceText]) -> [SourceText] {
        texts.keys.sorted().compactMap { path in
            let parts = path.split(separator: "/")
            let folder = parts.count == 2 ? parts[0] + "/" : ""
            let file = String(parts.last ?? "")
            let ext = file.hasSuffix(".md") ? "md" : "yaml"
            guard let split = splitName(file, ext: ext), split.language != nil else { return nil }
            return texts[folder + split.stem + "." + ext] == nil ? texts[path] : nil
        }
    }
}
