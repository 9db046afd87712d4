/// Unicode bidirectional embedding, override and isolate controls
/// (U+202A–U+202E, U+2066–U+2069). Japanese content never needs them; pasted
/// into a title they reverse what readers see ("Trojan Source"), so the
/// loader removes them from the text and warns (W006) at each line that had
/// one. Other invisible characters (zero-width space U+200B, joiners, LRM/RLM)
/// are kept and escaped like any other text.
public enum BidiControls {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The text without bidi controls, and a warning at the first one of each line.
    public static func strip(_ source: SourceText) -> (SourceText, [Diagnostic]) {
        guard source.text.unicodeScalars.contains(where: isControl) else { return (source, []) }
        var diagnostics: [Diagnostic] = []
        var lines: [String] = []
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.unicodeScalars.contains(where: isControl) else { lines.append(String(line)); continue }
            var kept = String.UnicodeScalarView()
            var first: Int?
            for scalar in line.unicodeScalars {
                if isControl(scalar) {
                    if first == nil { first = String(kept).count + 1 }
                    continue
                }
                kept.append(scalar)
            }
            lines.append(String(kept))
            let codes = Set(line.unicodeScalars.filter(isControl).map { "U+" + String($0.value, radix: 16, uppercase: true) })
            diagnostics.append(Diagnostic(.bidiControl,
                "文字の向きを変える見えない制御文字(\(codes.sorted().joined(separator: ", ")))があったので、削除しました。",
                at: SourceLocation(path: source.path, line: lineNumber, column: first ?? 1)))
        }
        return (SourceText(path: source.path, text: lines.joined(separator: "\n")), diagnostics)
    }
}
