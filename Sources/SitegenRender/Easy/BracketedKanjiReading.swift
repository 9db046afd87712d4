import SitegenSupport

/// Kanji written in brackets after their own reading, as JIS names do for rare
/// kanji: 「せん（閃）光」「しきい（閾）値」. MeCab does not know these halves of
/// a word; the kanji in brackets is read with the kana before it, and the kanji
/// after the bracket with the rest of the whole word's reading (閃光 せんこう →
/// 閃 せん, 光 こう), the word read from an override or from MeCab.
enum BracketedKanjiReading {
    /// （ or ( and ） or ): by the character's only scalar, as no other character is
    /// canonically equivalent to them (asked at every position of every text).
    static func isOpener(_ c: Character) -> Bool { isOpener(soleScalar: Kana.soleScalar(c)) }
    static func isOpener(soleScalar: UInt32?) -> Bool { soleScalar == 0xFF08 || soleScalar == 0x28 }
    static func isCloser(_ c: Character) -> Bool { Kana.soleScalar(c).map { $0 == 0xFF09 || $0 == 0x29 } ?? false }

    /// The span from the bracketed kanji to the end of the kanji after the bracket,
    /// when `index` is the first kanji inside the bracket. `wordReading` gives the
    /// hiragana reading of a whole word, or nil.
    static func match(_ text: TextCharacters, at index: Int,
                      wordReading: (String) -> String?) -> (length: Int, segments: [RubySegment])? {
        guard index >= 2, isOpener(soleScalar: text.soleScalar(at: index - 1)) else { return nil }
        let chars = text.characters
        guard Kana.isKanji(chars[index]) else { return nil }
        var kanaStart = index - 1
        while kanaStart > 0, isHiragana(chars[kanaStart - 1]) { kanaStart -= 1 }
        let kana = String(characters: chars[kanaStart..<(index - 1)])
        guard !kana.isEmpty else { return nil }
        var close = index
        while close < chars.count, Kana.isKanji(chars[close]) { close += 1 }
        guard close < chars.count, isCloser(chars[close]) else { return nil }
        let bracketed = String(characters: chars[index..<close])
        var after = close + 1
        while after < chars.count, Kana.isKanji(chars[after]) { after += 1 }
        // The longest word: 閾値以下 is tried as 閾値以下, then 閾値.
        for end in stride(from: after, to: close + 1, by: -1) {
            let following = String(characters: chars[(close + 1)..<end])
            guard let whole = wordReading(bracketed + following) else { continue }
            // The reading of the bracketed kanji is the longest end of the kana that starts the word's reading.
            for length in stride(from: kana.count, through: 1, by: -1) {
                let own = String(kana.suffix(length))
                guard whole.hasPrefix(own), whole.count > own.count else { continue }
                let rest = String(whole.dropFirst(own.count))
                return (end - index, [.ruby(base: bracketed, reading: own), .text(String(chars[close])),
                                      .ruby(base: following, reading: rest)])
            }
        }
        return nil
    }

    private static func isHiragana(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy(Kana.isHiragana) }
}
