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
    /// The stage and the memo's kept results are this renderer's `wrappers`.
    package func runAll(_ begun: RenderedJob, consume: @Sendable (RenderedJob) -> RenderedJob) -> [RenderedJob] {
        // The beginning's files (every initiative's JSON) go first: not held while the pages render.
        let kept = consume(begun)
        let first = StageTimings.measure("render: pages, charts, furigana, open data") { run(jobs, consume: consume) }
        let (showing, catalogJobs) = catalogPages(first)
        let second = StageTimings.measure("render: pages with the data catalog") { showing.run(catalogJobs, consume: consume) }
        return [kept] + first + second
    }

    /// Jobs on all cores; a job whose result a memo keeps (`RenderWrappers.kept`) is handed out
    /// by the worker that takes it, without running.
    private func run(_ jobs: [RenderJob], consume: @Sendable (RenderedJob) -> RenderedJob) -> [RenderedJob] {
        let stage = wrappers.stage
        guard let kept = wrappers.kept else {
            return ParallelMap.map(jobs) { job in Self.consumed(stage(self, job), by: consume, releasing: true) }
        }
        // Asking the memo is most of the work after an edit (thousands of kept pages, a handful
        // made again): asked on every core, it no longer runs alone before the other jobs start.
        // `sitegen serve` keeps what every job made (its writer compares the next build with it):
        // there is nothing to hand back, and a heap walk per build only makes the next build
        // fault the pages in again.
        return ParallelMap.map(jobs) { job in
            if let known = kept(self, job) { return consume(known) }
            return Self.consumed(stage(self, job), by: consume, releasing: false)
        }
    }

    /// What `consume` keeps of a job's result; once the result is dropped, the memory
    /// of a large job (its pages, their drafts and copies) goes back to the system, so
    /// large jobs on different cores do not add up in the build's peak memory.
    private static func consumed(_ made: consuming RenderedJob, by consume: (RenderedJob) -> RenderedJob,
                                 releasing: Bool) -> RenderedJob {
        let bytes = made.files.reduce(0) { $0 + $1.contents.count }
        let kept = consume(made)
        _ = consume made
        if releasing { FreedMemory.release(afterJobOf: bytes) }
        return kept
    }

    /// Every file of the site (or the scope's), sorted by path, and what was found.
    /// Tests and `sitegen serve` compare whole sites.
    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                              furigana: FuriganaAnnotator? = nil, scope: RenderScope = .all,
                              wrappers: RenderWrappers = .none) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (groups, diagnostics) = renderGroups(bundle, theme: theme, accessibility: accessibility, furigana: furigana,
                                                 scope: scope, wrappers: wrappers)
        return (files(of: groups, sortedByPath: true), diagnostics)
    }

    /// The jobs' files in one list: in job order (deterministic too), or sorted by path.
    package static func files(of groups: [[OutputFile]], sortedByPath: Bool) -> [OutputFile] {
        let joined = groups.flatMap { $0 }
        return sortedByPath ? joined.sorted { $0.path.precedesInByteOrder($1.path) } : joined
    }

    /// `render`'s files in job order, in the groups their jobs made them (`RenderedJob.files`):
    /// `sitegen serve`'s writer knows a kept job's group by its storage and does not compare
    /// its files one by one, nor are 11,000 files joined or sorted on every edit.
    package static func renderGroups(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                                    furigana: FuriganaAnnotator? = nil, scope: RenderScope = .all,
                                    wrappers: RenderWrappers = .none) -> (groups: [[OutputFile]], diagnostics: [Diagnostic]) {
        let (renderer, begun) = begin(bundle, theme: theme, accessibility: accessibility, furigana: furigana, scope: scope,
                                      wrappers: wrappers)
        let made = renderer.runAll(begun) { $0 }
        // A fallback page repeats the base text, and with it the base text's warnings.
        return (made.map(\.files), Array(Set(made.flatMap(\.diagnostics))).sorted())
    }
}
