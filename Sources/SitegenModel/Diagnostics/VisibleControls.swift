import SitegenSupport

/// Text from content (values, file names) as it is printed to a terminal or a
/// CI log. Control characters are shown as `<U+XXXX>` (the code point, 4 hex
/// digits or more): an escape sequence in a file name could otherwise clear
/// the screen, set the window title, move the cursor over earlier lines, or
/// start a fake line ("OK", "::error::") with a line break.
///
/// Shown this way: every C0 control U+0000–U+001F (tab and line breaks too),
/// DEL U+007F, the C1 controls U+0080–U+009F (U+009B is a one-byte escape
/// sequence on some terminals), the line and paragraph separators U+2028 and
/// U+2029, and the bidirectional controls (`BidiControls`), which reorder
/// what follows them on the line.
package enum VisibleControls {
    package static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: BidiControls.isControl(scalar)
        }
    }

    /// `text` with each hidden scalar (except those in `kept`) written as `<U+XXXX>`.
    package static func visible(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0) && !kept.contains($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) && !kept.contains(scalar) {
                out.append(contentsOf: mark(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `<U+001B>`: the notation of the Unicode standard, zero-padded to 4 digits.
    static func mark(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
