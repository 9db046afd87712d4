import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct FixtureTests {
    static func memoryContent(_ count: Int) -> FileIO {
        let files = FixtureContent.files(initiatives: FixtureGenerator.initiatives(count: count))
        var tree: [String: String] = [:]
        for file in files { tree["content/" + file.path] = String(decoding: file.data, as: UTF8.self) }
        return FileIO.memory(tree).0
    }

    @Test func smallFixtureValidatesWithoutDiagnostics() {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: Self.memoryContent(24))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let sites = bundle?.sites ?? []
        #expect(sites.map(\.language.code) == ["ja", "easy"])
        #expect(sites.allSatisfy { $0.initiatives.count == 24 && !$0.isFallback })
    }

    @Test func fixtureCoversEveryKPIAndScheduleShape() throws {
        let (bundle, _) = ContentCheck.run(contentPath: "content", io: Self.memoryContent(12))
        let site = try #require(bundle?.sites.first)
        let kpis = site.initiatives.flatMap(\.kpis)
        #expect(kpis.contains { $0.kind == .milestone })
        #expect(kpis.contains { $0.target?.comparison == .atMost && $0.target?.value.text == "0" })
        #expect(kpis.contains { $0.target?.comparison == .atLeast && !$0.actuals.isEmpty })
        #expect(kpis.contains { $0.target?.value.text == "1.50" })
        let tasks = site.initiatives.flatMap(\.schedule)
        #expect(tasks.contains { $0.bars.isEmpty })
        #expect(tasks.contains { !$0.milestones.isEmpty })
        #expect(Set(site.initiatives.map(\.theme)).count == 4)
        #expect(site.initiatives.allSatisfy { $0.body.contains("|---|") && $0.body.contains("\n- ") })
        #expect(!site.glossary.isEmpty)
    }

    @Test func fixtureIsByteIdenticalTwice() {
        let first = FixtureContent.files(initiatives: FixtureGenerator.initiatives(count: 40))
        let second = FixtureContent.files(initiatives: FixtureGenerator.initiatives(count: 40))
        #expect(first == second)
        #expect(first.count == 6 + 80)
        #expect(HugoFixture.files(initiatives: FixtureGenerator.initiatives(count: 40))
                == HugoFixture.files(initiatives: FixtureGenerator.initiatives(count: 40)))
    }

    @Test func hugoFixtureHasEveryPageInBothLanguages() {
        let files = HugoFixture.files(initiatives: FixtureGenerator.initiatives(count: 5)).map(\.path)
        for language in ["ja", "easy"] {
            #expect(files.contains("content/\(language)/initiatives/initiative-5.md"))
            #expect(files.contains("content/\(language)/kpis.md"))
            #expect(files.contains("content/\(language)/schedule.md"))
        }
        #expect(HugoFixture.month("Q2", end: false) == 3)
        #expect(HugoFixture.month("Q2", end: true) == 5)
        #expect(HugoFixture.month("2025-01", end: false) == 9)
    }

    @Test func writerRefusesANonEmptyFolder() throws {
        let (io, store) = FileIO.memory(["fixture/keep.txt": "x"])
        #expect(throws: FixtureWriter.NotEmpty.self) {
            try FixtureWriter.write([OutputFile(path: "site.yaml", text: "y")], to: "fixture", io: io)
        }
        #expect(store.paths == ["fixture/keep.txt"])
    }
}
