import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct ServeUnitTests {
    @Test func parsesRequestLineAndDecodesPath() throws {
        let r = try #require(HTTPRequest.parse("GET /easy/a%20b/?since=3&x HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(r.method == "GET" && r.path == "/easy/a b/" && r.queryValue("since") == "3" && r.queryValue("x") == "")
        #expect(HTTPRequest.parse("GET http://evil/ HTTP/1.1\r\n\r\n") == nil)
        #expect(HTTPRequest.parse("GET /%zz HTTP/1.1\r\n\r\n") == nil)
        #expect(HTTPRequest.parse("GET /a%00b HTTP/1.1\r\n\r\n") == nil)
        #expect(HTTPRequest.parse("garbage") == nil)
    }

    @Test func resolverRefusesTraversalAndHiddenFiles() {
        #expect(StaticFileResolver.relativePath(for: "/") == "index.html")
        #expect(StaticFileResolver.relativePath(for: "/easy/") == "easy/index.html")
        #expect(StaticFileResolver.relativePath(for: "/charts/a.svg") == "charts/a.svg")
        for unsafe in ["/../etc/passwd", "/a/../../b", "/.sitegen-staging-output/x", "/a\\b", "/./a", "relative"] {
            #expect(StaticFileResolver.relativePath(for: unsafe) == nil, "\(unsafe)")
        }
    }

    @Test func contentTypesByExtension() {
        let expected = ["a.html": "text/html; charset=utf-8", "a.css": "text/css; charset=utf-8", "a.svg": "image/svg+xml",
                        "a.json": "application/json", "a.csv": "text/csv; charset=utf-8", "a.xml": "application/xml",
                        "a.png": "image/png", "a.bin": "application/octet-stream"]
        for (file, type) in expected { #expect(StaticFileResolver.contentType(for: file) == type) }
    }

    @Test func reloadScriptIsInjectedBeforeBodyEnd() {
        let page = LivePreview.injectReload(Data("<html><body><p>x</p></body></html>".utf8))
        #expect(String(decoding: page, as: UTF8.self)
                == "<html><body><p>x</p><script src=\"/__sitegen/reload.js\"></script></body></html>")
    }

    @Test func incrementalWriterWritesOnlyChangedFilesAndRemovesStaleOnes() {
        let (io, store) = FileIO.memory()
        var writer = IncrementalWriter(outputPath: "out")
        let first = writer.write([OutputFile(path: "a.html", text: "1"), OutputFile(path: "d/b.html", text: "2"),
                                  OutputFile(path: "c.html", text: "3")], io: io)
        #expect(first.0.written == 3 && first.1.isEmpty)
        let second = writer.write([OutputFile(path: "a.html", text: "1"), OutputFile(path: "d/b.html", text: "2!"),
                                   OutputFile(path: "e.html", text: "5")], io: io)
        #expect(second.0 == IncrementalWriter.Summary(written: 2, removed: 1, paths: ["d/b.html", "e.html", "c.html"]))
        #expect(store.paths == ["out/.sitegen-output", "out/a.html", "out/d/b.html", "out/e.html"])
        #expect(store.text("out/d/b.html") == "2!")
        // Part of a site: changed files only, nothing removed.
        let part = writer.writePart([OutputFile(path: "a.html", text: "1"), OutputFile(path: "e.html", text: "6")], io: io)
        #expect(part.0 == IncrementalWriter.Summary(written: 1, removed: 0, paths: ["e.html"]))
        #expect(store.paths == ["out/.sitegen-output", "out/a.html", "out/d/b.html", "out/e.html"])
        #expect(store.text("out/e.html") == "6")
    }

    @Test func buildErrorsAreShownEscapedAndTheLastGoodSiteStays() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        #expect(await preview.rebuild().succeeded)
        let good = tree.snapshot()
        let broken = (MiniSite.files["content/site.yaml"] ?? "") + "\n<script>: [\n"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: tree.path("content/site.yaml")))
        #expect(await !preview.rebuild().succeeded)
        #expect(tree.snapshot() == good)
        let errors = String(decoding: preview.handle(HTTPRequest(method: "GET", path: "/__sitegen/errors", query: "")).body, as: UTF8.self)
        #expect(errors.contains("ビルドのエラー"))
        #expect(!errors.contains("<script>:"))
        let status = String(decoding: preview.handle(HTTPRequest(method: "GET", path: "/__sitegen/build", query: "")).body, as: UTF8.self)
        #expect(status.hasPrefix("{\"build\":2,\"reload\":false,\"errors\":[\""))
        let home = preview.handle(HTTPRequest(method: "GET", path: "/", query: ""))
        #expect(home.status == 200 && String(decoding: home.body, as: UTF8.self).contains("/__sitegen/reload.js"))
        #expect(preview.handle(HTTPRequest(method: "GET", path: "/no/such/page", query: "")).status == 404)
    }
}
