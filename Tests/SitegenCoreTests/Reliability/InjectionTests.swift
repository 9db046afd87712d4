import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Nothing injected: a whole site built from hostile content has no script,
/// no event-handler attribute and no javascript:/data: link anywhere; every
/// XML file is well-formed; JSON and CSV carry the hostile strings back exactly.
@Suite(.serialized) struct InjectionTests {
    /// Built once: a full build takes a second or two.
    static let site: Result<[String: Data], BuildFailure> = {
        do {
            let tree = try TestTree(files: EvilContent.files)
            defer { tree.remove() }
            let report = BuildPipeline.run(tree.options())
            guard report.succeeded else { return .failure(BuildFailure(diagnostics: report.diagnostics)) }
            return .success(tree.snapshot())
        } catch {
            return .failure(BuildFailure(diagnostics: []))
        }
    }()

    struct BuildFailure: Error { let diagnostics: [Diagnostic] }

    func files(_ suffix: String) throws -> [(String, Data)] {
        let all = try Self.site.get()
        return all.filter { $0.key.hasSuffix(suffix) }.sorted { $0.key < $1.key }
    }

    /// The theme's furigana switch script: relative (`../assets/…`) or, on the 404 page, under the site's https base URL.
    static func isThemeFuriganaScript(_ src: String) -> Bool {
        let relative = src.replacingOccurrences(of: "../", with: "")
        return relative == SitePaths.furiganaScript || (src.hasPrefix("https://") && src.hasSuffix("/" + SitePaths.furiganaScript))
    }

    static func isDangerousURL(_ value: String) -> Bool {
        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        return squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("data:") || squeezed.hasPrefix("vbscript:")
    }

    @Test func theHostileSiteBuildsAndWarnsAboutRawHTMLAndBidi() throws {
        let tree = try TestTree(files: EvilContent.files, copyTheme: false)
        defer { tree.remove() }
        let (bundle, diagnostics) = ContentCheck.run(contentPath: tree.path("content"), io: .local)
        #expect(bundle != nil, "\(diagnostics)")
        #expect(diagnostics.contains { $0.code == .bidiControl && $0.location.path.hasSuffix("pages/about.md") && $0.location.line == 3 })
        let page = bundle?.sites.first?.pages.first { $0.id == "about" }
        #expect(page?.title == EvilContent.bidiTitleStripped)
        #expect(bundle?.sites.first?.initiatives.first?.title == EvilContent.title)
    }

    @Test func htmlHasNoScriptNoHandlerNoDangerousLink() throws {
        let pages = try files(".html")
        #expect(pages.count >= 10)
        for (path, data) in pages {
            let text = String(decoding: data, as: UTF8.self)
            // The only scripts allowed are schema.org JSON-LD (a data block, never executed) and,
            // on easy pages, the theme's furigana switch file; on the KPI overview, the theme's sorting
            // script: both from the site itself, nothing written inline.
            let scripts = text.lowercased().components(separatedBy: "<script").count - 1
            let jsonLD = text.lowercased().components(separatedBy: "<script type=\"application/ld+json\">").count - 1
            let switchScripts = text.components(separatedBy: "/furigana-switch.js\"></script>").count - 1
            let isOverview = path.hasSuffix("kpis/index.html")
            #expect(scripts == jsonLD + switchScripts + (isOverview ? 1 : 0) && switchScripts <= 1, "\(path)")
            #expect(!text.contains("\u{202E}"), "\(path)")
            let walker = MarkupWalker(html: [UInt8](data))
            #expect(walker.parsed, "\(path)")
            for element in walker.elements {
                if element.name == "script" {
                    let attributes = element.attributes.map { "\($0.0)=\($0.1)" }
                    let isSwitch = element.attributes.count == 1 && element.attributes[0].0 == "src"
                        && Self.isThemeFuriganaScript(element.attributes[0].1)
                    let sortScript = isOverview && attributes.count == 2 && attributes[0].hasPrefix("src=")
                        && attributes[0].hasSuffix("assets/table-sort.js") && !attributes[0].contains(":") && attributes[1] == "defer=defer"
                    #expect(attributes == ["type=application/ld+json"] || isSwitch || sortScript, "\(path): <script>")
                    continue
                }
                #expect(!["iframe", "object", "embed", "style"].contains(element.name), "\(path): <\(element.name)>")
                for (name, value) in element.attributes {
                    #expect(!name.lowercased().hasPrefix("on"), "\(path): \(element.name) \(name)=\(value)")
                    if ["href", "src", "xlink:href", "action", "formaction", "srcset", "poster"].contains(name.lowercased()) {
                        #expect(!Self.isDangerousURL(value), "\(path): \(element.name) \(name)=\(value)")
                    }
                }
            }
        }
    }

