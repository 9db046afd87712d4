import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// sitegen writes only into a folder it made (issue: `--output ~` replaced the home
/// folder). Every refusal is exit 2 with E033, and the folder is byte-identical after.
@Suite struct OutputFolderSafetyTests {
    /// Every file and folder below `root` (hidden ones included) with its bytes, so
    /// that "nothing touched" covers new lock files and staging folders too.
    static func everything(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: root.path) else { return [:] }
        while let relative = e.nextObject() as? String {
            let full = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: full, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? Data("<dir>".utf8) : (fm.contents(atPath: full) ?? Data())
        }
        return result
    }

    /// A project with a home folder of its own (HOME points there) holding the user's files.
    struct Project {
        let tree: TestTree
        var home: URL { tree.root.appendingPathComponent("home") }
        var project: URL { home.appendingPathComponent("proj") }

        init() throws {
            var files: [String: String] = ["home/notes.txt": "大切なメモ", "home/.bashrc": "export A=1",
                                           "home/proj/.git/HEAD": "ref: refs/heads/main", "home/proj/README.md": "readme",
                                           "home/proj/foreign/keep.txt": "利用者のファイル"]
            for (path, text) in MiniSite.files { files["home/proj/" + path] = text }
            tree = try TestTree(files: files, copyTheme: false)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("themes"), to: project.appendingPathComponent("themes"))
        }

        /// A serve that wrongly starts is killed after `timeout` seconds instead of hanging the test.
        func sitegen(_ arguments: [String], timeout: Double = 60) throws -> SitegenBinary.Result {
            try SitegenBinary.run(arguments, in: project, environment: ["HOME": home.path], timeout: timeout)
        }
    }

    static let refusedFolders: [(label: String, output: String)] = [
        ("home folder", "~"), ("home folder, typed with ..", "../"), ("project root", "."), ("project root, absolute", "<project>"),
        ("content folder", "content"), ("inside content", "content/initiatives"), ("content, typed oddly", "./themes/../content/"),
        ("themes folder", "themes"), ("inside themes", "themes/default/out"), ("the theme", "themes/default"),
    ]

    @Test(arguments: [false, true], refusedFolders.map(\.label))
    func protectedFoldersAreRefusedEvenWithForce(force: Bool, label: String) throws {
        let project = try Project()
        defer { project.tree.remove() }
        var output = Self.refusedFolders.first { $0.label == label }!.output
        output = output.replacingOccurrences(of: "~", with: project.home.path).replacingOccurrences(of: "<project>", with: project.project.path)
        let before = Self.everything(project.tree.root)
        let r = try project.sitegen(["build", "--output", output] + (force ? ["--force"] : []))
        #expect(r.status == 2, "\(label): \(r.stderr)")
        #expect(r.stderr.contains("エラー[E033]"), "\(label): \(r.stderr)")
        #expect(r.stderr.contains("ヒント:"))
        #expect(Self.everything(project.tree.root) == before, "\(label): files changed")
    }

    @Test func aForeignNonEmptyFolderNeedsForce() throws {
        let project = try Project()
        defer { project.tree.remove() }
        let before = Self.everything(project.tree.root)
        let refused = try project.sitegen(["build", "--output", "foreign"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("エラー[E033]") && refused.stderr.contains(".sitegen-output"))
        #expect(refused.stderr.contains("--force"))
        #expect(Self.everything(project.tree.root) == before)

        let forced = try project.sitegen(["build", "--output", "foreign", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: project.project.appendingPathComponent("foreign").path)
        #expect(names.contains(OutputFolderGuard.markerName) && names.contains("index.html") && !names.contains("keep.txt"))
        // Once taken over, the folder is sitegen's: later builds need no --force.
        #expect(try project.sitegen(["build", "--output", "foreign"]).status == 0)
    }

    @Test func absentEmptyAndMarkedFoldersAreAccepted() throws {
        let project = try Project()
        defer { project.tree.remove() }
        let fm = FileManager.default
        #expect(try project.sitegen(["build", "--output", "new/site"]).status == 0)
        try fm.createDirectory(atPath: project.project.appendingPathComponent("empty").path, withIntermediateDirectories: true)
        #expect(try project.sitegen(["build", "--output", "empty"]).status == 0)
        // A site built before: it carries the marker, and a file added by hand is replaced with it.
        try Data("手で置いたファイル".utf8).write(to: project.project.appendingPathComponent("new/site/stray.html"))
        #expect(try project.sitegen(["build", "--output", "new/site"]).status == 0)
        #expect(!fm.fileExists(atPath: project.project.appendingPathComponent("new/site/stray.html").path))
        #expect(fm.fileExists(atPath: project.project.appendingPathComponent("new/site/.sitegen-output").path))
    }

    @Test func aFileOrASymlinkIsNotReplaced() throws {
        let project = try Project()
        defer { project.tree.remove() }
        let fm = FileManager.default
        try Data("x".utf8).write(to: project.project.appendingPathComponent("afile"))
        try fm.createSymbolicLink(atPath: project.project.appendingPathComponent("link").path, withDestinationPath: project.project.appendingPathComponent("foreign").path)
        try fm.createSymbolicLink(atPath: project.project.appendingPathComponent("homelink").path, withDestinationPath: project.home.path)
        let before = Self.everything(project.tree.root)
        for output in ["afile", "link", "homelink"] {
            let r = try project.sitegen(["build", "--output", output])
            #expect(r.status == 2 && r.stderr.contains("E033"), "\(output): \(r.stderr)")
        }
        // A link to the home folder stays refused with --force: the target is what counts.
        #expect(try project.sitegen(["build", "--output", "homelink", "--force"]).status == 2)
        #expect(Self.everything(project.tree.root) == before)
    }

    @Test func aLeftoverNamedFolderThatIsNotSitegensIsKept() throws {
        let project = try Project()
        defer { project.tree.remove() }
        let leftover = project.project.appendingPathComponent(".sitegen-staging-output")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data("利用者のファイル".utf8).write(to: leftover.appendingPathComponent("mine.txt"))
        let r = try project.sitegen(["build"])
        #expect(r.status == 2 && r.stderr.contains("E033"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: leftover.appendingPathComponent("mine.txt").path))
    }

    /// The root folder is only tried through the check itself: a test must never risk it.
    @Test func rootAndFoldersContainingTheProjectAreRefused() {
        let io = FileIO.local
        let cwd = FileManager.default.currentDirectoryPath
        for output in ["/", "/..", "//", cwd + "/..", cwd + "/content/.."] {
            for force in [false, true] {
                let refusal = OutputFolderGuard.check(output: output, contentPath: cwd + "/content", themesPath: cwd + "/themes",
                                                      force: force, io: io, workingDirectory: cwd, home: "/nonexistent-home")
                #expect(refusal?.code == .outputRefused, "\(output) force: \(force)")
            }
        }
        #expect(OutputFolderGuard.check(output: cwd + "/.build/sitegen-safety-\(UUID().uuidString)", contentPath: cwd + "/content",
                                        themesPath: cwd + "/themes", force: false, io: io, workingDirectory: cwd, home: nil) == nil)
    }

    @Test func serveRefusesTheSameFolders() throws {
        let project = try Project()
        defer { project.tree.remove() }
        let before = Self.everything(project.tree.root)
        for output in ["foreign", "content", "~"] {
            let r = try project.sitegen(["serve", "--port", "0", "--output", output.replacingOccurrences(of: "~", with: project.home.path)],
                                        timeout: 20)
            #expect(r.status == 2 && r.stderr.contains("E033"), "\(output): \(r.stderr)")
        }
        #expect(Self.everything(project.tree.root) == before)
    }
}
