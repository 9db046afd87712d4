import SitegenSupport

/// Unicode bidirectional embedding, override and isolate controls
/// (U+202A–U+202E, U+2066–U+2069). Japanese content never needs them; pasted
/// into a title they reverse what readers see ("Trojan Source"), so the
/// loader removes them from the text and warns (W006) at each line that had
/// one. Other invisible characters (zero-width space U+200B, joiners, LRM/RLM)
/// are kept and escaped like any other text.
///
/// The raw bytes are not the only way in: a YAML escape (`"\u202E"`), a
/// Markdown character reference (`&#x202E;`, `&#8238;`) and a JSON escape
/// produce the character only once decoded. Each decoder therefore strips the
/// decoded text again (`removing`) and warns with the same message (`warning`):
/// YAMLParser (scalars), Markdown (text, link titles and URLs),
/// AccessibilityResults (JSON strings).
package enum BidiControls {
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The text without bidi controls, and a warning at the first one of each line.
    package static func strip(_ source: SourceText) -> (SourceText, [Diagnostic]) {
        guard source.text.unicodeScalars.contains(where: isControl) else { return (source, []) }
        var diagnostics: [Diagnostic] = []
        var lines: [String] = []
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let (kept, removed) = removing(from: String(line)) else { lines.append(String(line)); continue }
            lines.append(kept)
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix { !isControl($0) }))
            diagnostics.append(warning(removed: removed, at: SourceLocation(path: source.path, line: lineNumber, column: before.count + 1)))
        }
        return (SourceText(path: source.path, text: lines.joined(separator: "\n")), diagnostics)
    }

    /// Decoded text without its bidi controls and the controls removed; nil when it has none.
    package static func removing(from text: String) -> (text: String, removed: [Unicode.Scalar])? {
        guard text.unicodeScalars.contains(where: isControl) else { return nil }
        var kept = String.UnicodeScalarView()
        var removed: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isControl(scalar) { removed.append(scalar) } else { kept.append(scalar) }
        }
        return (String(kept), removed)
    }

    /// W006 naming the removed controls (`U+202E`), at the place they were written.
    package static func warning(removed: [Unicode.Scalar], at location: SourceLocation) -> Diagnostic {
        let codes = Set(removed.map { "U+" + String($0.value, radix: 16, uppercase: true) })
        return Diagnostic(.bidiControl, "文字の向きを変える見えない制御文字(\(codes.sorted().joined(separator: ", ")))があったので、削除しました。",
                          at: location)
    }
}
