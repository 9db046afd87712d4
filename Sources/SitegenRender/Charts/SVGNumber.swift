import SitegenSupport
import SitegenModel
import SitegenContent

/// Coordinates for SVG: at most two decimals, no trailing zeros, no "-0",
/// never touched by the locale (no String(format:), no NumberFormatter), so
/// the same input gives byte-identical files on every machine.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        var text = ""
        withDigits(value) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// `format(value)`'s UTF-8, formatted right to left in a small buffer on the stack and
    /// handed to `body` at once, so any byte buffer can take it without a `String`.
    static func withDigits(_ value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A sign, 19 digits of Int's magnitude, a point: 21 bytes at most.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var position = buffer.count
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            let hundredths = value.isFinite ? Int((value * 100).rounded()) : 0
            let magnitude = hundredths.magnitude
            let fraction = magnitude % 100
            if fraction != 0 {
                if fraction % 10 != 0 { put(UInt8(ascii: "0") + UInt8(fraction % 10)) }
                put(UInt8(ascii: "0") + UInt8(fraction / 10))
                put(UInt8(ascii: "."))
            }
            var whole = magnitude / 100
            repeat {
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if hundredths < 0 { put(UInt8(ascii: "-")) }
            body(UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }
}
