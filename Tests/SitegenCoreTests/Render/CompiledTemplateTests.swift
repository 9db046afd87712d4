import Foundation
import Mustache
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The compiled templates render exactly what swift-mustache renders for the same
/// values: on every page context of the fixture with the default theme, and on
/// the cases where Mustache's whitespace and lookup rules are subtle.
@Suite struct CompiledTemplateTests {
    /// swift-mustache's and the compiled library's output for each named template.
    static func bothOutputs(_ templates: [String: String], _ values: [String: TemplateValue],
                            render name: String = "main") throws -> (mustache: String?, compiled: String?) {
        var library = MustacheLibrary()
        for (templateName, text) in templates { library.register(try MustacheTemplate(string: text), named: templateName) }
        let compiled = try #require(CompiledTemplateLibrary(library, names: Array(templates.keys)))
        return (library.render(values.mapValues(\.mustacheObject), withTemplate: name), compiled.render(values, withTemplate: name)?.string)
    }

    @Test func everyPageOfTheFixtureRendersAsWithSwiftMustache() throws {
        let theme = try #require(SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local).theme)
        let compiled = try #require(theme.compiled, "the default theme must compile")
        var pages = 0
        for (template, samples) in TemplateEscapingTests.typedContexts() {
            for values in samples {
                let expected = theme.library.render(values.mapValues(\.mustacheObject), withTemplate: template)
                #expect(expected != nil)
                // Byte for byte: the page is written as these bytes.
                #expect(compiled.render(values, withTemplate: template)?.array == expected.map { Array($0.utf8) }, "\(template).mustache")
                pages += 1
            }
        }
        #expect(pages > 40)
    }

    static func item(_ name: String) -> TemplateValue { .object(["name": .text(name)]) }

    static let cases: [(templates: [String: String], values: [String: TemplateValue])] = [
        // Standalone section tags take their line with them; others do not.
        (["main": "a\n  {{#s}}\n  x {{#s}}y{{/s}}\n  {{/s}}\nb {{#s}} c {{/s}} d\n"], ["s": .flag(true)]),
        // Lists, the current item, an empty list in an inverted section.
        (["main": "{{#l}}<{{{.}}}>{{/l}}|{{^e}}none{{/e}}|{{#e}}x{{/e}}|{{^l}}not shown{{/l}}"],
         ["l": .htmlList([HTML(text: "1"), HTML(text: "2")]), "e": .list([])]),
        // A partial alone on its line indents every line it writes, through nested partials and sections.
        (["main": "<ul>\n  {{> p}}\n</ul>\n{{> p}}",
          "p": "<li>\n{{#l}}\n  {{{name}}}\n  {{> q}}\n{{/l}}\n</li>\n",
          "q": "q1\nq2 {{{name}}}\n"],
         ["l": .list([item("一"), item("二")])]),
        // In an indented partial, a line that starts with nothing written gets no indentation.
        (["main": "  {{> p}}\n  {{> p}}", "p": "a\n{{#f}}x{{/f}}\n{{#f}}x{{/f}}b\n{{#f}}x{{/f}}"], ["f": .flag(false)]),
        // Mustache's own escaping of {{ }}, Character by Character (a quote with a combining mark passes).
        (["main": "{{v}}|{{{v}}}|{{&v}}|{{b}}{{{b}}}"],
         ["v": .html(HTML(rendered: "<a href=\"x\">'&'</a>\"\u{301}")), "b": .flag(false)]),
        // Escaped from the bytes where a character to escape has ASCII on both sides (CRLF, the ends of the value);
        // next to a non-ASCII character (a kanji, a prepended or joining mark) as a Character.
        (["main": "{{a}}|{{k}}|{{p}}|{{z}}|{{h}}"],
         ["a": .html(HTML(rendered: "<a href=\"x\">'&amp;'</a>\r\n>")), "k": .html(HTML(rendered: "日<本>語&\"'")),
          "p": .html(HTML(rendered: "\u{600}<x")), "z": .html(HTML(rendered: "x'\u{200D}y")), "h": .html(HTML(text: "A&B<C>"))]),
        // Dotted names climb for their first key only; a leading dot stays in the innermost section.
        (["main": "{{#o}}[{{{a.b}}}][{{{top}}}][{{{.c}}}][{{{.top}}}][{{{c.missing}}}]{{/o}}"],
         ["o": .object(["c": .text("c")]), "a": .object(["b": .text("ab")]), "top": .text("t")]),
        // A fragment as a section: names inside look outwards. Absent, false and missing values.
        (["main": "{{#h}}({{{k}}}){{/h}}{{#f}}no{{/f}}{{^f}}yes{{/f}}{{^missing}}m{{/missing}}{{#missing}}x{{/missing}}{{^h}}x{{/h}}{{^o}}x{{/o}}"],
         ["h": .html(HTML(rendered: "<i>h</i>")), "k": .text("k"), "f": .flag(false), "o": .object([:])]),
        // `empty(list)`, the one transform the theme uses; on anything but a list it finds nothing.
        (["main": "{{#empty(l)}}E{{/empty(l)}}{{^empty(l)}}N{{/empty(l)}}{{#empty(e)}}E{{/empty(e)}}{{^empty(h)}}H{{/empty(h)}}[{{{empty(e)}}}{{empty(l)}}]"],
         ["l": .htmlList([HTML(text: "1")]), "e": .list([]), "h": .html(HTML(text: "h"))]),
        // A missing partial writes nothing; comments and CRLF lines.
        (["main": "a{{> nope}}b\r\n  {{! note }}\r\n{{#s}}\r\nline\r\n{{/s}}\r\n  {{> p}}\r\nend"],
         ["s": .flag(true)]),
        // An indented partial whose lines end in CRLF (a Character of its own, not "\n").
        (["main": "  {{> p}}\r\nafter\n  {{> p}}", "p": "p\r\nq\nr\r\n"], [:]),
    ]

    @Test(arguments: 0..<cases.count)
    func whitespaceAndLookupRulesAreSwiftMustaches(_ index: Int) throws {
        let (templates, values) = Self.cases[index]
        let (mustache, compiled) = try Self.bothOutputs(templates, values)
        #expect(mustache != nil)
        #expect(compiled == mustache)
    }

    @Test func aTemplateWithTransformsIsRenderedBySwiftMustache() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#l}}{{#first()}}F{{/first()}}{{{.}}}{{/l}}"), named: "main")
        #expect(CompiledTemplateLibrary(library, names: ["main"]) == nil)
        let theme = SiteTheme(name: "t", library: library, templateNames: ["main"], staticFiles: [], strings: ThemeStrings(languages: [:]))
        #expect(theme.compiled == nil)
        var context = TemplateContext(DataPageModel(content: .empty))
        context.set("l", [HTML(text: "a"), HTML(text: "b")])
        #expect(theme.render("main", context)?.markup == "Fab")
    }
}
