import Foundation
import Mustache
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// `TemplateParser` reads a template as swift-mustache's parser does (the nodes it gives are
/// those read back from swift-mustache's parse), or leaves it to swift-mustache: never a
/// template swift-mustache rejects, never one read differently.
@Suite struct TemplateParserTests {
    /// swift-mustache's parse as nodes; nil when it throws or when the compiled form cannot take it.
    static func mustacheNodes(_ text: String) -> [CompiledTemplate.Node]? {
        (try? MustacheTemplate(string: text)).flatMap(CompiledTemplate.init)?.nodes
    }

    static let themeTemplates: [String: String] = {
        let folder = RenderFixture.themesRoot + "/default/templates"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var texts: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            texts[name] = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return texts
    }()

    @Test func everyTemplateOfTheDefaultThemeIsReadAsSwiftMustacheReadsIt() throws {
        #expect(Self.themeTemplates.count >= 12)
        for (name, text) in Self.themeTemplates {
            let nodes = TemplateParser.nodes(text)
            #expect(nodes != nil, "\(name) should not need swift-mustache")
            #expect(nodes == Self.mustacheNodes(text), "\(name)")
        }
    }

    /// Whitespace, standalone lines, names, transforms, partials, comments, and what only
    /// swift-mustache reads or what it rejects.
    static let cases: [String] = [
        "", "plain text", "a\n", "\n\n  \n", "  trailing spaces", "a\n  ", "{", "a{", "a{b", "{{", "a{{", "{{\n", "a {{\nb",
        "{{x}}", "{{ x }}", "{{\tx\n}}", "{{x}", "{{x", "{{{x}}}", "{{{x}}", "{{{x}}}}", "{{&x}}", "{{& x }}", "{{.}}", "{{a.b.c}}", "{{.a}}",
        "a\n  {{#s}}\n  x {{#s}}y{{/s}}\n  {{/s}}\nb {{#s}} c {{/s}} d\n", "{{#s}}\n{{/s}}", "  {{#s}}  \n  {{/s}}  ", "{{#s}}x{{/t}}",
        "{{#s}}x", "x{{/s}}", "{{^s}}\n  no\n{{/s}}\n", "\t{{^s}}\t\n\t{{/s}}\t\n",
        "{{#empty(l)}}E{{/empty(l)}}{{^empty(l)}}N{{/empty(l)}}", "{{#empty(l)}}E{{/empty(m)}}", "{{#empty(l)}}E{{/l}}",
        "{{a(b(c))}}", "{{a()}}", "{{(x)}}", "{{a)}}", "{{a(b)c}}", "{{a(b))}}", "{{a(b(c)}}", "{{a(b)(c)}}", "{{a((b))}}", "{{a(b}}",
        "{{first(l)}}", "{{}}", "{{ }}",
        "a{{! comment }}b", "  {{! standalone }}\nx", "  {{! not }} standalone\n", "{{! no end", "{{!}}}}", "{{! a } b }}c",
        "<ul>\n  {{> p}}\n</ul>\n{{> p}}", "{{>p}}", "{{>  p/q.r  }}", "  {{> p}}  \nx", "x {{> p}}\n", "{{>*p}}", "{{> p",
        "{{<p}}{{$b}}x{{/b}}{{/p}}", "{{$b}}x{{/b}}", "{{=<% %>=}}<%x%>", "{{%CONTENT_TYPE:TEXT}}",
        "a\r\nb", "{{#s}}\r\n{{/s}}\r\n", "{{\u{3000}x}}", "{{x\u{3000}}}", "{{>\u{3000}p}}", "　{{x}}　\n", "{{\u{301}x}}", "e\u{301}{{x}}",
        "{{x}}\u{2028}{{y}}", "  {{#s}}\u{2028}{{/s}}", "\u{85}{{x}}", "{{x}}\u{0B}", "漢字{{x}}かな\n  {{#s}}\n（{{{y}}}）\n{{/s}}\n",
    ]

    @Test(arguments: cases)
    func aTemplateIsReadAsSwiftMustacheReadsItOrLeftToIt(_ text: String) {
        guard let nodes = TemplateParser.nodes(text) else { return }
        #expect(nodes == Self.mustacheNodes(text), "\(text.debugDescription)")
    }

    /// The cases the parser must read itself (else the test above passes by reading nothing).
    @Test func templatesWithinItsRulesAreReadByIt() {
        for text in ["", "a\n  ", "{{x}}", "{{#s}}\n{{/s}}", "  {{! standalone }}\nx", "{{#empty(l)}}E{{/empty(l)}}",
                     "<ul>\n  {{> p}}\n</ul>\n{{> p}}", "a {{\nb", "　{{x}}　\n"] {
            #expect(TemplateParser.nodes(text) != nil, "\(text.debugDescription)")
        }
        for text in ["{{#s}}x", "{{x", "{{=<% %>=}}<%x%>", "a\r\nb", "{{\u{301}x}}", "{{>*p}}", "{{a(b(c)}}"] {
            #expect(TemplateParser.nodes(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func theDefaultThemeLoadsWithoutSwiftMustachesParse() throws {
        let theme = try #require(SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local).theme)
        let compiled = try #require(theme.compiled)
        for (name, text) in Self.themeTemplates {
            let templateName = String(name.dropLast(".mustache".count))
            #expect(compiled.templates[templateName]?.nodes == Self.mustacheNodes(text), "\(name)")
            #expect(theme.library.getTemplate(named: templateName) != nil)
        }
    }
}
