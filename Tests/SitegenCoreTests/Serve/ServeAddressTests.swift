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

/// The preview's URLs (a folder without its slash is redirected) and where it listens
/// (loopback unless `--host` opens it). Only loopback addresses are connected to.
@Suite struct ServeAddressTests {
    /// `/kpis` served as a page would resolve its `../` links one level too high: it must redirect.
    @Test func aFolderWithoutItsSlashIsRedirectedToTheSlashForm() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        #expect(await preview.rebuild().succeeded)
        try FileManager.default.createDirectory(atPath: tree.path("output/日本 語"), withIntermediateDirectories: true)
        try Data("<p>x</p>".utf8).write(to: URL(fileURLWithPath: tree.path("output/日本 語/index.html")))

        func get(_ path: String, _ query: String = "") -> HTTPServer.Response {
            preview.handle(HTTPRequest(method: "GET", path: path, query: query))
        }
        let expected = ["/kpis": "/kpis/", "/easy": "/easy/", "/easy/kpis": "/easy/kpis/", "/pages/about": "/pages/about/",
                        "/日本 語": "/%E6%97%A5%E6%9C%AC%20%E8%AA%9E/"]
        for (path, location) in expected {
            let response = get(path)
            #expect(response.status == 301, "\(path): \(response.status)")
            #expect(response.extraHeaders.first { $0.0 == "Location" }?.1 == location, "\(path)")
        }
        #expect(get("/kpis", "since=3&x").extraHeaders.first { $0.0 == "Location" }?.1 == "/kpis/?since=3&x")
        // A query that could start a header of its own is dropped, never copied into Location.
        #expect(get("/kpis", "x\nSet-Cookie:a=b").extraHeaders.first { $0.0 == "Location" }?.1 == "/kpis/")
        // The slash form, files and missing pages are answered as before.
        #expect(get("/kpis/").status == 200 && get("/kpis/index.html").status == 200)
        #expect(get("/assets/style.css").status == 200 && get("/").status == 200)
        #expect(get("/no-such-page").status == 404)

