import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct YAMLParserTests {
    private func failure(_ yaml: String, firstLine: Int = 1) -> Diagnostic? {
        if case .failure(let d) = YAMLParser.parse(yaml, path: "f.md", firstLine: firstLine) { return d }
        return nil
    }

    @Test func syntaxErrorPositionIncludesFrontMatterOffset() {
        // Line 3 of the YAML is line 4 of the file when the YAML starts on line 2.
        let d = failure("id: a\ntitle: b\nsummary: x: y\n", firstLine: 2)
        #expect(d?.code == .yamlSyntax)
        #expect(d?.location.line == 4)
        #expect(d?.message.contains("「:」") == true)
    }

    @Test func tabIndentationIsReportedAtTheTab() {
        let d = failure("a:\n\tb: 1\n")
        #expect(d?.code == .yamlSyntax)
        #expect(d?.location.description == "f.md:2:1")
    }

    @Test func duplicateKeyPointsAtSecondOccurrence() {
        let d = failure("id: a\ntitle: x\ntitle: y\n", firstLine: 2)
        #expect(d?.code == .duplicateKey)
        #expect(d?.location.description == "f.md:4:1")
        #expect(d?.hint?.contains("3行目") == true)
    }

    @Test func aliasesAreRefused() {
        let bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
        let d = failure(bomb)
        #expect(d?.code == .yamlAlias)
        #expect(d?.location.description == "f.md:1:4")
    }

    @Test func ampersandAndAsteriskInsideTextAreFine() {
        #expect(failure("term: Fit&Gap分析\nnote: \"*注\"\nbody: |\n  *強調* と &amp;\n") == nil)
    }

    @Test func veryDeepNestingIsRefused() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let d = failure("a: " + deep)
        #expect(d?.code == .tooDeep)
    }
}
