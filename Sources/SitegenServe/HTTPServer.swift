#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// A minimal HTTP/1.1 server on POSIX sockets, bound to 127.0.0.1 unless told otherwise
/// (`ListenAddress`, `sitegen serve --host`): one
/// accept thread, one short-lived thread per connection, `Connection: close`.
/// GET and HEAD only. The routing is a closure so the preview logic stays testable.
///
/// It keeps serving under a storm of connections: accept errors (out of file
/// descriptors, aborted connections…) are waited out, never fatal; a client must
/// send its whole request head within `Limits.requestTimeout` or is closed; at most
/// `Limits.maxConnections` are served at once, later ones get a quick 503.
/// Requests whose `Host` is not this server's address get 421 (`ListenAddress.allows`), so a
/// web page elsewhere cannot read the preview through a rebound DNS name.
// Unchecked Sendable, safe because the listening socket and limits are set once in `init`; `stopped`
// and the connection count are read and written only under `lock`; each connection's socket belongs to its own thread.
package final class HTTPServer: @unchecked Sendable {
    package struct Response: Sendable {
        package var status: Int
        package var contentType: String
        package var body: Data
        package var extraHeaders: [(String, String)]

        package init(status: Int, contentType: String, body: Data, extraHeaders: [(String, String)] = []) {
            self.status = status
            self.contentType = contentType
            self.body = body
            self.extraHeaders = extraHeaders
        }
    }

    package struct Limits: Sendable {
        /// Connections served at once; more are answered 503 and closed at once.
        package var maxConnections: Int
        /// Seconds a client has, from its connection, to send the request head.
        package var requestTimeout: Double
        /// Seconds a client has to take the response.
        package var sendTimeout: Double

        package init(maxConnections: Int, requestTimeout: Double = 5, sendTimeout: Double = 30) {
            self.maxConnections = max(1, maxConnections)
            self.requestTimeout = requestTimeout
            self.sendTimeout = sendTimeout
        }

        /// 256 connections, or fewer when the process may open few files (half of the
        /// soft RLIMIT_NOFILE, less some for pages and the watcher: 112 under macOS's
        /// default 256). `SITEGEN_SERVE_MAX_CONNECTIONS` overrides it.
        package static var standard: Limits {
            if let text = ProcessInfo.processInfo.environment["SITEGEN_SERVE_MAX_CONNECTIONS"], let n = Int(text), n > 0 {
                return Limits(maxConnections: n)
            }
            var limit = rlimit()
            #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            #else
            let resource = RLIMIT_NOFILE
            #endif
            guard getrlimit(resource, &limit) == 0 else { return Limits(maxConnections: 256) }
            let files = Int(min(limit.rlim_cur, 1 << 20))
            return Limits(maxConnections: min(256, max(4, files / 2 - 16)))
        }
    }

    package enum StartError: Error, CustomStringConvertible {
        case socket(String)
        package var description: String { switch self { case .socket(let m): return m } }
    }

    package let port: UInt16
    package let address: ListenAddress
    package let limits: Limits
    private let listener: Int32
    private let handler: @Sendable (HTTPRequest) -> Response
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var active = 0

    /// Binds and listens on `address`:`port` (0 picks a free port; read `port` afterwards).
    /// Connections wait in the kernel's queue until `start()`.
    package init(port: UInt16, address listenAddress: ListenAddress = .loopback, limits: Limits = .standard,
                log: @escaping @Sendable (String) -> Void = { _ in },
                handler: @escaping @Sendable (HTTPRequest) -> Response) throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError.socket("ソケットを作れません: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = listenAddress.networkOrder
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let code = errno
            close(fd)
            if code == EADDRINUSE {
                throw StartError.socket("ポート \(port) はほかのプログラムが使っています(\(listenAddress):\(port))。"
                    + "--port で別の番号を指定してください(--port 0 なら空いている番号を使います)。")
            }
            if code == EADDRNOTAVAIL {
                throw StartError.socket("\(listenAddress) はこのパソコンのアドレスではありません。"
                    + "--host には、このパソコンのアドレスか 0.0.0.0(すべてのネットワーク)を指定してください。")
            }
            throw StartError.socket("\(listenAddress):\(port) で待ち受けられません: \(String(cString: strerror(code)))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = fd
        self.address = listenAddress
        self.limits = limits
        self.log = log
        self.handler = handler
    }

    /// Starts accepting on a background thread.
    package func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "sitegen-http-accept"
        thread.start()
    }

    package func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Connections being served now.
    package var activeConnections: Int { lock.withLock { active } }

    /// Whether a request with this `Host` header (nil: none) is answered by a loopback server.
    static func isAllowed(host: String?, port: UInt16) -> Bool {
        ListenAddress.loopback.allows(host: host, port: port)
    }

    private func acceptLoop() {
        let clock = ContinuousClock()
        var backoff = Duration.milliseconds(5)
        var lastReport: ContinuousClock.Instant?
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                let code = errno
                if isStopped { return }
                if code == EINTR || code == ECONNABORTED { continue }
                // Out of file descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM), a
                // refused or broken handshake (EPROTO, EPERM…): the listener still works.
                // Wait a little, longer each time (up to 0.2 s), and accept again.
                if lastReport.map({ clock.now - $0 > .seconds(10) }) ?? true {
                    lastReport = clock.now
                    log("sitegen: 接続を受け付けられません(\(String(cString: strerror(code))))。少し待って受け付けを続けます。")
                }
                Thread.sleep(forTimeInterval: Double(backoff / .microseconds(1)) / 1_000_000)
                backoff = min(backoff * 2, .milliseconds(200))
                continue
            }
            backoff = .milliseconds(5)
            #if canImport(Darwin)
            var yes: Int32 = 1
            setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
            #endif
            let admitted = lock.withLock {
                guard active < limits.maxConnections else { return false }
                active += 1
                return true
            }
            guard admitted else {
                refuse(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                lock.withLock { active -= 1 }
            }
            thread.start()
        }
    }

    /// Too many connections: answers 503 without waiting for the request (what has
    /// already arrived is read, so the answer is not lost to a reset) and closes.
    private func refuse(_ client: Int32) {
        _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var reads = 0
        while reads < 4, recv(client, &buffer, buffer.count, 0) > 0 { reads += 1 }
        let body = Data("503 Service Unavailable\n接続が多すぎます。少し待ってから、もう一度開いてください。\n".utf8)
        let response = Self.encode(Response(status: 503, contentType: "text/plain; charset=utf-8", body: body,
                                            extraHeaders: [("Retry-After", "1")]), head: false)
        response.withUnsafeBytes { raw in _ = send(client, raw.baseAddress!, raw.count, Self.sendFlags) }
        shutdown(client, Int32(SHUT_WR))
        close(client)
    }

    #if canImport(Glibc)
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    static let sendFlags: Int32 = 0
    #endif

    /// Waits until `client` can be read (or written) or the deadline passes.
    private static func wait(_ client: Int32, for events: Int16, until deadline: ContinuousClock.Instant) -> Bool {
        let clock = ContinuousClock()
        while true {
            let left = deadline - clock.now
            guard left > .zero else { return false }
            var entry = pollfd(fd: client, events: events, revents: 0)
            let milliseconds = Int32(min(max(left / .milliseconds(1), 1), 60_000))
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return false }
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        let clock = ContinuousClock()
        // The whole request head (GET/HEAD have no body), capped at 16 KB, must arrive in time.
        let deadline = clock.now + .milliseconds(Int64(limits.requestTimeout * 1000))
        var head = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while head.count < 16_384 {
            guard Self.wait(client, for: Int16(POLLIN), until: deadline) else { return }
            let n = recv(client, &buffer, buffer.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            head.append(contentsOf: buffer[0..<n])
            if head.count >= 4, head.suffix(from: max(0, head.count - n - 3)).windowContains([13, 10, 13, 10]) { break }
        }
        let text = String(decoding: head, as: UTF8.self)
        let response: Response
        var isHead = false
        if let request = HTTPRequest.parse(text) {
            if !address.allows(host: request.host, port: port) {
                response = misdirected()
            } else {
                switch request.method {
                case "GET": response = handler(request)
                case "HEAD": response = handler(request); isHead = true
                default: response = Response(status: 405, contentType: "text/plain; charset=utf-8", body: Data("405 Method Not Allowed\n".utf8),
                                             extraHeaders: [("Allow", "GET, HEAD")])
                }
            }
        } else {
            response = Response(status: 400, contentType: "text/plain; charset=utf-8", body: Data("400 Bad Request\n".utf8))
        }
        let out = Self.encode(response, head: isHead)
        let sendDeadline = clock.now + .milliseconds(Int64(limits.sendTimeout * 1000))
        _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
        out.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(client, raw.baseAddress! + offset, raw.count - offset, Self.sendFlags)
                if sent > 0 { offset += sent; continue }
                if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR),
                   Self.wait(client, for: Int16(POLLOUT), until: sendDeadline) { continue }
                return
            }
        }
    }

    /// 421 for a request whose `Host` is not this server's address: it may come from a
    /// web page whose own name was made to point at this computer (DNS rebinding).
    private func misdirected() -> Response {
        let named = address == ListenAddress.loopback || address.isEveryInterface
            ? "http://127.0.0.1:\(port)/ か http://localhost:\(port)/" : "http://\(address):\(port)/"
        let opened = address.isEveryInterface ? "このパソコンの IP アドレス(http://IPアドレス:\(port)/)か、" : ""
        let body = "421 Misdirected Request\n"
            + "このプレビューは \(opened)\(named) で開いてください。"
            + "ほかの名前(Host)で届いたリクエストには答えません。\n"
        return Response(status: 421, contentType: "text/plain; charset=utf-8", body: Data(body.utf8))
    }

    static func encode(_ response: Response, head: Bool) -> Data {
        var headers = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        headers += "Content-Type: \(response.contentType)\r\nContent-Length: \(response.body.count)\r\n"
        headers += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        for (name, value) in response.extraHeaders { headers += "\(name): \(value)\r\n" }
        headers += "\r\n"
        var out = Data(headers.utf8)
        if !head { out.append(response.body) }
        return out
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 421: return "Misdirected Request"
        case 503: return "Service Unavailable"
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
