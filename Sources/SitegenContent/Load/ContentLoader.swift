import Foundation
import Synchronization
import SitegenSupport
import SitegenModel

/// A text file of the content with its translations (`X.easy.md` beside `X.md`).
package struct LocalizedSource: Sendable, Hashable {
    /// File name without language suffix and extension (`01-online-procedures`).
    package let stem: String
    package let base: SourceText
    /// Translations by language code, e.g. `["easy": …]`.
    package let translations: [String: SourceText]
}

/// Everything read from `content/`, decoded to text but not yet interpreted.
package struct LoadedContent: Sendable {
    package let contentPath: String
    package let site: LocalizedSource?
    package let initiatives: [LocalizedSource]
    package let pages: [LocalizedSource]
    package let glossary: LocalizedSource?
    package let furigana: SourceText?
    /// Translations without a base file: reported, never silently dropped.
    package let orphanTranslations: [SourceText]
}

/// Stage 1: read the content folder through `FileIO`. Reports unreadable files,
/// bad encodings and stray files; never follows symlinks.
package enum ContentLoader {
    /// - Parameter cache: kept by `sitegen serve`; unchanged files are neither read nor decoded again.
    package static func load(contentPath: String, io: FileIO, cache: ContentCache? = nil) -> (LoadedContent, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let root = FileIO.folder(contentPath)
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
        texts.reserveCapacity(entries.count)
        var unusable: Set<String> = [] // content files reported as unreadable or not UTF-8
        var readable: [String] = [] // the content files read, in the walk's order
        for entry in entries {
            let display = root + "/" + entry.relative
            if Self.isHidden(entry.relative) { continue } // editor and OS files
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
            guard let decoded = source(display, io: io, cache: cache) else {
                diagnostics.error(.unreadableFile, "ファイル「\(display)」を読めません。", at: SourceLocation(path: display),
                                  hint: "ファイルの読み取り権限を確認してください。")
                unusable.insert(entry.relative)
                continue
            }
            switch decoded {
            case .success(let source):
                texts[entry.relative] = source.text
                readable.append(entry.relative)
                diagnostics.append(contentsOf: source.warnings)
            case .failure(let d):
                diagnostics.report(d)
                unusable.insert(entry.relative)
            }
        }

        let groups = cache.map { $0.layout.groups(readable: readable, unusable: unusable).with(texts) } ?? SourceGroups(texts, unusable: unusable)
        let content = LoadedContent(
            contentPath: root,
            site: groups.localized(folder: "", stem: "site"),
            initiatives: groups.collection(folder: "initiatives/"),
            pages: groups.collection(folder: "pages/"),
            glossary: groups.localized(folder: "", stem: "glossary"),
            furigana: texts["furigana.yaml"],
            orphanTranslations: groups.orphanTranslations
        )
        if content.site == nil && !texts.keys.contains(where: { $0.hasPrefix("site.") }) {
            diagnostics.error(.missingContent, "「\(root)/site.yaml」がありません。", at: SourceLocation(path: root + "/site.yaml"),
                              hint: "報告書全体の設定ファイル site.yaml を作ってください(README の例を参照)。")
        }
        return (content, diagnostics.sorted)
    }

    /// One content file read and decoded (nil: unreadable); from the cache while its
    /// signature, then its bytes, are unchanged. `path` is as diagnostics show it.
    static func source(_ path: String, io: FileIO, cache: ContentCache?) -> Result<DecodedSource, Diagnostic>? {
        guard let cache else { return (try? io.read(path)).map { decode($0, path: path) } }
        func decoded(_ data: Data?) -> Result<DecodedSource, Diagnostic>? {
            data.map { data in cache.texts.value(path, for: data) { decode(data, path: path) } }
        }
        guard let signature = io.signature(path) else { return decoded(try? io.read(path)) }
        // An unchanged signature: the decoded text at once (one lookup, no bytes compared).
        if let known = cache.sources.cached(path, for: signature) { return known }
        return cache.sources.value(path, for: signature) {
            decoded(cache.bytes.value(path, for: signature) { try? io.read(path) })
        }
    }

    /// UTF-8 text without bidirectional controls, or why the bytes are not usable.
    static func decode(_ data: Data, path: String) -> Result<DecodedSource, Diagnostic> {
        SourceDecoder.decode(data, path: path).map { text in
            let (clean, warnings) = BidiControls.strip(text)
            return DecodedSource(text: clean, warnings: warnings)
        }
    }

    /// Whether a walked path (`FileIO.walk`: names joined by single slashes) is a content file.
    /// (String tests only: on substrings they are generic, and this runs for every file of every build.)
    static func isContentFile(_ relative: String) -> Bool {
        let slash = UInt8(ascii: "/")
        guard let first = relative.utf8.firstIndex(of: slash) else {
            return relative.hasSuffix(".yaml") && (relative.hasPrefix("site.") || relative.hasPrefix("glossary.") || relative == "furigana.yaml")
        }
        return first == relative.utf8.lastIndex(of: slash) && (relative.hasPrefix("initiatives/") || relative.hasPrefix("pages/"))
            && relative.hasSuffix(".md")
    }

    /// Whether the last name of a walked path is an editor's or the system's (`.name`, `name~`).
    /// Looked at as bytes first: only a name whose first byte is "." or last is "~" can be.
    static func isHidden(_ relative: String) -> Bool {
        let start = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { relative.utf8.index(after: $0) } ?? relative.utf8.startIndex
        guard (start < relative.utf8.endIndex && relative.utf8[start] == UInt8(ascii: ".")) || relative.utf8.last == UInt8(ascii: "~")
        else { return false }
        let name = String(relative[start...])
        return name.hasPrefix(".") || name.hasSuffix("~")
    }

    /// Splits `name.easy.md` into (`name`, `easy`); `name.md` into (`name`, nil).
    package static func splitName(_ file: String, ext: String) -> (stem: String, language: String?)? {
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

}

/// The content files grouped in one pass by folder and stem: `X.md` with its
/// translations `X.easy.md`. (Looking translations up per file scanned every
/// file per file: quadratic in the number of initiatives.) The grouping depends on
/// the names alone, so `sitegen serve` keeps it while they are unchanged
/// (`ContentLayout`) and gives it each build's texts (`with`).
struct SourceGroups: Sendable {
    private struct Group: Sendable {
        /// Relative paths of the files (their texts are in `texts`).
        var base: String?
        /// The base file exists but could not be read or decoded (already reported).
        var baseUnusable = false
        var translations: [String: String] = [:]
    }
    /// Keyed by folder + stem (`initiatives/01-online-procedures`), in byte order of the paths.
    private var groups: [String: Group] = [:]
    private var order: [(folder: String, stem: String)] = []
    /// Each folder's stems in byte order.
    private var stems: [String: [String]] = [:]
    private var texts: [String: SourceText] = [:]

    /// - Parameter unusable: content files that could not be read or decoded. Their
    ///   translations are not orphans: the base file is there, its error already reported.
    init(_ texts: [String: SourceText], unusable: Set<String> = []) {
        self.init(paths: Array(texts.keys), unusable: unusable)
        self.texts = texts
    }

    /// The grouping of these content files (relative paths), without texts yet.
    init(paths: [String], unusable: Set<String>) {
        for path in paths.sorted(by: { $0.precedesInByteOrder($1) }) {
            guard let (folder, split) = Self.place(path) else { continue }
            let key = folder + split.stem
            if groups[key] == nil { order.append((folder, split.stem)) }
            if let code = split.language {
                groups[key, default: Group()].translations[code] = path
            } else {
                groups[key, default: Group()].base = path
            }
        }
        for path in unusable {
            guard let (folder, split) = Self.place(path), split.language == nil else { continue }
            groups[folder + split.stem]?.baseUnusable = true
        }
        for (folder, stem) in order where groups[folder + stem]?.base != nil { stems[folder, default: []].append(stem) }
        for folder in stems.keys { stems[folder]?.sort { $0.precedesInByteOrder($1) } }
    }

    /// The same grouping with these texts (by relative path).
    func with(_ texts: [String: SourceText]) -> SourceGroups {
        var groups = self
        groups.texts = texts
        return groups
    }

    /// The folder (`initiatives/`, "" at the top) and the split file name of a content path.
    private static func place(_ path: String) -> (folder: String, split: (stem: String, language: String?))? {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[...$0]) } ?? ""
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return ContentLoader.splitName(file, ext: folder.isEmpty ? "yaml" : "md").map { (folder, $0) }
    }

    func localized(folder: String, stem: String) -> LocalizedSource? {
        guard let group = groups[folder + stem], let base = group.base.flatMap({ texts[$0] }) else { return nil }
        return LocalizedSource(stem: stem, base: base, translations: group.translations.compactMapValues { texts[$0] })
    }

    /// Every base file of a folder with its translations, by stem in byte order.
    func collection(folder: String) -> [LocalizedSource] {
        (stems[folder] ?? []).compactMap { localized(folder: folder, stem: $0) }
    }

    /// Translation files (`X.easy.md`) whose base file `X.md` does not exist, by path.
    var orphanTranslations: [SourceText] {
        order.compactMap { groups[$0.folder + $0.stem] }.filter { $0.base == nil && !$0.baseUnusable }
            .flatMap { $0.translations.values.compactMap { texts[$0] } }
            .sorted { $0.path.precedesInByteOrder($1.path) }
    }
}

/// The grouping of the content files from the previous build of `sitegen serve`, kept
/// while the same files are read (and the same ones could not be).
package final class ContentLayout: Sendable {
    private struct Kept: Sendable {
        let readable: [String]
        let unusable: Set<String>
        let groups: SourceGroups
    }

    private let kept = Mutex<Kept?>(nil)

    func groups(readable: [String], unusable: Set<String>) -> SourceGroups {
        if let kept = kept.withLock({ $0 }), kept.readable == readable, kept.unusable == unusable { return kept.groups }
        let groups = SourceGroups(paths: readable, unusable: unusable)
        kept.withLock { $0 = Kept(readable: readable, unusable: unusable, groups: groups) }
        return groups
    }
}
