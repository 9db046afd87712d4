import SitegenSupport
import SitegenModel
import SitegenContent

/// Splits a word's reading over its kanji, so that ruby covers only the kanji:
/// 進めます + すすめます → 進(すす)めます; 取り組み + とりくみ → 取(と)り組(く)み.
/// The kana written in the word anchor the split; each kanji run takes the
/// shortest reading that lets the rest of the word match (backtracking).
enum ReadingAlignment {
    /// A run of kanji or of other characters in the surface; a kana run keeps the
    /// hiragana it must match in the reading, converted once, not at each try.
    private struct Run {
        let range: Range<Int>
        let isKanji: Bool
        let written: [Character]
    }

    /// `reading` in hiragana. A word whose kana do not match its reading gets one
    /// ruby over the whole word rather than a wrong split.
    static func segments(surface: String, reading: String) -> [RubySegment] {
        guard Kana.containsKanji(surface) else { return [.text(surface)] }
        guard !reading.isEmpty else { return [.text(surface)] }
        // A word of kanji only (most words: 区民, 情報) is one run that takes the whole
        // reading, as the backtracking below would find.
        if surface.unicodeScalars.allSatisfy(Kana.isKanji) { return [.ruby(base: surface, reading: Kana.hiragana(reading))] }
        let chars = TextCharacters(surface)
        let runs = makeRuns(chars)
        let target = TextCharacters(Kana.hiragana(reading))
        var lengths = Array(repeating: 0, count: runs.count)
        var budget = 10_000   // bound on backtracking steps for pathological input
        guard match(runs, 0, target.characters, 0, &lengths, &budget) else { return [.ruby(base: surface, reading: reading)] }
        var out: [RubySegment] = []
        var position = 0
        for (run, length) in zip(runs, lengths) {
            let base = chars.string(run.range)
            if run.isKanji {
                out.append(.ruby(base: base, reading: target.string(position..<position + length)))
            } else {
                out.append(.text(base))
            }
            position += length
        }
        return out.merged()
    }

    private static func makeRuns(_ chars: TextCharacters) -> [Run] {
        var runs: [Run] = []
        var start = 0
        while start < chars.count {
            let isKanji = Kana.isKanji(chars[start])
            var end = start + 1
            while end < chars.count, Kana.isKanji(chars[end]) == isKanji { end += 1 }
            let written = isKanji ? [] : Array(Kana.hiragana(chars.string(start..<end)))
            runs.append(Run(range: start..<end, isKanji: isKanji, written: written))
            start = end
        }
        return runs
    }

    private static func match(_ runs: [Run], _ index: Int, _ target: [Character], _ position: Int,
                              _ lengths: inout [Int], _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        if index == runs.count { return position == target.count }
        let run = runs[index]
        if !run.isKanji {
            let written = run.written
            guard position + written.count <= target.count,
                  target[position..<position + written.count].elementsEqual(written) else { return false }
            lengths[index] = written.count
            return match(runs, index + 1, target, position + written.count, &lengths, &budget)
        }
        let remaining = target.count - position
        guard remaining >= 1 else { return false }
        let isLast = index == runs.count - 1
        for length in (isLast ? remaining : 1)...remaining {
            lengths[index] = length
            if match(runs, index + 1, target, position + length, &lengths, &budget) { return true }
        }
        return false
    }
}
