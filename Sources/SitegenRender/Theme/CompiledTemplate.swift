import Mustache

/// A theme template in the form pages are rendered from: swift-mustache's parse of
/// the file, read once when the theme is loaded, with every name split into its
/// keys (`TemplatePath`). Rendering then looks keys up in `TemplateValue`s: no
/// protocol casts, no reflection and no name splitting per value, which made up
/// most of swift-mustache's rendering time. The output is what swift-mustache's
/// renderer gives for the same values (tested on every page of the fixture and on
/// the spec's whitespace cases); the theme stays Mustache files read at run time.
struct CompiledTemplate: Sendable {
    enum Node: Sendable {
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
        let fields = Mirror(reflecting: token.value).children.map(\.value)
        /// `(name: String, transforms: [String], …)`: a name with at most one transform the compiled form knows.
        func path() -> TemplatePath? {
            guard fields.count >= 2, let name = fields[0] as? String, !name.isEmpty, let transforms = fields[1] as? [String] else { return nil }
            switch transforms.count {
            case 0: return TemplatePath(name)
            case 1: return TemplatePath.Transform(rawValue: transforms[0]).map { TemplatePath(name, transform: $0) }
            default: return nil
            }
        }
        switch kind {
        case "text":
            return (token.value as? String).map { .text($0) }
        case "variable", "unescapedVariable":
            guard fields.count == 2, let path = path() else { return nil }
            return .variable(path, escaped: kind == "variable")
        case "section", "invertedSection":
            guard fields.count == 3, let path = path(), let inner = nodes(of: fields[2]) else { return nil }
            return .section(path, inner, inverted: kind == "invertedSection")
        case "partial":
            // (name, indentation: String?, inherits: [String: MustacheTemplate]?): only without inheritance.
            guard fields.count == 3, let name = fields[0] as? String, isNone(fields[2]) else { return nil }
            let indentation = fields[1] as? String
            guard indentation != nil || isNone(fields[1]) else { return nil }
            return .partial(name, indentation: indentation)
        default:
            return nil
        }
    }

    private static func isNone(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }
}
