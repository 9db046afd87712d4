import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Two builds into one output at once used to share the staging folder and both
/// report success with a nearly empty site. Now the second waits for the first
/// (or, with --no-wait, refuses with exit 3): every outcome is a complete site
/// equal to a single build's, or a clear refusal.
@Suite struct ConcurrentBuildTests {
    /// Starts both processes before waiting for either, so that they overlap.
    static func race(_ a: [String], _ b: [String], in directory: URL) throws -> [(status: Int32, stderr: String)] {
        let processes = [a, b].map { arguments -> (Process, Pipe) in
            let process = Process()
            process.executableURL = SitegenBinary.url
            process.arguments = arguments
            process.currentDirectoryURL = directory
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            return (process, err)
        }
        for (process, _) in processes { try process.run() }
        return processes.map { process, err in
            let data = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func twentyRacingPairsEachLeaveACompleteSite() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(try SitegenBinary.run(["build", "--output", "single"], in: tree.root).status == 0)
        let expected = tree.snapshot("single")
        #expect(expected["index.html"] != nil && expected.count > 20)
        var waited = 0
        for pair in 0..<20 {
            let results = try Self.race(["build"], ["build"], in: tree.root)
            for r in results { #expect(r.status == 0, "pair \(pair): \(r.stderr)") }
            if results.contains(where: { $0.stderr.contains("終わるのを待っています") }) { waited += 1 }
            #expect(tree.snapshot() == expected, "pair \(pair): the site differs from a single build")
            // Beside the output: only the staging folder kept for the next build, links to the output's files.
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: tree.root.path).filter {
                $0.hasPrefix(".sitegen-staging") || $0.hasPrefix(".sitegen-previous")
            }
            #expect(leftovers.filter { $0 != ".sitegen-staging-output" }.isEmpty, "pair \(pair): \(leftovers)")
            #expect(StagingMirror.problem(staging: tree.path(".sitegen-staging-output"), output: tree.path("output")) == nil,
                    "pair \(pair)")
        }
        // The processes did overlap: at least some second builds had to wait.
        #expect(waited > 0)
    }

    @Test func withNoWaitTheSecondBuildRefusesClearly() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(try SitegenBinary.run(["build", "--output", "single"], in: tree.root).status == 0)
        let expected = tree.snapshot("single")
        var refused = 0
        for pair in 0..<20 {
            let results = try Self.race(["build", "--no-wait"], ["build", "--no-wait"], in: tree.root)
            for r in results {
                #expect(r.status == 0 || r.status == 3, "pair \(pair): \(r.stderr)")
                if r.status == 3 {
                    refused += 1
                    #expect(r.stderr.contains("エラー[E034]") && r.stderr.contains("ヒント:"))
                }
            }
            #expect(results.contains { $0.status == 0 } || tree.snapshot() == expected)
            #expect(tree.snapshot() == expected, "pair \(pair)")
        }
        #expect(refused > 0)
    }

    /// The lock itself, within one process: a second holder is refused until the first lets go.
    @Test func theLockIsExclusiveUntilReleased() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("output").path
        var first: FolderLock? = try OutputLocking.acquire(output: output, wait: false, io: .local).get()
        #expect(first != nil)
        guard case .failure(let busy) = OutputLocking.acquire(output: output, wait: false, io: .local) else {
            Issue.record("a second lock was granted")
            return
        }
        #expect(busy.code == .outputBusy)
        first = nil
        #expect((try? OutputLocking.acquire(output: output, wait: false, io: .local).get()) != nil)
    }
}
