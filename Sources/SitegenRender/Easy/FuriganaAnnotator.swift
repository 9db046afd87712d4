import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Adds furigana to every kanji of a text: `<ruby>漢字<rt>かんじ</rt></ruby>`, no <rb>.
///
/// Readings come, in order of precedence, from `{漢字|かんじ}` marks in the text,
/// the site's `furigana.yaml` overrides (longest match first), the digit+counter
/// rules (4月 がつ, 1日 ついたち), then MeCab with IPAdic. Okurigana stay outside
/// the ruby (進<rt>すす</rt>めます). The same text always gives the same output.
///
/// Thread-safe: MeCab taggers are not, so each call borrows one from a pool
/// (one tagger per concurrent caller); the cache and statistics sit behind a lock.
// Unchecked Sendable, safe because the dictionary path, pool and overrides are immutable after `init`,
// `cache` and `totals` are touched only under `lock`, and each MeCab call borrows its own tagger from the pool.
package final class FuriganaAnnotator: @unchecked Sendable {
    package let dictionaryPath: String
    private let pool: TaggerPool
    /// Overrides by first character, longest first, then in file order.
    private let overrides: [Character: [(surface: [Character], reading: String)]]
    private let overrideStarts: CharacterKeyFilter
    private let lock = NSLock()
    private var cache: [BytewiseText: ([RubySegment], FuriganaStatistics)] = [:]
    private var totals = FuriganaStatistics()
    private static let cacheLimit = 100_000
    /// Annotated HTML text nodes with their counts: the frame of every easy page
    /// (navigation, footer) repeats the same texts on each of its pages. Keyed by the node's UTF-8.
    let textNodeMemo = BoundedMemo<UTF8Key, (html: [UInt8], statistics: FuriganaStatistics)>(limit: 100_000)
    /// Chart labels with their counts: a large report draws the same labels (axis
    /// words, KPI names, tasks) in many charts, each encoded anew before.
    let chartLabelMemo = BoundedMemo<BytewiseText, (label: String, statistics: FuriganaStatistics)>(limit: 100_000)
    /// Kanji words with MeCab's reading, split over their kanji: prose repeats its words (3,600
    /// kanji words per 100 initiatives, a fraction of them distinct), each split by backtracking before.
    let wordMemo = BoundedMemo<WordReading, [RubySegment]>(limit: 100_000)

    /// MeCab's words of a stretch of text, read in context (`ContextReadings`), by byte range in it:
    /// easy Japanese repeats its phrases between spaces (区の, 目標です), each parsed anew before.
    let phraseMemo = BoundedMemo<BytewiseText, [PhraseWord]>(limit: 100_000)

    /// A word of a memoized phrase: its UTF-8 range in the phrase and MeCab's reading (katakana).
    struct PhraseWord: Hashable, Sendable {
        let start: Int
        let end: Int
        let reading: String?
    }

    /// A word as written and as MeCab reads it (katakana), compared byte for byte.
    struct WordReading: Hashable, Sendable {
        let surface: BytewiseText
        let reading: BytewiseText
    }

    /// - Parameters:
    ///   - dictionaryPath: a MeCab IPAdic (UTF-8) folder; nil searches the usual
    ///     places (`MeCabDictionary.locate`).
    ///   - overrides: `Site.furigana`. Readings are hiragana; katakana is converted.
    /// - Throws: `FuriganaError` with a Japanese message when MeCab cannot start.
    package init(dictionaryPath: String? = nil, overrides: [FuriganaOverride]) throws {
        let path = try MeCabDictionary.locate(explicit: dictionaryPath)
        self.dictionaryPath = path
        self.pool = try TaggerPool.shared(dictionaryPath: path)
        var table: [Character: [(surface: [Character], reading: String, order: Int)]] = [:]
        for (order, o) in overrides.enumerated() {
            let surface = Array(o.surface.trimmingCharacters(in: .whitespaces))
            let reading = Kana.hiragana(o.reading.trimmingCharacters(in: .whitespaces))
            guard let first = surface.first, !reading.isEmpty else { continue }
            table[first, default: []].append((surface, reading, order))
        }
        self.overrides = table.mapValues { list in
            list.sorted { ($0.surface.count, -$0.order) > ($1.surface.count, -$1.order) }.map { ($0.surface, $0.reading) }
        }
        self.overrideStarts = CharacterKeyFilter(table.keys)
    }

    /// Counts since creation (or the last reset), over every call.
    package var statistics: FuriganaStatistics {
        lock.lock(); defer { lock.unlock() }
        return totals
    }

    package func resetStatistics() {
        lock.lock(); defer { lock.unlock() }
        totals = FuriganaStatistics()
    }

    /// The text split into plain and ruby segments. `{漢字|かんじ}` marks become ruby as written.
    package func segments(_ text: String) -> [RubySegment] {
        let (segments, stats) = segmentsCounted(text)
        count(stats)
        return segments
    }

    /// `segments` with the counts of its words, not yet added to the totals.
    func segmentsCounted(_ text: String) -> ([RubySegment], FuriganaStatistics) {
        var out: [RubySegment] = []
        var stats = FuriganaStatistics()
        for piece in ManualRuby.pieces(text) {
            switch piece {
            case .marked(let base, let reading):
                out.append(.ruby(base: base, reading: reading))
                stats.manual += 1
            case .plain(let plain):
                let (segments, s) = annotatedPlain(plain)
                out += segments
                stats = stats + s
            }
        }
        return (out.merged(), stats)
    }

    /// Adds one call's counts to the totals.
    func count(_ stats: FuriganaStatistics) {
        lock.lock()
        totals = totals + stats
        lock.unlock()
    }

    /// Escaped HTML with ruby: the text is escaped with `Escape.html`, so
    /// `<script>` in content stays text.
    package func html(_ text: String) -> HTML {
        var writer = MarkupWriter(capacity: 2 * text.utf8.count)
        for segment in segments(text) { segment.write(to: &writer) }
        return writer.html
    }

    /// Text where no ruby can stand (an easy page's `<title>`, shown in the browser's tab
    /// and bookmarks): each kanji word followed by its reading in brackets, 情報（じょうほう）,
    /// as easy-Japanese guidelines write readings where furigana cannot be used.
    /// Not counted in the statistics: the page's heading says the same with ruby.
    /// Appended to `out` as UTF-8: no `String` is made for a word and its reading, nor for the whole.
    func appendBracketedReadings(_ text: String, to out: inout ByteBuffer) {
        for segment in segmentsCounted(text).0 {
            switch segment {
            case .text(let text):
                out.append(text)
            case .ruby(let base, let reading):
                out.append(base)
                out.append("（")
                out.append(reading)
                out.append("）")
            }
        }
    }

    /// The text as read: each kanji word replaced by its hiragana reading, kana,
    /// digits and Latin letters kept.
    package func kana(_ text: String) -> String {
        segments(text).map(\.spoken).joined()
    }

    /// A chart label: the text with each kanji word's reading attached as a
    /// Unicode interlinear annotation, which the charts draw above the kanji
    /// (`ChartRuby`; SVG text has no <ruby>).
    /// Memoized with its counts, which are added on every call (the same totals as without the memo).
    package func chartLabel(_ text: String) -> String {
        let result = chartLabelMemo.value(for: BytewiseText(text)) {
            let (segments, statistics) = segmentsCounted(text)
            return (ChartRuby.encode(segments), statistics)
        }
        count(result.statistics)
        return result.label
    }

    /// Whether the text ends in a verb, adjective or auxiliary (する, した, ない):
    /// a predicate, as opposed to a noun phrase such as a heading. A verb in its
    /// 連用形 ends labels as a noun (見直し, 洗出し). Symbols at the end are ignored.
    /// Used by the easy-Japanese checker.
    package func endsWithPredicate(_ text: String) -> Bool {
        let plain = ManualRuby.stripped(text)
        let words = pool.withTagger { $0.morphemes(plain) }
        guard let last = words.last(where: { $0.partOfSpeech != "記号" }) else { return false }
        switch last.partOfSpeech {
        case "動詞": return !last.conjugation.hasPrefix("連用")
        case "形容詞", "助動詞": return true
        default: return false
        }
    }

    // MARK: Plain text

    /// A stretch of text whose reading is fixed before MeCab: an override or a counter.
    private struct ForcedSpan {
        var start: Int
        var end: Int
        var segments: [RubySegment]
        let isOverride: Bool
        let reading: String
    }

    private typealias Word = (start: Int, end: Int, reading: String?)

    /// Plain text (no marks). MeCab reads the whole text, so each word keeps its
    /// context (各部署間: 間 is かん, not ま); overrides and counters then replace the
    /// words they cover, and the leftover of a word they cut is read again alone. Cached.
    private func annotatedPlain(_ text: String) -> ([RubySegment], FuriganaStatistics) {
        guard Kana.containsKanji(text) || text.contains(where: Kana.isDigit) else { return ([.text(text)], FuriganaStatistics()) }
        lock.lock()
        if let hit = cache[BytewiseText(text)] { lock.unlock(); return hit }
        lock.unlock()

        let chars = TextCharacters(text)
        let words: [Word] = Kana.containsKanji(text) ? analysedWords(chars) : []
        let spans = forcedSpans(chars, words: words)

        var out: [RubySegment] = []   // kept merged as it grows
        out.reserveCapacity(words.count + spans.count + 1)
        var stats = FuriganaStatistics()
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            let (segments, s) = analysed(pending)
            out.appendMerged(contentsOf: segments)
            stats = stats + s
            pending = ""
        }
        var p = 0, si = 0, wi = 0
        while p < chars.count {
            if si < spans.count, spans[si].start == p {
                flush()
                out.appendMerged(contentsOf: spans[si].segments)
                if spans[si].isOverride { stats.overrides += 1 } else { stats.counters += 1 }
                p = spans[si].end
                si += 1
                continue
            }
            while wi < words.count, words[wi].end <= p { wi += 1 }
            let nextSpan = si < spans.count ? spans[si].start : chars.count
            guard wi < words.count else {
                // Trailing text MeCab skipped (spaces), or text without kanji.
                flush()
                out.appendMerged(.text(chars.string(p..<nextSpan)))
                p = nextSpan
                continue
            }
            let word = words[wi]
            if word.start > p {
                let end = min(word.start, nextSpan)
                flush()
                out.appendMerged(.text(chars.string(p..<end)))
                p = end
            } else if word.start == p, word.end <= nextSpan {
                flush()
                let surface = chars.string(word.start..<word.end)
                if Kana.containsKanji(surface) {
                    let (segments, s) = wordSegments(surface: surface, reading: word.reading)
                    out.appendMerged(contentsOf: segments)
                    stats = stats + s
                } else {
                    out.appendMerged(.text(surface))   // kana and symbols, as `wordSegments` gives them, without its array
                }
                p = word.end
            } else {
                // Part of a word cut by an override or counter.
                let end = min(word.end, nextSpan)
                pending += chars.string(p..<end)
                p = end
            }
        }
        flush()
        let result = (out.merged(), stats)
        lock.lock()
        if cache.count >= Self.cacheLimit { cache.removeAll() }
        cache[BytewiseText(text)] = result
        lock.unlock()
        return result
    }

    /// Overrides (longest first) and counters, left to right, not overlapping.
    private func forcedSpans(_ text: TextCharacters, words: [Word]) -> [ForcedSpan] {
        let chars = text.characters
        var spans: [ForcedSpan] = []
        var boundaries: Set<Int>?   // made when an override first needs it
        var i = 0
        while i < chars.count {
            if let o = overrideMatch(text, at: i, boundaries: &boundaries, words: words) {
                var span = ForcedSpan(start: i, end: i + o.surface.count,
                                      segments: ReadingAlignment.segments(surface: String(characters: o.surface), reading: o.reading),
                                      isOverride: true, reading: o.reading)
                extendOverOkurigana(&span, text, words: words)
                spans.append(span)
                i = span.end
            } else if let m = BracketedKanjiReading.match(text, at: i, wordReading: wholeWordReading) {
                spans.append(ForcedSpan(start: i, end: i + m.length, segments: m.segments, isOverride: true, reading: ""))
                i += m.length
            } else if Kana.isDigit(soleScalar: text.soleScalar(at: i)),   // a counter starts at a digit: most positions need no call
                      let m = CounterReadings.match(chars, at: i, previous: i > 0 ? chars[i - 1] : nil),
                      m.segments.contains(where: { if case .ruby = $0 { true } else { false } }) {
                spans.append(ForcedSpan(start: i, end: i + m.length, segments: m.segments, isOverride: false, reading: ""))
                i += m.length
            } else {
                i += 1
            }
        }
        return spans
    }

    /// The hiragana reading of `word` as one word: an override written for exactly
    /// it, else MeCab's when it reads the text as a single morpheme.
    private func wholeWordReading(_ word: String) -> String? {
        let chars = Array(word)
        if let first = chars.first, let o = overrides[first]?.first(where: { $0.surface == chars }) { return o.reading }
        let morphemes = pool.withTagger { $0.morphemes(word) }
        guard morphemes.count == 1, let reading = morphemes[0].reading else { return nil }
        return Kana.hiragana(reading)
    }

    /// 手続 (てつづき) written 手続き: MeCab reads the word 手続き as てつづき, the
    /// override's reading already holds the き, so the ruby must stop before it.
    private func extendOverOkurigana(_ span: inout ForcedSpan, _ text: TextCharacters, words: [Word]) {
        guard let word = words.first(where: { $0.start == span.start }), word.end > span.end,
              let reading = word.reading, Kana.hiragana(reading) == span.reading,
              text.characters[span.end..<word.end].allSatisfy({ $0.unicodeScalars.allSatisfy(Kana.isHiragana) }) else { return }
        span.end = word.end
        span.segments = ReadingAlignment.segments(surface: text.string(word.start..<word.end), reading: span.reading)
    }

    /// MeCab's words of the text, read one space-separated stretch at a time: a
    /// space is a word boundary the writer chose (取組13 国や: 国 is くに, not the
    /// suffix こく that 13国 would make it), and easy Japanese spaces its phrases.
    private func analysedWords(_ chars: TextCharacters) -> [Word] {
        var out: [Word] = []
        var p = 0
        while p < chars.count {
            guard !Kana.isWhitespace(firstScalar: chars.firstScalars[p]) else { p += 1; continue }
            var end = p
            while end < chars.count, !Kana.isWhitespace(firstScalar: chars.firstScalars[end]) { end += 1 }
            let piece = chars.string(p..<end)
            if Kana.containsKanji(piece) {
                appendCharacterRanges(of: phraseWords(piece), in: chars, fromByte: chars.offsets[p], to: &out)
            }
            p = end
        }
        return out
    }

    /// MeCab's words of `text`, for measures such as `Readability`.
    func morphemes(_ text: String) -> [Morpheme] { pool.withTagger { $0.morphemes(text) } }

    /// MeCab's words of `text` with their readings in context, memoized: the same text always parses the same.
    func phraseWords(_ text: String) -> [PhraseWord] {
        phraseMemo.value(for: BytewiseText(text)) {
            ContextReadings.corrected(pool.withTagger { $0.morphemes(text) }).map {
                PhraseWord(start: $0.start, end: $0.end, reading: $0.reading)
            }
        }
    }

    /// The words of the piece of `chars` starting at UTF-8 offset `base`, by character index, appended to `out`.
    private func appendCharacterRanges(of words: [PhraseWord], in chars: TextCharacters, fromByte base: Int,
                                       to out: inout [Word]) {
        for w in words {
            guard let s = chars.characterIndex(atByte: base + w.start), let e = chars.characterIndex(atByte: base + w.end),
                  s < e else { continue }
            out.append((s, e, w.reading))
        }
    }

    func wordSegments(surface: String, reading: String?) -> ([RubySegment], FuriganaStatistics) {
        var stats = FuriganaStatistics()
        guard Kana.containsKanji(surface) else { return ([.text(surface)], stats) }
        guard let reading else {
            stats.unread += 1
            return ([.text(surface)], stats)
        }
        stats.analyser += 1
        let segments = wordMemo.value(for: WordReading(surface: BytewiseText(surface), reading: BytewiseText(reading))) {
            ReadingAlignment.segments(surface: surface, reading: Kana.hiragana(reading))
        }
        return (segments, stats)
    }

    /// The longest override written at `index`. It may not cut into a kanji word
    /// the analyser found: 語 (ご) is not the 語 of 日本語, 行の (ぎょうの) not the
    /// end of 銀行の. A side next to kana, digits or symbols, or on a word
    /// boundary, is fine; so place names MeCab splits wrongly still match. Nor may
    /// it start at the end of a compound (`ContextReadings`).
    private func overrideMatch(_ text: TextCharacters, at index: Int, boundaries wordEdges: inout Set<Int>?,
                               words: [Word]) -> (surface: [Character], reading: String)? {
        let chars = text.characters
        guard !overrides.isEmpty, overrideStarts.mayBeKey(soleScalar: text.soleScalar(at: index)),
              let candidates = overrides[chars[index]] else { return nil }
        if wordEdges == nil { wordEdges = Set(words.flatMap { [$0.start, $0.end] }) }
        let boundaries = wordEdges!
        if index > 0, Kana.isKanji(chars[index - 1]), !boundaries.isEmpty, !boundaries.contains(index) { return nil }
        if index > 0, let word = words.first(where: { $0.start == index }),
           ContextReadings.endsCompound(text.string(word.start..<word.end), after: chars[index - 1]) { return nil }
        for candidate in candidates {
            let end = index + candidate.surface.count
            guard end <= chars.count, Array(chars[index..<end]) == candidate.surface else { continue }
            if end < chars.count, Kana.isKanji(chars[end]), !boundaries.isEmpty, !boundaries.contains(end) { continue }
            return candidate
        }
        return nil
    }

    /// MeCab's reading of each word of a leftover piece; text between words kept as is.
    private func analysed(_ text: String) -> ([RubySegment], FuriganaStatistics) {
        guard Kana.containsKanji(text) else { return ([.text(text)], FuriganaStatistics()) }
        let chars = TextCharacters(text)
        var words: [Word] = []
        appendCharacterRanges(of: phraseWords(text), in: chars, fromByte: 0, to: &words)
        var out: [RubySegment] = []
        var stats = FuriganaStatistics()
        var p = 0
        for w in words where w.start >= p {
            if w.start > p { out.append(.text(chars.string(p..<w.start))) }
            let (segments, s) = wordSegments(surface: chars.string(w.start..<w.end), reading: w.reading)
            out += segments
            stats = stats + s
            p = w.end
        }
        if p < chars.count { out.append(.text(chars.string(p..<chars.count))) }
        return (out, stats)
    }
}
