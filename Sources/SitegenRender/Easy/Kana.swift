import SitegenSupport
import SitegenModel
import SitegenContent

/// Character classes and kana conversion for furigana and the easy-Japanese checker.
enum Kana {
    /// A kanji or a character that stands in a kanji word and needs a reading
    /// (々 repeats the previous kanji, 〆, ヶ as in 一ヶ月).
    static func isKanji(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        case 0x3005, 0x3006, 0x30F6: true   // 々 〆 ヶ
        default: false
        }
    }

    static func isKanji(_ c: Character) -> Bool { c.unicodeScalars.contains(where: isKanji) }

    static func containsKanji(_ text: some StringProtocol) -> Bool { text.unicodeScalars.contains(where: isKanji) }

    static func isHiragana(_ s: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(s.value) }

    /// Katakana letters and the long-vowel mark (ヶ is counted as a kanji stand-in).
    static func isKatakana(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30F6: false
        case 0x30A1...0x30FA, 0x30FC, 0x30FD, 0x30FE, 0x31F0...0x31FF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    /// ASCII or full-width digit.
    static func isDigit(_ c: Character) -> Bool {
        // On the UTF-8 of the character (asked at every position of every text the furigana reads):
        // one scalar, 0–9 (30–39) or ０–９ (EF BC 90–99).
        let utf8 = c.utf8
        var bytes = utf8.makeIterator()
        switch utf8.count {
        case 1:
            return (0x30...0x39).contains(bytes.next()!)
        case 3:
            return bytes.next() == 0xEF && bytes.next() == 0xBC && (0x90...0x99).contains(bytes.next()!)
        default:
            return false
        }
    }

    /// The value of the character's first scalar.
    static func firstScalar(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }

    /// The value of the character's only scalar, nil when it has several: read from the
    /// UTF-8 (a lead byte's length equal to the character's), without a `String` comparison.
    static func soleScalar(_ c: Character) -> UInt32? {
        let utf8 = c.utf8
        var bytes = utf8.makeIterator()
        let lead = UInt32(bytes.next()!)
        switch (utf8.count, lead) {
        case (1, 0..<0x80): return lead
        case (2, 0xC0..<0xE0): return (lead & 0x1F) << 6 | UInt32(bytes.next()! & 0x3F)
        case (3, 0xE0..<0xF0): return (lead & 0x0F) << 12 | UInt32(bytes.next()! & 0x3F) << 6 | UInt32(bytes.next()! & 0x3F)
        case (4, 0xF0..<0xF8):
            return (lead & 0x07) << 18 | UInt32(bytes.next()! & 0x3F) << 12 | UInt32(bytes.next()! & 0x3F) << 6
                | UInt32(bytes.next()! & 0x3F)
        default: return nil
        }
    }

    /// `Character.isWhitespace` (White_Space of the first scalar) from the fixed list of
    /// White_Space scalars: the property lookup cost ~440 instructions a character, and the
    /// furigana splits every text at its spaces. `KanaScalarTests` checks every scalar.
    static func isWhitespace(_ c: Character) -> Bool { isWhitespace(firstScalar: firstScalar(c)) }

    static func isWhitespace(firstScalar: UInt32) -> Bool {
        switch firstScalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `isDigit` of a character from its only scalar (nil: several scalars).
    static func isDigit(soleScalar: UInt32?) -> Bool {
        guard let scalar = soleScalar else { return false }
        return (0x30...0x39).contains(scalar) || (0xFF10...0xFF19).contains(scalar)
    }

    /// Katakana → hiragana (ァ…ヴ, ヵ ヶ kept); other characters unchanged.
    static func hiragana(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if (0x30A1...0x30F4).contains(s.value), let h = Unicode.Scalar(s.value - 0x60) {
                out.append(h)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
