/// Scalars that are a `Character` each and compare as their bytes: in text made
/// only of them, a `String` search (by `Character`, up to canonical equivalence)
/// finds exactly what a search over the UTF-8 bytes finds. Japanese text, ASCII,
/// Latin-1 and common symbols are plain; combining marks (the separate voiced
/// mark ゙), variation selectors, CJK compatibility ideographs (which NFC changes),
/// Hangul jamo, ZWJ and CR (CR LF is one `Character`) are not.
/// `PlainScalarsTests` checks every listed scalar against the Unicode data.
enum PlainScalars {
    /// The plain scalars, by ranges (inclusive), ASCII (but CR) first.
    static let ranges: [ClosedRange<UInt32>] = [
        0x00...0x0C, 0x0E...0x7F,
        0x80...0x2FF,                   // Latin-1, Latin extended, IPA, spacing modifiers
        0x2010...0x2027, 0x2030...0x205E, // dashes, quotes, ※, ‼
        0x20A0...0x20C0,                // currency
        0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218B,   // ℃, №, Ⅰ (not Ω, K, Å: NFC changes them)
        0x2190...0x2328, 0x232B...0x23FF,                   // arrows, mathematics (not 〈〉 U+2329/232A)
        0x2460...0x27BF,                // ①, boxes, shapes, ★, dingbats
        0x3000...0x3029, 0x3030...0x303F, // CJK punctuation (not the tone marks U+302A–302F)
        0x3041...0x3096, 0x309B...0x30FF, // kana (not the combining ゙ ゚ U+3099/309A)
        0x31F0...0x31FF, 0x3200...0x33FF, // small katakana, ㈱, ㎡
        0x3400...0x4DBF, 0x4E00...0x9FFF, // CJK ideographs
        0xFF01...0xFF9D, 0xFFE0...0xFFEE, // full-width forms, half-width katakana (not ﾞ ﾟ)
        0x20000...0x2A6DF, 0x2A700...0x2EE5F, 0x30000...0x323AF, // CJK extensions B–I
    ]

    /// The plain scalars of the Basic Multilingual Plane, one bit each.
    private static let basicPlane: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for range in ranges where range.lowerBound < 0x10000 {
            for scalar in range where scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << (scalar & 63) }
        }
        return bits
    }()

    static func isPlain(_ scalar: UInt32) -> Bool {
        if scalar < 0x10000 { return basicPlane[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0 }
        return ranges.contains { $0.contains(scalar) }
    }

    /// True when every scalar of the string is plain.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }
}
