import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Nothing lost: the real `sitegen build` killed (SIGKILL, no chance to clean
/// up) at several moments of a big build leaves `output/` exactly as it was —
/// or, if the kill came after the swap, exactly the new site — and the next run
/// leaves no `.sitegen-*` folder behind.
@Suite(.serialized) struct InterruptedBuildTests {
    static let initiativeCount = 150

    /// MiniSite with `initiativeCount` initiatives; `mission` makes two versions differ in every page.
    static func bigSite(mission: String) -> [String: String] {
        var files = MiniSite.files
        files["content/site.yaml"] = MiniSite.siteYAML.replacingOccurrences(of: "mission: 区民の生活を便利にする。", with: "mission: \(mission)")
        for n in 3...(initiativeCount + 2) {
            files["content/initiatives/\(String(format: "%03d", n))-generated.md"] = MiniSite.initiative1
                .replacingOccurrences(of: "id: online", with: "id: generated-\(n)")
                .replacingOccurrences(of: "number: 1", with: "number: \(n)")
        }
        return files
    }

    static func write(_ files: [String: String], into tree: TestTree) throws {
        for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: tree.path(path))) }
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

    @Test func killedBuildsNeverLoseTheSite() throws {
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
        for fraction in [0.1, 0.3, 0.5, 0.7, 0.9, 0.98] {
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
        #expect(try Self.strays(in: tree) == [])
    }
}
