import SitegenSupport
import SitegenModel

extension BaseURL {
    /// The root used when neither `report.base_url` nor `--base-url` names the real one:
    /// a build for looking at on this computer (the same as `sitegen serve`). A release
    /// build refuses it (E053), so it never reaches citizens.
    package static let localPreview = "http://127.0.0.1:8000/"

    /// Whether the URL's host is one of the names reserved for examples (RFC 2606, RFC 6761:
    /// `example.com`, `example.net`, `example.org`, `*.example`) or the Japanese
    /// `example.jp` family, which documentation uses for a host that does not exist yet.
    package static func isExample(_ url: String) -> Bool {
        guard let host = host(of: url) else { return false }
        let labels = host.split(separator: ".")
        if labels.last == "example" { return true }
        return labels.dropLast().contains("example")
            && ["com", "net", "org", "jp"].contains(labels.last.map(String.init) ?? "")
    }

    /// The host name in lower case, without port.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" }
        let host = authority.hasPrefix("[") ? authority : authority.split(separator: ":").first ?? authority
        return host.isEmpty ? nil : host.lowercased()
    }
}
