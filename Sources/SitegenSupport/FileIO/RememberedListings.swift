import Synchronization

extension FileIO {
    /// The same file system, each folder listed once for as long as this value is used:
    /// one build of `sitegen serve` walks the content folder to load it and again for the
    /// inputs' fingerprint, and the theme folder for its versions and the fingerprint.
    /// Within a build a folder is read as it was first listed (a file that changes meanwhile
    /// is seen by the next build, as with the watcher's signatures).
    package func rememberingListings() -> FileIO {
        guard let listWithKinds else { return self }
        let listings = Mutex<[String: [(name: String, kind: EntryKind)]]>([:])
        var io = self
        io.listWithKinds = { path in
            if let known = listings.withLock({ $0[path] }) { return known }
            let entries = try listWithKinds(path)
            listings.withLock { $0[path] = entries }
            return entries
        }
        return io
    }
}
