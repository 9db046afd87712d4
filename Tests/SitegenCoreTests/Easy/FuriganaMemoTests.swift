import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The memo of annotated HTML text nodes changes neither the HTML nor the statistics.
@Suite struct FuriganaMemoTests {
    static let html = """
    <nav><ul><li><a href="../">ホーム</a></li><li><a href="../kpis/">成果指標</a></li></ul></nav>
    <p>区民の手続を4月から{申請|しんせい}できます &amp; 2024年度に目黒区で始めます。</p>
    <p>A &lt; B &#x3042; 1日</p><code>区民</code>
    """

    @Test func memoizedTextEqualsTheUnmemoizedText() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        for node in ["区民の手続", "4月から{申請|しんせい}できます &amp; 2024年度", "A &lt; B", "\n", "目黒区で1日", "ｶﾀｶﾅ"] {
            let expected = a.annotatedHTMLTextCounted(node).html
            #expect(a.annotatedHTMLText(node) == expected)
            #expect(a.annotatedHTMLText(node) == expected)   // from the memo
        }
    }

    @Test func repeatedPagesCountEveryTime() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        let first = a.annotateHTML(Self.html)
        let once = a.statistics
        #expect(once.annotated > 0)
        #expect(a.annotateHTML(Self.html) == first)
        #expect(a.statistics == once + once)
        let fresh = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        #expect(fresh.annotateHTML(Self.html) == first)
        #expect(fresh.statistics == once)
    }

    @Test func memoizedChartLabelsEqualTheUnmemoizedOnesAndCountEveryTime() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        let labels = ["行政手続のオンライン化率", "{申請|しんせい}件数", "4月", "実績", "ひらがな"]
        let expected = labels.map { ChartRuby.encode(a.segmentsCounted($0).0) }
        #expect(labels.map(a.chartLabel) == expected)
        let once = a.statistics
        #expect(once.annotated > 0)
        #expect(labels.map(a.chartLabel) == expected)   // from the memo
        #expect(a.statistics == once + once)
    }

    @Test func memoizedWordsAreKeyedByTheirReadingTooAndCountEveryTime() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        // One surface, two readings (行き: いき or ゆき): each keeps its own split.
        let words = [("行き", "イキ"), ("行き", "ユキ"), ("取り組み", "トリクミ"), ("区民", "クミン"), ("行き", "イキ")]
        let expected = words.map { ReadingAlignment.segments(surface: $0.0, reading: Kana.hiragana($0.1)) }
        for _ in 0..<2 {   // the second time from the memo
            #expect(words.map { a.wordSegments(surface: $0.0, reading: $0.1).0 } == expected)
        }
        #expect(expected[0] != expected[1])
        #expect(words.map { a.wordSegments(surface: $0.0, reading: $0.1).1.analyser } == [1, 1, 1, 1, 1])
    }

    @Test func memoizedPhrasesAreReadInContextOnceAndForAll() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        // 値 after kanji is チ (ContextReadings), not MeCab's own reading.
        for phrase in ["目標値", "値が 行の", "区民の手続"] {
            let expected = ContextReadings.corrected(a.morphemes(phrase)).map {
                FuriganaAnnotator.PhraseWord(start: $0.start, end: $0.end, reading: $0.reading)
            }
            #expect(a.phraseWords(phrase) == expected)
            #expect(a.phraseWords(phrase) == expected)   // from the memo
        }
        #expect(a.phraseWords("目標値").last?.reading == "チ")
    }

    @Test func aMemoizedPhraseIsPlacedWhereItStandsInEachText() throws {
        // Each phrase between spaces is read alone, so a text reads as its phrases do, wherever
        // they stand: at its start, after others, or met before in another text.
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        for text in ["目標値", "区の 目標値", "目標値 を 区の 行に", "各部署間の 目標値", "区の"] {
            let phrases = text.split(separator: " ").map { a.segments(String($0)) }
            let expected = phrases.dropFirst().reduce(phrases[0]) { $0 + [.text(" ")] + $1 }.merged()
            #expect(a.segments(text) == expected)
            #expect(expected.contains { if case .ruby = $0 { true } else { false } })
        }
    }

    @Test func onlyTextWithoutKanjiDigitsOrBracesSkipsAnnotation() {
        #expect(!FuriganaAnnotator.mayNeedRuby("ひらがなとカタカナ and ASCII"))
        #expect(FuriganaAnnotator.mayNeedRuby("区"))
        #expect(FuriganaAnnotator.mayNeedRuby("4"))
        #expect(FuriganaAnnotator.mayNeedRuby("４"))
        #expect(FuriganaAnnotator.mayNeedRuby("{か|か}"))
        #expect(FuriganaAnnotator.mayNeedRuby("一ヶ月"))
        #expect(FuriganaAnnotator.mayNeedRuby("々"))
    }
}
