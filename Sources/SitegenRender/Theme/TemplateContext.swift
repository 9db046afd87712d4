import Mustache
import SitegenSupport

/// A view model of one theme template: a struct whose stored properties are
/// the template's keys. Property types are limited to what `TemplateContext`
/// knows: `HTML`, `String` (text), `Bool`, other view models, arrays and
/// optionals of these.
package protocol TemplateModel {
    /// The same dictionary reflection would give, built by hand for the models
    /// every page has (the frame): reflection was the largest cost of a context.
    /// Each value must go through `TemplateContext.value(of:)`, so text is escaped
    /// the same way; a test compares this with the reflected dictionary.
    func templateValues() -> [String: Any]?
}

extension TemplateModel {
    package func templateValues() -> [String: Any]? { nil }
}

/// What a template is rendered with: a view model turned into Mustache's
/// dictionaries, where every text has become escaped `HTML`.
///
/// This is the one place text is escaped for templates. swift-mustache's own
/// `{{ }}` escaping is not used: it leaves control characters in, and it
/// compares Characters, so a quote followed by a combining mark would pass
/// through unescaped. Templates insert every value with `{{{ }}}`.
package struct TemplateContext {
    package private(set) var values: [String: Any]

    package init(_ model: some TemplateModel) {
        values = Self.dictionary(of: model)
    }

    /// Adds a key that every page template gets (`labels`, `fiscalYear`).
    package mutating func set(_ key: String, _ value: Any) {
        values[key] = Self.value(of: value)
    }

    static func dictionary(of model: any TemplateModel) -> [String: Any] {
        model.templateValues() ?? reflected(model)
    }

    /// Every stored property by its name (the rule `templateValues` must follow).
    static func reflected(_ model: any TemplateModel) -> [String: Any] {
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: model).children {
            guard let label = child.label else { continue }
            values[label] = value(of: child.value)
        }
        return values
    }

    static func value(of value: Any) -> Any {
        // The common leaves first, without a Mirror (reflection was the largest cost
        // of building a context). An absent optional is `false`, never missing:
        // Mustache would otherwise look the key up in the enclosing section and
        // show the page's own value. (A present optional casts to its wrapped type.)
        if let optional = value as? any AbsentCheckable, optional.isAbsent { return false }
        switch value {
        case let html as HTML: return html
        case let text as String: return HTML(text: text)
        case let flag as Bool: return flag
        case let model as TemplateModel: return dictionary(of: model)
        // Groups of fixed words (`strings.kpiTable.indicator`), their texts already `HTML`.
        case let group as [String: Any]: return group.mapValues { Self.value(of: $0) }
        case let list as [Any]: return list.map { Self.value(of: $0) }
        default:
            preconditionFailure("テンプレートに渡せない型です: \(type(of: value))")
        }
    }
}

/// Lets `TemplateContext` tell an absent optional from a value without reflection.
protocol AbsentCheckable {
    var isAbsent: Bool { get }
}

extension Optional: AbsentCheckable {
    var isAbsent: Bool { self == nil }
}

/// `{{{key}}}` inserts the markup as it is; `{{#key}}` shows for any fragment given.
extension HTML: MustacheCustomRenderable {
    package var renderText: String { markup }
    package var isNull: Bool { false }
}

/// A fragment has no keys: names inside `{{#fragment}}` are looked up in the enclosing section.
extension HTML: MustacheParent {
    package func child(named: String) -> Any? { nil }
}
