import SitegenSupport
import SitegenModel
import SitegenContent

/// A render stage: a function from a job to what it made. The page memo of
/// `sitegen serve` wraps `SiteRenderer.run` from outside (`PageMemo.wrapping`).
package typealias RenderStage = @Sendable (SiteRenderer, RenderJob) -> RenderedJob

extension SiteRenderer {
    /// The plain stage: every job rendered.
    package static let plain: RenderStage = { renderer, job in renderer.run(job) }

    /// Runs the jobs of both waves on all cores and hands each job's result to
    /// `consume` as soon as it is made; `consume` returns what to keep (a writer keeps
    /// only the diagnostics, so a large site is never in memory whole).
    /// - Returns: what was kept, in job order (deterministic), the beginning's result first.
    package func runAll(_ begun: RenderedJob, stage: RenderStage = SiteRenderer.plain,
                        consume: @Sendable (RenderedJob) -> RenderedJob) -> [RenderedJob] {
        // The beginning's files (every initiative's JSON) go first: not held while the pages render.
        let kept = consume(begun)
        let first = StageTimings.measure("render: pages, charts, furigana, open data") {
            ParallelMap.map(jobs) { job in Self.consumed(stage(self, job), by: consume) }
        }
        let (showing, catalogJobs) = catalogPages(first)
        let second = StageTimings.measure("render: pages with the data catalog") {
            ParallelMap.map(catalogJobs) { job in Self.consumed(stage(showing, job), by: consume) }
        }
        return [kept] + first + second
    }

    /// What `consume` keeps of a job's result; once the result is dropped, the memory
    /// of a large job (its pages, their drafts and copies) goes back to the system, so
    /// large jobs on different cores do not add up in the build's peak memory.
    private static func consumed(_ made: consuming RenderedJob, by consume: (RenderedJob) -> RenderedJob) -> RenderedJob {
        let bytes = made.files.reduce(0) { $0 + $1.contents.count }
        let kept = consume(made)
        _ = consume made
        FreedMemory.release(afterJobOf: bytes)
        return kept
    }

    /// Every file of the site (or the scope's), sorted by path, and what was found.
    /// Tests and `sitegen serve` compare whole sites.
    /// - Parameter sortedByPath: false leaves the files in job order (deterministic too):
    ///   `sitegen serve` writes by path and does not sort 11,000 files on every edit.
    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                              furigana: FuriganaAnnotator? = nil, scope: RenderScope = .all,
                              stage: RenderStage = SiteRenderer.plain, initiativeData: InitiativeDataWrapper? = nil,
                              sortedByPath: Bool = true)
        -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (renderer, begun) = begin(bundle, theme: theme, accessibility: accessibility, furigana: furigana, scope: scope,
                                      initiativeData: initiativeData)
        let made = renderer.runAll(begun, stage: stage) { $0 }
        let joined = made.flatMap(\.files)
        let files = sortedByPath ? joined.sorted { $0.path.precedesInByteOrder($1.path) } : joined
        // A fallback page repeats the base text, and with it the base text's warnings.
        return (files, Array(Set(made.flatMap(\.diagnostics))).sorted())
    }
}
