import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct BuildPipelineTests {
    @Test func buildsEveryPageOfBothLanguagesWithChartsAndData() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let report = BuildPipeline.run(tree.options())
        #expect(report.succeeded, "\(report.diagnostics)")
        let files = tree.snapshot()
        for path in ["index.html", "easy/index.html", "initiatives/online/index.html", "easy/initiatives/network/index.html",
                     "themes/service/index.html", "kpis/index.html", "schedule/index.html",
                     "glossary/index.html", "pages/about/index.html", "data/index.html", "easy/data/index.html",
                     "charts/kpi-online-rate.svg", "charts/gantt-online.svg", "charts/gantt-all.svg",
                     "easy/charts/gantt-all.svg", "data/kpis.csv", "data/datapackage.json", "assets/style.css", "404.html"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(report.pageCount == files.keys.filter { $0.hasSuffix(".html") }.count)
        let page = String(decoding: files["initiatives/online/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("60%"))
        #expect(page.contains("<svg"))
        #expect(page.contains("令和5年度実績"))
        // The easy top page says, in easy Japanese, what this version is; the standard one does not.
        let easyHome = String(decoding: files["easy/index.html"] ?? Data(), as: UTF8.self)
            .replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</?ruby>", with: "", options: .regularExpression)
        #expect(easyHome.contains("このサイトは「やさしい日本語」で書いています。"))
        #expect(!String(decoding: files["index.html"] ?? Data(), as: UTF8.self).contains("version-note"))
    }

    @Test func twoBuildsAreByteIdenticalAndStaleFilesDisappear() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let first = tree.snapshot()
        try Data("stale".utf8).write(to: tree.root.appendingPathComponent("output/stale.html"))
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let second = tree.snapshot()
        #expect(first == second)
        // An initiative removed from the content is removed from the output.
        try FileManager.default.removeItem(at: tree.root.appendingPathComponent("content/initiatives/02-network.md"))
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let third = tree.snapshot()
        #expect(third["initiatives/network/index.html"] == nil)
        #expect(third["charts/gantt-network.svg"] == nil)
        // Nothing is left beside the output but the lock file (removing it would let two builds lock two
        // different files) and the staging folder kept for the next build, which holds links to the output's
        // files only: not the removed initiative's.
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root.path).sorted()
                == [".sitegen-lock-output", ".sitegen-staging-output", "content", "output", "themes"])
        #expect(StagingMirror.problem(staging: tree.path(".sitegen-staging-output"), output: tree.path("output")) == nil)
        #expect(!FileManager.default.fileExists(atPath: tree.path(".sitegen-staging-output/initiatives/network")))
    }

    @Test func aFailedBuildLeavesThePreviousOutputByteForByte() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let before = tree.snapshot()
        let broken = MiniSite.initiative1.replacingOccurrences(of: "theme: service", with: "theme: nope")
        try Data(broken.utf8).write(to: tree.root.appendingPathComponent("content/initiatives/01-online.md"))
        let report = BuildPipeline.run(tree.options())
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code).contains(.unknownTheme))
        #expect(tree.snapshot() == before)
        // (The lock file stays: removing it would let two builds lock two different files.)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.root.path).sorted() == [".sitegen-lock-output", "content", "output", "themes"])
    }

    @Test func missingThemeIsADiagnostic() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        var options = tree.options()
        options.themeName = "nope"
        let report = BuildPipeline.run(options)
        #expect(report.diagnostics.map(\.code) == [.themeMissing])
    }

    @Test func baseURLOverrideReachesCanonicalLinksAndData() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        var options = tree.options()
        options.baseURL = "https://staging.example.org/plan"
        #expect(BuildPipeline.run(options).succeeded)
        let files = tree.snapshot()
        let page = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("https://staging.example.org/plan/"))
        let json = String(decoding: files["data/initiatives.json"] ?? Data(), as: UTF8.self)
        #expect(json.contains("https://staging.example.org/plan/initiatives/online/"))
        options.baseURL = "javascript:alert(1)"
        #expect(BuildPipeline.run(options).diagnostics.map(\.code) == [.invalidURL])
    }

    @Test func theRealReportBuilds() throws {
        let tree = try TestTree(files: [:])
        defer { tree.remove() }
        let options = BuildOptions(contentPath: Repository.root.appendingPathComponent("content").path,
                                   outputPath: tree.path("output"),
                                   themesPath: Repository.root.appendingPathComponent("themes").path)
        let report = BuildPipeline.run(options)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = tree.snapshot()
        let initiatives = files.keys.filter { $0.hasPrefix("initiatives/") && $0.hasSuffix("/index.html") }
        #expect(initiatives.count == 14)
        #expect(files.keys.filter { $0.hasPrefix("themes/") && $0.hasSuffix("/index.html") }.count == 4)
        #expect(files.keys.filter { $0.hasPrefix("easy/initiatives/") }.count == 14)
        // Every KPI figure of the seed appears on its initiative page.
        let bundle = try #require(ContentCheck.run(contentPath: options.contentPath, io: .local).bundle)
        for initiative in bundle.base.initiatives {
            let page = String(decoding: files["initiatives/\(initiative.id)/index.html"] ?? Data(), as: UTF8.self)
            for kpi in initiative.kpis {
                if let t = kpi.target { #expect(page.contains(t.value.text + (kpi.unit ?? "")), "\(initiative.id) target") }
                if let b = kpi.baseline { #expect(page.contains(b.value.text + (kpi.unit ?? "")), "\(initiative.id) baseline") }
            }
        }
    }
}
