#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The preview server under a storm of idle connections, requests naming another
/// host (DNS rebinding), and a busy port. Only 127.0.0.1; every wait is bounded.
@Suite struct ServeSafetyTests {
    /// `sitegen serve --port 0` in `tree`, run through /bin/sh so that `ulimit -S -n`
    /// limits its file descriptors (not the test process's, which other tests share).
    final class ServeProcess {
        let process = Process()
        let log: String
        private(set) var port: UInt16 = 0

        /// `arguments` are added to `serve --port 0`; `announced` is the address whose URL the log shows.
        init(tree: TestTree, fileLimit: Int? = nil, environment: [String: String] = [:],
             arguments: [String] = [], announced: String = "127.0.0.1") throws {
            log = tree.path("serve.log")
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let binary = SitegenBinary.url.path
            if let fileLimit {
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "ulimit -S -n \(fileLimit) && exec \"$0\" \"$@\"", binary, "serve", "--port", "0"] + arguments
            } else {
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["serve", "--port", "0"] + arguments
            }
            var env = ProcessInfo.processInfo.environment
            for (k, v) in environment { env[k] = v }
            process.environment = env
            process.currentDirectoryURL = tree.root
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            let found = ServeEndToEndTests.waitFor(seconds: 60) { () -> UInt16? in
                let text = self.logText
                let pattern = "http://" + announced.replacingOccurrences(of: ".", with: "\\.") + #":(\d+)/"#
                guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
                return UInt16(text[range].split(separator: ":").last!.dropLast())
            }
            guard let found else {
                stop()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \(logText)"])
            }
            port = found
        }

        var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        var isRunning: Bool { process.isRunning }

