import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// Notices edits under some folders by polling `lstat` signatures (portable, no
/// inotify). A snapshot is sorted by path, so comparing two does not depend on
/// directory order; `changes(from:to:)` names the files that differ.
package struct ChangeWatcher: Sendable {
    package let roots: [String]
    let io: FileIO

    package init(roots: [String], io: FileIO = .local) {
        self.roots = roots.map(FileIO.folder)
        self.io = io
    }

    package struct Entry: Sendable, Equatable {
        package let path: String
        let signature: FileSignature?
    }

    /// Every file below the roots with its signature. Missing roots count as empty.
    package func snapshot() -> [Entry] { listedSnapshot().entries }

    /// `snapshot()` and the folder listings it read (a build started from it reads them again).
    package func listedSnapshot() -> (entries: [Entry], listings: FolderListings) {
        let listings = FolderListings()
        let io = listings.remembering(self.io)
        var entries: [Entry] = []
        for root in roots {
            guard let files = try? io.walk(root) else { continue }
            for file in files where file.kind == .file {
                let path = root + "/" + file.relative
                entries.append(Entry(path: path, signature: io.signature(path)))
            }
        }
        return (entries, listings)
    }

    /// Files that changed between two snapshots (what the build session is told).
    package typealias Changes = BuildSession.Changes

    package static func changes(from old: [Entry], to new: [Entry]) -> Changes {
        var changes = Changes()
        let before = Dictionary(old.map { ($0.path, $0.signature) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.path, $0.signature) }, uniquingKeysWith: { first, _ in first })
        for (path, signature) in after {
            if let previous = before[path] {
                if previous != signature || signature == nil { changes.modified.insert(path) }
            } else {
                changes.addedOrRemoved.insert(path)
            }
        }
        for path in before.keys where after[path] == nil { changes.addedOrRemoved.insert(path) }
        return changes
    }
}
