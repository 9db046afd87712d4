#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A raw HTTP/1.1 GET to 127.0.0.1 (or another loopback address) for tests (no URLSession, no proxies).
enum LoopbackHTTP {
    struct Response {
        let status: Int
        let headers: String
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// The `Host` header to send: the server's own address (`127.0.0.1:PORT`), none, or this text.
    enum Host {
        case loopback, none, value(String)
    }

    /// nil when the connection fails, or no whole response head arrives within `timeout` seconds.
    static func get(port: UInt16, _ path: String, method: String = "GET", host: Host = .loopback,
                    timeout: Double = 5, address: String = "127.0.0.1") -> Response? {
        guard let fd = connection(port: port, timeout: timeout, address: address) else { return nil }
        defer { close(fd) }
        var receiveTimeout = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, socklen_t(MemoryLayout<timeval>.size))
        var hostLine = ""
        switch host {
        case .loopback: hostLine = "Host: \(address):\(port)\r\n"
        case .none: break
        case .value(let text): hostLine = "Host: \(text)\r\n"
        }
        let request = Array("\(method) \(path) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self)
        let parts = head.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        return Response(status: status, headers: head, body: Data(data[split.upperBound...]))
    }

    /// A TCP connection to `address`:`port`, or nil when it is not made within `timeout` seconds.
    static func connection(port: UInt16, timeout: Double, address text: String = "127.0.0.1") -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(text)
        let started = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if started != 0 {
            guard errno == EINPROGRESS else { close(fd); return nil }
            var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard poll(&entry, 1, Int32(timeout * 1000)) == 1,
                  getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0 else { close(fd); return nil }
        }
        _ = fcntl(fd, F_SETFL, flags)
        return fd
    }

    /// Whether the server has closed `fd` (end of stream or reset), waiting up to `until`.
    static func closedByPeer(_ fd: Int32, until deadline: Date) -> Bool {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return false }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, Int32(max(1, left * 1000))) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) { return true }
            }
        }
    }
}
