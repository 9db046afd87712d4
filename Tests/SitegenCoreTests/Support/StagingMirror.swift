import Foundation
@testable import SitegenSupport
@testable import SitegenBuild

/// What a build may leave beside its output (see StagingSite): the staging folder, kept for the
/// next build, holding only folders that the output has too and hard links to the output's files.
enum StagingMirror {
    /// Why `staging` is not such a mirror of `output`, or nil when it is (or is absent).
    static func problem(staging: String, output: String) -> String? {
        guard FileManager.default.fileExists(atPath: staging) else { return nil }
        guard let entries = try? FileIO.local.walkingFolders(staging) else { return "\(staging) cannot be read" }
        for (relative, kind) in entries {
            let inStaging = FileSignature.of(staging + "/" + relative), inOutput = FileSignature.of(output + "/" + relative)
            switch kind {
            case .directory:
                guard inOutput?.kind == .directory else { return "folder \(relative) is not in the output" }
            case .file:
                // The marker may be its own file: it only says whose the folder is.
                if relative == OutputFolderGuard.markerName { continue }
                guard let inStaging, let inOutput, inStaging.inode == inOutput.inode, inStaging.device == inOutput.device else {
                    return "file \(relative) is not the output's file"
                }
            default:
                return "\(relative) is neither a file nor a folder"
            }
        }
        return nil
    }
}

extension FileIO {
    /// `walk`, with the folders listed too.
    func walkingFolders(_ root: String) throws -> [(relative: String, kind: EntryKind)] {
        var result: [(String, EntryKind)] = []
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? root : root + "/" + relative
            for (name, kind) in try listWithKinds!(full) {
                let path = relative.isEmpty ? name : relative + "/" + name
                result.append((path, kind))
                if kind == .directory { try visit(path) }
            }
        }
        try visit("")
        return result
    }
}

extension TestTree {
    /// Every regular file below `path` (hidden ones included), relative path → bytes.
    static func files(below path: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for (relative, kind) in (try? FileIO.local.walk(path)) ?? [] where kind == .file {
            result[relative] = FileManager.default.contents(atPath: path + "/" + relative)
        }
        return result
    }
}
