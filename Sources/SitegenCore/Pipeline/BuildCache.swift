import Foundation

/// What `sitegen serve` keeps from one build to the next, so that a rebuild
/// after an edit reads, decodes and validates only the files that changed.
/// Every entry is keyed by its inputs (file signature, bytes, source text,
/// references), so a hit is exactly what a fresh build would compute.
public final class BuildCache: @unchecked Sendable {
    /// File bytes by path, valid while the file's signature is unchanged.
    let bytes = InputMemo<FileSignature, Result<Data, CacheableError>>()
    /// Decoded text (or the decoding diagnostic) by path, valid while the bytes are equal.
    let texts = InputMemo<Data, Result<DecodedSource, Diagnostic>>()
    /// Decoded initiatives by path, valid while the text and the references are equal.
    let initiatives = InputMemo<InitiativeInput, DecodedInitiative>()
    /// Translated initiatives by translation path.
    let overlays = InputMemo<OverlayInput, DecodedInitiative>()

    /// The compiled theme, valid while no file under the theme folder changed.
    let themes = InputMemo<[FileVersion], ThemeResult>()

    /// Initiative pages and their charts from the previous build (see `PageMemo`).
    let pages = PageMemo()

    private let lock = NSLock()
    /// The theme files the last `theme(…)` call saw; nil when their versions are unknown.
    private var currentThemeVersions: [FileVersion]?
    var themeVersions: [FileVersion]? { lock.withLock { currentThemeVersions } }
    private var annotator: (overrides: [FuriganaOverride], annotator: FuriganaAnnotator)?

    public init() {}

    /// The furigana annotator for these overrides; MeCab's dictionary is opened once per session.
    func annotator(for overrides: [FuriganaOverride]) throws -> FuriganaAnnotator {
        if let cached = lock.withLock({ annotator }), cached.overrides == overrides { return cached.annotator }
        let made = try FuriganaAnnotator(overrides: overrides)
        lock.withLock { annotator = (overrides, made) }
        return made
    }
}

extension BuildCache {
    /// The theme as `SiteTheme.load` gives it, compiled again only when one of its files changed.
    func theme(name: String, themesRoot: String, io: FileIO) -> (theme: SiteTheme?, diagnostics: [Diagnostic]) {
        func load() -> ThemeResult {
            let (theme, diagnostics) = SiteTheme.load(name: name, themesRoot: themesRoot, fileIO: io)
            return ThemeResult(theme: theme, diagnostics: diagnostics)
        }
        let root = themesRoot.isEmpty ? name : themesRoot + "/" + name
        lock.withLock { currentThemeVersions = nil }
        guard let files = try? io.walk(root) else { return load().pair }
        var versions: [FileVersion] = []
        for file in files {
            guard let signature = io.signature(root + "/" + file.relative) else { return load().pair }
            versions.append(FileVersion(path: file.relative, signature: signature))
        }
        lock.withLock { currentThemeVersions = versions }
        return themes.value(root, for: versions, compute: load).pair
    }
}

struct FileVersion: Sendable, Equatable {
    let path: String
    let signature: FileSignature
}

struct ThemeResult: Sendable {
    let theme: SiteTheme?
    let diagnostics: [Diagnostic]
    var pair: (theme: SiteTheme?, diagnostics: [Diagnostic]) { (theme, diagnostics) }
}

/// A read error, kept so an unreadable file is reported again without retrying every build.
struct CacheableError: Error, Sendable {}

struct DecodedSource: Sendable {
    let text: SourceText
    let warnings: [Diagnostic]
}

struct DecodedInitiative: Sendable {
    let initiative: Initiative?
    let diagnostics: [Diagnostic]
}

struct InitiativeInput: Sendable, Equatable {
    let source: SourceText
    let references: ReferenceContext
}

struct OverlayInput: Sendable, Equatable {
    let base: SourceText
    let translation: SourceText
    let references: ReferenceContext
}
