import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Escaping by construction: templates get only `HTML` values (text is escaped
/// once, by `TemplateContext`), and every `{{{name}}}` in the default theme is
/// an `HTML` value of that template's view model.
@Suite("Template escaping")
struct TemplateEscapingTests {
    static let templatesFolder = RenderFixture.themesRoot + "/default/templates"

    /// Every page template's context, for the fixture site in both languages,
    /// with charts, data links, JSON-LD and test results so optional keys are present.
    static func withEditions(_ bundle: SiteBundle) -> SiteBundle {
        SiteBundle(sites: bundle.sites.map { site in
            let r = site.report
            return site.replacing(report: Report(title: r.title, fiscalYear: r.fiscalYear, asOf: r.asOf, baseURL: r.baseURL,
                                                 license: r.license, description: r.description, introduction: r.introduction,
                                                 sources: r.sources,
                                                 editions: [Edition(fiscalYear: r.fiscalYear - 1, title: "前年度の版", url: "https://a.test/")]))
        })
    }

    /// `typedContexts` as swift-mustache takes them (`[String: Any]` trees).
    static func contexts() -> [String: [[String: Any]]] {
        typedContexts().mapValues { samples in samples.map { $0.mapValues(\.mustacheObject) } }
    }

    static func typedContexts() -> [String: [[String: TemplateValue]]] {
        let loaded = SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local)
        guard let theme = loaded.theme else { return [:] }
        let resultsData = Data(AccessibilityPageTests.results(findings: 0).utf8)
        let extras = PageExtras(
            kpiChart: { _, _, _, _ in "<figure></figure>" }, initiativeGantt: { _, _, _ in "<figure></figure>" },
            overallGantt: { _, _, _ in "<figure></figure>" }, progressSummary: { _, _, _ in "<figure></figure>" }, dataPage: { _, _ in "<p></p>" },
            initiativeDataLinks: { _, _, _ in "<p></p>" }, structuredData: { _, _ in "{}" },
            accessibilityResults: AccessibilityResults(sourceFingerprint: "0123456789abcdef",
                                                       run: AccessibilityTestRun.parse(resultsData, path: "results.json").results))
        var contexts: [String: [[String: TemplateValue]]] = [:]
        // The fixture, the same with earlier editions (the footer's list), and split into pages of one initiative
        // (the lists' index, pages and pager).
        let split = SiteBundle(sites: RenderFixture.bundle.sites.map { $0.replacing(pageSize: 1) })
        for bundle in [RenderFixture.bundle, withEditions(RenderFixture.bundle), split] {
        let inventory = PageInventory(bundle: bundle, extras: extras)
        for site in bundle.sites {
            let renderer = LanguagePageRenderer(bundle: bundle, site: site, theme: theme, extras: extras, inventory: inventory)
            for job in renderer.jobs(.all) {
                if case .notFound = job {
                    let models = renderer.notFoundModels()
                    contexts["not-found", default: []].append(TemplateContext(models.content).values)
                    contexts["layout", default: []].append(TemplateContext(models.layout).values)
                    continue
                }
                var diagnostics: [Diagnostic] = []
                let draft = renderer.draft(job, &diagnostics)
                contexts[draft.template, default: []].append(renderer.pageContext(draft.model).values)
                contexts["layout", default: []].append(TemplateContext(renderer.layoutModel(draft, content: .empty)).values)
            }
            // The accessibility page before the first site check, too.
            contexts["accessibility", default: []].append(renderer.pageContext(renderer.accessibilityPage(nil).model).values)
        }
        }
        return contexts
    }

    /// A template's text with its `{{> partial}}`s inlined (partials see their caller's context).
    static func expandedTemplate(_ name: String) throws -> String {
        var text = try String(contentsOfFile: templatesFolder + "/" + name + ".mustache", encoding: .utf8)
        for tag in tags(in: text) where tag.hasPrefix(">") {
            let partial = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            text = text.replacingOccurrences(of: "{{" + tag + "}}", with: try expandedTemplate(partial))
        }
        return text
    }

    /// The inside of every `{{…}}` and `{{{…}}}` tag, braces of a triple tag kept as `{…}`.
    static func tags(in template: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else { break }
            tags.append(String(afterOpen[..<close.lowerBound]) + (triple ? "}" : ""))
            rest = afterOpen[close.upperBound...]
        }
        return tags
    }

    /// Names inserted without Mustache's escaping: `{{{name}}}` and `{{& name}}`.
    static func insertedNames(in template: String) -> Set<String> {
        Set(tags(in: template).compactMap { tag in
            if tag.hasPrefix("{") { return String(tag.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
            if tag.hasPrefix("&") { return String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
            return nil
        })
    }

    /// Every value found under `path` (`labels.source`) in any dictionary of the tree;
    /// for `.`, every list item that is not a section dictionary.
    static func values(at path: String, in tree: Any) -> [Any] {
        var found: [Any] = []
        func walk(_ node: Any) {
            if let dictionary = node as? [String: Any] {
                if path != ".", let value = follow(path.split(separator: ".").map(String.init), from: dictionary) {
                    found.append(value)
                }
                dictionary.values.forEach(walk)
            } else if let list = node as? [Any] {
                if path == "." { found += list.filter { !($0 is [String: Any]) } }
                list.forEach(walk)
            }
        }
        walk(tree)
        return found
    }

    private static func follow(_ keys: [String], from dictionary: [String: Any]) -> Any? {
        guard let first = keys.first, let value = dictionary[first] else { return nil }
        if keys.count == 1 { return value }
        guard let next = value as? [String: Any] else { return nil }
        return follow(Array(keys.dropFirst()), from: next)
    }

    static var templateNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: templatesFolder)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }

    /// Partials are checked inside the templates that include them.
    static let partials: Set<String> = ["kpi-table", "schedule-table", "pager", "list-index"]

    @Test func everyUnescapedNameIsAnHTMLValueOfItsViewModel() throws {
        #expect(Self.templateNames.count == SiteTheme.requiredTemplates.count + Self.partials.count)
        let contexts = Self.contexts()
        for template in Self.templateNames where !Self.partials.contains(template) {
            let samples = try #require(contexts[template], "no view model sample for \(template).mustache")
            let names = try Self.insertedNames(in: Self.expandedTemplate(template))
            #expect(!names.isEmpty, "\(template).mustache")
            for name in names.sorted() {
                // `false` stands for an absent optional: it renders nothing.
                let values = samples.flatMap { Self.values(at: name, in: $0) }.filter { ($0 as? Bool) != false }
                #expect(!values.isEmpty, "\(template).mustache: {{{\(name)}}} is not a key of its view model")
                for value in values {
                    #expect(value is HTML, "\(template).mustache: {{{\(name)}}} gets \(type(of: value)), not HTML")
                }
            }
        }
    }

    @Test func templatesUseNoDoubleBraceVariables() throws {
        // Every value is HTML already: `{{name}}` would escape it a second time.
        for template in Self.templateNames {
            let variables = try Self.tags(in: Self.expandedTemplate(template)).filter { tag in
                guard let first = tag.first else { return false }
                return !"{&#^/!>=%$<".contains(first)
            }
            #expect(variables.isEmpty, "\(template).mustache: \(variables.map { "{{\($0)}}" })")
        }
    }

    @Test func contextsHoldNoPlainString() {
        func check(_ node: Any, _ where_: String) {
            switch node {
            case let dictionary as [String: Any]: for (key, value) in dictionary { check(value, where_ + "." + key) }
            case let list as [Any]: list.forEach { check($0, where_ + "[]") }
            case is HTML, is Bool: break
            default: Issue.record("\(where_) is \(type(of: node))")
            }
        }
        let contexts = Self.contexts()
        #expect(contexts.count == SiteTheme.requiredTemplates.count)
        for (template, samples) in contexts { samples.forEach { check($0, template) } }
    }

    @Test func textIsEscapedOnceByTheContextIncludingWhatMustacheWouldMiss() {
        // A quote carrying a combining mark is one Character, so swift-mustache's
        // Character-based escaping would let the quote through into an attribute.
        let hostile = "\"\u{301} onload=alert(1) <script>&\u{7}"
        let context = TemplateContext(NotFoundModel(text: hostile, homeHref: hostile, homeLabel: "ホーム"))
        let expected = "&quot;\u{301} onload=alert(1) &lt;script&gt;&amp;"
        #expect((context.values["text"]?.mustacheObject as? HTML)?.markup == expected)
        #expect((context.values["homeHref"]?.mustacheObject as? HTML)?.markup == expected)
        #expect(HTML(text: hostile).markup == Escape.html(hostile))
    }

    @Test func absentOptionalIsFalseSoTheEnclosingValueNeverShows() {
        let link = InitiativeLinkModel(href: "a/", label: "x", summary: nil)
        #expect(TemplateContext(ThemePageModel(progressSummary: nil, summary: "<p>頁</p>", initiatives: [link])).values["initiatives"]
            .flatMap { ($0.mustacheObject as? [Any])?.first as? [String: Any] }?["summary"] as? Bool == false)
    }
}
