import SitegenSupport
import SitegenModel
import SitegenContent

/// Text width estimation and line wrapping without a font engine: charts are
/// laid out at build time, so we estimate conservatively and leave room.
/// Full-width characters (kanji, kana, full-width punctuation) count as 1 em;
/// half-width ones (ASCII, half-width kana) as 0.6 em, a little more than the
/// usual 0.5 em because digits and capitals in common sans fonts are wider.
package enum TextMetrics {
    package static let halfWidthEm = 0.6
    package static let fullWidthEm = 1.0

    /// Width in em units of one character.
    package static func em(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return isHalfWidth(scalar) ? halfWidthEm : fullWidthEm
    }

    /// Estimated width of `text` set at `fontSize`.
    package static func width(of text: String, fontSize: Double) -> Double {
        ems(of: text) * fontSize
    }

    /// `width` in ems (at a font size of 1): a width at any size is this times the size,
    /// so a text measured once is measured at every size.
    static func ems(of text: String) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            guard SimpleText.isStandalone(scalar) else {
                if ChartRuby.isAnnotated(text) { return Self.ems(of: ChartRuby.plain(text)) }
                return emsByCharacters(of: text)
            }
            ems += isHalfWidth(scalar) ? halfWidthEm : fullWidthEm
        }
        return ems
    }

    /// `width` for any text: one em value per grapheme cluster.
    static func widthByCharacters(of text: String, fontSize: Double) -> Double {
        emsByCharacters(of: text) * fontSize
    }

    private static func emsByCharacters(of text: String) -> Double {
        text.reduce(0) { $0 + em(of: $1) }
    }

    static func isHalfWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true                 // ASCII
        case 0xA0...0x24F: true                // Latin-1 and Latin Extended
        case 0xFF61...0xFF9F: true             // half-width katakana
        case 0xFFE8...0xFFEE: true             // half-width forms
        default: false
        }
    }

    /// Characters that must not start a line (closing brackets, punctuation, small kana).
    static let noLineStart: Set<Character> = Set("、。，．,.・：:；;？?！!）)］]｝}」』】〉》〕ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～%％")
    /// Characters that must not end a line (opening brackets).
    static let noLineEnd: Set<Character> = Set("（(［[｛{「『【〈《〔")

    /// Splits `text` into lines no wider than `maxWidth`, following Japanese line-breaking
    /// rules (禁則): no closing punctuation at a line start, no opening bracket at a line
    /// end, and runs of Latin letters and digits ("Fit&Gap", "2024") kept together
    /// unless they alone are wider than a line.
    /// A line breaks only between words (`ChartWordBreaks`), unless one word alone is
    /// wider than the line.
    package static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        // Each chart is drawn twice (inline and standalone) with the same labels.
        wrapMemo.value(for: WrapRequest(text: BytewiseText(text), maxWidth: maxWidth, fontSize: fontSize)) {
            wrapAnew(text, maxWidth: maxWidth, fontSize: fontSize)
        }
    }

    private struct WrapRequest: Hashable, Sendable {
        let text: BytewiseText
        let maxWidth: Double
        let fontSize: Double
    }

    private static let wrapMemo = BoundedMemo<WrapRequest, [String]>(limit: 50_000)

    /// `wrap` without the memo.
    static func wrapAnew(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        if ChartRuby.isAnnotated(text) {
            return ChartRuby.wrap(text, maxWidth: maxWidth, fontSize: fontSize)
        }
        if let scalars = SimpleText.scalars(text) {
            // A text narrower than its line (by more than rounding) is one line whatever its words,
            // so MeCab is not asked where they start (a Gantt file's heading, most KPI labels).
            if let lines = SimpleText.oneLine(scalars, maxWidth: maxWidth, fontSize: fontSize) {
                // The whole text, when nothing was left out (no line feed, no end space), is the text itself.
                return lines.map { $0 == scalars.indices && !text.containsByte(0x0A) ? text : String(scalars: scalars[$0]) }
            }
            return SimpleText.wrap(scalars, maxWidth: maxWidth, fontSize: fontSize, starts: wordStarts(scalars))
        }
        return wrapByCharacters(text, maxWidth: maxWidth, fontSize: fontSize)
    }

    /// `ChartWordBreaks` for the scalars the fast path wraps (one character each).
    static func wordStarts(_ scalars: [Unicode.Scalar]) -> [Bool]? {
        ChartWordBreaks.wordStarts(String(scalars: scalars))
    }

    /// `wrap` for any text, on grapheme clusters.
    static func wrapByCharacters(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        let units = breakUnits(text)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        for unit in units {
            let unitWidth = widthByCharacters(of: unit, fontSize: fontSize)
            if currentWidth + unitWidth <= maxWidth || current.isEmpty && unitWidth <= maxWidth {
                current += unit
                currentWidth += unitWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if unitWidth <= maxWidth {
                current = unit
                currentWidth = unitWidth
            } else {
                // A unit wider than a whole line: cut it by characters.
                for character in unit {
                    let w = em(of: character) * fontSize
                    if currentWidth + w > maxWidth, !current.isEmpty {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                    current.append(character)
                    currentWidth += w
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map(trimmedSpaces).filter { !$0.isEmpty }
    }

    /// Pieces of text a line may break between: words, each with the closing
    /// punctuation after it and the opening brackets before it.
    static func breakUnits(_ text: String) -> [String] {
        let characters = text.filter { $0 != "\n" }
        let starts = ChartWordBreaks.wordStarts(String(characters))
        var units: [String] = []
        var pendingOpeners = ""
        for (index, character) in characters.enumerated() {
            if noLineEnd.contains(character) {
                pendingOpeners.append(character)
                continue
            }
            let isWordCharacter = isLatinWordCharacter(character)
            if pendingOpeners.isEmpty, let last = units.last {
                if noLineStart.contains(character) {
                    units[units.count - 1] = last + String(character)
                    continue
                }
                if isWordCharacter, let lastCharacter = last.last, isLatinWordCharacter(lastCharacter) {
                    units[units.count - 1] = last + String(character)
                    continue
                }
                if let starts, !starts[index], last.last.map({ !$0.isWhitespace }) ?? false {
                    units[units.count - 1] = last + String(character)
                    continue
                }
            }
            units.append(pendingOpeners + String(character))
            pendingOpeners = ""
        }
        if !pendingOpeners.isEmpty { units.append(pendingOpeners) }
        return units
    }

    static func isLatinWordCharacter(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || "&.-_/%+#@'".contains(character)
    }

    static func trimmedSpaces(_ line: String) -> String {
        var text = Substring(line)
        while text.first == " " || text.first == "\u{3000}" { text = text.dropFirst() }
        while text.last == " " || text.last == "\u{3000}" { text = text.dropLast() }
        return String(text)
    }
}
