#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal HTTP/1.1 server on POSIX sockets, bound to 127.0.0.1 only: one
/// accept thread, one short-lived thread per connection, `Connection: close`.
/// GET and HEAD only. The routing is a closure so the preview logic stays testable.
public final class HTTPServer: @unchecked Sendable {
    public struct Response: Sendable {
        public var status: Int
        public var contentType: String
        public var body: Data
        public var extraHeaders: [(String, String)]

        public init(status: Int, contentType: String, body: Data, extraHeaders: [(String, String)] = []) {
            self.status = status
            self.contentType = contentType
            self.body = body
            self.extraHeaders = extraHeaders
        }
    }

    public enum StartError: Error, CustomStringConvertible {
        case socket(String)
        public var description: String { switch self { case .socket(let m): return m } }
    }

    public let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (HTTPRequest) -> Response
    private let lock = NSLock()
    private var stopped = false

    /// Binds 127.0.0.1:`port` (0 picks a free port; read `port` afterwards).
    public init(port: UInt16, handler: @escaping @Sendable (HTTPRequest) -> Response) throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError.socket("socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw StartError.socket("127.0.0.1:\(port) を開けません: \(message)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = fd
        self.handler = handler
    }

    /// Starts accepting on a background thread.
    public func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "sitegen-http-accept"
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // Read the request head only (GET/HEAD have no body); cap it at 16 KB.
        var head = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while head.count < 16_384 {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            head.append(contentsOf: buffer[0..<n])
            if head.count >= 4, head.suffix(from: max(0, head.count - n - 3)).windowContains([13, 10, 13, 10]) { break }
        }
        let text = String(decoding: head, as: UTF8.self)
        let response: Response
        var isHead = false
        if let request = HTTPRequest.parse(text) {
            switch request.method {
            case "GET": response = handler(request)
            case "HEAD": response = handler(request); isHead = true
            default: response = Response(status: 405, contentType: "text/plain; charset=utf-8", body: Data("405 Method Not Allowed\n".utf8),
                                         extraHeaders: [("Allow", "GET, HEAD")])
            }
        } else {
            response = Response(status: 400, contentType: "text/plain; charset=utf-8", body: Data("400 Bad Request\n".utf8))
        }
        var headers = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        headers += "Content-Type: \(response.contentType)\r\nContent-Length: \(response.body.count)\r\n"
        headers += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        for (name, value) in response.extraHeaders { headers += "\(name): \(value)\r\n" }
        headers += "\r\n"
        var out = Data(headers.utf8)
        if !isHead { out.append(response.body) }
        out.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Error"
        }
    }
}

extension ArraySlice where Element == UInt8 {
    func windowContains(_ pattern: [UInt8]) -> Bool {
        guard count >= pattern.count else { return false }
        var i = startIndex
        while i + pattern.count <= endIndex {
            if self[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
