import Mustache
import SitegenSupport

/// A theme's templates compiled (`CompiledTemplate`), rendered as swift-mustache
/// renders them: sections push their value, names climb the sections outwards,
/// `{{name}}` escapes with Mustache's HTML escaping, a partial alone on its line
/// indents each line of its output, a missing name or partial renders nothing.
struct CompiledTemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]

    /// Nil when any template cannot be compiled: the theme is then rendered by swift-mustache.
    init?(_ library: MustacheLibrary, names: [String]) {
        var templates: [String: CompiledTemplate] = [:]
        for name in names {
            guard let template = library.getTemplate(named: name), let compiled = CompiledTemplate(template) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
    }

    /// The template's output for `values`; nil when the theme has no template of that name.
    func render(_ values: [String: TemplateValue], withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        render(template.nodes, Scope(stack: [.object(values)], indentation: nil), into: &output)
        return output
    }

    /// Where rendering is: the sections' values (outermost first) and a partial's indentation.
    struct Scope {
        var stack: [TemplateValue]
        var indentation: String?

        func pushing(_ value: TemplateValue) -> Scope {
            var scope = self
            scope.stack.append(value)
            return scope
        }

        func inPartial(indented: String?) -> Scope {
            guard let indented else { return self }
            var scope = self
            scope.indentation = (indentation ?? "") + indented
            return scope
        }
    }

    private func render(_ nodes: [CompiledTemplate.Node], _ scope: Scope, into output: inout String) {
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, scope, into: &output) }
            return
        }
        // As swift-mustache: a node's non-empty output that starts a new line of
        // this template's output gets the indentation first.
        var rendered = ""
        for node in nodes {
            var piece = ""
            render(node, scope, into: &piece)
            if !piece.isEmpty, rendered.last == "\n" { rendered += indentation }
            rendered += piece
        }
        output += rendered
    }

    private func render(_ node: CompiledTemplate.Node, _ scope: Scope, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let path, let escaped):
            guard let value = path.resolve(in: scope.stack) else { return }
            let text: String
            switch value {
            case .html(let html): text = html.markup
            case .flag(let flag): text = flag ? "true" : "false"
            case .object, .list: text = String(describing: value.mustacheObject)
            }
            output += escaped ? Self.mustacheEscaped(text) : text
        case .section(let path, let nodes, inverted: false):
            switch path.resolve(in: scope.stack) {
            case .list(let items)?: for item in items { render(nodes, scope.pushing(item), into: &output) }
            case .flag(let flag)?: if flag { render(nodes, scope, into: &output) }
            case let value?: render(nodes, scope.pushing(value), into: &output)
            case nil: break
            }
        case .section(let path, let nodes, inverted: true):
            switch path.resolve(in: scope.stack) {
            case .list(let items)?: if items.isEmpty { render(nodes, scope.pushing(.list(items)), into: &output) }
            case .flag(let flag)?: if !flag { render(nodes, scope, into: &output) }
            case .some: break
            case nil: render(nodes, scope, into: &output)
            }
        case .partial(let name, let indentation):
            guard let partial = templates[name] else { return }
            render(partial.nodes, scope.inPartial(indented: indentation), into: &output)
        }
    }

    /// swift-mustache's `{{ }}` escaping, Character by Character (so a quote that
    /// carries a combining mark passes, as there: templates insert values with
    /// `{{{ }}}`, escaped already by `TemplateContext`).
    static func mustacheEscaped(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
