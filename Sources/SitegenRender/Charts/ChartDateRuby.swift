import SitegenSupport

/// Readings for the kanji the easy charts' own words keep: dates and the
/// fiscal year (2024年4月, 令和6年度, 4〜6月, まえ の 年). `ChartText.easy` writes
/// everything else in kana; content labels come with their readings already
/// (`ChartRuby`). Counters after digits are read by `CounterReadings`, the rules
/// of the page furigana, so a chart and its page read a date alike.
enum ChartDateRuby {
    /// Kanji words outside a counter, by the whole run of kanji.
    static let words: [String: String] = [
        "令和": "れいわ", "平成": "へいせい", "年度": "ねんど", "年": "とし", "月": "つき", "日": "ひ", "時点": "じてん",
    ]

    static func segments(_ text: String) -> [RubySegment] {
        let chars = Array(text)
        var out: [RubySegment] = []
        var i = 0
        while i < chars.count {
            if let m = CounterReadings.match(chars, at: i, previous: i > 0 ? chars[i - 1] : nil) {
                out += m.segments
                i += m.length
            } else if Kana.isKanji(chars[i]) {
                var end = i
                while end < chars.count, Kana.isKanji(chars[end]) { end += 1 }
                let run = String(chars[i..<end])
                out.append(words[run].map { .ruby(base: run, reading: $0) } ?? .text(run))
                i = end
            } else {
                out.append(.text(String(chars[i])))
                i += 1
            }
        }
        return out.merged()
    }
}
