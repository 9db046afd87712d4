import SitegenSupport

/// A value a theme template is rendered with: what `TemplateContext` makes of a
/// view model. Every text has become escaped `HTML` on the way in; there is no
/// other kind of leaf, so a template can only ever insert escaped text or markup
/// the renderer made.
package enum TemplateValue: Sendable {
    case html(HTML)
    /// A flag, and an absent optional: `false`, never missing, since Mustache would
    /// otherwise look the key up in the enclosing section and show that value.
    case flag(Bool)
    /// A view model or a group of fixed words, by key.
    case object([String: TemplateValue])
    case list([TemplateValue])

    /// Text, escaped.
    static func text(_ text: String) -> TemplateValue { .html(HTML(text: text)) }

    static func optionalText(_ text: String?) -> TemplateValue { text.map { .text($0) } ?? .flag(false) }

    static func optionalHTML(_ html: HTML?) -> TemplateValue { html.map { .html($0) } ?? .flag(false) }

    static func htmlList(_ list: [HTML]) -> TemplateValue { .list(list.map { .html($0) }) }

    static func textList(_ list: [String]) -> TemplateValue { .list(list.map { .text($0) }) }

    static func model(_ model: some TemplateModel) -> TemplateValue { .object(TemplateContext.dictionary(of: model)) }

    static func optionalModel(_ model: (some TemplateModel)?) -> TemplateValue { model.map { .model($0) } ?? .flag(false) }

    static func models(_ list: [some TemplateModel]) -> TemplateValue { .list(list.map { .model($0) }) }

    /// The value under `key` of a view model or group; nil for any other value.
    func child(_ key: String) -> TemplateValue? {
        if case .object(let values) = self { return values[key] }
        return nil
    }

    /// The value as swift-mustache takes it: `[String: Any]`, `[Any]`, `HTML`, `Bool`.
    var mustacheObject: Any {
        switch self {
        case .html(let html): html
        case .flag(let flag): flag
        case .object(let values): values.mapValues(\.mustacheObject)
        case .list(let list): list.map(\.mustacheObject)
        }
    }
}