        func stop() {
            // SIGKILL: cannot be blocked by a signal mask inherited from the test runner.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Opens up to `count` idle connections (nothing sent), stopping at the first that
    /// cannot be made within `timeout` seconds. (While the server's accept queue is full
    /// the kernel drops new handshakes and the client retries after 1 s.)
    static func storm(port: UInt16, count: Int, timeout: Double) -> [Int32] {
        var sockets: [Int32] = []
        for _ in 0..<count {
            guard let fd = LoopbackHTTP.connection(port: port, timeout: timeout) else { break }
            sockets.append(fd)
        }
        return sockets
    }

    /// A GET / repeated until it answers 200, for at most `seconds`; the seconds it took.
    static func secondsUntilHomePage(port: UInt16, within seconds: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if LoopbackHTTP.get(port: port, "/", timeout: max(0.5, seconds - Date().timeIntervalSince(start)))?.status == 200 {
                return Date().timeIntervalSince(start)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Out of file descriptors: the connection cap is lifted so that `accept` fails with
    /// EMFILE (64 descriptors, 300 idle connections). The server must wait it out, close
    /// the idle connections after its 5-second request timeout, and answer again.
    @Test func serveKeepsAcceptingWhenItRunsOutOfFileDescriptors() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let serve = try ServeProcess(tree: tree, fileLimit: 64, environment: ["SITEGEN_SERVE_MAX_CONNECTIONS": "1000"])
        defer { serve.stop() }
        #expect(LoopbackHTTP.get(port: serve.port, "/")?.status == 200)

        let opened = Date()
        var idle = Self.storm(port: serve.port, count: 300, timeout: 0.5)
        defer { idle.forEach { _ = close($0) } }
        #expect(idle.count > 64, "only \(idle.count) connections could be opened")
        // Close all but the first 8 (accepted before the descriptors ran out): the server
        // must notice the freed descriptors and take the queued connections, then the GET.
        let kept = Array(idle.prefix(8))
        for fd in idle.dropFirst(8) { close(fd) }
        idle = kept

        let waited = Self.secondsUntilHomePage(port: serve.port, within: 15)
        #expect(waited != nil, "GET / was not answered within 15 s after the storm")
        #expect(serve.isRunning)
        // The kept connections sent nothing: closed by the server 5 s after they opened.
        for fd in kept {
            #expect(LoopbackHTTP.closedByPeer(fd, until: opened.addingTimeInterval(9)), "an idle connection stayed open")
        }
        #expect(LoopbackHTTP.get(port: serve.port, "/")?.status == 200)
    }

    /// With the connection cap (16 under 64 descriptors), a storm of 150 idle connections
    /// is answered at once with 503 beyond the cap, a GET during it gets an answer within
    /// a second, and one after the idle ones time out gets the page.
    @Test func serveAnswersQuicklyDuringAStormAndServesAfterIt() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let serve = try ServeProcess(tree: tree, fileLimit: 64, environment: ["SITEGEN_SERVE_MAX_CONNECTIONS": ""])
        defer { serve.stop() }
        #expect(LoopbackHTTP.get(port: serve.port, "/")?.status == 200)

        let opened = Date()
        let idle = Self.storm(port: serve.port, count: 150, timeout: 3)
        defer { idle.forEach { _ = close($0) } }
        #expect(idle.count == 150, "only \(idle.count) of 150 connections were made")
        let asked = Date()
        let during = LoopbackHTTP.get(port: serve.port, "/", timeout: 3)
        let answeredIn = Date().timeIntervalSince(asked)
        #expect(during?.status == 503 || during?.status == 200, "no answer during the storm")
        #expect(answeredIn < 1.5, "the answer during the storm took \(answeredIn) s")
        if let during, during.status == 503 { #expect(during.text.contains("接続が多すぎます")) }

        // The first connections were admitted and sent nothing: closed after 5 s.
        for fd in idle.prefix(8) {
            #expect(LoopbackHTTP.closedByPeer(fd, until: opened.addingTimeInterval(9)), "an idle connection stayed open")
        }
        let waited = Self.secondsUntilHomePage(port: serve.port, within: 10)
        #expect(waited != nil, "GET / was not answered after the storm")
        #expect(serve.isRunning)
    }

    /// The same limits in-process, small: two connections at once, 1.5 s for the
    /// request head as a whole (a client sending a byte at a time is not let off).
    @Test func connectionCapAndRequestDeadline() throws {
        let server = try HTTPServer(port: 0, limits: HTTPServer.Limits(maxConnections: 2, requestTimeout: 1.5)) { _ in
            HTTPServer.Response(status: 200, contentType: "text/plain", body: Data("ok".utf8))
        }
        server.start()
        defer { server.stop() }
        let port = server.port
        let opened = Date()
        let idle = Self.storm(port: port, count: 2, timeout: 3)
        defer { idle.forEach { _ = close($0) } }
        #expect(idle.count == 2)
        #expect(ServeEndToEndTests.waitFor(seconds: 2) { server.activeConnections == 2 ? true : nil } == true)
        let refused = LoopbackHTTP.get(port: port, "/", timeout: 2)
        #expect(refused?.status == 503 && refused?.headers.contains("Retry-After: 1") == true)
        #expect(Date().timeIntervalSince(opened) < 1.5, "the refusal waited for the idle connections")
        for fd in idle { #expect(LoopbackHTTP.closedByPeer(fd, until: opened.addingTimeInterval(4))) }
        #expect(LoopbackHTTP.get(port: port, "/")?.status == 200)

        // Slowloris: a byte every 0.1 s (90 bytes: 9 s) never finishes the head; closed after 1.5 s in all.
        let slow = try #require(LoopbackHTTP.connection(port: port, timeout: 2))
        defer { close(slow) }
        let started = Date()
        var closed = false
        for byte in Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 40) {
            var b = byte
            if send(slow, &b, 1, Int32(MSG_NOSIGNAL)) != 1 || LoopbackHTTP.closedByPeer(slow, until: Date().addingTimeInterval(0.1)) {
                closed = true
                break
            }
        }
        let lasted = Date().timeIntervalSince(started)
        #expect(closed && lasted < 3, "a slow client kept its connection \(lasted) s")
    }

    /// DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends
    /// `Host: evil.example:PORT`. Only the server's own loopback names are answered.
    @Test func requestsForAnotherHostAreRefused() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        #expect(await preview.rebuild().succeeded)
        let server = try HTTPServer(port: 0) { preview.handle($0) }
        server.start()
        defer { server.stop() }
        let port = server.port
        let other = port == 65535 ? port - 1 : port + 1
        let foreign: [LoopbackHTTP.Host] = [
            .value("evil.example"), .value("evil.example:8000"), .value("evil.example:\(port)"),
            .value("127.0.0.1.evil.example:\(port)"), .value("localhost:\(other)"), .value("127.0.0.1:\(other)"),
            .value("127.0.0.1"), .value("localhost"), .value(""), .value("localhost.:\(port)"), .none,
        ]
        for host in foreign {
            for path in ["/", "/__sitegen/errors", "/__sitegen/build", "/__sitegen/reload.js"] {
                let response = LoopbackHTTP.get(port: port, path, host: host)
                #expect(response?.status == 421, "\(host) \(path): \(response?.status ?? 0)")
                #expect(response?.text.contains("このプレビューは http://127.0.0.1:\(port)/") == true)
                #expect(response?.text.contains("<") == false, "\(host) \(path) leaked a page")
            }
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)", "[::1]:\(port)"] {
            #expect(LoopbackHTTP.get(port: port, "/", host: .value(host))?.status == 200, "\(host)")
            #expect(LoopbackHTTP.get(port: port, "/__sitegen/errors", host: .value(host))?.text.contains("エラーはありません") == true)
        }
    }

