/// Escaping for each output context. Every text from content passes through
/// one of these before it reaches HTML, SVG, XML, JSON or CSV.
///
/// They run on every text of every page, so each first scans the UTF-8 bytes
/// and returns the text itself when nothing needs changing (the usual case),
/// and otherwise builds the result as bytes.
public enum Escape {
    /// Text and attribute values in HTML and XML/SVG (both quote styles safe).
    /// Also drops characters that are not allowed in XML 1.0.
    public static func xml(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstXMLChange(in: bytes) else { return nil }
            return xmlEscaped(bytes, from: first)
        } ?? text
    }

    /// Same rules as `xml`; named for readability at HTML call sites.
    public static func html(_ text: String) -> String { xml(text) }

    /// XML 1.0 Char production, minus other control characters.
    static func isAllowedInXML(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0x7E: true
        case 0x7F...0x9F: false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// What `xml` does with the character starting at `bytes[i]` (valid UTF-8).
    private enum XMLAction {
        case copy(length: Int)
        case drop(length: Int)
        case replace(StaticString)
    }

    private static func xmlAction(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> XMLAction {
        let b = bytes[i]
        switch b {
        case UInt8(ascii: "&"): return .replace("&amp;")
        case UInt8(ascii: "<"): return .replace("&lt;")
        case UInt8(ascii: ">"): return .replace("&gt;")
        case UInt8(ascii: "\""): return .replace("&quot;")
        case UInt8(ascii: "'"): return .replace("&#39;")
        case 0x09, 0x0A, 0x0D: return .copy(length: 1)
        case 0x00..<0x20, 0x7F: return .drop(length: 1)
        case 0x20..<0x80: return .copy(length: 1)
        case 0xC2:
            // U+0080…U+009F (C1 controls) are C2 80…C2 9F.
            return bytes[i + 1] <= 0x9F ? .drop(length: 2) : .copy(length: 2)
        case 0xEF:
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            return bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE ? .drop(length: 3) : .copy(length: 3)
        default:
            // Other lead bytes: every scalar they start is allowed (Swift strings hold no surrogates).
            return .copy(length: utf8Length(lead: b))
        }
    }

    /// Offset of the first byte `xml` would not copy unchanged, or nil.
    private static func firstXMLChange(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            // Fast skip of plain ASCII and of lead/continuation bytes that cannot start a change.
            if b >= 0x20 && b < 0x7F && b != UInt8(ascii: "&") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">")
                && b != UInt8(ascii: "\"") && b != UInt8(ascii: "'") {
                i += 1
                continue
            }
            switch xmlAction(bytes, at: i) {
            case .copy(let length): i += length
            case .drop, .replace: return i
            }
        }
        return nil
    }

    private static func xmlEscaped(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        out.append(contentsOf: bytes[0..<start])
        var i = start
        while i < bytes.count {
            switch xmlAction(bytes, at: i) {
            case .copy(let length):
                out.append(contentsOf: bytes[i..<i + length])
                i += length
            case .drop(let length):
                i += length
            case .replace(let entity):
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte length of the UTF-8 sequence a lead byte starts.
    private static func utf8Length(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// A JSON string literal, quotes included. `<`, `>` and `&` are escaped as
    /// \u sequences so the result is also safe inside an HTML <script> block.
    public static func jsonString(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
            out.append(UInt8(ascii: "\""))
            var copiedUpTo = 0
            var i = 0
            func replace(_ escape: String, length: Int) {
                out.append(contentsOf: bytes[copiedUpTo..<i])
                out.append(contentsOf: escape.utf8)
                i += length
                copiedUpTo = i
            }
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""): replace("\\\"", length: 1)
                case UInt8(ascii: "\\"): replace("\\\\", length: 1)
                case UInt8(ascii: "\n"): replace("\\n", length: 1)
                case UInt8(ascii: "\r"): replace("\\r", length: 1)
                case UInt8(ascii: "\t"): replace("\\t", length: 1)
                case UInt8(ascii: "<"): replace("\\u003c", length: 1)
                case UInt8(ascii: ">"): replace("\\u003e", length: 1)
                case UInt8(ascii: "&"): replace("\\u0026", length: 1)
                case 0x00..<0x20: replace("\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16), length: 1)
                case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA8: replace("\\u2028", length: 3)
                case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9: replace("\\u2029", length: 3)
                default: i += 1
                }
            }
            out.append(contentsOf: bytes[copiedUpTo..<bytes.count])
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF.
    /// A leading = + - @ is prefixed with ' so spreadsheet software does not run it
    /// as a formula (CSV injection), except for plain numbers.
    public static func csvField(_ text: String) -> String {
        // Fast path: no byte that could start a formula or need quoting. (A
        // Character equal to one of these always contains its byte.)
        let mayStartFormula = text.utf8.first.map { "=+-@\t\r".utf8.contains($0) } ?? false
        if !mayStartFormula, !text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return text
        }
        var value = text
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
