import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The fuzz harness as part of the suite: every kept crash input is replayed,
/// and a short fixed-seed mutation run must finish without a crash.
@Suite struct FuzzRegressionTests {
    static var fuzzBinary: URL { SitegenBinary.url.deletingLastPathComponent().appendingPathComponent("sitegen-fuzz") }

    static func run(_ arguments: [String]) throws -> SitegenBinary.Result {
        let process = Process()
        process.executableURL = fuzzBinary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return SitegenBinary.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                    stderr: String(decoding: e, as: UTF8.self), reason: process.terminationReason)
    }

    @Test func keptCrashInputsNoLongerCrash() throws {
        let folder = Repository.root.appendingPathComponent("Tests/SitegenCoreTests/Fixtures/fuzz-crashes")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0).path }
        let r = try Self.run(inputs)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("replayed \(inputs.count) inputs"))
    }

    @Test func shortMutationRunFindsNoCrash() throws {
        let r = try Self.run(["--runs", "300", "--seed", "6"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("300 inputs (seed 6)"))
    }
}
