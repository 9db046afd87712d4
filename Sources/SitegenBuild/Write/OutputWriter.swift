import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// Stage 5: puts the generated files on disk so that the previous site is
/// never lost. Everything is written to a staging folder next to the output
/// and swapped in only when complete — in one atomic exchange where the system
/// has one (Linux), else by two renames; an interrupted run is cleaned up (and
/// a half-done two-rename swap rolled back) by the next one.
package enum OutputWriter {
    package struct Paths: Equatable {
        package let output: String
        package let staging: String
        package let previous: String
        /// The lock file that keeps two builds out of one output (see `OutputLock`).
        package let lock: String

        package init(output: String) {
            let out = FileIO.folder(output)
            let url = URL(fileURLWithPath: out)
            let parent = url.deletingLastPathComponent().path
            let name = url.lastPathComponent
            let prefix = out.contains("/") ? parent + "/" : ""
            self.output = out
            self.staging = prefix + ".sitegen-staging-" + name
            self.previous = prefix + ".sitegen-previous-" + name
            self.lock = prefix + ".sitegen-lock-" + name
        }
    }

    /// Repairs what an interrupted run left: restores a swapped-out site, removes staging
    /// (or keeps it for the build to reuse, where the file system allows: see StagingSite).
    /// Only folders that are sitegen's (empty or marked) are removed or reused: a folder of the
    /// user's that happens to have one of these names is an error, never deleted.
    package static func recover(_ paths: Paths, io: FileIO) throws {
        if !io.exists(paths.output) && io.isDirectory(paths.previous) {
            try io.move(paths.previous, paths.output)
        }
        for leftover in [paths.previous, paths.staging] where io.exists(leftover) {
            guard io.isDirectory(leftover), OutputFolderGuard.isOwned(leftover, io: io) else {
                throw NotOurs(path: leftover)
            }
            if leftover == paths.staging && io.recycling != nil { continue }
            try io.remove(leftover)
        }
    }

    /// A leftover-looking folder that sitegen did not make.
    struct NotOurs: Error { let path: String }

    /// Writes `files` as the complete new content of `output`. Files not in the
    /// list disappear from the output. `force` lets it replace a folder sitegen did not make.
    package static func write(_ files: [OutputFile], to output: String, io: FileIO, force: Bool = false) -> [Diagnostic] {
        let staging: StagingSite
        switch StagingSite.begin(output: output, io: io, force: force) {
        case .success(let site): staging = site
        case .failure(let failure): return failure.diagnostics
        }
        staging.add(files)
        return staging.commit()
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        // On bytes: every file of every build passes here. A backslash or NUL byte anywhere, or an
        // empty, "." or ".." part (a leading "/" makes an empty first part), is refused.
        var segmentLength = 0, segmentDots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), 0:
                return false
            case UInt8(ascii: "/"):
                guard segmentLength > 0, segmentDots < segmentLength || segmentLength > 2 else { return false }
                segmentLength = 0
                segmentDots = 0
            default:
                segmentLength += 1
                if byte == UInt8(ascii: ".") { segmentDots += 1 }
            }
        }
        return segmentLength > 0 && (segmentDots < segmentLength || segmentLength > 2)
    }
}
