import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct FrontMatterTests {
    @Test func splitsAndCountsBodyLine() throws {
        let doc = try FrontMatter.split(SourceText(path: "a.md", text: "---\nid: a\ntitle: b\n---\n# Body\n")).get()
        #expect(doc.yaml == "id: a\ntitle: b")
        #expect(doc.yamlStartLine == 2)
        #expect(doc.bodyStartLine == 5)
        #expect(doc.body == "# Body\n")
    }

    @Test func unclosedFrontMatterIsReported() {
        guard case .failure(let d) = FrontMatter.split(SourceText(path: "a.md", text: "---\nid: a\n")) else {
            Issue.record("accepted"); return
        }
        #expect(d.code == .frontMatter)
        #expect(d.location.description == "a.md:1:1")
    }

    @Test func missingFrontMatterIsReported() {
        guard case .failure(let d) = FrontMatter.split(SourceText(path: "a.md", text: "# Title only\n")) else {
            Issue.record("accepted"); return
        }
        #expect(d.code == .frontMatter)
    }
}
