import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// Load and validate only: what `sitegen check` and the first half of a build share.
package enum ContentCheck {
    package static func run(contentPath: String, io: FileIO,
                           cache: BuildCache? = nil) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let (loaded, loadDiagnostics) = StageTimings.measure("load") {                              // 1. load
            ContentLoader.load(contentPath: contentPath, io: io, cache: cache?.content)
        }
        let (bundle, validateDiagnostics) = StageTimings.measure("validate") {                      // 2. validate, 3. model
            ContentValidator.validate(loaded, cache: cache?.content)
        }
        // Links between pages, once every page is known (not written yet: a broken one stops the build).
        let linkDiagnostics = bundle.map { bundle in StageTimings.measure("links") { InternalLinkCheck.check(bundle) } } ?? []
        // Text never meant for citizens (【仮】): warned here, refused by --release.
        let placeholders = PlaceholderScan.scan(loaded, cache: cache?.content)
        let all = Array(Set(loadDiagnostics + validateDiagnostics + linkDiagnostics + placeholders)).sorted()
        return (all.hasErrors ? nil : bundle, all)
    }
}
