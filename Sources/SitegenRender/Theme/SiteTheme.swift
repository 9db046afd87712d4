import Foundation
import Mustache
import SitegenSupport
import SitegenModel
import SitegenContent

/// A theme folder: Mustache templates (`templates/*.mustache`, registered by
/// file name without extension, so `{{> kpi-table}}` finds `kpi-table.mustache`)
/// and static files (`static/**`, copied verbatim to the output root, shared by
/// every language) and the fixed words of each language (`strings/<code>.yaml`,
/// `FrameStringsLoader`). Loading never throws: problems come back as diagnostics.
///
/// Templates are parsed once, when the theme is loaded, and compiled
/// (`CompiledTemplate`); they are rendered with a `TemplateContext`: a typed view
/// model whose every value is `HTML` (text is escaped on the way in). Templates
/// insert values with `{{{…}}}`; see themes/default/README.md for the keys.
package struct SiteTheme: Sendable {
    package let name: String
    /// swift-mustache's parse of the templates: made when loading only when `TemplateParser`
    /// cannot read them all (then it may render the pages); else parsed when asked for.
    package var library: MustacheLibrary { parsedLibrary ?? Self.mustacheLibrary(templateTexts) }
    private let parsedLibrary: MustacheLibrary?
    /// The templates' texts by name, when `parsedLibrary` is nil.
    private let templateTexts: [String: String]
    /// Template names found, sorted.
    package let templateNames: [String]
    /// Static files, at their path relative to the output root.
    package let staticFiles: [OutputFile]
    /// The fixed words of the pages, one file per language (`strings/<code>.yaml`).
    package let strings: ThemeStrings
    /// The templates as pages are rendered from them; nil when one of them uses what only
    /// swift-mustache renders (then `library` renders every page).
    let compiled: CompiledTemplateLibrary?

    package init(name: String, library: MustacheLibrary, templateNames: [String], staticFiles: [OutputFile], strings: ThemeStrings) {
        self.name = name
        self.parsedLibrary = library
        self.templateTexts = [:]
        self.compiled = CompiledTemplateLibrary(library, names: templateNames)
        self.templateNames = templateNames
        self.staticFiles = staticFiles
        self.strings = strings
    }

    /// A theme whose every template `TemplateParser` read (`parsed`, by name; `texts`, their texts).
    init(name: String, parsed: [String: CompiledTemplate], texts: [String: String], staticFiles: [OutputFile], strings: ThemeStrings) {
        self.name = name
        self.parsedLibrary = nil
        self.templateTexts = texts
        self.compiled = CompiledTemplateLibrary(parsed)
        self.templateNames = parsed.keys.sorted()
        self.staticFiles = staticFiles
        self.strings = strings
    }

    /// `library` with the texts `TemplateParser` read (which swift-mustache parses too).
    private static func mustacheLibrary(_ texts: [String: String], adding library: MustacheLibrary = MustacheLibrary()) -> MustacheLibrary {
        var library = library
        for (name, text) in texts {
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }

    /// Templates the page renderer uses; a theme missing one cannot render a site.
    package static let requiredTemplates = [
        "layout", "home", "theme", "initiative", "background", "kpis", "schedule",
        "glossary", "page", "data", "not-found", "accessibility",
    ]

    /// Loads `themesRoot/name`. Returns nil with diagnostics when the theme cannot be used.
    package static func load(name: String, themesRoot: String, fileIO: FileIO,
                            required: [String] = SiteTheme.requiredTemplates) -> (theme: SiteTheme?, diagnostics: [Diagnostic]) {
        let root = themesRoot.isEmpty ? name : themesRoot + "/" + name
        let templatesDir = root + "/templates"
        guard fileIO.isDirectory(root) else {
            return (nil, [Diagnostic(.themeMissing, "テーマ「\(name)」のフォルダ \(root) が見つかりません。",
                                     at: SourceLocation(path: root),
                                     hint: "site.yaml の theme の名前と themes/ の下のフォルダ名が同じか確認してください。")])
        }
        guard fileIO.isDirectory(templatesDir) else {
            return (nil, [Diagnostic(.themeMissing, "テーマ「\(name)」に templates フォルダがありません。",
                                     at: SourceLocation(path: templatesDir))])
        }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: [String] = []
        // Read by `TemplateParser`: swift-mustache parses them only when it has to render (below).
        var parsed: [String: CompiledTemplate] = [:]
        var texts: [String: String] = [:]
        let files = (try? fileIO.walk(templatesDir)) ?? []
        for (relative, kind) in files where kind == .file && relative.hasSuffix(".mustache") {
            let path = templatesDir + "/" + relative
            let templateName = String(relative.dropLast(".mustache".count))
            let text: String
            switch readText(path, what: "テンプレート", fileIO: fileIO) {
            case .success(let read): text = read
            case .failure(let problem): diagnostics.append(problem.diagnostic); continue
            }
            if let nodes = TemplateParser.nodes(text) {
                parsed[templateName] = CompiledTemplate(nodes: nodes)
                texts[templateName] = text
                names.append(templateName)
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: templateName)
                names.append(templateName)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    .templateError, "テンプレートの書き方の誤り(\(error.error))",
                    at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                    hint: "{{#名前}} と {{/名前}} の対応や、{{ }} の閉じ忘れを確認してください。"))
            } catch {
                diagnostics.append(Diagnostic(.templateError, "テンプレートの書き方の誤り(\(error))",
                                              at: SourceLocation(path: path)))
            }
        }
        for needed in required where !names.contains(needed) && !diagnostics.contains(where: {
            $0.location.path == templatesDir + "/" + needed + ".mustache" }) {
            diagnostics.append(Diagnostic(.templateError, "テンプレート \(needed).mustache がありません。",
                                          at: SourceLocation(path: templatesDir + "/" + needed + ".mustache")))
        }

        var staticFiles: [OutputFile] = []
        let staticDir = root + "/static"
        if fileIO.isDirectory(staticDir) {
            for (relative, kind) in (try? fileIO.walk(staticDir)) ?? [] {
                let path = staticDir + "/" + relative
                guard kind == .file else {
                    diagnostics.append(Diagnostic(.unreadableFile, "テーマの静的ファイルが通常のファイルではないため、コピーしません。",
                                                  at: SourceLocation(path: path), severity: .warning))
                    continue
                }
                guard let data = try? fileIO.read(path) else {
                    diagnostics.append(Diagnostic(.unreadableFile, "テーマの静的ファイルを読めません。", at: SourceLocation(path: path)))
                    continue
                }
                staticFiles.append(OutputFile(path: relative, data: data))
            }
        }
        let (strings, stringDiagnostics) = FrameStringsLoader.load(themeFolder: root, fileIO: fileIO)
        diagnostics += stringDiagnostics
        if diagnostics.hasErrors { return (nil, diagnostics) }
        if parsed.count == names.count {
            return (SiteTheme(name: name, parsed: parsed, texts: texts, staticFiles: staticFiles, strings: strings), diagnostics)
        }
        // Some template is swift-mustache's to read: it reads them all, and may render the pages.
        return (SiteTheme(name: name, library: mustacheLibrary(texts, adding: library), templateNames: names.sorted(), staticFiles: staticFiles, strings: strings), diagnostics)
    }

    /// A theme file's text: E001 when it cannot be read, E002 when it is not UTF-8.
    static func readText(_ path: String, what: String, fileIO: FileIO) -> Result<String, ThemeFileProblem> {
        guard let data = try? fileIO.read(path) else {
            return .failure(ThemeFileProblem(diagnostic: Diagnostic(.unreadableFile, "\(what)を読めません。", at: SourceLocation(path: path))))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeFileProblem(diagnostic: Diagnostic(.invalidEncoding, "\(what)がUTF-8ではありません。", at: SourceLocation(path: path))))
        }
        return .success(text)
    }

    /// Renders a template; nil when the theme has no template of that name.
    package func render(_ template: String, _ context: TemplateContext) -> HTML? {
        guard let compiled else {
            return library.render(context.values.mapValues(\.mustacheObject), withTemplate: template).map(HTML.init(rendered:))
        }
        return compiled.render(context.values, withTemplate: template).map(HTML.init(renderedUTF8:))
    }
}

/// Why a theme file could not be read, as the diagnostic to report.
struct ThemeFileProblem: Error {
    let diagnostic: Diagnostic
}
