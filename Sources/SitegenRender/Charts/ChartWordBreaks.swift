import SitegenSupport

/// Where a chart label may start a new line as far as words go: at the start
/// of one of MeCab's words (IPAdic, the dictionary of the furigana), so no
/// line ends inside いじょう, スケジュール or 検討. Kinsoku (a closing bracket
/// or 。 stays with its word) is `TextMetrics.breakUnits`' part.
///
/// Charts of every language use it, the standard ones too, so the tagger pool
/// is the process's own (`TaggerPool.shared`, the furigana's too), opened on first use. Without a dictionary every
/// character may start a line (the wrapping before words were known).
enum ChartWordBreaks {
    private static let pool: TaggerPool? = (try? MeCabDictionary.locate()).flatMap { try? TaggerPool.shared(dictionaryPath: $0) }
    /// Charts repeat their labels in every language folder and on every page that draws them.
    private static let memo = BoundedMemo<BytewiseText, [Bool]>(limit: 50_000)

    /// For each character of `text`: true where a word starts (the first
    /// character always), false inside a word; nil without a dictionary.
    static func wordStarts(_ text: String) -> [Bool]? {
        guard let pool, !text.isEmpty else { return nil }
        return memo.value(for: BytewiseText(text)) {
            // MeCab's byte ranges become character ranges by the characters' offsets (no table per label).
            let characters = TextCharacters(text)
            let chars = characters.characters
            var starts = [Bool](repeating: true, count: chars.count)
            for morpheme in pool.withTagger({ $0.morphemes(text) }) {
                guard let s = characters.characterIndex(atByte: morpheme.start),
                      let e = characters.characterIndex(atByte: morpheme.end), s < e else { continue }
                for inside in (s + 1)..<e { starts[inside] = false }
            }
            // A counter stays with its number (6年度, 3回, 10月), which MeCab makes two words.
            for index in chars.indices.dropFirst() where chars[index - 1].isNumber && isCounterStart(chars[index]) {
                starts[index] = false
            }
            return starts
        }
    }

    private static func isCounterStart(_ c: Character) -> Bool {
        Kana.isKanji(c) || c.unicodeScalars.allSatisfy { Kana.isHiragana($0) || (0x30A1...0x30FA).contains($0.value) }
    }
}
