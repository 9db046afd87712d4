import SitegenSupport

/// The groups of files (one job's `RenderedJob.files` each) that the last whole-site write of
/// `sitegen serve` left on disk exactly as they are. A memo hands a kept job's result out again
/// as the same array, so `IncrementalWriter` knows such a group by its storage and skips its
/// files, instead of looking each of 11,000 files up by path on every edit. The arrays are held
/// here, so no other array can take the storage of one while it is known.
struct WrittenGroups: Sendable {
    /// By the address of each group's storage.
    private var held: [Int: [OutputFile]] = [:]

    init() {}

    /// Every non-empty group, as written.
    init(_ groups: [[OutputFile]]) {
        held.reserveCapacity(groups.count)
        for group in groups { if let id = Self.identity(of: group) { held[id] = group } }
    }

    /// The address of a group's storage (nil for an empty group, which has none of its own).
    static func identity(of group: [OutputFile]) -> Int? {
        group.isEmpty ? nil : group.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// Whether this very array was written whole and is unchanged on disk.
    func holds(_ group: [OutputFile]) -> Bool {
        guard let id = Self.identity(of: group) else { return false }
        return held[id] != nil
    }

    /// A group one of whose files was written since: compared file by file again.
    mutating func forget(_ id: Int) { held[id] = nil }
}
