import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct ParallelBuildTests {
    static func fixtureTree(_ count: Int) throws -> TestTree {
        var files: [String: String] = [:]
        for file in FixtureContent.files(initiatives: FixtureGenerator.initiatives(count: count)) {
            files["content/" + file.path] = String(decoding: file.data, as: UTF8.self)
        }
        return try TestTree(files: files)
    }

    @Test func parallelRenderEqualsSequentialRenderByteForByte() throws {
        let tree = try Self.fixtureTree(30)
        defer { tree.remove() }
        let sequential = ParallelMap.$workersOverride.withValue(1) { BuildPipeline.render(tree.options()) }
        let parallel = ParallelMap.$workersOverride.withValue(7) { BuildPipeline.render(tree.options()) }
        let a = try #require(sequential.files), b = try #require(parallel.files)
        #expect(a.count > 30 * 2 * 3)
        #expect(a.map(\.path) == b.map(\.path))
        for (x, y) in zip(a, b) where x.data != y.data { Issue.record("\(x.path) differs between 1 and 7 workers") }
        #expect(sequential.diagnostics == parallel.diagnostics)
    }

    @Test func parallelWriteEqualsRenderedFiles() throws {
        let tree = try Self.fixtureTree(12)
        defer { tree.remove() }
        let rendered = try #require(BuildPipeline.render(tree.options()).files)
        let report = BuildPipeline.run(tree.options())
        #expect(report.succeeded)
        var written = tree.snapshot()
        // Besides the rendered files, only sitegen's marker (it says the folder is sitegen's).
        #expect(written.removeValue(forKey: OutputFolderGuard.markerName) != nil)
        #expect(written.count == rendered.count)
        for file in rendered { #expect(written[file.path] == file.data, "\(file.path)") }
    }

    @Test func parallelMapKeepsInputOrderForAnyWorkerCount() {
        let input = Array(0..<1000)
        for workers in [1, 2, 3, 16] {
            #expect(ParallelMap.map(input, workers: workers) { $0 * 3 } == input.map { $0 * 3 })
        }
        let (a, b) = ParallelMap.both({ "left" }, { 42 })
        #expect(a == "left" && b == 42)
    }

    @Test func contentGroupingIsLinearAndKeepsTranslations() {
        let texts = Dictionary(uniqueKeysWithValues: ["initiatives/01-a.md", "initiatives/01-a.easy.md", "initiatives/02-b.md",
                                                      "initiatives/03-c.easy.md", "pages/about.md"].map {
            ($0, SourceText(path: "content/" + $0, text: "x"))
        })
        let groups = SourceGroups(texts)
        let collection = groups.collection(folder: "initiatives/")
        #expect(collection.map(\.stem) == ["01-a", "02-b"])
        #expect(collection[0].translations.keys.sorted() == ["easy"])
        #expect(collection[1].translations.isEmpty)
        #expect(groups.collection(folder: "pages/").map(\.stem) == ["about"])
        #expect(groups.orphanTranslations.map(\.path) == ["content/initiatives/03-c.easy.md"])
        #expect(groups.localized(folder: "", stem: "site") == nil)
    }
}
