import Synchronization

/// Folder listings (`FileIO.listWithKinds`) as first read: one walk's listings, handed
/// to whatever reads the same folders next. `sitegen serve`'s watcher lists every folder
/// of the content and the theme to notice an edit; the build it starts reads them from
/// here instead of listing them again (a file changed since then is seen by the next
/// poll, as with the watcher's signatures), and within a build the load and the inputs'
/// fingerprint share them.
package final class FolderListings: Sendable {
    package typealias Listing = [(name: String, kind: FileIO.EntryKind)]
    private let listings = Mutex<[String: Listing]>([:])

    package init() {}

    /// `io`, whose listings come from here, and go here when first read.
    package func remembering(_ io: FileIO) -> FileIO {
        guard let listWithKinds = io.listWithKinds else { return io }
        var remembering = io
        remembering.listWithKinds = { path in
            if let known = self.listings.withLock({ $0[path] }) { return known }
            let entries = try listWithKinds(path)
            self.listings.withLock { $0[path] = entries }
            return entries
        }
        return remembering
    }
}

extension FileIO {
    /// The same file system, each folder listed once for as long as this value is used.
    package func rememberingListings() -> FileIO { FolderListings().remembering(self) }
}
