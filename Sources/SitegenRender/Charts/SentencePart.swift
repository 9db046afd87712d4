import SitegenSupport
import SitegenModel

/// Content texts placed inside generated sentences. A label may be a whole sentence
/// (「…職員を配置している。」), hold quotation marks or be long: it is quoted with
/// its closing 。 removed, so "「label」は…" reads as one sentence whatever the label.
package enum SentencePart {
    /// 「label」, or 『label』 when the label has 「」 of its own.
    package static func quoted(_ label: String) -> String {
        let core = phrase(label)
        return hasCornerBracket(core) ? "『" + core + "』" : "「" + core + "」"
    }

    /// Whether Foundation finds 「 or 」 in the text (`contains`). Where every scalar is a
    /// character of its own (`SimpleText`, or an easy label's annotation characters: no mark
    /// joins a bracket, and nothing else is equivalent to one), that is whether one of the
    /// scalars is a bracket: Foundation's search cost some 16,000 instructions a label.
    static func hasCornerBracket(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy({ TextMetrics.SimpleText.isStandalone($0) || ChartRuby.isAnnotationScalar($0) }) else {
            return text.contains("「") || text.contains("」")
        }
        return text.unicodeScalars.contains { $0 == "「" || $0 == "」" }
    }

    /// The text without surrounding spaces and its closing sentence mark (。．.！!).
    package static func phrase(_ text: String) -> String {
        var core = Substring(text.trimmingWhitespaceAndNewlines())
        while let last = core.last, isSentenceEnd(last) { core = core.dropLast() }
        return String(core)
    }

    /// 。．.！! (one comparison each, not a walk of a string's characters).
    private static func isSentenceEnd(_ character: Character) -> Bool {
        switch character {
        case "。", "．", ".", "！", "!": true
        default: false
        }
    }
}
