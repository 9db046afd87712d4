import Foundation

extension HTTPServer.Response {
    /// 301 to `path` (percent-decoded, as in `HTTPRequest.path`), keeping `query` when it is
    /// plain visible ASCII. The path is encoded again and a query with anything else is dropped,
    /// so no request can put a line break (a header of its own) into `Location`.
    static func redirect(to path: String, query: String) -> HTTPServer.Response {
        let encodedPath = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"
        let keepsQuery = !query.isEmpty && query.utf8.allSatisfy { (0x21...0x7E).contains($0) }
        let location = keepsQuery ? encodedPath + "?" + query : encodedPath
        let body = "301 Moved Permanently\n\(location)\n"
        return HTTPServer.Response(status: 301, contentType: "text/plain; charset=utf-8", body: Data(body.utf8),
                                   extraHeaders: [("Location", location)])
    }
}
