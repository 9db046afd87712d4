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

    /// Without a "\r", the markers are found in the bytes: the same split as the lines'
    /// Characters give (trailing spaces and tabs, `...`, a marker with a combining mark).
    @Test func splittingInTheBytesIsSplittingTheLines() {
        let samples = [
            "", "---", "---\n---", "---\n---\n", "---\n...\n", "...\n---\n", "\n---\n---\n", "--- \t\nid: a\n... \nbody",
            "---\nx\n----\n---\nb", "---\n--\n", "---\n.. .\n---\n", "---\nid: a\n  ---\n---\n", "---\u{301}\n---\n",
            "---\nk: v\n---\u{301}\n---\n本文\n", "---\nk: 値\n...\n\n本文\n", "---\n\n---\n\n", "---\t\t\n\t---\n---  \n",
            "---\nk: v\n---", "---\nk: v\n---\n", "-- -\n---\n", "---\nk: v\n.\n..\n-.-\n---\nx",
        ]
        for text in samples {
            let expected = Self.referenceSplit(text)
            switch FrontMatter.split(SourceText(path: "a.md", text: text)) {
            case .success(let doc):
                #expect(expected.map { $0.yaml == doc.yaml && $0.body == doc.body && $0.bodyStartLine == doc.bodyStartLine } == true,
                        "\(text.debugDescription)")
            case .failure(let d):
                #expect(expected == nil && d.code == .frontMatter, "\(text.debugDescription)")
            }
        }
    }

    /// The split by each line's Characters (the implementation before the byte scan).
    static func referenceSplit(_ text: String) -> (yaml: String, body: String, bodyStartLine: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func trimmed(_ line: Substring) -> Substring {
            var s = line
            while let last = s.last, last == " " || last == "\t" { s.removeLast() }
            return s
        }
        guard let first = lines.first, trimmed(first) == "---",
              let close = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" || trimmed(lines[$0]) == "..." })
        else { return nil }
        return (lines[1..<close].joined(separator: "\n"), lines[(close + 1)...].joined(separator: "\n"), close + 2)
    }
}
