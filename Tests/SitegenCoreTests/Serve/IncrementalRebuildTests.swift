import Foundation
import Synchronization
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The live preview's fast path: after an edit of initiative files, their own
/// pages are rendered first (scoped render), then the whole site. Both must
/// give exactly the bytes a fresh full build gives.
@Suite struct IncrementalRebuildTests {
    /// A live preview of MiniSite in a temp folder, built once, that edits files and
    /// rebuilds the way the watcher does (changes and signatures from snapshots).
    final class Session {
        let tree: TestTree
        let preview: LivePreview
        private var last: [ChangeWatcher.Entry]

        init(files: [String: String] = MiniSite.files) async throws {
            tree = try TestTree(files: files)
            preview = LivePreview(options: tree.options(), log: { _ in })
            last = preview.watcher.snapshot()
            #expect(await preview.rebuild(snapshot: last).succeeded)
        }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: tree.path(relative)))
        }

        /// What the watcher would report now, and the rebuild it starts.
        func rebuild() async -> (changes: ChangeWatcher.Changes, result: LivePreview.BuildResult) {
            let (now, listings) = preview.watcher.listedSnapshot()
            let changes = ChangeWatcher.changes(from: last, to: now)
            last = now
            return (changes, await preview.rebuild(changes: changes, snapshot: now, listings: listings))
        }

        deinit { tree.remove() }
    }

    static func theme() throws -> SiteTheme {
        let (theme, diagnostics) = SiteTheme.load(name: "default", themesRoot: Repository.root.appendingPathComponent("themes").path,
                                                 fileIO: .local)
        #expect(!diagnostics.hasErrors)
        return try #require(theme)
    }

    @Test func aScopedRenderGivesTheInitiativesOwnFilesExactlyAsTheFullRender() throws {
        let (bundle, _) = MiniSite.check(MiniSite.files)
        let site = try #require(bundle)
        let theme = try Self.theme()
        let full = Dictionary(uniqueKeysWithValues: SiteRenderer.render(site, theme: theme).files.map { ($0.path, $0.data) })
        for id in site.base.initiatives.map(\.id) {
            let scoped = SiteRenderer.render(site, theme: theme, scope: .initiatives([id])).files
            let paths = Set(scoped.map(\.path))
            // Its page in both languages, its charts in both languages, its own JSON; nothing that lists others.
            #expect(paths.contains("initiatives/\(id)/index.html") && paths.contains("easy/initiatives/\(id)/index.html"))
            #expect(paths.contains("data/initiatives/\(id).json"))
            #expect(paths.contains { $0.hasPrefix("charts/") && $0.contains(id) })
            #expect(paths.allSatisfy { $0.contains(id) }, "\(paths.sorted())")
            for file in scoped { #expect(full[file.path] == file.data, "\(file.path) differs from the full build") }
        }
    }

    @Test func anEditedInitiativeIsWrittenFirstAndTheSiteEndsAsAFreshBuild() async throws {
        let session = try await Session()
        let edited = MiniSite.initiative2.replacingOccurrences(of: "title: ", with: "title: 改訂 ")
        try session.write("content/initiatives/02-network.md", edited)
        let (changes, result) = await session.rebuild()
        #expect(changes.modified == [session.tree.path("content/initiatives/02-network.md")] && changes.addedOrRemoved.isEmpty)
        #expect(result.succeeded && result.editedPagesMilliseconds != nil)

        let fresh = try TestTree(files: MiniSite.files(replacing: ["content/initiatives/02-network.md": edited]))
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        #expect(session.tree.snapshot() == fresh.snapshot())
    }

    @Test func onlyEditsOfExistingInitiativeFilesTakeTheFastPath() throws {
        let preview = LivePreview(options: BuildOptions(contentPath: "c/"), log: { _ in })
        var edit = ChangeWatcher.Changes()
        edit.modified = ["c/initiatives/01-a.md", "c/initiatives/02-b.easy.md"]
        #expect(preview.editedInitiativeFiles(edit) == ["c/initiatives/01-a.md", "c/initiatives/02-b.md"])
        var siteEdit = edit
        siteEdit.modified.insert("c/site.yaml")
        #expect(preview.editedInitiativeFiles(siteEdit) == nil)
        var added = edit
        added.addedOrRemoved = ["c/initiatives/03-c.md"]
        #expect(preview.editedInitiativeFiles(added) == nil)
        #expect(preview.editedInitiativeFiles(ChangeWatcher.Changes()) == nil)
    }

    @Test func aPageReloadsOnlyWhenABuildChangedItOrSomethingEveryPageUses() {
        let history: [(build: Int, paths: Set<String>?)] = [
            (1, nil), (2, ["initiatives/a/index.html", "data/initiatives/a.json"]), (3, ["kpis/index.html"]),
            (4, ["assets/style.css"]),
        ]
        #expect(LivePreview.needsReload("%2Finitiatives%2Fa%2F", history: Array(history.prefix(2)), since: 1))
        #expect(!LivePreview.needsReload("%2Finitiatives%2Fb%2F", history: Array(history.prefix(2)), since: 1))
        #expect(LivePreview.needsReload("%2Fkpis%2F", history: Array(history.prefix(3)), since: 1))
        #expect(LivePreview.needsReload("%2Finitiatives%2Fb%2F", history: history, since: 3))
        // A build whose changes are unknown (the first, or a failed write) reloads everything.
        #expect(LivePreview.needsReload("%2Finitiatives%2Fb%2F", history: history, since: 0))
        // A page name that cannot be resolved reloads.
        #expect(LivePreview.needsReload(nil, history: history, since: 2))
    }

    @Test func theCacheGivesTheSameResultsAndKeepsReportingUnchangedErrors() throws {
        let tree = try TestTree(files: MiniSite.files(replacing: ["content/initiatives/02-network.md":
            MiniSite.initiative2.replacingOccurrences(of: "number: 2", with: "number: zwei")]))
        defer { tree.remove() }
        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: tree.path(relative)))
        }
        let cache = BuildCache()
        let first = BuildPipeline.render(tree.options(), cache: cache)
        #expect(first.files == nil && first.diagnostics.hasErrors)
        // Another file changes; the broken one comes from the cache and is still reported.
        try write("content/initiatives/01-online.md", MiniSite.initiative1.replacingOccurrences(of: "title: ", with: "title: 新 "))
        let second = BuildPipeline.render(tree.options(), cache: cache)
        #expect(!first.diagnostics.isEmpty && second.diagnostics == first.diagnostics)
        // Fixed: the same output as without any cache.
        try write("content/initiatives/02-network.md", MiniSite.initiative2)
        let cached = try #require(BuildPipeline.render(tree.options(), cache: cache).files)
        let uncached = try #require(BuildPipeline.render(tree.options()).files)
        #expect(cached.map(\.path) == uncached.map(\.path))
        #expect(cached.map(\.data) == uncached.map(\.data))
        #expect(cached.contains { $0.data.range(of: Data("新 ".utf8)) != nil })
    }

    /// The fast step goes through the same load and validation as a full build (one
    /// session, no second copy of the rules): what it leaves on disk is a fresh build's bytes.
    @Test func editedPagesWrittenFirstEqualAFreshBuildsPages() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let session = BuildSession(options: tree.options())
        #expect(await session.build().succeeded)
        let edits = ["content/initiatives/01-online.md": MiniSite.initiative1.replacingOccurrences(of: "title: ", with: "title: 改訂 "),
                     "content/initiatives/01-online.easy.md": MiniSite.easyInitiative1.replacingOccurrences(of: "title: ", with: "title: かいてい ")]
        for (path, text) in edits { try Data(text.utf8).write(to: URL(fileURLWithPath: tree.path(path))) }
        let fresh = try TestTree(files: MiniSite.files(replacing: edits))
        defer { fresh.remove() }
        let freshFiles = try #require(BuildPipeline.render(fresh.options()).files)
        let byPath = Dictionary(uniqueKeysWithValues: freshFiles.map { ($0.path, $0.data) })
        let output = tree.path("output")
        let firstStep = Mutex<[String: Data]?>(nil)
        let changes = BuildSession.Changes(modified: Set(edits.keys.map(tree.path)))
        let outcome = await session.build(changes: changes) { step in
            // Read while the whole-site step has not started: only the edited files are new.
            let written = (step.paths ?? []).map { ($0, FileManager.default.contents(atPath: output + "/" + $0) ?? Data()) }
            firstStep.withLock { $0 = Dictionary(uniqueKeysWithValues: written) }
        }
        #expect(outcome.succeeded)
        let written = try #require(firstStep.withLock { $0 })
        #expect(written.count >= 5)
        #expect(Set(written.keys).isSubset(of: Set(byPath.keys)))
        for (path, data) in written { #expect(byPath[path] == data, "\(path)") }
        #expect(written.keys.contains("initiatives/online/index.html") && written.keys.contains("easy/initiatives/online/index.html"))
        #expect(written.values.contains { String(decoding: $0, as: UTF8.self).contains("改訂") })
    }

    @Test func anEditWithAnErrorSkipsTheFastStepAndKeepsTheSite() async throws {
        let session = try await Session()
        let good = session.tree.snapshot()
        try session.write("content/initiatives/02-network.md", MiniSite.initiative2.replacingOccurrences(of: "number: 2", with: "number: 1"))
        let result = await session.rebuild().result
        #expect(!result.succeeded && result.editedPagesMilliseconds == nil)
        #expect(session.tree.snapshot() == good)
    }

    @Test func referencesFromAValidatedSiteEqualThoseFromItsSettings() throws {
        let site = try #require(MiniSite.check(MiniSite.files).bundle).base
        let (loaded, _) = ContentLoader.load(contentPath: "content", io: FileIO.memory(MiniSite.files).0)
        let siteSource = try #require(loaded.site)
        let document = try YAMLParser.parse(siteSource.base.text, path: "site.yaml").get()
        let settings = SiteSettingsDecoder.decode(document, diagnostics: DiagnosticCollector())
        #expect(ReferenceContext(site: site) == ReferenceContext(settings: settings))
    }

    /// Where site.yaml's texts are written shows on no page: a comment added above
    /// them moves every position but keeps the memoised pages; a changed text does not.
    @Test func movingSiteTextsKeepsTheMemoisedPagesAndChangingOneDoesNot() throws {
        func bundle(_ siteYAML: String) throws -> SiteBundle {
            try #require(MiniSite.check(MiniSite.files(replacing: ["content/site.yaml": siteYAML])).bundle)
        }
        let before = try bundle(MiniSite.siteYAML)
        let moved = try bundle("# コメント\n" + MiniSite.siteYAML)
        let changed = try bundle(MiniSite.siteYAML.replacingOccurrences(of: "mission: 区民の", with: "mission: 住民の"))
        #expect(moved.base.sourceMap != before.base.sourceMap)
        #expect(moved.base.sourceMap.location(of: .mission)?.line == before.base.sourceMap.location(of: .mission).map { $0.line + 1 })

        let memo = PageMemo()
        let input = PageMemo.Input(versions: [1, 2])
        var renders = 0
        func render(with bundle: SiteBundle) {
            #expect(memo.begin(bundle: bundle, themeVersions: [], accessibility: nil))
            _ = memo.page(PageMemo.Key(language: 0, kind: "initiatives", name: "online"), for: input) {
                renders += 1
                return RenderedJob()
            }
        }
        render(with: before)
        render(with: moved)
        #expect(renders == 1)
        render(with: changed)
        #expect(renders == 2)
    }

    /// The fingerprint of the sources the accessibility results were checked against changes
    /// with every edit; only the accessibility page shows it, so the memoised pages stay
    /// (it made every edit re-render the whole site: 10 s instead of < 1 s at 1,000 initiatives).
    @Test func aNewSourceFingerprintKeepsTheMemoisedPages() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        let memo = PageMemo()
        let input = PageMemo.Input(versions: [1, 2])
        var renders = 0
        for fingerprint in ["before-the-edit", "after-the-edit"] {
            let results = AccessibilityResults(sourceFingerprint: fingerprint, run: nil)
            #expect(memo.begin(bundle: bundle, themeVersions: [], accessibility: results))
            _ = memo.page(PageMemo.Key(language: 0, kind: "initiatives", name: "online"), for: input) {
                renders += 1
                return RenderedJob()
            }
        }
        #expect(renders == 1)
    }

    /// Each initiative's JSON is made again only when the initiative changes in some language.
    @Test func anInitiativesJSONIsMadeAgainOnlyWhenItChanges() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        let memo = PageMemo()
        let made = Mutex<[String]>([])
        func build(_ bundle: SiteBundle) -> [OutputFile] {
            #expect(memo.begin(bundle: bundle, themeVersions: [], accessibility: nil))
            let wrap = memo.wrappingInitiativeData()
            return bundle.base.initiatives.map { initiative in
                wrap(initiative) {
                    made.withLock { $0.append(initiative.id) }
                    return InitiativeData(file: OutputFile(path: initiative.id, text: initiative.title),
                                          links: InitiativeDataLinks(initiativeID: initiative.id, jsonPath: "", jsonURL: "",
                                                                     jsonByteSize: 0, tables: []),
                                          rows: InitiativeRows(csvLines: [], wholeReportObject: ByteBuffer()))
                }.file
            }
        }
        _ = build(bundle)
        _ = build(bundle)
        #expect(made.withLock { $0 } == ["online", "network"], "the second build made nothing")
        // The easy version of the first initiative changes: only its JSON is made again.
        let edited = SiteBundle(sites: bundle.sites.map { site in
            guard site.language.isEasy else { return site }
            return site.replacing(initiatives: site.initiatives.map { initiative in
                guard initiative.id == "online" else { return initiative }
                return Initiative(id: initiative.id, number: initiative.number, theme: initiative.theme, title: "新しい題",
                                  vision: initiative.vision, summary: initiative.summary, kpis: initiative.kpis,
                                  schedule: initiative.schedule, notes: initiative.notes, body: initiative.body,
                                  location: initiative.location, bodyStartLine: initiative.bodyStartLine)
            })
        })
        _ = build(edited)
        #expect(made.withLock { $0 } == ["online", "network", "online"])
    }

    @Test func aSeriesOfEditsAlwaysEndsAsAFreshBuildDespiteTheMemos() async throws {
        let session = try await Session()
        var current = MiniSite.files
        let layout = "themes/default/templates/layout.mustache"
        func editTheme(_ tree: TestTree) throws {
            let text = try String(contentsOfFile: tree.path(layout), encoding: .utf8)
            try Data(text.replacingOccurrences(of: "</body>", with: "<!-- edited --></body>").utf8)
                .write(to: URL(fileURLWithPath: tree.path(layout)))
        }
        let edits: [(String, (String) -> String)] = [
            ("content/initiatives/02-network.md", { $0.replacingOccurrences(of: "title: ", with: "title: 一 ") }),
            ("content/initiatives/01-online.easy.md", { $0.replacingOccurrences(of: "title: ", with: "title: に ") }),
            ("content/site.yaml", { $0.replacingOccurrences(of: "title: ", with: "title: 三 ") }),
            ("content/initiatives/01-online.md", { $0.replacingOccurrences(of: "title: ", with: "title: 四 ") }),
            ("content/furigana.yaml", { $0 + "一: いち\n" }),
            ("content/initiatives/02-network.md", { $0.replacingOccurrences(of: "title: 一 ", with: "title: ") }),
        ]
        for (step, (path, change)) in edits.enumerated() {
            current[path] = change(current[path] ?? "")
            try session.write(path, current[path]!)
            if step == 3 { try editTheme(session.tree) }  // a theme edit as well: every memoised page must go
            #expect(await session.rebuild().result.succeeded)

            let fresh = try TestTree(files: current)
            defer { fresh.remove() }
            if step >= 3 { try editTheme(fresh) }
            #expect(BuildPipeline.run(fresh.options()).succeeded)
            let (got, want) = (session.tree.snapshot(), fresh.snapshot())
            #expect(got.keys.sorted() == want.keys.sorted(), "step \(step)")
            for (file, bytes) in want where got[file] != bytes { Issue.record("step \(step): \(file) differs from a fresh build") }
        }
    }

    /// A report split into pages of one initiative: list pages are memoised by their
    /// initiatives and their place, so an edit, a new initiative that adds a page to a theme
    /// (every page of it gets a new pager) and its removal all end as a fresh build.
    @Test func aSplitReportAfterEditsIsAFreshBuild() async throws {
        var current = MiniSite.files
        current["content/site.yaml"]! += "pagination:\n  page_size: 1\n"
        let session = try await Session(files: current)
        let third = MiniSite.initiative2.replacingOccurrences(of: "id: network", with: "id: cloud")
            .replacingOccurrences(of: "number: 2", with: "number: 3").replacingOccurrences(of: "theme: base", with: "theme: service")
        let edits: [(String, String?)] = [
            ("content/initiatives/02-network.md", MiniSite.initiative2.replacingOccurrences(of: "title: ", with: "title: 一 ")),
            ("content/initiatives/03-cloud.md", third),
            ("content/initiatives/01-online.md", MiniSite.initiative1.replacingOccurrences(of: "title: ", with: "title: 二 ")),
            ("content/initiatives/03-cloud.md", nil),
        ]
        for (step, (path, text)) in edits.enumerated() {
            current[path] = text
            if let text { try session.write(path, text) } else { try FileManager.default.removeItem(atPath: session.tree.path(path)) }
            #expect(await session.rebuild().result.succeeded, "step \(step)")
            let fresh = try TestTree(files: current.compactMapValues { $0 })
            defer { fresh.remove() }
            #expect(BuildPipeline.run(fresh.options()).succeeded)
            let (got, want) = (session.tree.snapshot(), fresh.snapshot())
            #expect(got.keys.sorted() == want.keys.sorted(), "step \(step)")
            for (file, bytes) in want where got[file] != bytes { Issue.record("step \(step): \(file) differs from a fresh build") }
            if step == 1 { #expect(want.keys.contains("themes/service/page/2/index.html")) }
        }
    }
}
