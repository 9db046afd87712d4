import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("Markdown")
struct MarkdownTests {
    private func html(_ text: String, base: Int = 2) -> String {
        Markdown.render(text, bodyStartLine: 1, path: "x.md", headingBase: base).html.markup
    }

    @Test func rendersGitHubExtensions() {
        let out = html("| 項目 | 値 |\n|---|---|\n| A | 1 |\n\n~~取消~~ と https://example.jp/a を参照\n")
        #expect(out.contains("<table>"))
        #expect(out.contains("<th>項目</th>"))
        #expect(out.contains("<td>1</td>"))
        #expect(out.contains("<del>取消</del>"))
        #expect(out.contains("<a rel=\"noopener\" href=\"https://example.jp/a\">https://example.jp/a</a>"))
    }

    @Test func dropsRawHTMLAndReportsItsFileLineAndCharacterColumn() {
        let body = "一行目\n\n<div>ブロック</div>\n\n本文に<span>タグ</span>がある。\n"
        let result = Markdown.render(body, bodyStartLine: 10, path: "content/initiatives/01.md")
        #expect(!result.html.markup.contains("<div"))
        #expect(!result.html.markup.contains("<span"))
        #expect(!result.html.markup.contains("raw HTML omitted"))
        #expect(result.html.markup.contains("タグ"))
        #expect(result.diagnostics.allSatisfy { $0.code == .rawHTMLDropped && $0.severity == .warning })
        #expect(result.diagnostics.map(\.location) == [
            SourceLocation(path: "content/initiatives/01.md", line: 12, column: 1),
            SourceLocation(path: "content/initiatives/01.md", line: 14, column: 4),
            SourceLocation(path: "content/initiatives/01.md", line: 14, column: 12),
        ])
    }

    @Test func neutralisesDangerousLinkSchemes() {
        let out = html("[a](javascript:alert(1)) [b](vbscript:msgbox) [c](data:text/html;base64,PHNjcmlwdD4=) [d](JAVASCRIPT:alert(1))\n")
        #expect(!out.lowercased().contains("javascript:"))
        #expect(!out.lowercased().contains("vbscript:"))
        #expect(!out.contains("data:text/html"))
        #expect(!out.contains("href=\"\""))
        #expect(out.contains("<a>a</a>"))
    }

    @Test func keepsSafeImageDataURLs() {
        let out = html("![点](data:image/png;base64,iVBORw0KGgo=)\n")
        #expect(out.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
    }

    @Test func marksOnlyLinksToOtherSitesWithNoopener() {
        let out = html("[外](https://example.jp/) [内](../kpis/)\n")
        #expect(out.contains("<a rel=\"noopener\" href=\"https://example.jp/\">外</a>"))
        #expect(out.contains("<a href=\"../kpis/\">内</a>"))
    }

    @Test func shiftsHeadingsBelowThePageHeading() {
        #expect(html("# 大\n\n## 中\n").contains("<h2>大</h2>\n<h3>中</h3>"))
        #expect(html("## 中だけ\n").contains("<h2>中だけ</h2>"))
        #expect(html("# 大\n\n## 中\n", base: 3).contains("<h3>大</h3>\n<h4>中</h4>"))
        #expect(!html("# 大\n").contains("<h1>"))
        #expect(html("# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6\n").contains("<h6>5</h6>\n<h6>6</h6>"))
    }

    @Test func turnsFuriganaMarkupIntoRubyOutsideCode() {
        let out = html("{目黒区|めぐろく}の`{code|x}`と{<b>|x}\n")
        #expect(out.contains("<ruby>目黒区<rt>めぐろく</rt></ruby>の"))
        #expect(out.contains("<code>{code|x}</code>"))
        #expect(!out.contains("<b>"))
    }

    @Test func joinsWrappedJapaneseLinesWithoutASpace() {
        #expect(html("区民の{利便性|りべんせい}\nを高める。\nThe end\nof it.\n") ==
                "<p>区民の<ruby>利便性<rt>りべんせい</rt></ruby>を高める。\nThe end\nof it.</p>\n")
    }

    @Test func rendersTheSameInParallel() async {
        let text = "# 見出し\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ https://example.jp\n"
        let expected = html(text)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { Markdown.render(text, bodyStartLine: 1, path: "x.md").html.markup } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    /// cmark-gfm keeps the extensions' special characters in a process-wide table
    /// that each parse changes; without serialisation, parallel pages lost their
    /// strikethrough now and then (seen as a golden-file difference of 7 bytes).
    @Test func manyParallelRendersKeepEveryExtension() {
        let texts = ["~~消す~~ と | a | b |\n|---|---|\n| 1 | 2 |\n", "本文 ~~x~~ https://example.jp\n", "| c |\n|---|\n| 3 |\n"]
        let expected = texts.map { html($0) }
        #expect(expected[0].contains("<del>") && expected[1].contains("<del>") && expected[2].contains("<table>"))
        final class Tally: @unchecked Sendable {
            private let lock = NSLock()
            private(set) var differing = 0
            func add() { lock.withLock { differing += 1 } }
        }
        let count = 3_000
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            if Markdown.render(texts[i % 3], bodyStartLine: 1, path: "x.md").html.markup != expected[i % 3] { tally.add() }
        }
        #expect(tally.differing == 0, "\(tally.differing) of \(count) parallel renders differed")
    }

    @Test func emptyInputGivesEmptyOutput() {
        let result = Markdown.render("", bodyStartLine: 5, path: "x.md")
        #expect(result.html.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }
}
