import Mustache

/// A theme template in the form pages are rendered from: swift-mustache's parse of
/// the file, read once when the theme is loaded, with every name split into its
/// keys (`TemplatePath`). Rendering then looks keys up in `TemplateValue`s: no
/// protocol casts, no reflection and no name splitting per value, which made up
/// most of swift-mustache's rendering time. The output is what swift-mustache's
/// renderer gives for the same values (tested on every page of the fixture and on
/// the spec's whitespace cases); the theme stays Mustache files read at run time.
struct CompiledTemplate: Sendable {
    /// Indirect: a node is copied on every visit, and a boxed one is one retain.
    indirect enum Node: Sendable, Equatable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
        case variable(TemplatePath, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(TemplatePath, [Node], inverted: Bool)
        /// `{{> name}}`; a partial alone on its line indents each of its lines as the tag was.
        case partial(String, indentation: String?)
    }

    let nodes: [Node]

    /// Nil when the template uses what only swift-mustache renders (transforms other than
    /// `empty(list)`, dynamic or inheriting partials, blocks, a content-type pragma).
    init?(_ template: MustacheTemplate) {
        guard let nodes = Self.nodes(of: template) else { return nil }
        self.nodes = nodes
    }

    /// A template's nodes as `TemplateParser` read them from its text.
    init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// swift-mustache keeps its parse (`tokens`) internal; its shape is read through
    /// reflection here, once per template. The package's version is pinned exactly,
    /// and anything not recognised gives nil, so a theme is never rendered wrongly.
    private static func nodes(of template: Any) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any] else {
            return nil
        }
        var nodes: [Node] = []
        for token in tokens {
            guard let node = node(of: token) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    private static func node(of token: Any) -> Node? {
        guard let token = Mirror(reflecting: token).children.first, let kind = token.label else { return nil }
        // The payloads are cast as tuples: (name, transforms[, template]) and
        // (name, indentation, inherits) for a partial.
        switch kind {
        case "text":
            return (token.value as? String).map { .text($0) }
        case "variable", "unescapedVariable":
            guard let name = token.value as? (String, [String]), let path = path(name.0, name.1) else { return nil }
            return .variable(path, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let section = token.value as? (String, [String], MustacheTemplate), let path = path(section.0, section.1),
                  let inner = nodes(of: section.2) else { return nil }
            return .section(path, inner, inverted: kind == "invertedSection")
        case "partial":
            // Only without inheritance (`{{< parent}}` overrides).
            guard let partial = token.value as? (String, String?, [String: MustacheTemplate]?), partial.2 == nil else { return nil }
            return .partial(partial.0, indentation: partial.1)
        default:
            return nil
        }
    }

    /// A name with at most one transform the compiled form knows.
    static func path(_ name: String, _ transforms: [String]) -> TemplatePath? {
        guard !name.isEmpty else { return nil }
        switch transforms.count {
        case 0: return TemplatePath(name)
        case 1: return TemplatePath.Transform(rawValue: transforms[0]).map { TemplatePath(name, transform: $0) }
        default: return nil
        }
    }
}
