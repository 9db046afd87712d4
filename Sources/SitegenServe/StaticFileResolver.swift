import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// Maps a request path to a file below the served folder, refusing anything
/// that could leave it (`..`, hidden segments, backslashes, absolute tricks).
package enum StaticFileResolver {
    /// The relative file path to serve for `path`, or nil when the path is unsafe.
    /// Folders resolve to their `index.html`.
    package static func relativePath(for path: String) -> String? {
        guard path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments where segment == ".." || segment == "." || segment.hasPrefix(".") {
            return nil
        }
        let joined = segments.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return path.hasSuffix("/") ? joined + "/index.html" : joined
    }

    /// Content-Type by file extension.
    package static func contentType(for path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "json": return "application/json"
        case "jsonld": return "application/ld+json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "ico": return "image/x-icon"
        case "webmanifest": return "application/manifest+json"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
