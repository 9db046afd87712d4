import Foundation
import SitegenSupport

/// `sitegen build --file-links`: a review copy to open from a folder (file://), e.g. on a
/// shared drive of a closed network. Pages link to folders (`../kpis/`), which a web server
/// answers with their index.html but a browser opening files shows as a folder listing; here
/// every relative link to a folder names its `index.html` instead. Only `href="…"` values
/// change (the pages and charts write every link that way); nothing else does, and a build
/// without the option never passes through here.
package enum FileBrowsingLinks {
    /// The files, with the links of pages and charts pointed at index files.
    package static func apply(_ files: [OutputFile]) -> [OutputFile] {
        files.map { file in
            guard file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") else { return file }
            guard case .text(let markup) = file.contents else {
                return OutputFile(path: file.path, text: rewrite(String(decoding: file.data, as: UTF8.self)))
            }
            return OutputFile(path: file.path, text: rewrite(markup))  // pages and charts are made as text: no copy
        }
    }

    /// `markup` with each `href="…/"` (relative, to a folder) written `href="…/index.html"`.
    static func rewrite(_ markup: String) -> String {
        var result = ""
        result.reserveCapacity(markup.utf8.count + markup.utf8.count / 16)
        var rest = markup[...]
        while let opening = rest.range(of: "href=\"") {
            result += rest[..<opening.upperBound]
            rest = rest[opening.upperBound...]
            guard let closing = rest.firstIndex(of: "\"") else { break }
            result += indexLink(rest[..<closing])
            rest = rest[closing...]
        }
        result += rest
        return result
    }

    /// `../kpis/#top` → `../kpis/index.html#top`; `./` → `./index.html`. Absolute URLs (a scheme,
    /// `/…`, `//…`), fragments alone and links to files are returned as they are.
    static func indexLink(_ url: Substring) -> String {
        let suffixStart = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = url[..<suffixStart]
        guard path.hasSuffix("/"), !path.hasPrefix("/") else { return String(url) }
        // A colon before the first slash is a scheme (https:, mailto:), never a relative path here.
        if let colon = path.firstIndex(of: ":"), colon < (path.firstIndex(of: "/") ?? path.endIndex) { return String(url) }
        return String(path) + "index.html" + url[suffixStart...]
    }
}
