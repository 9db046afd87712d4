import SitegenSupport
import SitegenModel
import SitegenContent

/// Absolute URLs of published files, for the places that need them: canonical
/// links, the sitemap, the feeds, Open Graph and JSON-LD. Pages themselves link
/// relatively (SitePaths.relativeURL).
enum PublicURL {
    /// The URL of a language-relative path under `baseURL`; `…/index.html` in folder form.
    static func page(_ path: String, in language: Language, baseURL: String) -> String {
        file(SitePaths.localized(path, language), baseURL: baseURL)
    }

    /// The URL of an output-relative file; `…/index.html` in folder form.
    static func file(_ outputPath: String, baseURL: String) -> String {
        var full = outputPath
        if full == "index.html" { full = "" } else if full.hasSuffix("/index.html") { full.removeLast("index.html".count) }
        return baseURL + full
    }

    /// The host of the base URL (`meguro-dx.example.jp`), for `tag:` ids.
    static func host(_ baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? "localhost" : String(host).lowercased()
    }
}
