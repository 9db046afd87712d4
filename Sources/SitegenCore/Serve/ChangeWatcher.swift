import Foundation

/// Notices edits under some folders by polling file sizes and modification
/// times (portable, no inotify). A snapshot is a sorted list, so comparing two
/// does not depend on directory order.
public struct ChangeWatcher: Sendable {
    public let roots: [String]

    public init(roots: [String]) {
        self.roots = roots
    }

    public struct Entry: Sendable, Equatable {
        let path: String
        let size: Int64
        let modified: Double
    }

    /// Every file below the roots with its size and mtime. Missing roots count as empty.
    public func snapshot() -> [Entry] {
        var entries: [Entry] = []
        let manager = FileManager.default
        for root in roots {
            guard let enumerator = manager.enumerator(atPath: root) else { continue }
            var paths: [String] = []
            while let relative = enumerator.nextObject() as? String { paths.append(relative) }
            for relative in paths.sorted() {
                let path = root + "/" + relative
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      (attributes[.type] as? FileAttributeType) == .typeRegular else { continue }
                let size = attributes[.size].flatMap { value in
                    (value as? NSNumber)?.int64Value ?? (value as? UInt64).map(Int64.init) ?? (value as? Int).map(Int64.init)
                } ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries.append(Entry(path: path, size: size, modified: modified))
            }
        }
        return entries
    }
}
