import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Faults of the file system rather than of the text: links, loops,
/// unreadable files, huge files, and the order a directory lists its entries.
@Suite struct FileSystemFaultTests {
    @Test func symlinkLoopsAreReportedNotFollowed() throws {
        let tree = try TestTree(files: MiniSite.files, copyTheme: false)
        defer { tree.remove() }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: tree.path("content/pages/loop"), withDestinationPath: ".")          // pages/loop → pages
        try fm.createSymbolicLink(atPath: tree.path("content/a.yaml"), withDestinationPath: "b.yaml")          // a → b → a
        try fm.createSymbolicLink(atPath: tree.path("content/b.yaml"), withDestinationPath: "a.yaml")
        try fm.createSymbolicLink(atPath: tree.path("content/initiatives/03-link.md"), withDestinationPath: "01-online.md")
        let clock = ContinuousClock()
        let start = clock.now
        let (bundle, diagnostics) = ContentCheck.run(contentPath: tree.path("content"), io: .local)
        #expect(clock.now - start < .seconds(5))
        #expect(bundle == nil)
        let root = tree.path("content")
        #expect(diagnostics.map { "\($0.location) \($0.code.rawValue)" } == [
            "\(root)/a.yaml:1:1 E001", "\(root)/b.yaml:1:1 E001",
            "\(root)/initiatives/03-link.md:1:1 E001", "\(root)/pages/loop:1:1 E001",
        ])
        #expect(diagnostics.allSatisfy { $0.message.contains("シンボリックリンク") })
    }

    /// Tests run as root, where chmod 000 does not stop reads: inject the failure.
    @Test func unreadableFileThroughFileIO() {
        let store = MemoryStore()
        for (path, text) in MiniSite.files { store.put(path, Data(text.utf8)) }
        var io = store.fileIO
        let read = io.read
        io.read = { path in
            if path.hasSuffix("02-network.md") { throw CocoaError(.fileReadNoPermission) }
            return try read(path)
        }
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: io)
        #expect(bundle == nil)
        #expect(MiniSite.summary(diagnostics) == ["content/initiatives/02-network.md:1:1 E001"])
        #expect(diagnostics.first?.hint?.contains("権限") == true)
    }

    @Test func unlistableFolderThroughFileIO() {
        let store = MemoryStore()
        for (path, text) in MiniSite.files { store.put(path, Data(text.utf8)) }
        var io = store.fileIO
        let list = io.list
        io.list = { path in
            if path.hasSuffix("initiatives") { throw CocoaError(.fileReadNoPermission) }
            return try list(path)
        }
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: io)
        #expect(bundle == nil)
        #expect(MiniSite.summary(diagnostics) == ["content:1:1 E001"])
    }

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode"))
    func unreadableFileOnTheRealFileSystem() throws {
        let tree = try TestTree(files: MiniSite.files, copyTheme: false)
        defer { tree.remove() }
        let path = tree.path("content/initiatives/02-network.md")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        let (_, diagnostics) = ContentCheck.run(contentPath: tree.path("content"), io: .local)
        #expect(diagnostics.map { "\($0.location) \($0.code.rawValue)" } == ["\(path):1:1 E001"])
    }

    @Test func fiftyMegabyteFileIsRefusedFast() throws {
        let tree = try TestTree(files: MiniSite.files, copyTheme: false)
        defer { tree.remove() }
        let big = tree.path("content/glossary.yaml")
        // A YAML list that would parse into millions of nodes if it got that far.
        let line = Data("- { term: X, text: \(String(repeating: "あ", count: 30)) }\n".utf8)
        var data = Data(capacity: 50 * 1024 * 1024 + line.count)
        while data.count < 50 * 1024 * 1024 { data.append(line) }
        try data.write(to: URL(fileURLWithPath: big))
        let clock = ContinuousClock()
        let start = clock.now
        let (bundle, diagnostics) = ContentCheck.run(contentPath: tree.path("content"), io: .local)
        let elapsed = clock.now - start
        #expect(bundle == nil)
        #expect(diagnostics.map { "\($0.location) \($0.code.rawValue)" } == ["\(big):1:1 E008"])
        #expect(diagnostics.first?.message.contains("50MB") == true)
        #expect(elapsed < .seconds(3), "refused in \(elapsed)")
    }

    /// The loader sorts: a file system listing entries backwards gives the same site, byte for byte.
    /// (Core count cannot be varied inside one test process; the build has no parallel stage whose
    /// order reaches the output — CommandLineTests covers timezone and locale.)
    @Test func outputDoesNotDependOnDirectoryOrder() throws {
        let forward = MemoryStore(), backward = MemoryStore()
        var files = MiniSite.files
        files["content/initiatives/03-third.md"] = MiniSite.initiative2
            .replacingOccurrences(of: "id: network", with: "id: third").replacingOccurrences(of: "number: 2", with: "number: 3")
        files["content/pages/zzz.md"] = "---\nid: zzz\ntitle: 最後のページ\n---\n"
        for (path, text) in files {
            forward.put(path, Data(text.utf8))
            backward.put(path, Data(text.utf8))
        }
        for (path, data) in try themeFiles() {
            forward.put(path, data)
            backward.put(path, data)
        }
        var reversed = backward.fileIO
        let list = reversed.list
        reversed.list = { path in try list(path).reversed() }
        #expect(try reversed.list("content/initiatives") == ["03-third.md", "02-network.md", "01-online.md", "01-online.easy.md"])

        let a = BuildPipeline.run(BuildOptions(), io: forward.fileIO)
        let b = BuildPipeline.run(BuildOptions(), io: reversed)
        #expect(a.succeeded && b.succeeded, "\(a.diagnostics) \(b.diagnostics)")
        #expect(a.diagnostics == b.diagnostics)
        let outA = forward.paths.filter { $0.hasPrefix("output/") }, outB = backward.paths.filter { $0.hasPrefix("output/") }
        #expect(outA.count > 20 && outA == outB)
        for path in outA { #expect(forward.get(path) == backward.get(path), "\(path)") }
    }

    func themeFiles() throws -> [String: Data] {
        let root = Repository.root.appendingPathComponent("themes/default")
        var result: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = e?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result["themes/default/" + String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }
}
