import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// What a build needs to know. Paths are as the user typed them; diagnostics show them so.
package struct BuildOptions: Sendable {
    package var contentPath: String
    package var outputPath: String
    package var themesPath: String
    package var themeName: String
    /// Overrides `report.base_url` (e.g. a staging host in CI).
    package var baseURL: String?
    /// Take over a non-empty output folder that sitegen did not make (`--force`);
    /// never the content, themes, project, home folder or `/`.
    package var force: Bool
    /// When another build holds the output: wait for it (true) or fail at once (`--no-wait`).
    package var waitForOutput: Bool
    /// A build for publishing (`--release`): placeholders and a missing base URL are refused (`ReleaseCheck`).
    package var release: Bool
    /// A review copy for opening from a folder (`--file-links`): links name `…/index.html` (`FileBrowsingLinks`).
    package var fileLinks: Bool

    package init(contentPath: String = "content", outputPath: String = "output", themesPath: String = "themes",
                themeName: String = "default", baseURL: String? = nil, force: Bool = false, waitForOutput: Bool = true,
                release: Bool = false, fileLinks: Bool = false) {
        self.contentPath = contentPath
        self.outputPath = outputPath
        self.themesPath = themesPath
        self.themeName = themeName
        self.baseURL = baseURL
        self.force = force
        self.waitForOutput = waitForOutput
        self.release = release
        self.fileLinks = fileLinks
    }

    /// E033 when the output folder is one sitegen must not replace (checked before anything is read).
    package func outputRefusal(io: FileIO) -> Diagnostic? {
        OutputFolderGuard.check(output: outputPath, contentPath: contentPath, themesPath: themesPath, force: force, io: io)
    }
}

package struct BuildReport: Sendable {
    package let diagnostics: [Diagnostic]
    /// HTML pages written (0 when the build failed).
    package let pageCount: Int
    /// All files written.
    package let fileCount: Int
    package var succeeded: Bool { !diagnostics.hasErrors }
}

