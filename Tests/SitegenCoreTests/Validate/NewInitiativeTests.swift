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
