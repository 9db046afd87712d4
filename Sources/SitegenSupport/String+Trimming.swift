import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's search
    /// (thousands of instructions a call) when neither end is white space: most texts.
    /// Inlinable, so a String caller reads its ends directly, not through the protocol's witnesses.
    @inlinable
    package func trimmingWhitespaceAndNewlines() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isSurelyKept(first, newlines: true), Self.isSurelyKept(last, newlines: true) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(self)
    }

    /// Whether `trimmingWhitespaceAndNewlines()` is empty, without trimming: a Markdown
    /// body ends in a line feed, so the trim always took Foundation's path for the whole text.
    package var isBlank: Bool {
        for scalar in unicodeScalars {
            if Self.isSurelyKept(scalar, newlines: true) || !CharacterSet.whitespacesAndNewlines.contains(scalar) { return false }
        }
        return true
    }

    /// `trimmingCharacters(in: .whitespaces)`, the same way.
    @inlinable
    package func trimmingWhitespace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isSurelyKept(first, newlines: false), Self.isSurelyKept(last, newlines: false) else {
            return trimmingCharacters(in: .whitespaces)
        }
        return String(self)
    }

    /// False for every scalar of `CharacterSet.whitespaces` (category Zs and tab, with the ones older
    /// Unicode tables counted: U+180E, U+200B, U+FEFF) and, with
    /// `newlines`, of `.newlines` (U+000A–000D, U+0085, U+2028, U+2029); also false for the other
    /// controls below U+0021, which Foundation then judges itself.
    @usableFromInline
    static func isSurelyKept(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        switch scalar.value {
        case 0...0x20, 0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: false
        case 0x85, 0x2028, 0x2029: !newlines
        default: true
        }
    }
}
