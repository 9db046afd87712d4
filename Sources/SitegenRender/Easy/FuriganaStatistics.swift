import SitegenSupport
import SitegenModel
import SitegenContent

/// How the words given furigana got their reading: for the closing note of the
/// furigana issue and for spotting content the analyser cannot read.
package struct FuriganaStatistics: Sendable, Hashable, CustomStringConvertible {
    /// Kanji words read by MeCab.
    package var analyser = 0
    /// Kanji words read from `furigana.yaml`.
    package var overrides = 0
    /// Figures with a counter (4月, 3人) read by the counter rules.
    package var counters = 0
    /// `{漢字|かんじ}` marks written by staff.
    package var manual = 0
    /// Kanji words left without furigana: the analyser knows no reading.
    package var unread = 0

    package init() {}

    package var annotated: Int { analyser + overrides + counters + manual }

    package static func + (lhs: Self, rhs: Self) -> Self {
        var s = lhs
        s.analyser += rhs.analyser
        s.overrides += rhs.overrides
        s.counters += rhs.counters
        s.manual += rhs.manual
        s.unread += rhs.unread
        return s
    }

    package var description: String {
        "ふりがな: 形態素解析 \(analyser)語、読み方の指定 \(overrides)語、数と助数詞 \(counters)語、手動指定 \(manual)語、読み不明 \(unread)語"
    }
}
