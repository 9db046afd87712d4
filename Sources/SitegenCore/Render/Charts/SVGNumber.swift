/// Coordinates for SVG: at most two decimals, no trailing zeros, no "-0",
/// never touched by the locale (no String(format:), no NumberFormatter), so
/// the same input gives byte-identical files on every machine.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// Writes `format(value)` at the end of `out` without building a string for it.
    static func append(_ value: Double, to out: inout String) {
        guard value.isFinite else { out += "0"; return }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { out += "0"; return }
        if hundredths < 0 { out += "-" }
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        appendDigits(whole, to: &out)
        if fraction == 0 { return }
        out += "."
        if fraction % 10 == 0 {
            appendDigits(fraction / 10, to: &out)
        } else {
            if fraction < 10 { out += "0" }
            appendDigits(fraction, to: &out)
        }
    }

    /// Decimal digits of `value`, ASCII.
    private static func appendDigits(_ value: UInt, to out: inout String) {
        if value < 10 {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(48 + value)))
            return
        }
        out += String(value)
    }
}
