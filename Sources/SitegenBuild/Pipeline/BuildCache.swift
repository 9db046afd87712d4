import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// What `sitegen serve` keeps from one build to the next, so that a rebuild
/// after an edit reads, decodes, validates and renders only what changed:
/// the content stages' cache, the compiled theme, the initiative pages and the
/// MeCab dictionary. Every entry is keyed by its inputs, so a hit is exactly
/// what a fresh build would compute.
package final class BuildCache: Sendable {
    /// Read, decoded and validated files (see `ContentCache`).
    package let content = ContentCache()

    /// The compiled theme, valid while no file under the theme folder changed.
    let themes = InputMemo<String, [FileVersion], ThemeResult>()

    /// Initiative pages and their charts from the previous build (see `PageMemo`).
    let pages = PageMemo()

    private let annotator = Mutex<(overrides: [FuriganaOverride], annotator: FuriganaAnnotator)?>(nil)

    package init() {}

    /// The furigana annotator for these overrides; MeCab's dictionary is opened once per session.
    func annotator(for overrides: [FuriganaOverride]) throws -> FuriganaAnnotator {
        if let cached = annotator.withLock({ $0 }), cached.overrides == overrides { return cached.annotator }
        let made = try FuriganaAnnotator(overrides: overrides)
        annotator.withLock { $0 = (overrides, made) }
        return made
    }
}

extension BuildCache {
    /// The theme as `SiteTheme.load` gives it, compiled again only when one of its files changed,
    /// with the versions of its files (nil where the file system cannot tell them).
    func theme(name: String, themesRoot: String, io: FileIO)
        -> (theme: SiteTheme?, diagnostics: [Diagnostic], versions: [FileVersion]?) {
        func load() -> ThemeResult {
            let (theme, diagnostics) = SiteTheme.load(name: name, themesRoot: themesRoot, fileIO: io)
            return ThemeResult(theme: theme, diagnostics: diagnostics)
        }
        let root = themesRoot.isEmpty ? name : themesRoot + "/" + name
        var versions: [FileVersion] = []
        for file in (try? io.walk(root)) ?? [] {
            guard let signature = io.signature(root + "/" + file.relative) else { versions = []; break }
            versions.append(FileVersion(path: file.relative, signature: signature))
        }
        guard !versions.isEmpty else {
            let loaded = load()
            return (loaded.theme, loaded.diagnostics, nil)
        }
        let result = themes.value(root, for: versions, compute: load)
        return (result.theme, result.diagnostics, versions)
    }
}

struct ThemeResult: Sendable {
    let theme: SiteTheme?
    let diagnostics: [Diagnostic]
}
