/// Escaping for each output context. Every text from content passes through
/// one of these before it reaches HTML, SVG, XML, JSON or CSV.
///
/// They run on every text of every page, so each first scans the UTF-8 bytes
/// and returns the text itself when nothing needs changing (the usual case),
/// and otherwise builds the result as bytes.
package enum Escape {
    /// Text and attribute values in HTML and XML/SVG (both quote styles safe).
    /// Also drops characters that are not allowed in XML 1.0.
    package static func xml(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstXMLChange(in: bytes) else { return nil }
            return xmlEscaped(bytes, from: first)
        } ?? text
    }

    /// Same rules as `xml`; named for readability at HTML call sites.
    package static func html(_ text: String) -> String { xml(text) }

    /// `xml(text)` appended to `out` as UTF-8, with no escaped `String` made on the way.
    package static func appendXML(_ text: String, to out: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = firstXMLChange(in: bytes) else { return out.append(bytes) }
            appendXMLEscaped(bytes, from: first, to: &out)
        }
    }

    /// The text escaped as `xml` does, as bytes; nil when nothing needs changing (the text is then used as it is).
    package static func xmlBytes(_ text: String) -> ByteBuffer? {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = firstXMLChange(in: bytes) else { return nil }
            var out = ByteBuffer(capacity: bytes.count + 16)
            appendXMLEscaped(bytes, from: first, to: &out)
            return out
        }
    }

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
        var out = ByteBuffer(capacity: bytes.count + 16)
        appendXMLEscaped(bytes, from: start, to: &out)
        return out.string
    }

    /// The bytes before `start` as they are, then the rest escaped.
    private static func appendXMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to out: inout ByteBuffer) {
        out.append(UnsafeBufferPointer(rebasing: bytes[0..<start]))
        var copiedUpTo = start
        var i = start
        while i < bytes.count {
            switch xmlAction(bytes, at: i) {
            case .copy(let length):
                i += length
            case .drop(let length):
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
                i += length
                copiedUpTo = i
            case .replace(let entity):
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
                out.append(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                i += 1
                copiedUpTo = i
            }
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<bytes.count]))
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
    package static func jsonString(_ text: String) -> String {
        var out = ByteBuffer(capacity: text.utf8.count + 2)
        appendJSONString(text, to: &out)
        return out.string
    }

    /// `jsonString(text)` appended to `out` as UTF-8 (JSON documents are written as bytes).
    package static func appendJSONString(_ text: String, to out: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var copiedUpTo = 0
            var i = 0
            func replace(_ escape: String, length: Int) {
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
                out.append(escape)
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
            out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<bytes.count]))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF.
    /// A value that a spreadsheet could run as a formula (CSV injection) gets a
    /// leading ' unless it is a plain number; see `startsFormula`.
    ///
    /// Both decisions look at Unicode scalars (bytes), never at Characters: "\r\n"
    /// is one Character equal to neither "\r" nor "\n", and "=\u{301}" is one
    /// Character that is not "=", yet a spreadsheet sees the CR, LF and = in them.
    package static func csvField(_ text: String) -> String {
        let prefix = needsFormulaPrefix(text)
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            let quotes = needsQuotes(bytes)
            guard prefix || quotes else { return nil }
            var out = ByteBuffer(capacity: bytes.count + 4)
            appendCSVField(bytes, (prefix, quotes), to: &out)
            return out.string
        } ?? text
    }

    /// `csvField(text)` appended to `out` as UTF-8 (CSV files are written as bytes).
    package static func appendCSVField(_ text: String, to out: inout ByteBuffer) {
        let prefix = needsFormulaPrefix(text)
        var bytesOfText = text
        bytesOfText.withUTF8 { bytes in appendCSVField(bytes, (prefix, needsQuotes(bytes)), to: &out) }
    }

    private static func needsFormulaPrefix(_ text: String) -> Bool {
        text.unicodeScalars.first.map(startsFormula) == true && !isPlainNumber(text)
    }

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
        return false
    }

    private static func appendCSVField(_ bytes: UnsafeBufferPointer<UInt8>, _ change: (prefix: Bool, quotes: Bool),
                                       to out: inout ByteBuffer) {
        if change.quotes { out.append(0x22) }
        if change.prefix { out.append(UInt8(ascii: "'")) }
        var copiedUpTo = 0
        if change.quotes {
            // A quote inside a quoted field is doubled.
            for index in bytes.indices where bytes[index] == 0x22 {
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo...index]))
                out.append(0x22)
                copiedUpTo = index + 1
            }
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        if change.quotes { out.append(0x22) }
    }

    /// First scalars that make a spreadsheet read a cell as a formula: OWASP's
    /// list (= + - @ tab CR), their full-width forms (＝＋－＠, which Japanese
    /// spreadsheet software converts while reading), and LF.
    ///
    /// A value starting with a line break is prefixed too, though quoting already
    /// keeps it in one cell (a cell is a formula only when its first character
    /// is): tools that split lines before parsing CSV, and people pasting the
    /// cell into a text editor, would otherwise see the next line start with `=`.
    static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": true
        default: false
        }
    }

    /// An optional ASCII sign, ASCII digits and at most one point (`-5`, `+3.2`):
    /// a number that stays a number, so it keeps no ' in front. Anything more
    /// (`-1+cmd`, `1e5`, `-inf`, full-width digits) is not a plain number.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digits = 0, points = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}
