/// HTML or XML composed in Swift code (a date, a table of the data page, a feed), written
/// as UTF-8 while it is composed: no `String` is made for an element and then copied again.
///
/// Escaping stays by construction, as with `HTML`: text goes in only through `text(_:)`,
/// which escapes it; markup only as a literal written in the source code, or as `HTML`.
package struct MarkupWriter {
    package private(set) var bytes: ByteBuffer

    package init(capacity: Int = 0) {
        bytes = ByteBuffer(capacity: capacity)
    }

    /// Tags and attribute names written in the source code: never content, so never escaped.
    package mutating func markup(_ literal: StaticString) {
        bytes.append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Text (content, an address, a label), escaped for element content and attribute values.
    package mutating func text(_ text: String) {
        Escape.appendXML(text, to: &bytes)
    }

    /// Markup that is already safe.
    package mutating func html(_ fragment: HTML) {
        fragment.append(to: &bytes)
    }

    /// A base with its reading, as `<ruby>base<rt>reading</rt></ruby>` (no `<rb>`), both escaped.
    package mutating func ruby(base: String, reading: String) {
        markup("<ruby>")
        text(base)
        markup("<rt>")
        text(reading)
        markup("</rt></ruby>")
    }

    /// A whole number in ASCII digits, at least `width` of them (zero-padded, as in `2024-04-01`),
    /// written digit by digit: no `String` of the number.
    package mutating func number(_ value: Int, width: Int = 1) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var digits = 1, power: UInt = 1
        while power <= magnitude / 10 {
            power *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        while power > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / power % 10))
            power /= 10
        }
    }

    /// What was written, as a fragment for a template or another writer.
    package var html: HTML { HTML(renderedUTF8: bytes) }
}
