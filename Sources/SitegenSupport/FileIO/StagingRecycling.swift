/// How a file system lets a build reuse the last build's staging folder (see RecycledFolder).
/// `FileIO.local` has it; the in-memory file system of the tests does not, and each of
/// its builds starts from an empty staging folder.
package struct StagingRecycling: Sendable {
    /// Lists a kept staging folder, removing what is neither a regular file nor a folder.
    package var survey: @Sendable (_ root: String) throws -> RecycledFolder
    /// Puts `contents` at `path`, given the inode of the file the folder already has there,
    /// by keeping it, linking `existing` (the published copy) or writing (`FilePlacement`).
    package var place: @Sendable (_ existing: String, _ path: String, _ contents: FileBytes,
                                  _ inodeAtPath: UInt64?) throws -> FilePlacement
    /// Removes the files and folders that the two tests turn down (see `RecycledFolder.prune`).
    package var prune: @Sendable (_ root: String, _ keep: @escaping @Sendable (String, UInt64) -> Bool,
                                  _ keepFolder: @escaping @Sendable (String) -> Bool) throws -> Void

    package static let local = StagingRecycling(
        survey: { root in try RecycledFolder.survey(root) },
        place: { existing, path, contents, inode in try FileReuse.place(existing, at: path, contents: contents, inodeAtNew: inode) },
        prune: { root, keep, keepFolder in try RecycledFolder.prune(root, keep: keep, keepFolder: keepFolder) })
}

/// What became of one file of a new site in a recycled staging folder.
package enum FilePlacement: Equatable, Sendable {
    /// The folder's file already was the published one, which holds the same bytes.
    case kept(inode: UInt64)
    /// Linked to the published file, which holds the same bytes.
    case linked(inode: UInt64)
    /// Written anew.
    case written

    /// The inode shared with the published site, if any.
    package var sharedInode: UInt64? {
        switch self {
        case .kept(let inode), .linked(let inode): inode
        case .written: nil
        }
    }
}
