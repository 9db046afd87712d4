import CCmarkGFM
import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenContent

/// cmark's HTML is finished in one pass over its bytes; the `String` replacements it
/// replaced are kept here as the reference.
@Suite struct MarkdownOutputTests {
    static let bodies = [
        "本文だけ。",
        "<div>\n生のHTML\n</div>\n\n段落<span>内</span>の<b>タグ</b>。",
        "[外](https://example.jp/)と[外2](http://example.jp/a?b=1&c=2)と[同じ](//example.jp/)と[中](../x/)。",
        "[危険](javascript:alert(1))と[データ](data:text/html,x)。",
        "`<a href=\"https://x\">` と &lt;a href=\"https://y\"&gt; は文字。",
        "<!-- コメント -->\n\n- 項目 <i>斜体</i>\n- <https://example.jp/auto>\n\n| 表 | <u>x</u> |\n|---|---|\n| 1 | 2 |",
        "",
    ]

    @Test func finishedBodiesMatchTheStringReplacements() {
        for body in Self.bodies {
            let html = Markdown.render(body, bodyStartLine: 1, path: "x.md").html.markup
            #expect(html == Self.reference(Self.cmarkHTML(body)), "\(body)")
        }
    }

    @Test func placeholdersGoAndOtherSitesAreMarked() {
        let html = Markdown.render(Self.bodies[1] + "\n\n" + Self.bodies[2] + "\n\n" + Self.bodies[3], bodyStartLine: 1,
                                   path: "x.md").html.markup
        #expect(!html.contains("omitted") && !html.contains("\n\n<p>段落"))
        #expect(html.contains("<a rel=\"noopener\" href=\"https://example.jp/\">外</a>"))
        #expect(html.contains("<a rel=\"noopener\" href=\"http://example.jp/a?b=1&amp;c=2\">"))
        #expect(html.contains("<a rel=\"noopener\" href=\"//example.jp/\">同じ</a>"))
        #expect(html.contains("<a href=\"../x/\">中</a>"))
        #expect(html.contains("<a>危険</a>") && html.contains("<a>データ</a>"))
    }

    /// cmark's own HTML for `body`, before it is finished.
    static func cmarkHTML(_ body: String) -> String {
        Markdown.withParsedTree(body) { root, parser in
            guard let rendered = cmark_render_html(root, Markdown.options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        } ?? ""
    }

    /// The replacements as they were made on a `String` (session 13's `Markdown.postProcess`).
    static func reference(_ html: String) -> String {
        var out = html
            .replacingOccurrences(of: "<!-- raw HTML omitted -->\n", with: "")
            .replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
        for scheme in ["http://", "https://", "//"] {
            out = out.replacingOccurrences(of: "<a href=\"\(scheme)", with: "<a rel=\"noopener\" href=\"\(scheme)")
        }
        return out.replacingOccurrences(of: "<a href=\"\">", with: "<a>")
    }
}
