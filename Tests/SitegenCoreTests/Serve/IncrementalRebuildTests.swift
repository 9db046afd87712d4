import Foundation
import Testing
@testable import SitegenCore

/// The live preview's fast path: after an edit of initiative files, their own
/// pages are rendered first (scoped render), then the whole site. Both must
/// give exactly the bytes a fresh full build gives.
@Suite struct IncrementalRebuildTests {
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

    @Test func anEditedInitiativeIsWrittenFirstAndTheSiteEndsAsAFreshBuild() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        let watcher = preview.watcher
        let before = watcher.snapshot()
        #expect(preview.rebuild().succeeded)

        let file = tree.path("content/initiatives/02-network.md")
        let edited = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "title: ", with: "title: 改訂 ")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
        let changes = ChangeWatcher.changes(from: before, to: watcher.snapshot())
        #expect(changes.modified == [file] && changes.addedOrRemoved.isEmpty)
        let result = preview.rebuild(changes: changes)
        #expect(result.succeeded && result.editedPagesMilliseconds != nil)

        let fresh = try TestTree(files: MiniSite.files(replacing: ["content/initiatives/02-network.md": edited]))
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        #expect(tree.snapshot() == fresh.snapshot())
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

    @Test func editedPagesFromThePatchedModelEqualAFreshBuildsPages() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        #expect(preview.rebuild().succeeded)
        let base = tree.path("content/initiatives/01-online.md")
        let easy = tree.path("content/initiatives/01-online.easy.md")
        let newBase = MiniSite.initiative1.replacingOccurrences(of: "title: ", with: "title: 改訂 ")
        let newEasy = MiniSite.easyInitiative1.replacingOccurrences(of: "title: ", with: "title: かいてい ")
        try Data(newBase.utf8).write(to: URL(fileURLWithPath: base))
        try Data(newEasy.utf8).write(to: URL(fileURLWithPath: easy))

        let previous = try #require(preview.lastGood)
        let rendered = try #require(preview.renderEdited([base], previous: previous, io: .local))
        #expect(rendered.ids == ["online"])
        let fresh = try #require(BuildPipeline.render(tree.options()).files)
        let byPath = Dictionary(uniqueKeysWithValues: fresh.map { ($0.path, $0.data) })
        #expect(rendered.files.count >= 5)
        for file in rendered.files { #expect(byPath[file.path] == file.data, "\(file.path)") }
        #expect(rendered.files.contains { String(decoding: $0.data, as: UTF8.self).contains("改訂") })
    }

    @Test func anEditWithAnErrorSkipsTheFastStepAndKeepsTheSite() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        let watcher = preview.watcher
        let before = watcher.snapshot()
        #expect(preview.rebuild().succeeded)
        let good = tree.snapshot()
        let file = tree.path("content/initiatives/02-network.md")
        try Data(MiniSite.initiative2.replacingOccurrences(of: "number: 2", with: "number: 1").utf8).write(to: URL(fileURLWithPath: file))
        let result = preview.rebuild(changes: ChangeWatcher.changes(from: before, to: watcher.snapshot()))
        #expect(!result.succeeded && result.editedPagesMilliseconds == nil)
        #expect(tree.snapshot() == good)
    }

    @Test func referencesFromAValidatedSiteEqualThoseFromItsSettings() throws {
        let site = try #require(MiniSite.check(MiniSite.files).bundle).base
        let (loaded, _) = ContentLoader.load(contentPath: "content", io: FileIO.memory(MiniSite.files).0)
        let siteSource = try #require(loaded.site)
        let document = try YAMLParser.parse(siteSource.base.text, path: "site.yaml").get()
        let settings = SiteSettingsDecoder.decode(document, diagnostics: DiagnosticCollector())
        #expect(ReferenceContext(site: site) == ReferenceContext(settings: settings))
    }

    @Test func aSeriesOfEditsAlwaysEndsAsAFreshBuildDespiteTheMemos() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let preview = LivePreview(options: tree.options(), log: { _ in })
        let watcher = preview.watcher
        var last = watcher.snapshot()
        #expect(preview.rebuild(snapshot: last).succeeded)
        var current = MiniSite.files
        let layout = tree.path("themes/default/templates/layout.mustache")
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
            try Data(current[path]!.utf8).write(to: URL(fileURLWithPath: tree.path(path)))
            if step == 3 {
                // A theme edit as well: every memoised page must go.
                let text = try String(contentsOfFile: layout, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "</body>", with: "<!-- edited --></body>").utf8)
                    .write(to: URL(fileURLWithPath: layout))
            }
            let now = watcher.snapshot()
            #expect(preview.rebuild(changes: ChangeWatcher.changes(from: last, to: now), snapshot: now).succeeded)
            last = now

            let fresh = try TestTree(files: current)
            defer { fresh.remove() }
            if step >= 3 {
                let text = try String(contentsOfFile: fresh.path("themes/default/templates/layout.mustache"), encoding: .utf8)
                try Data(text.replacingOccurrences(of: "</body>", with: "<!-- edited --></body>").utf8)
                    .write(to: URL(fileURLWithPath: fresh.path("themes/default/templates/layout.mustache")))
            }
            #expect(BuildPipeline.run(fresh.options()).succeeded)
            let (got, want) = (tree.snapshot(), fresh.snapshot())
            #expect(got.keys.sorted() == want.keys.sorted(), "step \(step)")
            for (file, bytes) in want where got[file] != bytes { Issue.record("step \(step): \(file) differs from a fresh build") }
        }
    }
}