        // Over HTTP: 301 with the header; following it gives the page.
        let server = try HTTPServer(port: 0) { preview.handle($0) }
        server.start()
        defer { server.stop() }
        let redirected = try #require(LoopbackHTTP.get(port: server.port, "/kpis"))
        #expect(redirected.status == 301 && redirected.headers.contains("\r\nLocation: /kpis/"), "\(redirected.headers)")
        #expect(redirected.headers.hasPrefix("HTTP/1.1 301 Moved Permanently"))
        #expect(LoopbackHTTP.get(port: server.port, "/kpis/")?.text.contains("</html>") == true)
        #expect(LoopbackHTTP.get(port: server.port, "/kpis", method: "HEAD")?.status == 301)
    }

    @Test func onlyIPv4AddressesAreAccepted() {
        for good in ["127.0.0.1", "0.0.0.0", "192.168.1.10", "127.0.0.2"] { #expect(ListenAddress(good) != nil, "\(good)") }
        for bad in ["", "localhost", "example.com", "::1", "1.2.3", "256.1.1.1", "192.168.1.10:80", " 127.0.0.1"] {
            #expect(ListenAddress(bad) == nil, "\(bad)")
        }
        #expect(ListenAddress.loopback.isLoopback && !ListenAddress.loopback.isEveryInterface)
        #expect(ListenAddress("0.0.0.0")!.isEveryInterface && !ListenAddress("0.0.0.0")!.isLoopback)
    }

    /// Opened to a network, a phone's `Host: 192.168.1.10:PORT` is answered; a name is still
    /// refused (DNS rebinding), and loopback keeps its strict rule.
    @Test func theHostRuleFollowsTheAddress() {
        let everywhere = ListenAddress("0.0.0.0")!
        for host in ["192.168.1.10:8000", "10.0.0.5:8000", "127.0.0.1:8000", "localhost:8000", "[::1]:8000"] {
            #expect(everywhere.allows(host: host, port: 8000), "\(host)")
        }
        for host in ["evil.example:8000", "192.168.1.10:8001", "192.168.1.10", "192.168.1.10.evil.example:8000",
                     "0x7f.1:8000", "", "192.168.1.10:", "[fe80::1]:8000"] {
            #expect(!everywhere.allows(host: host, port: 8000), "\(host)")
        }
        #expect(!everywhere.allows(host: nil, port: 8000))
        #expect(everywhere.allows(host: "192.168.1.10", port: 80))
        #expect(!ListenAddress.loopback.allows(host: "192.168.1.10:8000", port: 8000))
        let one = ListenAddress("127.0.0.2")!
        #expect(one.allows(host: "127.0.0.2:8000", port: 8000) && !one.allows(host: "127.0.0.3:8000", port: 8000))
        #expect(everywhere.browsableAddresses().first == "127.0.0.1" && one.browsableAddresses() == ["127.0.0.2"])
    }

    /// Bound to 127.0.0.2, the server answers there and not on 127.0.0.1.
    @Test func theServerListensOnTheAddressItIsGiven() throws {
        let marker = "sitegen-\(UUID().uuidString)"
        let server = try HTTPServer(port: 0, address: try #require(ListenAddress("127.0.0.2"))) { _ in
            HTTPServer.Response(status: 200, contentType: "text/plain", body: Data(marker.utf8))
        }
        server.start()
        defer { server.stop() }
        #expect(LoopbackHTTP.get(port: server.port, "/", address: "127.0.0.2")?.text == marker)
        #expect(LoopbackHTTP.get(port: server.port, "/", timeout: 1)?.text != marker, "answered on 127.0.0.1")
        let refused = LoopbackHTTP.get(port: server.port, "/", host: .value("evil.example:\(server.port)"), address: "127.0.0.2")
        #expect(refused?.status == 421 && refused?.text.contains("http://127.0.0.2:\(server.port)/") == true)

        // 0.0.0.0 includes loopback: an IPv4 Host is answered, a name is not.
        let open = try HTTPServer(port: 0, address: try #require(ListenAddress("0.0.0.0"))) { _ in
            HTTPServer.Response(status: 200, contentType: "text/plain", body: Data(marker.utf8))
        }
        open.start()
        defer { open.stop() }
        #expect(LoopbackHTTP.get(port: open.port, "/", host: .value("192.168.1.10:\(open.port)"))?.text == marker)
        let foreign = LoopbackHTTP.get(port: open.port, "/", host: .value("evil.example:\(open.port)"))
        #expect(foreign?.status == 421 && foreign?.text.contains("このパソコンの IP アドレス") == true)
    }

    /// `sitegen serve --host 0.0.0.0` prints where to open it and warns who else can see it;
    /// a loopback address (127.0.0.2) is listened on as given, without the warning.
    @Test func serveWithHostWarnsAndListensThere() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let opened = try ServeSafetyTests.ServeProcess(tree: tree, arguments: ["--host", "0.0.0.0"])
        defer { opened.stop() }
        let phone = LoopbackHTTP.get(port: opened.port, "/kpis/", host: .value("192.168.1.10:\(opened.port)"))
        #expect(phone?.status == 200)
        #expect(opened.logText.contains("注意: --host 0.0.0.0 で開いています。同じネットワークのだれでも"), "\(opened.logText)")
        opened.stop()

        let local = try ServeSafetyTests.ServeProcess(tree: tree, arguments: ["--host", "127.0.0.2"], announced: "127.0.0.2")
        defer { local.stop() }
        #expect(LoopbackHTTP.get(port: local.port, "/kpis/", address: "127.0.0.2")?.status == 200)
        #expect(LoopbackHTTP.get(port: local.port, "/kpis", address: "127.0.0.2")?.headers.contains("Location: /kpis/") == true)
        #expect(local.logText.contains("http://127.0.0.2:\(local.port)/ で表示しています"))
        #expect(!local.logText.contains("注意"), "\(local.logText)")
    }
}
