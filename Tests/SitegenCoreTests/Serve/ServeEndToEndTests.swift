import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Starts the real `sitegen serve` on a free loopback port, edits content and
/// sees the new page served. Every wait is bounded.
@Suite struct ServeEndToEndTests {
    static func waitFor<T>(seconds: Double, _ probe: () -> T?) -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = probe() { return value }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    @Test func serveRebuildsAfterAnEditAndServesTheNewPage() throws {
        var files: [String: String] = [:]
        for file in FixtureContent.files(initiatives: FixtureGenerator.initiatives(count: 4)) {
            files["content/" + file.path] = String(decoding: file.data, as: UTF8.self)
        }
        let tree = try TestTree(files: files)
        defer { tree.remove() }
        let log = tree.path("serve.log")
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = SitegenBinary.url
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = tree.root
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: cannot be blocked by a signal mask inherited from the test runner.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        let port = try #require(Self.waitFor(seconds: 60) { () -> UInt16? in
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            guard let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else { return nil }
            return UInt16(text[range].split(separator: ":").last!.dropLast())
        }, "serve did not start")

        let path = "/initiatives/initiative-2/"
        let before = try #require(LoopbackHTTP.get(port: port, path))
        #expect(before.status == 200)
        #expect(before.headers.contains("Content-Type: text/html; charset=utf-8"))
        #expect(before.text.contains("<script src=\"/__sitegen/reload.js\"></script>"))
        #expect(LoopbackHTTP.get(port: port, "/__sitegen/reload.js")?.text.contains("location.reload") == true)
        #expect(LoopbackHTTP.get(port: port, "/../../etc/passwd")?.status == 404)
        #expect(LoopbackHTTP.get(port: port, "/", method: "POST")?.status == 405)

        let file = tree.path("content/initiatives/00002-initiative-2.md")
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "title: ", with: "title: 書き換えた題名 ", options: [], range: original.range(of: "title: "))
            .write(toFile: file, atomically: true, encoding: .utf8)
        let updated = Self.waitFor(seconds: 60) { () -> String? in
            guard let page = LoopbackHTTP.get(port: port, path), page.text.contains("書き換えた題名") else { return nil }
            return page.text
        }
        #expect(updated != nil, "the edited title was not served")
    }
}
