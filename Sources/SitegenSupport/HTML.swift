/// A fragment of HTML that may be inserted into a page as it is.
///
/// Plain `String`s are text. Text becomes HTML only through `init(text:)`,
/// which escapes it, so a forgotten escape cannot happen: a template gets
/// nothing but `HTML` values (see `TemplateContext`).
package struct HTML: Sendable, Hashable {
    package let markup: String

    /// Text, escaped for HTML content and attribute values (`Escape.html`).
    package init(text: String) {
        markup = Escape.html(text)
    }

    /// Markup made by one of sitegen's own renderers (Markdown, manual ruby,
    /// charts, open data), which escape the text inside it themselves.
    package init(rendered markup: String) {
        self.markup = markup
    }

    package static let empty = HTML(rendered: "")

    package var isEmpty: Bool { markup.isEmpty }

    package static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(rendered: lhs.markup + rhs.markup)
    }
}

/// Markup written in the source code (`"<br>"`): never content, so never escaped.
/// Interpolation is not allowed, so no text can slip into a literal.
extension HTML: ExpressibleByStringLiteral {
    package init(stringLiteral markup: StaticString) {
        self.markup = markup.description
    }
}

extension Sequence where Element == HTML {
    package func joined(separator: HTML = .empty) -> HTML {
        HTML(rendered: map(\.markup).joined(separator: separator.markup))
    }
}
