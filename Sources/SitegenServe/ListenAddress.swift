#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The IPv4 address the preview listens on, and which `Host` headers it answers.
/// Loopback (127.0.0.1) is the default: only this computer sees the preview.
/// Any other address (`sitegen serve --host`) is an explicit choice to show the
/// preview, with its error list, to every device that can reach that address.
package struct ListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// Dotted IPv4 form (`127.0.0.1`, `0.0.0.0`, `192.168.1.10`).
    package let text: String
    /// The address in network byte order, for `bind`.
    let networkOrder: in_addr_t

    package static let loopback = ListenAddress("127.0.0.1")!

    /// nil unless `text` is a dotted IPv4 address (host names are not looked up: what is
    /// opened must be exactly what was typed).
    package init?(_ text: String) {
        var address = in_addr()
        guard !text.isEmpty, inet_pton(AF_INET, text, &address) == 1 else { return nil }
        self.text = text
        self.networkOrder = address.s_addr
    }

    package var description: String { text }

    /// 127.0.0.0/8: reachable from this computer only.
    package var isLoopback: Bool { text.hasPrefix("127.") }
    /// 0.0.0.0: every network interface of this computer.
    package var isEveryInterface: Bool { networkOrder == 0 }

    /// Whether a request whose `Host` header is `host` (nil: none) is answered on `port`.
    /// Loopback: the loopback names with the port (without it too on port 80). Opened to a
    /// network: also any IPv4 address with the port, which is what a phone types. Never a
    /// host name other than localhost: a page elsewhere whose name was pointed at this
    /// computer (DNS rebinding) sends its own name and is refused.
    package func allows(host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        if !isEveryInterface { names.insert(text) }
        let withPort = Set(names.map { "\($0):\(port)" })
        if withPort.contains(host) || (port == 80 && names.contains(host)) { return true }
        guard !isLoopback else { return false }
        let (name, givenPort) = Self.splitPort(host)
        guard givenPort == port || (givenPort == nil && port == 80) else { return false }
        return ListenAddress(name) != nil
    }

    /// `name:port` → (name, port); no port or a bad one → (host, nil) / (name, 0).
    static func splitPort(_ host: String) -> (String, UInt16?) {
        guard let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") else { return (host, nil) }
        return (String(host[..<colon]), UInt16(host[host.index(after: colon)...]) ?? 0)
    }

    /// The addresses to type into a browser: this address, or for 0.0.0.0 loopback first and
    /// then each IPv4 address of this computer's network interfaces (sorted, no duplicates).
    package func browsableAddresses() -> [String] {
        guard isEveryInterface else { return [text] }
        return ["127.0.0.1"] + Self.interfaceAddresses().filter { !$0.hasPrefix("127.") }
    }

    static func interfaceAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found = Set<String>()
        var cursor = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            let converted = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 -> Bool in
                var raw = ipv4.pointee.sin_addr
                return inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN)) != nil
            }
            if converted { found.insert(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)) }
        }
        return found.sorted()
    }
}
