import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Files handed over from several threads, kept for callers that want the whole site.
final class CollectedFiles: Sendable {
    private let files = Mutex<[OutputFile]>([])

    func add(_ more: [OutputFile]) { files.withLock { $0 += more } }

    /// By path, so the result never depends on which thread finished first.
    var sorted: [OutputFile] { files.withLock { $0.sorted { $0.path.precedesInByteOrder($1.path) } } }
}