/// The whole build, top to bottom: load → validate → model → render → write.
/// Each stage is a function from values to values; only the first and last touch
/// the file system, through `FileIO`.
package enum BuildPipeline {
    /// - Parameter notice: progress worth telling the user (waiting for another build).
    package static func run(_ options: BuildOptions, io: FileIO = .local,
                           notice: (String) -> Void = { _ in }) -> BuildReport {
        // 0. An output folder sitegen did not make is refused before anything is read.
        if let refusal = options.outputRefusal(io: io) { return failed([refusal]) }
        if options.release, case let refused = ReleaseCheck.refusals(options, io: io), !refused.isEmpty { return failed(refused) }

        // 1–3. Load, validate, model.
        let (prepared, prepareDiagnostics) = prepare(options, io: io, cache: nil)
        guard let prepared else { return failed(prepareDiagnostics) }

        // 4–5. Render, each file going into the staging folder as soon as it is finished
        // (a large site is never held in memory whole); swapped in only when all is written,
        // under the output's lock so that no other build shares the staging folder.
        let lock: FolderLock
        switch OutputLocking.acquire(output: options.outputPath, wait: options.waitForOutput, io: io, notice: notice) {
        case .success(let held): lock = held
        case .failure(let busy): return failed(prepareDiagnostics + [busy])
        }
        defer { withExtendedLifetime(lock) {} }
        let staging: StagingSite
        switch StagingSite.begin(output: options.outputPath, io: io, force: options.force) {
        case .success(let site): staging = site
        case .failure(let failure): return failed(prepareDiagnostics + failure.diagnostics)
        }
        let rendered = StageTimings.measure("render + write") { () -> [RenderedJob] in
            let (renderer, begun) = SiteRenderer.begin(prepared.bundle, theme: prepared.theme,
                                                       accessibility: prepared.accessibility)
            // Each job returns what it made; its files go into the staging folder at once
            // and only its diagnostics are kept.
            return renderer.runAll(begun) { made in
                staging.add(options.fileLinks ? FileBrowsingLinks.apply(made.files) : made.files)
                return made.withoutFiles
            }
        }
        let renderDiagnostics = rendered.flatMap(\.diagnostics)
        var diagnostics = prepareDiagnostics + renderDiagnostics
        guard !diagnostics.hasErrors else {
            staging.abandon()
            return failed(diagnostics)
        }
        let counts = staging.counts
        diagnostics += StageTimings.measure("swap") { staging.commit() }
        guard !diagnostics.hasErrors else { return failed(diagnostics) }
        return BuildReport(diagnostics: sorted(diagnostics), pageCount: counts.pages, fileCount: counts.files)
    }

    /// Stages 1–4 without writing: every output file (sorted by path), or nil when there are errors.
    /// - Parameter cache: what a build session keeps between builds (unchanged files are not decoded again).
    package static func render(_ options: BuildOptions, io: FileIO = .local,
                              cache: BuildCache? = nil) -> (files: [OutputFile]?, diagnostics: [Diagnostic]) {
        let (prepared, prepareDiagnostics) = prepare(options, io: io, cache: cache)
        guard let prepared else { return (nil, sorted(prepareDiagnostics)) }
        let (files, renderDiagnostics) = render(prepared, cache: cache, scope: .all)
        let diagnostics = prepareDiagnostics + renderDiagnostics
        guard !diagnostics.hasErrors else { return (nil, sorted(diagnostics)) }
        return (files, sorted(diagnostics))
    }

    /// Stage 4 in memory, for content that is already prepared; `.initiatives(ids)` renders
    /// only those initiatives' own files (see `RenderScope`). With a cache, the page memo
    /// wraps the render stage and the MeCab dictionary is opened once per session.
    /// - Parameter sortedByPath: false for a writer that does not need the files sorted (`BuildSession`).
    package static func render(_ prepared: Prepared, cache: BuildCache?, scope: RenderScope,
                              sortedByPath: Bool = true) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (groups, diagnostics) = renderGroups(prepared, cache: cache, scope: scope)
        return (SiteRenderer.files(of: groups, sortedByPath: sortedByPath), diagnostics)
    }

    /// `render`'s files in job order, grouped as their jobs made them (`SiteRenderer.renderGroups`).
    package static func renderGroups(_ prepared: Prepared, cache: BuildCache?,
                                    scope: RenderScope) -> (groups: [[OutputFile]], diagnostics: [Diagnostic]) {
        let annotator = prepared.bundle.sites.contains { $0.language.isEasy }
            ? try? cache?.annotator(for: prepared.bundle.base.furigana) : nil
        let memo = cache.flatMap { cache in
            cache.pages.begin(bundle: prepared.bundle, themeVersions: prepared.themeVersions,
                              accessibility: prepared.accessibility) ? cache.pages : nil
        }
        return StageTimings.measure("render") {
            SiteRenderer.renderGroups(prepared.bundle, theme: prepared.theme, accessibility: prepared.accessibility,
                                      furigana: annotator, scope: scope, wrappers: memo?.wrappers() ?? .none)
        }
    }

    /// What rendering needs, once the content is valid.
    package struct Prepared: Sendable {
        package let bundle: SiteBundle
        package let theme: SiteTheme
        /// The theme's file versions when known (`sitegen serve`): the page memo keys on them.
        package let themeVersions: [FileVersion]?
        package let accessibility: AccessibilityResults?

        package init(bundle: SiteBundle, theme: SiteTheme, themeVersions: [FileVersion]?, accessibility: AccessibilityResults?) {
            self.bundle = bundle
            self.theme = theme
            self.themeVersions = themeVersions
            self.accessibility = accessibility
        }
    }

    /// Stages 1–3 and the theme: nil (with the diagnostics) when anything is wrong.
    package static func prepare(_ options: BuildOptions, io: FileIO, cache: BuildCache?) -> (Prepared?, [Diagnostic]) {
        // 1–3. Load the content, validate it, assemble one Site per language; meanwhile, on
        // another core, compile the theme (the two do not depend on each other), and, in
        // `sitegen serve`, take the inputs' fingerprint for the accessibility page.
        let themeFolder = FileIO.folder(options.themesPath) + "/" + options.themeName
        @Sendable func accessibilityResults() -> (AccessibilityResults, [Diagnostic]) {
            AccessibilityResults.load(contentPath: options.contentPath, themeFolder: themeFolder, io: io, cache: cache?.content)
        }
        let ((checked, contentDiagnostics), (compiled, early)) = ParallelMap.both({
            ContentCheck.run(contentPath: options.contentPath, io: io, cache: cache)
        }, {
            let compiled = StageTimings.measure("theme") { () -> (SiteTheme?, [Diagnostic], [FileVersion]?) in
                if let cache { return cache.theme(name: options.themeName, themesRoot: options.themesPath, io: io) }
                let (theme, found) = SiteTheme.load(name: options.themeName, themesRoot: options.themesPath, fileIO: io)
                return (theme, found, nil)
            }
            return (compiled, cache == nil ? nil : accessibilityResults())
        })
        let (theme, themeDiagnostics, themeVersions) = compiled
        var diagnostics = contentDiagnostics
        if let override = options.baseURL, !BaseURL.isValid(override) {
            diagnostics.append(Diagnostic(.invalidURL, "--base-url「\(override)」は http:// か https:// で始まり、ホスト名とパスだけのURLで書いてください(「?」「#」「ユーザー名@」や、% の後に16進数2桁がない書き方は使えません)。",
                                          at: SourceLocation(path: "--base-url")))
        }
        diagnostics += themeDiagnostics
        guard var bundle = checked, let theme, !diagnostics.hasErrors else { return (nil, diagnostics) }
        diagnostics += theme.strings.checkLanguages(bundle.sites.map(\.language),
                                                    stringsFolder: FileIO.folder(options.themesPath) + "/" + options.themeName + "/strings")
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        if let override = options.baseURL { bundle = bundle.withBaseURL(BaseURL.normalized(override)) }

        // The last site check's results for the accessibility page (optional file).
        let (accessibility, accessibilityDiagnostics) = early ?? accessibilityResults()
        diagnostics += accessibilityDiagnostics
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Prepared(bundle: bundle, theme: theme, themeVersions: themeVersions, accessibility: accessibility), diagnostics)
    }

    static func failed(_ diagnostics: [Diagnostic]) -> BuildReport {
        BuildReport(diagnostics: sorted(diagnostics), pageCount: 0, fileCount: 0)
    }

    package static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] { Array(Set(diagnostics)).sorted() }
}

extension SiteBundle {
    /// The same bundle published at another root URL.
    package func withBaseURL(_ url: String) -> SiteBundle {
        SiteBundle(sites: sites.map { site in
            let r = site.report
            let report = Report(title: r.title, fiscalYear: r.fiscalYear, asOf: r.asOf, baseURL: url, license: r.license,
                                description: r.description, introduction: r.introduction, sources: r.sources,
                                editions: r.editions)
            return site.replacing(report: report)
        })
    }
}
