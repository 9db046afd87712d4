import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Every canonical link, the sitemap and the open data append to the base URL,
/// so only `http(s)://host[:port]/path` is accepted (a fragment made every
/// canonical end in `#frag/`).
@Suite struct BaseURLTests {
    @Test(arguments: ["https://www.city.meguro.tokyo.jp/dx/", "http://example.jp", "https://example.jp:8443/a/b-c_d.e~f/",
                      "https://127.0.0.1/", "https://[::1]:8080/dx/", "https://example.jp/%E7%9B%AE%E9%BB%92/", "HTTPS://Example.JP/DX/"])
    func accepts(_ url: String) {
        #expect(BaseURL.isValid(url))
    }

    @Test(arguments: ["https://dx.city.test/?x=1", "https://dx.city.test/#frag", "https://dx.city.test/?x=1#frag",
                      "https://example.jp/d%zz/", "https://example.jp/d%2", "https://user:pw@example.jp/", "https://city.example.jp@evil.example/",
                      "https://example.jp:/", "https://example.jp:80a/", "https:///dx/", "ftp://example.jp/", "example.jp/dx",
                      "https://exa mple.jp/", "https://example.jp/<script>/", "https://example.jp/\\dx", "https://目黒.jp/", "https://[::1/"])
    func refuses(_ url: String) {
        #expect(!BaseURL.isValid(url))
    }

    @Test func theCommandLineOverrideIsRefusedWithAJapaneseMessage() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["build", "--base-url", "https://dx.city.test/?x=1#frag"], in: tree.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("--base-url:1:1: エラー[E023]") && r.stderr.contains("「?」「#」"))
        #expect(!FileManager.default.fileExists(atPath: tree.path("output")))
    }
}
