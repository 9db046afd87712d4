import SitegenSupport
import SitegenModel

/// A target or baseline may carry its display text as the source words it
/// ("12課中2件以内", "発生ゼロ"). The text is what citizens read and the value is
/// what the chart draws, so the text must state the value's figure (E054).
enum FigureWording {
    static func check(_ text: PositionedText?, of value: Quantity, in reader: FieldReader, what: String) {
        guard let text, !states(text.text, value) else { return }
        reader.diagnostics.error(.figureWordingMismatch,
            "\(what)の text「\(text.text)」に value の数字「\(value.text)」がありません。",
            at: reader.location(of: reader.value("text")))
    }

    /// Whether `text` writes `value`: as one of its numbers (digits in half or full width),
    /// or, for zero, as ゼロ / なし.
    static func states(_ text: String, _ value: Quantity) -> Bool {
        if value.value == 0, text.contains("ゼロ") || text.contains("なし") { return true }
        return numbers(in: NumberText.halfWidth(text)).contains { Double($0) == value.value }
    }

    /// The runs of digits (with a decimal point) in a text.
    static func numbers(in text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isASCII && (character.isNumber || (character == "." && !current.isEmpty)) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
