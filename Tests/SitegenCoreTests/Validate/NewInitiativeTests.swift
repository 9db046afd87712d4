import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct NewInitiativeTests {
    @Test func writesAValidTemplateWithTheNextFreeNumber() throws {
        let (io, store) = FileIO.memory(MiniSite.files)
        let result = try NewInitiative.create(slug: "new-service", contentPath: "content", io: io).get()
        #expect(result.number == 3)
        #expect(result.path == "content/initiatives/03-new-service.md")
        let text = try #require(store.text(result.path))
        #expect(text.contains("theme: base") || text.contains("theme: service"))
        // The template is valid content as written.
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: io)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        #expect(bundle?.base.initiatives.map(\.id) == ["online", "network", "new-service"])
    }

    @Test func writesTheEasySkeletonBesideIt() throws {
        let (io, store) = FileIO.memory(MiniSite.files)
        let result = try NewInitiative.create(slug: "new-service", contentPath: "content", io: io).get()
        #expect(result.easyPath == "content/initiatives/03-new-service.easy.md")
        let easy = try #require(store.text("content/initiatives/03-new-service.easy.md"))
        #expect(easy.contains("id: new-service\n"))
        // Both files are valid content; the easy one is laid over the new initiative.
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: io)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let easySite = try #require(bundle?.sites.first { $0.language.isEasy })
        let added = try #require(easySite.initiatives.first { $0.id == "new-service" })
        #expect(!added.isFallback)
        #expect(added.title == TemplateText.easyTitle)
    }

    /// `sitegen check` reports each template text still in the two files (W061), at its
    /// line and column, and nothing else about them: no missing translation, no easy-Japanese finding.
    @Test func checkReportsEveryTemplateTextOfBothFiles() throws {
        let (io, store) = FileIO.memory(MiniSite.files)
        _ = try NewInitiative.create(slug: "new-service", contentPath: "content", io: io).get()
        let found = SiteCheck.run(contentPath: "content", io: io).filter { $0.location.path.contains("03-new-service") }
        let text = try #require(store.text("content/initiatives/03-new-service.md"))
        let easy = try #require(store.text("content/initiatives/03-new-service.easy.md"))
        func at(_ placeholder: String, in text: String, path: String) throws -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0.contains(placeholder) && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") })
            let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: placeholder)!.lowerBound) + 1
            return "\(path):\(line + 1):\(column) W061"
        }
        let base = "content/initiatives/03-new-service.md", easyPath = "content/initiatives/03-new-service.easy.md"
        var expected = try [TemplateText.title, TemplateText.summary, TemplateText.kpiLabel, TemplateText.task,
                            TemplateText.barLabel, TemplateText.body].map { try at($0, in: text, path: base) }
        expected += try [TemplateText.easyTitle, TemplateText.easySummary, TemplateText.easyKPILabel, TemplateText.easyTask,
                         TemplateText.easyBarLabel, TemplateText.easyBody].map { try at($0, in: easy, path: easyPath) }
        #expect(MiniSite.summary(found) == expected.sorted { a, b in
            let (pa, pb) = (a.split(separator: ":"), b.split(separator: ":"))
            return (pa[0], Int(pa[1])!) < (pb[0], Int(pb[1])!)
        }, "\(found)")
        #expect(found.allSatisfy { $0.message.contains("ひな形の文") && $0.severity == .warning })
        // The commented-out milestone example is a comment, not a text.
        #expect(text.contains("#   - { at:") && text.contains(TemplateText.milestoneLabel))
    }

    @Test func replacedTemplateTextIsNoLongerReported() throws {
        let (io, store) = FileIO.memory(MiniSite.files)
        let result = try NewInitiative.create(slug: "new-service", contentPath: "content", io: io).get()
        let text = try #require(store.text(result.path)).replacingOccurrences(of: TemplateText.title, with: "新しいサービス")
        try io.write(result.path, .text(text))
        let found = SiteCheck.run(contentPath: "content", io: io).filter { $0.location.path == result.path }
        #expect(found.count == 5)
        #expect(!found.contains { $0.message.contains(TemplateText.title) })
    }

    @Test func refusesBadOrTakenSlugs() {
        let (io, _) = FileIO.memory(MiniSite.files)
        guard case .failure(let bad) = NewInitiative.create(slug: "../x", contentPath: "content", io: io) else {
            Issue.record("accepted"); return
        }
        #expect(bad.code == .invalidID)
        guard case .failure(let taken) = NewInitiative.create(slug: "online", contentPath: "content", io: io) else {
            Issue.record("accepted"); return
        }
        #expect(taken.code == .duplicateID)
    }
}
