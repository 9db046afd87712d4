import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The executable as staff and CI run it: messages, exit codes, determinism across environments.
@Suite struct CommandLineTests {
    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["build"], in: tree.root)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("ページ") == true && lines.first?.contains("ミリ秒") == true)
    }

    @Test func contentErrorsExitOneWithPathLineColumnAndHint() throws {
        var files = MiniSite.files
        files["content/initiatives/01-online.md"] = MiniSite.initiative1.replacingOccurrences(of: "theme: service", with: "theme: nope")
        let tree = try TestTree(files: files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["build"], in: tree.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("content/initiatives/01-online.md:4:8: エラー[E013]"))
        #expect(r.stderr.contains("ヒント:"))
        #expect(!FileManager.default.fileExists(atPath: tree.path("output")))
    }

    @Test func usageErrorsExitTwo() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(try SitegenBinary.run(["build", "--no-such-option"], in: tree.root).status == 2)
        #expect(try SitegenBinary.run(["frobnicate"], in: tree.root).status == 2)
        #expect(try SitegenBinary.run(["new", "initiative"], in: tree.root).status == 2)
    }

    @Test func helpExplainsEveryOption() throws {
        let tree = try TestTree(files: [:], copyTheme: false)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["build", "--help"], in: tree.root)
        #expect(r.status == 0)
        for option in ["--content", "--output", "--theme", "--themes", "--base-url"] {
            #expect(r.stdout.contains(option), "\(option)")
        }
    }

    @Test func checkReportsGitHubAnnotations() throws {
        var files = MiniSite.files
        files["content/initiatives/02-network.md"] = MiniSite.initiative2.replacingOccurrences(of: "number: 2", with: "number: 1")
        let tree = try TestTree(files: files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["check", "--format", "github"], in: tree.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("::error file=content/initiatives/02-network.md,line=3,col=9,title=E012::"))
    }

    @Test func newInitiativeWritesTheNextNumber() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["new", "initiative", "new-service"], in: tree.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: tree.path("content/initiatives/03-new-service.md")))
        #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
    }

    @Test func miniSiteIsIdenticalAcrossProcessesTimezonesAndLocales() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        try Self.expectIdenticalBuilds(in: tree, content: "content")
    }

    /// A larger site than MiniSite (more initiatives, KPIs, themes and words in each
    /// Set or Dictionary): more chances for an ordering to show.
    @Test func generatedSiteIsIdenticalAcrossProcessesTimezonesAndLocales() throws {
        let tree = try TestTree(files: [:])
        defer { tree.remove() }
        let made = try SitegenBinary.run(["fixture", "--initiatives", "30", "--out", "generated"], in: tree.root)
        #expect(made.status == 0, "\(made.stderr)")
        try Self.expectIdenticalBuilds(in: tree, content: "generated")
    }

    /// Builds `content` in two `sitegen build` processes and expects every output file,
    /// hidden ones included, to be byte for byte the same. Besides time zone and locale
    /// the processes differ in hash seed: Swift seeds hashing per process unless
    /// SWIFT_DETERMINISTIC_HASHING is set, so an order taken from a Set or Dictionary
    /// passes inside one process and fails here (one run has the fixed seed, the other a random one).
    static func expectIdenticalBuilds(in tree: TestTree, content: String,
                                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fixedSeed = try SitegenBinary.run(
            ["build", "--content", content, "--output", "out-a"], in: tree.root,
            environment: ["SWIFT_DETERMINISTIC_HASHING": "1", "TZ": "Asia/Tokyo", "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
        let randomSeed = try SitegenBinary.run(
            ["build", "--content", content, "--output", "out-b"], in: tree.root,
            environment: ["TZ": "America/Los_Angeles", "LANG": "C", "LC_ALL": "C"], removing: ["SWIFT_DETERMINISTIC_HASHING"])
        #expect(fixedSeed.status == 0 && randomSeed.status == 0, "\(fixedSeed.stderr)\(randomSeed.stderr)",
                sourceLocation: sourceLocation)
        let a = tree.snapshot("out-a"), b = tree.snapshot("out-b")
        #expect(a.keys.contains(OutputFolderGuard.markerName), "hidden files are compared too", sourceLocation: sourceLocation)
        #expect(a.keys.sorted() == b.keys.sorted(), "the two processes wrote different files", sourceLocation: sourceLocation)
        let differing = a.keys.filter { b[$0] != nil && a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "bytes differ between the two processes in \(differing.count) files: \(differing.prefix(10))",
                sourceLocation: sourceLocation)
    }
}
