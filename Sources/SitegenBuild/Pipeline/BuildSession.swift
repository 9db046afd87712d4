import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// One build session: `sitegen serve` builds through it again and again (the shape
/// of Hugo's `Build(config, events…)`). It runs the pipeline's own stages
/// (`BuildPipeline.prepare`, then `SiteRenderer`), decides from the changed files
/// what to render first, keeps the memos around those stages (decoded files,
/// validated initiatives, the compiled theme, initiative pages, the MeCab
/// dictionary), and writes only what changed. An actor: one build at a time.
package actor BuildSession {
    package let options: BuildOptions
    private let cache = BuildCache()
    private var writer: IncrementalWriter
    /// Where the output is written (the local file system; tests inject faults).
    private let writeIO: FileIO
    /// Whether the output holds a whole site of this session (edited pages are written over it).
    private var hasWrittenSite = false

    package init(options: BuildOptions, writeIO: FileIO = .local) {
        self.options = options
        self.writer = IncrementalWriter(outputPath: options.outputPath, force: options.force)
        self.writeIO = writeIO
    }

    /// Files that changed since the previous build, as the watcher saw them.
    package struct Changes: Sendable, Equatable {
        package var modified: Set<String>
        package var addedOrRemoved: Set<String>

        package init(modified: Set<String> = [], addedOrRemoved: Set<String> = []) {
            self.modified = modified
            self.addedOrRemoved = addedOrRemoved
        }

        package var isEmpty: Bool { modified.isEmpty && addedOrRemoved.isEmpty }
        package var all: Set<String> { modified.union(addedOrRemoved) }
    }

    /// What a build, or its first step, did to the output.
    package struct Outcome: Sendable {
        package let succeeded: Bool
        package let diagnostics: [Diagnostic]
        /// Output-relative paths written or removed; nil when not known (a whole-site write).
        package let paths: Set<String>?
        /// Files written or removed.
        package let written: Int
        /// A failed write left some files new and some old.
        package let partial: Bool
        package let milliseconds: Double
    }

    /// Builds: load (unchanged files from the memo), validate, render, write what changed.
    /// When every change is an edit of existing initiative files, their own files (pages in
    /// every language, charts, JSON) are rendered and written first and reported to
    /// `editedPages`, so the page being edited reloads at once; then the whole site, so
    /// pages that list initiatives catch up. Both steps come from one validated content.
    /// - Parameter io: how content and themes are read (the watcher's snapshot answers
    ///   signature questions).
    package func build(changes: Changes? = nil, io: FileIO = .local,
                       editedPages: @Sendable (Outcome) -> Void = { _ in }) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double { Double((clock.now - start) / .microseconds(1)) / 1000 }
        let io = io.rememberingListings()

        // 1–3. Load, validate, model: the same stages as `sitegen build`.
        let (prepared, prepareDiagnostics) = BuildPipeline.prepare(options, io: io, cache: cache)
        guard let prepared else {
            return Outcome(succeeded: false, diagnostics: BuildPipeline.sorted(prepareDiagnostics), paths: nil, written: 0,
                           partial: false, milliseconds: elapsed())
        }
        // 4–5 for the edited initiatives first.
        if hasWrittenSite, let edited = changes.flatMap(editedInitiatives), let ids = Self.initiativeIDs(editing: edited, in: prepared.bundle) {
            let (files, found) = BuildPipeline.render(prepared, cache: cache, scope: .initiatives(ids), sortedByPath: false)
            if !found.hasErrors {
                let (summary, writeDiagnostics) = writer.writePart(files, io: writeIO)
                if !writeDiagnostics.hasErrors {
                    editedPages(Outcome(succeeded: true, diagnostics: [], paths: summary.paths, written: summary.written,
                                        partial: false, milliseconds: elapsed()))
                }
            }
        }
        // 4–5 for the whole site.
        let (groups, renderDiagnostics) = BuildPipeline.renderGroups(prepared, cache: cache, scope: .all)
        var diagnostics = prepareDiagnostics + renderDiagnostics
        guard !diagnostics.hasErrors else {
            return Outcome(succeeded: false, diagnostics: BuildPipeline.sorted(diagnostics), paths: nil, written: 0,
                           partial: false, milliseconds: elapsed())
        }
        let (summary, writeDiagnostics) = writer.write(groups: groups, io: writeIO)
        diagnostics += writeDiagnostics
        hasWrittenSite = !writeDiagnostics.hasErrors
        return Outcome(succeeded: !diagnostics.hasErrors, diagnostics: BuildPipeline.sorted(diagnostics), paths: summary.paths,
                       written: summary.written + summary.removed, partial: summary.partial, milliseconds: elapsed())
    }

    /// The edited base files when every change is an edit of an existing initiative file.
    package nonisolated func editedInitiatives(_ changes: Changes) -> Set<String>? {
        let folder = FileIO.folder(options.contentPath) + "/initiatives/"
        guard changes.addedOrRemoved.isEmpty, !changes.modified.isEmpty else { return nil }
        var bases: Set<String> = []
        for path in changes.modified {
            guard path.hasPrefix(folder) else { return nil }
            let file = String(path.dropFirst(folder.count))
            guard !file.contains("/"), let split = ContentLoader.splitName(file, ext: "md") else { return nil }
            bases.insert(folder + split.stem + ".md")
        }
        return bases
    }

    /// The ids of the initiatives whose base files were edited; nil when one is not found.
    static func initiativeIDs(editing bases: Set<String>, in bundle: SiteBundle) -> Set<String>? {
        let ids = bundle.base.initiatives.filter { bases.contains($0.location.path) }.map(\.id)
        return ids.count == bases.count ? Set(ids) : nil
    }
}
