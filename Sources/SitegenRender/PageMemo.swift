import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Initiative pages (with the chart files drawn for them) from the previous build
/// of `sitegen serve`, handed out again while nothing they show has changed: the
/// initiative in every language (its JSON link shows the size of a file with all
/// languages' texts), the numbers and titles of its neighbours, and everything
/// site-wide (every language's site without its initiatives, the theme's files,
/// the accessibility results). A change site-wide forgets every page. Where the
/// site file's texts are written (`Site.sourceMap`) is not shown on any page:
/// moving them (a comment added to site.yaml) keeps the pages.
package final class PageMemo: Sendable {
    package init() {}

    struct SiteWide: Sendable, Equatable {
        let sites: [Site]
        let theme: [FileVersion]
        let accessibility: AccessibilityResults?
    }

    struct Neighbour: Sendable, Equatable {
        let id: String
        let number: Int
        let title: String
    }

    struct Input: Sendable, Equatable {
        let versions: [Initiative]
        let previous: Neighbour?
        let next: Neighbour?
    }

    struct Output: Sendable {
        let files: [OutputFile]
        let diagnostics: [Diagnostic]
    }

    private let siteWide = Mutex<SiteWide?>(nil)
    private let pages = InputMemo<Input, Output>()

    /// Starts a build; returns false (memo unused) where the theme's versions are unknown.
    package func begin(bundle: SiteBundle, themeVersions: [FileVersion]?, accessibility: AccessibilityResults?) -> Bool {
        guard let themeVersions else { return false }
        let now = SiteWide(sites: bundle.sites.map { $0.replacing(initiatives: [], sourceMap: SourceMap(path: "")) }, theme: themeVersions,
                           accessibility: accessibility)
        siteWide.withLock { siteWide in
            if siteWide != now {
                pages.removeAll()
                siteWide = now
            }
        }
        return true
    }

    func page(_ key: String, for input: Input, render: () -> Output) -> Output {
        pages.value(key, for: input, compute: render)
    }
}

/// Collects the files one page job hands over (the page and the charts drawn for
/// it) so the job can be memoised; bound to the job's thread while it runs.
// Unchecked Sendable, safe because `files` is touched only inside `lock`; the recorder is bound to one
// page job through the task-local `current`, so no two jobs append to the same recorder.
final class JobRecorder: @unchecked Sendable {
    @TaskLocal static var current: JobRecorder?

    private let lock = NSLock()
    private var files: [OutputFile] = []

    func record(_ more: [OutputFile]) { lock.withLock { files += more } }

    var recorded: [OutputFile] { lock.withLock { files } }
}
