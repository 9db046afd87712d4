import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenBuild

/// `sitegen build --file-links`: a copy opened from a folder (file://) must reach a file, never
/// a folder listing, from every link; without the option nothing changes.
@Suite struct FileBrowsingLinksTests {
    @Test func folderLinksNameTheirIndexFile() {
        let cases = ["../kpis/": "../kpis/index.html", "./": "./index.html", "../../": "../../index.html",
                     "initiatives/network/#kpi-1": "initiatives/network/index.html#kpi-1", "../a/?x=1": "../a/index.html?x=1",
                     "#main": "#main", "../assets/style.css": "../assets/style.css", "https://example.jp/dx/": "https://example.jp/dx/",
                     "/kpis/": "/kpis/", "//cdn.example/": "//cdn.example/", "mailto:a@b/": "mailto:a@b/", "": ""]
        for (link, expected) in cases { #expect(FileBrowsingLinks.indexLink(link[...]) == expected, "\(link)") }
        #expect(FileBrowsingLinks.rewrite(#"<a href="../kpis/">a</a><a xlink:href="./">b</a> href=x "../q/""#)
                == #"<a href="../kpis/index.html">a</a><a xlink:href="./index.html">b</a> href=x "../q/""#)
        let css = OutputFile(path: "assets/style.css", text: #"a[href="x/"]{}"#)
        #expect(FileBrowsingLinks.apply([css]) == [css])
    }

    /// The relative links in the built site whose target is not a file.
    static func linksToFolders(in tree: TestTree, output: String) throws -> [String] {
        let root = URL(fileURLWithPath: tree.path(output))
        var found: [String] = []
        let pages = try #require(FileManager.default.subpaths(atPath: root.path)).filter { $0.hasSuffix(".html") }
        for page in pages where page != "404.html" && page != "easy/404.html" {
            let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            for match in text.matches(of: /href="([^"#?]*)[^"]*"/) {
                let target = String(match.1)
                if target.isEmpty || target.hasPrefix("/") || target.contains(":") { continue }
                let resolved = root.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(target)
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder)
                if !exists || isFolder.boolValue { found.append("\(page): \(target)") }
            }
        }
        return found
    }

    @Test func everyLinkOfAFileLinksBuildReachesAFile() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        var options = tree.options(output: "review")
        options.fileLinks = true
        #expect(BuildPipeline.run(options).succeeded)
        #expect(BuildPipeline.run(tree.options()).succeeded)
        #expect(try Self.linksToFolders(in: tree, output: "review").isEmpty)
        // The same site built as usual links to folders (what a web server resolves).
        #expect(try Self.linksToFolders(in: tree, output: "output").count > 20)
        // Only links change: the same files, the same non-page files.
        let plain = tree.snapshot("output"), review = tree.snapshot("review")
        #expect(plain.keys.sorted() == review.keys.sorted())
        for (path, data) in plain where !path.hasSuffix(".html") && !path.hasSuffix(".svg") { #expect(review[path] == data, "\(path)") }
    }

    @Test func aReviewCopyIsNeverARelease() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["build", "--file-links", "--release"], in: tree.root)
        #expect(r.status == 2 && r.stderr.contains("--file-links は確認用のサイトを作ります"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tree.path("output")))
    }
}
