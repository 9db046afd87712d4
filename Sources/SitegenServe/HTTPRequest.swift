import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// The parts of an HTTP/1.1 request head the preview server needs: the request line and `Host`.
package struct HTTPRequest: Sendable, Equatable {
    package let method: String
    /// Percent-decoded path without the query (`/easy/index.html`).
    package let path: String
    /// Raw query string after `?` (may be empty).
    package let query: String
    /// The `Host` header's value, trimmed; nil when the request has none.
    package var host: String?

    /// Parses the head of a request (`GET /a%20b?x=1 HTTP/1.1\r\nHost: …`). nil for anything
    /// malformed, and for more than one `Host` header.
    package static func parse(_ head: String) -> HTTPRequest? {
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let line = lines.first else { return nil }
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/") else { return nil }
        let target = parts[1]
        let pathPart: Substring, query: Substring
        if let q = target.firstIndex(of: "?") {
            pathPart = target[..<q]
            query = target[target.index(after: q)...]
        } else {
            pathPart = target
            query = ""
        }
        guard let decoded = percentDecoded(pathPart) else { return nil }
        var host: String?
        for header in lines.dropFirst() {
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":") else { continue }
            guard header[..<colon].lowercased() == "host" else { continue }
            if host != nil { return nil }
            var value = header[header.index(after: colon)...]
            while let c = value.first, c == " " || c == "\t" { value.removeFirst() }
            while let c = value.last, c == " " || c == "\t" { value.removeLast() }
            host = String(value)
        }
        return HTTPRequest(method: String(parts[0]), path: decoded, query: String(query), host: host)
    }

    /// nil for malformed escapes, NUL bytes or invalid UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The value of `name` in the query (`since=3`), if present.
    package func queryValue(_ name: String) -> String? {
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if kv.first.map(String.init) == name { return kv.count > 1 ? String(kv[1]) : "" }
        }
        return nil
    }
}
