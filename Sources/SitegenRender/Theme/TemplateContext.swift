import Mustache
import SitegenSupport

/// A view model of one theme template: a struct whose stored properties are
/// the template's keys. Property types are limited to what `TemplateContext`
/// knows: `HTML`, `String` (text), `Bool`, other view models, arrays and
/// optionals of these.
package protocol TemplateModel {
    /// The same values reflection would give, built by hand for the models every
    /// page has or that repeat by the thousand (rows of tables): reflection was the
    /// largest cost of a context. Text must become `HTML` through `TemplateValue.text`
    /// (escaped); a test compares this with the reflected values on every page.
    func templateValues() -> [String: TemplateValue]?
}

extension TemplateModel {
    package func templateValues() -> [String: TemplateValue]? { nil }
}

/// What a template is rendered with: a view model turned into `TemplateValue`s,
/// where every text has become escaped `HTML`.
///
/// This is the one place text is escaped for templates. Mustache's own `{{ }}`
/// escaping is not used: swift-mustache's leaves control characters in, and it
/// compares Characters, so a quote followed by a combining mark would pass
/// through unescaped. Templates insert every value with `{{{ }}}`.
package struct TemplateContext {
    package private(set) var values: [String: TemplateValue]

    package init(_ model: some TemplateModel) {
        values = Self.dictionary(of: model)
    }

    /// Adds a key that every page template gets (`labels`, `fiscalYear`).
    package mutating func set(_ key: String, _ value: Any) {
        values[key] = Self.value(of: value)
    }

    /// The same for a value made already (no cast at run time: every page sets these).
    package mutating func set(_ key: String, value: TemplateValue) {
        values[key] = value
    }

    static func dictionary(of model: any TemplateModel) -> [String: TemplateValue] {
        model.templateValues() ?? reflected(model)
    }

    /// Every stored property by its name (the rule `templateValues` must follow).
    static func reflected(_ model: any TemplateModel) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [:]
        for child in Mirror(reflecting: model).children {
            guard let label = child.label else { continue }
            values[label] = value(of: child.value)
        }
        return values
    }

    static func value(of value: Any) -> TemplateValue {
        // Values made already (the fixed words' tree) as they are; then the common
        // leaves, without a Mirror. An absent optional is `false`, never missing:
        // Mustache would otherwise look the key up in the enclosing section and show
        // the page's own value. (A present optional casts to its wrapped type.)
        if let made = value as? TemplateValue { return made }
        if let optional = value as? any AbsentCheckable, optional.isAbsent { return .flag(false) }
        switch value {
        case let html as HTML: return .html(html)
        case let text as String: return .text(text)
        case let flag as Bool: return .flag(flag)
        case let model as TemplateModel: return .object(dictionary(of: model))
        // Groups of fixed words (`strings.kpiTable.indicator`), their texts already `HTML`.
        case let group as [String: Any]: return .object(group.mapValues { Self.value(of: $0) })
        case let list as [Any]: return .list(list.map { Self.value(of: $0) })
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

/// For a theme swift-mustache renders (`CompiledTemplate`): `{{{key}}}` inserts the
/// markup as it is; `{{#key}}` shows for any fragment given.
extension HTML: MustacheCustomRenderable {
    package var renderText: String { markup }
    package var isNull: Bool { false }
}

/// A fragment has no keys: names inside `{{#fragment}}` are looked up in the enclosing section.
extension HTML: MustacheParent {
    package func child(named: String) -> Any? { nil }
}
