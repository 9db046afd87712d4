import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Published files are 0644 and folders 0755 whatever the umask of the shell
/// that ran the build; a file reused from the previous site (hard link) must
/// have that mode too, or it is written anew.
@Suite struct FileModeTests {
    static func build(umask: String, in tree: TestTree) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \(umask) && exec \"$0\" build", SitegenBinary.url.path]
        process.currentDirectoryURL = tree.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Mode of every entry below `root` (hidden ones included), path → (is folder, mode).
    static func modes(_ root: String) -> [String: (folder: Bool, mode: mode_t)] {
        var result: [String: (Bool, mode_t)] = [:]
        guard let e = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let relative = e.nextObject() as? String {
            var info = stat()
            guard lstat(root + "/" + relative, &info) == 0 else { continue }
            result[relative] = (info.st_mode & S_IFMT == S_IFDIR, info.st_mode & 0o7777)
        }
        return result
    }

    @Test(arguments: [["077", "022"], ["000"], ["022", "077"], ["027", "027"]])
    func modesDoNotFollowTheUmask(umasks: [String]) throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        for mask in umasks { #expect(try Self.build(umask: mask, in: tree) == 0) }
        let found = Self.modes(tree.path("output"))
        #expect(found.count > 20)
        let wrong = found.filter { $0.value.mode != ($0.value.folder ? 0o755 : 0o644) }
        #expect(wrong.isEmpty, "\(umasks): \(wrong.map { "\($0.key) \(String($0.value.mode, radix: 8))" }.sorted().prefix(5))")
        var outputInfo = stat()
        #expect(stat(tree.path("output"), &outputInfo) == 0 && outputInfo.st_mode & 0o7777 == 0o755)
    }

    @Test func aPreviousFileWithAnotherModeIsNotLinked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-mode-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("output").path
        #expect(OutputWriter.write([OutputFile(path: "a.html", text: "same")], to: out, io: .local).isEmpty)
        chmod(out + "/a.html", 0o600)
        var before = stat()
        stat(out + "/a.html", &before)
        #expect(OutputWriter.write([OutputFile(path: "a.html", text: "same")], to: out, io: .local).isEmpty)
        var after = stat()
        stat(out + "/a.html", &after)
        #expect(after.st_ino != before.st_ino)
        #expect(after.st_mode & 0o7777 == 0o644)
    }
}
