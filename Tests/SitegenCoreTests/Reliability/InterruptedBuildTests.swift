import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Nothing lost: the real `sitegen build` killed (SIGKILL, no chance to clean
/// up) at any moment of a build leaves `output/` exactly as it was — or, if the
/// kill came after the swap, exactly the new site — and the next run leaves no
/// `.sitegen-*` folder behind but the staging folder it keeps for the one after, which holds
/// nothing but links to the output's files (see StagingSite). Every named point of the write is reached for
/// certain through the test hook `SITEGEN_TEST_STOP_AT` (see TestStopPoint);
/// kills after a fraction of the build time add moments nobody named.
@Suite(.serialized) struct InterruptedBuildTests {
    static let initiativeCount = 150

    /// MiniSite with `initiatives` initiatives; `mission` makes two versions differ in every page.
    static func bigSite(mission: String, initiatives: Int = initiativeCount) -> [String: String] {
        var files = MiniSite.files
        files["content/site.yaml"] = MiniSite.siteYAML.replacingOccurrences(of: "mission: 区民の生活を便利にする。", with: "mission: \(mission)")
        for n in 3...(initiatives + 2) {
            files["content/initiatives/\(String(format: "%03d", n))-generated.md"] = MiniSite.initiative1
                .replacingOccurrences(of: "id: online", with: "id: generated-\(n)")
                .replacingOccurrences(of: "number: 1", with: "number: \(n)")
        }
        return files
    }

    /// Replaces the content folder with `files` (all below content/).
    static func write(_ files: [String: String], into tree: TestTree) throws {
        try FileManager.default.removeItem(atPath: tree.path("content"))
        for (path, text) in files {
            let url = URL(fileURLWithPath: tree.path(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Staging or previous folders left behind (the lock files stay by design: see OutputLocking).
    static func strays(in tree: TestTree) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: tree.root.path)
            .filter { $0.hasPrefix(".sitegen-") && !$0.hasPrefix(".sitegen-lock-") }.sorted()
    }

    @Test func theRealFileSystemSwapsFoldersInOneStep() throws {
        let tree = try TestTree(files: ["a/one": "1", "b/two": "2"], copyTheme: false)
        defer { tree.remove() }
        #expect(FileIO.local.exchange(tree.path("a"), tree.path("b")))
        #expect(FileManager.default.fileExists(atPath: tree.path("a/two")))
        #expect(FileManager.default.fileExists(atPath: tree.path("b/one")))
    }

    @Test func killedAtEveryNamedPointTheOutputIsOneWholeSite() throws {
        // The new version drops an initiative: files of the old site that leak into the new one show.
        let old = Self.bigSite(mission: "古い版の使命。", initiatives: 30), new = Self.bigSite(mission: "新しい版の使命。", initiatives: 29)
        let tree = try TestTree(files: old)
        defer { tree.remove() }
        #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
        let oldSite = tree.snapshot()
        try Self.write(new, into: tree)
        #expect(try SitegenBinary.run(["build", "--output", "complete-new"], in: tree.root).status == 0)
        let newSite = tree.snapshot("complete-new")
        #expect(oldSite.count > 60 && newSite.count < oldSite.count && Set(newSite.keys).isStrictSubset(of: oldSite.keys))

        for point in TestStopPoint.allCases {
            try Self.killBuild(at: point, in: tree)

            // What the kill left: the published output, and the folders that show where it stopped.
            let output = tree.snapshot(), staging = tree.snapshot(".sitegen-staging-output")
            let previous = tree.snapshot(".sitegen-previous-output")
            switch point {
            case .afterStagingCreated:
                #expect(output == oldSite)
                // Its marker, and what the last build kept: links to the output's files.
                #expect(staging[OutputFolderGuard.markerName] != nil)
                #expect(StagingMirror.problem(staging: tree.path(".sitegen-staging-output"), output: tree.path("output")) == nil)
            case .midRender:
                #expect(output == oldSite)
                #expect(staging.count > oldSite.count / 2 && staging != newSite, "\(staging.count) of \(newSite.count)")
            case .beforeSwap:
                #expect(output == oldSite)
                #expect(staging == newSite)
            case .afterSwap:
                #expect(output == newSite)
                #expect(staging == oldSite)
            case .fallbackAfterMoveAside:
                // The one moment without output/: the old site waits whole beside it for the next run.
                #expect(output.isEmpty && !FileManager.default.fileExists(atPath: tree.path("output")))
                #expect(previous == oldSite)
                #expect(staging == newSite)
            case .fallbackAfterMoveIn:
                #expect(output == newSite)
                #expect(previous == oldSite)
            }

            // The next run's repair alone (that run stopped before it renders) leaves one whole site.
            try Self.killBuild(at: .afterStagingCreated, in: tree)
            let published = [.afterSwap, .fallbackAfterMoveIn].contains(point) ? newSite : oldSite
            #expect(tree.snapshot() == published, "\(point.rawValue): repaired output is \(tree.snapshot().count) files")
            #expect(!FileManager.default.fileExists(atPath: tree.path(".sitegen-previous-output")), "\(point.rawValue)")

            // A whole next run publishes the new site and leaves nothing behind but the staging folder it keeps.
            #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
            #expect(tree.snapshot() == newSite, "\(point.rawValue)")
            #expect(try Self.strays(in: tree) == [".sitegen-staging-output"], "\(point.rawValue)")
            #expect(StagingMirror.problem(staging: tree.path(".sitegen-staging-output"), output: tree.path("output")) == nil,
                    "\(point.rawValue)")

            // The old site back for the next point.
            try Self.write(old, into: tree)
            #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
            #expect(tree.snapshot() == oldSite)
            try Self.write(new, into: tree)
        }
    }

    /// Runs `sitegen build` until it kills itself at `point`; fails if it never got there.
    static func killBuild(at point: TestStopPoint, in tree: TestTree,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let run = try SitegenBinary.run(["build"], in: tree.root, environment: [TestStopPoint.variable: point.rawValue])
        try #require(run.wasKilled, "\(point.rawValue) was never reached: exit \(run.status) \(run.stderr)",
                     sourceLocation: sourceLocation)
    }

    @Test func killedAfterAFractionOfTheBuildTimeNeverLosesTheSite() throws {
        let old = Self.bigSite(mission: "古い版の使命。"), new = Self.bigSite(mission: "新しい版の使命。")
        let tree = try TestTree(files: old)
        defer { tree.remove() }

        // The two complete sites a kill may leave: the old one, or the new one once swapped in.
        let clock = ContinuousClock()
        #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
        let oldSite = tree.snapshot()
        try Self.write(new, into: tree)
        let start = clock.now
        #expect(try SitegenBinary.run(["build", "--output", "complete-new"], in: tree.root).status == 0)
        let buildTime = clock.now - start
        let newSite = tree.snapshot("complete-new")
        #expect(oldSite.count > 300 && oldSite.count == newSite.count && oldSite != newSite)

        var outcomes: [String] = []
        for fraction in [0.2, 0.5, 0.8, 0.95] {
            let process = Process()
            process.executableURL = SitegenBinary.url
            process.arguments = ["build"]
            process.currentDirectoryURL = tree.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double(buildTime.components.seconds) * fraction
                         + Double(buildTime.components.attoseconds) / 1e18 * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = tree.snapshot()
            if after == oldSite {
                outcomes.append("old")
            } else if after == newSite {
                outcomes.append("new")
                // Put the old site back so later kills test the swap again.
                try Self.write(old, into: tree)
                #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
                #expect(tree.snapshot() == oldSite)
                try Self.write(new, into: tree)
            } else {
                Issue.record("output/ is neither the old nor the new site after a kill at \(fraction) of \(buildTime): \(after.count) files")
                outcomes.append("broken")
            }
        }
        #expect(outcomes.contains("old"), "\(outcomes)")
        print("InterruptedBuildTests: build \(buildTime), outcomes after kills: \(outcomes)")

        // The next run repairs whatever the kills left and publishes the new site.
        #expect(try SitegenBinary.run(["build"], in: tree.root).status == 0)
        #expect(tree.snapshot() == newSite)
        #expect(try Self.strays(in: tree) == [".sitegen-staging-output"])
        #expect(StagingMirror.problem(staging: tree.path(".sitegen-staging-output"), output: tree.path("output")) == nil)
    }
}
