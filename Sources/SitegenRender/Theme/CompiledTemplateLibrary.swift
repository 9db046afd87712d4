import Mustache
import SitegenSupport
import Synchronization

/// A theme's templates compiled (`CompiledTemplate`), rendered as swift-mustache
/// renders them: sections push their value, names climb the sections outwards,
/// `{{name}}` escapes with Mustache's HTML escaping, a partial alone on its line
/// indents each line of its output, a missing name or partial renders nothing.
struct CompiledTemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]
    /// The size of each template's last output: a page made with room for about as much
    /// is not copied again each time it outgrows its storage (pages run to 180 KB). Not the
    /// largest: a page keeps the room it was made with while it waits to be written.
    private let sizes = OutputSizes()

    /// Nil when any template cannot be compiled: the theme is then rendered by swift-mustache.
    init?(_ library: MustacheLibrary, names: [String]) {
        var templates: [String: CompiledTemplate] = [:]
        for name in names {
            guard let template = library.getTemplate(named: name), let compiled = CompiledTemplate(template) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
    }

    /// The templates compiled already (`TemplateParser`).
    init(_ templates: [String: CompiledTemplate]) {
        self.templates = templates
    }

    /// The template's output for `values`, as UTF-8; nil when the theme has no template of that name.
    func render(_ values: [String: TemplateValue], withTemplate name: String) -> ByteBuffer? {
        guard let template = templates[name] else { return nil }
        var output = ByteBuffer(capacity: sizes.last(name))
        var scope = Scope(stack: [.object(values)], indentation: nil)
        render(template.nodes, &scope, into: &output)
        sizes.record(output.count, name)
        return output
    }

    /// Where rendering is: the sections' values (outermost first) and a partial's indentation.
    /// One stack for the whole page, pushed and popped in place: a copy per section item
    /// allocated a new array for every row of a list.
    struct Scope {
        var stack: [TemplateValue]
        var indentation: String?

        /// `body` with `value` as the innermost section's value.
        mutating func pushing(_ value: TemplateValue, _ body: (inout Scope) -> Void) {
            stack.append(value)
            body(&self)
            stack.removeLast()
        }

        /// `body` inside a partial whose tag was indented by `indented`.
        mutating func inPartial(indented: String?, _ body: (inout Scope) -> Void) {
            guard let indented else { return body(&self) }
            let outer = indentation
            indentation = (outer ?? "") + indented
            body(&self)
            indentation = outer
        }
    }

    private func render(_ nodes: [CompiledTemplate.Node], _ scope: inout Scope, into output: inout ByteBuffer) {
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &scope, into: &output) }
            return
        }
        // As swift-mustache: a node's non-empty output that starts a new line of
        // this template's output gets the indentation first.
        var rendered = ByteBuffer()
        for node in nodes {
            var piece = ByteBuffer()
            render(node, &scope, into: &piece)
            if !piece.isEmpty, Self.endsLine(rendered) { rendered.append(indentation) }
            rendered.append(piece)
        }
        output.append(rendered)
    }

    private func render(_ node: CompiledTemplate.Node, _ scope: inout Scope, into output: inout ByteBuffer) {
        switch node {
        case .text(let text):
            output.append(text)
        case .variable(let path, let escaped):
            guard let value = path.resolve(in: scope.stack) else { return }
            let text: String
            switch value {
            case .html(let html):
                guard escaped else { return html.append(to: &output) }
                // Escaped from its bytes straight into the output; a value where that could differ
                // from the Character walk below takes that walk instead.
                if html.withUTF8({ Self.appendMustacheEscaped($0, to: &output) }) { return }
                text = html.markup
            case .flag(let flag): text = flag ? "true" : "false"
            case .object, .list: text = String(describing: value.mustacheObject)
            }
            output.append(escaped ? Self.mustacheEscaped(text) : text)
        case .section(let path, let nodes, inverted: false):
            switch path.resolve(in: scope.stack) {
            case .list(let items)?: for item in items { scope.pushing(item) { render(nodes, &$0, into: &output) } }
            case .flag(let flag)?: if flag { render(nodes, &scope, into: &output) }
            case let value?: scope.pushing(value) { render(nodes, &$0, into: &output) }
            case nil: break
            }
        case .section(let path, let nodes, inverted: true):
            switch path.resolve(in: scope.stack) {
            case .list(let items)?: if items.isEmpty { scope.pushing(.list(items)) { render(nodes, &$0, into: &output) } }
            case .flag(let flag)?: if !flag { render(nodes, &scope, into: &output) }
            case .some: break
            case nil: render(nodes, &scope, into: &output)
            }
        case .partial(let name, let indentation):
            guard let partial = templates[name] else { return }
            scope.inPartial(indented: indentation) { render(partial.nodes, &$0, into: &output) }
        }
    }

    /// The output's last `Character` is a line feed: "\n", not "\r\n" (one `Character`), as
    /// swift-mustache compares the last `Character` of its output.
    static func endsLine(_ output: ByteBuffer) -> Bool {
        output.last == UInt8(ascii: "\n") && (output.count < 2 || output[output.count - 2] != UInt8(ascii: "\r"))
    }

    /// `mustacheEscaped` on UTF-8, appended to `output`; false, with nothing appended, when a character
    /// to escape stands next to a non-ASCII byte. Only there can it share its `Character` with its
    /// neighbour (a combining mark after it, a prepended mark before it), which the Character walk leaves as it is.
    static func appendMustacheEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) -> Bool {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        for (i, byte) in bytes.enumerated() where isSpecial(byte) {
            if i > 0, bytes[i - 1] >= 0x80 { return false }
            if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return false }
        }
        var start = 0
        for (i, byte) in bytes.enumerated() where isSpecial(byte) {
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            switch byte {
            case UInt8(ascii: "<"): output.append("&lt;")
            case UInt8(ascii: ">"): output.append("&gt;")
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "\""): output.append("&quot;")
            default: output.append("&#39;")
            }
            start = i + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        return true
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

/// The last output size of each template (an eighth more, for the next page's longer
/// texts), shared by the workers.
private final class OutputSizes: Sendable {
    private let sizes = Mutex<[String: Int]>([:])

    func last(_ name: String) -> Int { sizes.withLock { $0[name] ?? 0 } }

    func record(_ size: Int, _ name: String) {
        sizes.withLock { $0[name] = size + size / 8 }
    }
}
