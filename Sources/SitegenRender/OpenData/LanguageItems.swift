import SitegenSupport
import SitegenModel
import SitegenContent

/// One item (an initiative, a KPI, a task …) as every language has it, in `bundle.sites` order
/// (nil where a language lacks it): found once, so that each of its texts is one field away
/// instead of a lookup by id per language and per text.
struct LanguageItems<Item> {
    /// Language codes, the base language first.
    let codes: [String]
    let items: [Item?]

    /// `{ "ja": …, "easy": … }`, null when the base has no text; a language without the
    /// text shows the base text (`LanguageTexts.json` too, for texts of the sites themselves).
    func json(_ pick: (Item) -> String?) -> JSONValue {
        guard let baseText = items.first.flatMap({ $0.flatMap(pick) }) else { return .null }
        return .object(zip(codes, items).map { ($0, .string($1.flatMap(pick) ?? baseText)) })
    }

    /// A part of each language's item (its KPI, its task, its bar …).
    func map<Part>(_ part: (Item) -> Part?) -> LanguageItems<Part> {
        LanguageItems<Part>(codes: codes, items: items.map { $0.flatMap(part) })
    }
}

extension LanguageTexts {
    /// The initiative in every language.
    func inLanguages(initiative id: String) -> LanguageItems<Initiative> {
        LanguageItems(codes: bundle.sites.map(\.language.code), items: bundle.sites.map { initiative(id, in: $0) })
    }
}

extension Array {
    /// The element at `index`, nil when there is none.
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
