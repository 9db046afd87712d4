import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A folder of golden files under Tests/SitegenCoreTests/Fixtures/ that must hold
/// exactly what a test produces: every produced file byte for byte, and nothing
/// else — a file that no test produces any more is stale and fails too.
///
/// `SITEGEN_UPDATE_GOLDEN=1` records instead: writes what changed, deletes stale
/// files, and then still fails, so that a run in record mode can never pass by accident.
struct GoldenFolder {
    /// In the source tree, not the copy in the test bundle: record mode writes here,
    /// and the bundle copy may keep files that were deleted from the source.
    let path: String

    static let updateVariable = "SITEGEN_UPDATE_GOLDEN"
    static var recordRequested: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    init(path: String) { self.path = path }

    /// `Fixtures/<name>` of this test target.
    init(fixture name: String) {
        path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    struct Difference: Equatable, CustomStringConvertible {
        enum Kind: String { case changed, missing, stale }
        let path: String
        let kind: Kind

        var description: String {
            switch kind {
            case .changed: "\(path) differs from its golden file"
            case .missing: "\(path) has no golden file"
            case .stale: "\(path) is a golden file that no test produces"
            }
        }
    }

    /// Everything that keeps the folder from holding exactly `files`, sorted by path.
    func differences(from files: [OutputFile]) throws -> [Difference] {
        let stored = Set(try storedPaths())
        var found: [Difference] = []
        for file in files {
            if !stored.contains(file.path) {
                found.append(Difference(path: file.path, kind: .missing))
            } else if FileManager.default.contents(atPath: path + "/" + file.path) != file.data {
                found.append(Difference(path: file.path, kind: .changed))
            }
        }
        let produced = Set(files.map(\.path))
        found += stored.filter { !produced.contains($0) }.map { Difference(path: $0, kind: .stale) }
        return found.sorted { $0.path.precedesInByteOrder($1.path) }
    }

    /// Makes the folder hold exactly `files`; returns what it had to change.
    @discardableResult
    func record(_ files: [OutputFile]) throws -> [Difference] {
        let differences = try differences(from: files)
        let byPath = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        for difference in differences {
            let target = path + "/" + difference.path
            if difference.kind == .stale {
                try FileManager.default.removeItem(atPath: target)
            } else if let data = byPath[difference.path] {
                try FileIO.local.write(target, .data(data))
            }
        }
        try removeEmptyFolders()
        return differences
    }

    /// The check a golden test makes: one issue per difference; in record mode the
    /// folder is rewritten and the test fails with a single issue that says so.
    func expectMatches(_ files: [OutputFile], recording: Bool = GoldenFolder.recordRequested,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if recording {
            let changed = try record(files)
            let summary = changed.isEmpty ? "nothing changed" : changed.map { "\($0.kind.rawValue) \($0.path)" }.joined(separator: ", ")
            Issue.record("golden files were rewritten; review the diff and rerun without \(Self.updateVariable) (\(path): \(summary))",
                         sourceLocation: sourceLocation)
            return
        }
        for difference in try differences(from: files) {
            Issue.record("\(difference); rerun with \(Self.updateVariable)=1 and review the diff", sourceLocation: sourceLocation)
        }
    }

    /// Relative paths of every stored file, hidden ones included; none when the folder does not exist.
    private func storedPaths() throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try FileIO.local.walk(path).map(\.relative)
    }

    /// Folders emptied by deleting stale files go too, deepest first.
    private func removeEmptyFolders() throws {
        guard let all = FileManager.default.subpaths(atPath: path) else { return }
        for relative in all.sorted(by: { $0.count > $1.count }) {
            let full = path + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue,
               try FileManager.default.contentsOfDirectory(atPath: full).isEmpty {
                try FileManager.default.removeItem(atPath: full)
            }
        }
    }
}