    @Test func theHostHeaderIsParsedAndMayAppearOnce() throws {
        #expect(HTTPRequest.parse("GET / HTTP/1.1\r\nhOsT:  localhost:80 \r\n\r\n")?.host == "localhost:80")
        #expect(try #require(HTTPRequest.parse("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")).host == nil)
        #expect(HTTPRequest.parse("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nHost: evil.example\r\n\r\n") == nil)
        // A Host line in the body (there is none for GET) or after the head is not read.
        #expect(HTTPRequest.parse("GET / HTTP/1.1\r\n\r\nHost: evil.example\r\n")?.host == nil)

        // The port must be named, except for port 80 (where browsers leave it out).
        #expect(HTTPServer.isAllowed(host: "localhost:8000", port: 8000) && !HTTPServer.isAllowed(host: "localhost", port: 8000))
        #expect(HTTPServer.isAllowed(host: "localhost", port: 80) && HTTPServer.isAllowed(host: "127.0.0.1:80", port: 80))
        #expect(HTTPServer.isAllowed(host: "[::1]", port: 80) && !HTTPServer.isAllowed(host: "::1", port: 80))
        for host in ["evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost:8080", "", "127.0.0.2:80"] {
            #expect(!HTTPServer.isAllowed(host: host, port: 80), "\(host)")
        }
        #expect(!HTTPServer.isAllowed(host: nil, port: 80))
    }

    /// The port is taken: serve must stop before building, so `--output` stays as it was.
    @Test func aBusyPortStopsServeBeforeItWritesAnything() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let built = try SitegenBinary.run(["build", "--output", tree.path("out")], in: tree.root, timeout: 120)
        #expect(built.status == 0, "\(built.stderr)")
        try Data("前のビルドの印\n".utf8).write(to: URL(fileURLWithPath: tree.path("out/sentinel.txt")))
        let before = tree.snapshot("out")
        let rootBefore = try FileManager.default.contentsOfDirectory(atPath: tree.root.path).sorted()

        let occupier = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(occupier) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(occupier, $0, length) == 0 && getsockname(occupier, $0, &length) == 0 }
        }
        try #require(bound && listen(occupier, 4) == 0)
        let port = UInt16(bigEndian: address.sin_port)

        let r = try SitegenBinary.run(["serve", "--port", "\(port)", "--output", tree.path("out")], in: tree.root, timeout: 60)
        #expect(r.status == 1, "status \(r.status): \(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("ポート \(port) はほかのプログラムが使っています"), "\(r.stderr)")
        #expect(r.stderr.contains("サイトは作っていません"), "\(r.stderr)")
        #expect(!r.stdout.contains("ビルド"), "it built: \(r.stdout)")
        #expect(tree.snapshot("out") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root.path).sorted() == rootBefore)
    }
}
