import SitegenSupport

/// Readings of a one-kanji noun that depend on its neighbour, which IPAdic reads
/// out of context. Two cases, decided by the morpheme before it:
/// - right after a kanji word it is the end of a compound, read as a suffix,
///   with rendaku where the compound takes it: 目標値 もくひょうち, 開始月
///   かいしづき, 収録済 しゅうろくずみ, 終了後 しゅうりょうご;
/// - elsewhere it is a word of its own, read as the noun the site means, not
///   IPAdic's first choice: 値 あたい (not ね, price), 行 ぎょう (a table row, not
///   くだり), 後 あと (not のち/ご): 「値（value）」「表の行」「より後に追加」.
/// A third case: a verb written half in kana (申しこむ for 申し込む) is cut by IPAdic
/// into a one-kanji noun and kana, and the noun gets the noun's reading (申 さる);
/// followed by the verb's own okurigana it is the verb's stem (申し もうし).
/// Counters after digits (4月, 1行) are `CounterReadings`' and come first.
enum ContextReadings {
    /// Reading of a one-kanji noun that is a verb's stem when the next morpheme starts
    /// with the verb's okurigana, by surface.
    static let verbStem: [String: (okurigana: Character, reading: String)] = [
        "申": ("し", "モウ"),
    ]

    /// Reading as the end of a compound written in kanji, by surface.
    static let compoundSuffix: [String: String] = [
        "値": "チ", "月": "ヅキ", "済": "ズミ", "済み": "ズミ", "付": "ヅキ", "後": "ゴ", "行": "ギョウ",
    ]
    /// Reading as a word of its own (not after kanji), by surface.
    static let standaloneNoun: [String: String] = [
        "値": "アタイ", "行": "ギョウ", "後": "アト",
    ]

    /// The longest surface in the tables, in UTF-8 bytes: a longer word is in none of them,
    /// without hashing it (every morpheme of every easy text passes here).
    private static let longestSurface = (Array(compoundSuffix.keys) + Array(verbStem.keys)).map(\.utf8.count).max() ?? 0

    /// The first scalars of the tables' surfaces (kanji without a decomposition).
    private static let surfaceStarts: [UInt32] = (Array(compoundSuffix.keys) + Array(verbStem.keys)).map { $0.unicodeScalars.first!.value }

    /// Cheap test before the hash lookup. A surface equal to a key (up to canonical
    /// equivalence) starts with the key's first kanji, or with a scalar that is not plain
    /// (a compatibility ideograph such as U+FA08 for 行): a plain scalar is its own only form.
    private static func mayBeInTables(_ surface: String) -> Bool {
        guard surface.utf8.count <= longestSurface, let first = surface.unicodeScalars.first?.value else { return false }
        return surfaceStarts.contains(first) || !PlainScalars.isPlain(first)
    }

    /// The morphemes with these readings put in (katakana, like MeCab's).
    static func corrected(_ morphemes: [Morpheme]) -> [Morpheme] {
        guard morphemes.contains(where: {
            mayBeInTables($0.surface) && (compoundSuffix[$0.surface] != nil || verbStem[$0.surface] != nil)
        }) else { return morphemes }
        var out = morphemes
        for index in out.indices where out[index].partOfSpeech == "名詞" && mayBeInTables(out[index].surface) {
            let word = out[index]
            if let stem = verbStem[word.surface], index + 1 < out.count, out[index + 1].start == word.end,
               out[index + 1].surface.first == stem.okurigana {
                out[index] = Morpheme(start: word.start, end: word.end, surface: word.surface, reading: stem.reading,
                                      partOfSpeech: word.partOfSpeech, conjugation: word.conjugation)
                continue
            }
            guard compoundSuffix[word.surface] != nil else { continue }
            let previous = index > 0 ? out[index - 1] : nil
            let afterKanji = previous.map { $0.end == word.start && $0.surface.last.map(Kana.isKanji) == true } ?? false
            guard let reading = afterKanji ? compoundSuffix[word.surface] : standaloneNoun[word.surface],
                  reading != word.reading else { continue }
            out[index] = Morpheme(start: word.start, end: word.end, surface: word.surface, reading: reading,
                                  partOfSpeech: word.partOfSpeech, conjugation: word.conjugation)
        }
        return out
    }

    /// Whether `surface` at this place ends a compound: an override must not
    /// start there (「値がない」 is not the 値 of 目標値がない).
    static func endsCompound(_ surface: String, after previous: Character?) -> Bool {
        mayBeInTables(surface) && compoundSuffix[surface] != nil && previous.map(Kana.isKanji) == true
    }
}
