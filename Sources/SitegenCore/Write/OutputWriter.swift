import Foundation

/// Stage 5: puts the generated files on disk so that the previous site is
/// never lost. Everything is written to a staging folder next to the output
/// and swapped in only when complete — in one atomic exchange where the system
/// has one (Linux), else by two renames; an interrupted run is cleaned up (and
/// a half-done two-rename swap rolled back) by the next one.
public enum OutputWriter {
    public struct Paths: Equatable {
        public let output: String
        public let staging: String
        public let previous: String

        public init(output: String) {
            let out = FileIO.folder(output)
            let url = URL(fileURLWithPath: out)
            let parent = url.deletingLastPathComponent().path
            let name = url.lastPathComponent
            let prefix = out.contains("/") ? parent + "/" : ""
            self.output = out
            self.staging = prefix + ".sitegen-staging-" + name
            self.previous = prefix + ".sitegen-previous-" + name
        }
    }

    /// Repairs what an interrupted run left: restores a swapped-out site, removes staging.
    public static func recover(_ paths: Paths, io: FileIO) throws {
        if !io.exists(paths.output) && io.isDirectory(paths.previous) {
            try io.move(paths.previous, paths.output)
        }
        try io.remove(paths.previous)
        try io.remove(paths.staging)
    }

    /// Writes `files` as the complete new content of `output`. Files not in the
    /// list disappear from the output.
    public static func write(_ files: [OutputFile], to output: String, io: FileIO) -> [Diagnostic] {
        let staging: StagingSite
        switch StagingSite.begin(output: output, io: io) {
        case .success(let site): staging = site
        case .failure(let failure): return failure.diagnostics
        }
        staging.add(files)
        return staging.commit()
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
