import SitegenSupport
import SitegenModel

/// The furigana switch in the header of easy-Japanese pages: a checkbox (role
/// switch) that hides the readings through CSS alone, on by default, and the
/// small theme script that remembers the reader's choice for the next pages.
struct FuriganaSwitchModel: TemplateModel {
    /// The switch's visible name, which is also its accessible name.
    let label: String
    /// `assets/furigana-switch.js` relative to the page (absolute on the 404 page).
    let script: String

    /// Only pages whose text carries ruby get the switch; its name is the language's `page.furigana`.
    static func forLanguage(_ language: Language, label: String, script: String) -> FuriganaSwitchModel? {
        language.isEasy ? FuriganaSwitchModel(label: label, script: script) : nil
    }
}

extension FuriganaSwitchModel {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .text(label), "script": .text(script)]
    }
}
