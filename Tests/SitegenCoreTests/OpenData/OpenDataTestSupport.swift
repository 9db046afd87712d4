import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Shared helpers: the rendered fixture, temp folders and the Python tools
/// installed by scripts/install-python-tools.
enum OpenDataTestSupport {
    static func render(_ bundle: SiteBundle = OpenDataFixture.bundle()) -> OpenDataOutput {
        OpenDataRenderer.render(bundle: bundle)
    }

    static func file(_ output: OpenDataOutput, _ path: String) throws -> Data {
        try #require(output.files.first { $0.path == path }, "missing \(path)").data
    }

    static func json(_ output: OpenDataOutput, _ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: file(output, path)) as? [String: Any])
    }

    static func csv(_ output: OpenDataOutput, _ name: String) throws -> RFC4180Parser.Table {
        try RFC4180Parser.table(file(output, "data/\(name).csv"))
    }

    /// Repository root, from this file's place (Tests/SitegenCoreTests/OpenData/…).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A tool from the repository's venv; fails the test (never skips) when it is missing.
    static func venvTool(_ name: String) throws -> URL {
        let url = repoRoot.appendingPathComponent(".tools/venv/bin/\(name)")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            let missing = ToolMissing(path: url.path)
            Issue.record(Comment(rawValue: missing.description))
            throw missing
        }
        return url
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "\(path) がありません。scripts/install-python-tools を実行してください (missing tool: run scripts/install-python-tools)"
        }
    }

    /// Writes files into a fresh temporary folder; returns the folder.
    static func write(_ files: [OutputFile]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-opendata-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        return root
    }

    struct RunResult {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a program to completion; output goes through files so a large
    /// report cannot fill a pipe and block.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> RunResult {
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                         stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Runs a Python snippet with the venv's interpreter.
    static func python(_ script: String, _ arguments: [String], in directory: URL) throws -> RunResult {
        try run(try venvTool("python"), ["-c", script] + arguments, in: directory)
    }
}
