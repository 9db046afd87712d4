import SitegenSupport
import SitegenModel

/// The reading shown after a glossary term: only when it tells the reader
/// something. A katakana word read as written (オープンデータ) is not followed by
/// itself in brackets (「オープンデータ（オープンデータ）」, issue 15).
enum GlossaryReading {
    /// `entry.reading`, or nil when it is empty or spells the term itself (kana folded).
    static func shown(for entry: GlossaryEntry) -> String? {
        guard let reading = entry.reading?.trimmingWhitespace(), !reading.isEmpty else { return nil }
        return Kana.hiragana(reading) == Kana.hiragana(entry.term) ? nil : reading
    }
}
