import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Real folders for end-to-end tests: a temp directory with content and the repo's theme.
struct TestTree {
    let root: URL

    init(files: [String: String], copyTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        if copyTheme {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("themes/default"),
                                             to: root.appendingPathComponent("themes/default"))
        }
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes (or replaces) a text file of the tree.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func options(output: String = "output") -> BuildOptions {
        BuildOptions(contentPath: path("content"), outputPath: path(output), themesPath: path("themes"))
    }

    /// Every file below `relative`, path → bytes.
    func snapshot(_ relative: String = "output") -> [String: Data] {
        let base = root.appendingPathComponent(relative)
        var result: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result[String(url.path.dropFirst(base.path.count + 1))] = try? Data(contentsOf: url)
        }
        return result
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The `sitegen` executable built next to the test bundle.
enum SitegenBinary {
    /// `SITEGEN_TEST_BINARY` runs the command-line tests against another build
    /// (a release binary, or an older commit's to show that a new test fails there).
    static var url: URL {
        if let other = ProcessInfo.processInfo.environment["SITEGEN_TEST_BINARY"], !other.isEmpty {
            return URL(fileURLWithPath: other)
        }
        var dir = Bundle.module.bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("sitegen").path) {
            dir = Repository.root.appendingPathComponent(".build/debug")
        }
        return dir.appendingPathComponent("sitegen")
    }

    /// Set once the process has been waited for, so a late timer never signals a reused pid.
    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func set() { lock.withLock { done = true } }
        func unlessSet(_ body: () -> Void) { lock.withLock { if !done { body() } } }
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// `.uncaughtSignal` when `status` is the signal that ended the process.
        let reason: Process.TerminationReason

        var wasKilled: Bool { reason == .uncaughtSignal && status == SIGKILL }
    }

    /// Runs sitegen to its end; with `timeout`, it is killed after that many seconds (status then SIGKILL's).
    /// - Parameter removing: variables of this process's environment the child must not inherit.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    removing: [String] = [], timeout: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        for k in removing { env[k] = nil }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let finished = Finished()
        defer { finished.set() }
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                finished.unlessSet { kill(pid, SIGKILL) }
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), reason: process.terminationReason)
    }
}
