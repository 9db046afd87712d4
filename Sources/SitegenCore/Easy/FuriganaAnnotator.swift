import Foundation

/// Adds furigana to every kanji of a text: `<ruby>漢字<rt>かんじ</rt></ruby>`, no <rb>.
///
/// Readings come, in order of precedence, from `{漢字|かんじ}` marks in the text,
/// the site's `furigana.yaml` overrides (longest match first), the digit+counter
/// rules (4月 がつ, 1日 ついたち), then MeCab with IPAdic. Okurigana stay outside
/// the ruby (進<rt>すす</rt>めます). The same text always gives the same output.
///
/// Thread-safe: MeCab taggers are not, so each call borrows one from a pool
/// (one tagger per concurrent caller); the cache and statistics sit behind a lock.
public final class FuriganaAnnotator: @unchecked Sendable {
    public let dictionaryPath: String
    private let pool: TaggerPool
    /// Overrides by first character, longest first, then in file order.
    private let overrides: [Character: [(surface: [Character], reading: String)]]
    private let lock = NSLock()
    private var cache: [String: ([RubySegment], FuriganaStatistics)] = [:]
    private var totals = FuriganaStatistics()
    private static let cacheLimit = 100_000

    /// - Parameters:
    ///   - dictionaryPath: a MeCab IPAdic (UTF-8) folder; nil searches the usual
    ///     places (`MeCabDictionary.locate`).
    ///   - overrides: `Site.furigana`. Readings are hiragana; katakana is converted.
    /// - Throws: `FuriganaError` with a Japanese message when MeCab cannot start.
    public init(dictionaryPath: String? = nil, overrides: [FuriganaOverride]) throws {
        let path = try MeCabDictionary.locate(explicit: dictionaryPath)
        self.dictionaryPath = path
        self.pool = try TaggerPool(dictionaryPath: path)
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
    }

    /// Counts since creation (or the last reset), over every call.
    public var statistics: FuriganaStatistics {
        lock.lock(); defer { lock.unlock() }
        return totals
    }

    public func resetStatistics() {
        lock.lock(); defer { lock.unlock() }
        totals = FuriganaStatistics()
    }

    /// The text split into plain and ruby segments. `{漢字|かんじ}` marks become ruby as written.
    public func segments(_ text: String) -> [RubySegment] {
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
        lock.lock()
        totals = totals + stats
        lock.unlock()
        return out.merged()
    }

    /// Escaped HTML with ruby: the text is escaped with `Escape.html`, so
    /// `<script>` in content stays text.
    public func html(_ text: String) -> String {
        segments(text).map(\.html).joined()
    }

    /// The text as read: each kanji word replaced by its hiragana reading, kana,
    /// digits and Latin letters kept (for SVG labels and title attributes).
    public func reading(_ text: String) -> String {
        segments(text).map(\.spoken).joined()
    }

    // MARK: Plain text

    /// Plain text (no marks): overrides and counters first, MeCab for the rest. Cached.
    private func annotatedPlain(_ text: String) -> ([RubySegment], FuriganaStatistics) {
        guard Kana.containsKanji(text) || text.contains(where: Kana.isDigit) else { return ([.text(text)], FuriganaStatistics()) }
        lock.lock()
        if let hit = cache[text] { lock.unlock(); return hit }
        lock.unlock()

        let chars = Array(text)
        var out: [RubySegment] = []
        var stats = FuriganaStatistics()
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            let (segments, s) = analysed(pending)
            out += segments
            stats = stats + s
            pending = ""
        }
        var i = 0
        while i < chars.count {
            if let o = overrideMatch(chars, at: i) {
                flush()
                out += ReadingAlignment.segments(surface: String(o.surface), reading: o.reading)
                stats.overrides += 1
                i += o.surface.count
            } else if let m = CounterReadings.match(chars, at: i, previous: i > 0 ? chars[i - 1] : nil) {
                flush()
                out += m.segments
                if m.segments.contains(where: { if case .ruby = $0 { true } else { false } }) { stats.counters += 1 }
                i += m.length
            } else {
                pending.append(chars[i])
                i += 1
            }
        }
        flush()
        let result = (out.merged(), stats)
        lock.lock()
        if cache.count >= Self.cacheLimit { cache.removeAll() }
        cache[text] = result
        lock.unlock()
        return result
    }

    private func overrideMatch(_ chars: [Character], at index: Int) -> (surface: [Character], reading: String)? {
        guard let candidates = overrides[chars[index]] else { return nil }
        for candidate in candidates {
            let end = index + candidate.surface.count
            if end <= chars.count, Array(chars[index..<end]) == candidate.surface { return candidate }
        }
        return nil
    }

    /// MeCab's reading of each word; text between words (spaces MeCab skips) kept as is.
    private func analysed(_ text: String) -> ([RubySegment], FuriganaStatistics) {
        guard Kana.containsKanji(text) else { return ([.text(text)], FuriganaStatistics()) }
        let morphemes = pool.withTagger { $0.morphemes(text) }
        let bytes = Array(text.utf8)
        var out: [RubySegment] = []
        var stats = FuriganaStatistics()
        var position = 0
        for m in morphemes where m.start >= position && m.end <= bytes.count {
            if m.start > position { out.append(.text(String(decoding: bytes[position..<m.start], as: UTF8.self))) }
            if Kana.containsKanji(m.surface) {
                if let reading = m.reading {
                    out += ReadingAlignment.segments(surface: m.surface, reading: Kana.hiragana(reading))
                    stats.analyser += 1
                } else {
                    out.append(.text(m.surface))
                    stats.unread += 1
                }
            } else {
                out.append(.text(m.surface))
            }
            position = m.end
        }
        if position < bytes.count { out.append(.text(String(decoding: bytes[position...], as: UTF8.self))) }
        return (out, stats)
    }
}
