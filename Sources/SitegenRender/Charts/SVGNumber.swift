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

    /// Writes `format(value)` as UTF-8 at the end of `bytes` (charts write thousands of numbers):
    /// formatted right to left in a small buffer on the stack, then appended at once.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { bytes.append(UInt8(ascii: "0")); return }
        // A sign, 19 digits of Int's magnitude, a point: 21 bytes at most.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var position = buffer.count
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
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
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }
}