    @Test func hostileTitlesStayTextInTitleAndHeading() throws {
        let page = try #require(try files("initiatives/online/index.html").first { !$0.0.hasPrefix("easy/") })
        let walker = MarkupWalker(html: [UInt8](page.1))
        let html = String(decoding: page.1, as: UTF8.self)
        // The parser sees only the <title> tags the templates wrote (page + SVG titles): the text opened none.
        #expect(walker.elements.filter { $0.name == "title" }.count == html.components(separatedBy: "<title").count - 1)
        #expect(!walker.elements.contains { $0.name == "img" && $0.attribute("src") == "x" })
        #expect(html.contains(Escape.html(EvilContent.title)))
    }

    /// Every hostile text field (title, summary, KPI label and note, task, bar
    /// label, glossary text, organization name) reaches pages only escaped: in
    /// text, in attributes (`<meta content>`, `aria-label`) and in the frame.
    @Test func hostileTextFieldsAreEscapedOnEveryPage() throws {
        let hostile = [EvilContent.title, EvilContent.summary, EvilContent.kpiLabel, EvilContent.kpiNote,
                       EvilContent.task, EvilContent.barLabel, EvilContent.glossaryText, EvilContent.organization]
        let pages = try files(".html")
        var shown = Set<String>()
        for (path, data) in pages {
            let text = String(decoding: data, as: UTF8.self)
            for evil in hostile {
                #expect(!text.contains(evil), "\(path) holds \(evil) unescaped")
                if text.contains(Escape.html(evil)) { shown.insert(evil) }
            }
            // The organization is in the frame of every page, 404 pages included.
            #expect(text.contains(Escape.html(EvilContent.organization)), "\(path)")
        }
        #expect(shown == Set(hostile), "never shown escaped: \(Set(hostile).subtracting(shown))")
    }

    @Test func everyPageForbidsInlineScriptAndOutsideLinksGetNoopener() throws {
        for (path, data) in try files(".html") {
            let walker = MarkupWalker(html: [UInt8](data))
            let csp = walker.elements.first { $0.name == "meta" && $0.attribute("http-equiv")?.lowercased() == "content-security-policy" }
            let policy = try #require(csp?.attribute("content"), "\(path) has no CSP meta")
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "\(path): \(policy)")
            for a in walker.elements where a.name == "a" {
                guard let href = a.attribute("href"), href.hasPrefix("http"), !href.hasPrefix("https://dx.city.test/") else { continue }
                let rel = a.attribute("rel")?.split(separator: " ").map(String.init) ?? []
                #expect(rel.contains("noopener"), "\(path): \(href) rel=\(rel)")
            }
        }
        // The outside link of the hostile body is there (so the check above saw it).
        let page = try #require(try files("initiatives/online/index.html").first { !$0.0.hasPrefix("easy/") })
        #expect(MarkupWalker(html: [UInt8](page.1)).elements.contains { $0.attribute("href") == "https://evil.example/path" })
    }

    @Test func svgAndXMLAreWellFormedWithoutScriptsOrHandlers() throws {
        let xmlFiles = try files(".svg") + files(".xml") + files(".rdf")
        #expect(!xmlFiles.isEmpty)
        for (path, data) in xmlFiles {
            let text = String(decoding: data, as: UTF8.self)
            #expect(XMLWellFormedness.check(text) == [], "\(path)")
            let walker = MarkupWalker(xml: [UInt8](data))
            #expect(walker.parsed, "\(path)")
            for element in walker.elements {
                #expect(element.name != "script" && element.name != "foreignobject", "\(path): <\(element.name)>")
                for (name, value) in element.attributes {
                    #expect(!name.lowercased().hasPrefix("on"), "\(path): \(name)")
                    if name == "href" { #expect(!Self.isDangerousURL(value), "\(path): \(value)") }
                }
            }
        }
    }

    @Test func jsonParsesAndCarriesTheHostileStringsExactly() throws {
        var strings = Set<String>()
        func collect(_ value: Any) {
            if let s = value as? String { strings.insert(s) }
            else if let a = value as? [Any] { a.forEach(collect) }
            else if let d = value as? [String: Any] { d.values.forEach(collect) }
        }
        let jsonFiles = try files(".json") + files(".jsonld")
        #expect(!jsonFiles.isEmpty)
        for (path, data) in jsonFiles {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.lowercased().contains("<script"), "\(path): < is escaped in JSON")
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            collect(object)
        }
        for evil in [EvilContent.title, EvilContent.summary, EvilContent.kpiLabel, EvilContent.task, EvilContent.milestone] {
            #expect(strings.contains(evil), "JSON round-trips \(evil)")
        }
    }

    @Test func csvFieldsAreQuotedAndFormulaPrefixed() throws {
        var fields = Set<String>()
        let csvFiles = try files(".csv")
        #expect(!csvFiles.isEmpty)
        for (path, data) in csvFiles {
            let table = try RFC4180Parser.table(data)
            for row in table.rows { fields.formUnion(row.values) }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("\n=") && !text.contains(",=") && !text.contains(",@") && !text.contains(",\"="), "\(path): a formula starts a field")
        }
        #expect(fields.contains(EvilContent.title))
        #expect(fields.contains("'" + EvilContent.task))
        #expect(fields.contains("'" + EvilContent.milestone))
        #expect(!fields.contains(EvilContent.task))
    }
}
