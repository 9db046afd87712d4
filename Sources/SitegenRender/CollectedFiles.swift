import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Files handed over from several threads, kept for callers that want the whole site.
final class CollectedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    func add(_ more: [OutputFile]) { lock.withLock { files += more } }

    /// By path, so the result never depends on which thread finished first.
    var sorted: [OutputFile] { lock.withLock { files.sorted { $0.path.precedesInByteOrder($1.path) } } }
}
