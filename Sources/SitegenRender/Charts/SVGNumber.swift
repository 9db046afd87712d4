import SitegenSupport
import SitegenModel
import SitegenContent

/// Coordinates for SVG: at most two decimals, no trailing zeros, no "-0",
/// never touched by the locale (no String(format:), no NumberFormatter), so
/// the same input gives byte-identical files on every machine.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `format(value)` as UTF-8 at the end of `bytes` (charts write thousands of numbers).
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { bytes.append(UInt8(ascii: "0")); return }
        if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = hundredths.magnitude
        appendDigits(magnitude / 100, to: &bytes)
        let fraction = magnitude % 100
        if fraction == 0 { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// Decimal digits of `value`.
    private static func appendDigits(_ value: UInt, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        let start = bytes.count
        var rest = value
        while rest > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }
}
