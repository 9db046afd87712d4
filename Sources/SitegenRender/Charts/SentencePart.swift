import SitegenSupport
import SitegenModel

/// Content texts placed inside generated sentences. A label may be a whole sentence
/// (「…職員を配置している。」), hold quotation marks or be long: it is quoted with
/// its closing 。 removed, so "「label」は…" reads as one sentence whatever the label.
package enum SentencePart {
    /// 「label」, or 『label』 when the label has 「」 of its own.
    package static func quoted(_ label: String) -> String {
        let core = phrase(label)
        return core.contains("「") || core.contains("」") ? "『" + core + "』" : "「" + core + "」"
    }

    /// The text without surrounding spaces and its closing sentence mark (。．.！!).
    package static func phrase(_ text: String) -> String {
        var core = Substring(text.trimmingWhitespaceAndNewlines())
        while let last = core.last, "。．.！!".contains(last) { core = core.dropLast() }
        return String(core)
    }
}
