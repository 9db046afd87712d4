import Testing
@testable import SitegenRender

/// `CounterReadings.match` knows from the character after a figure's first group that
/// it has neither multiplier nor counter; a figure that has one must still match whole.
@Suite struct CounterReadingsTests {
    @Test func aFigureWithNeitherMultiplierNorCounterIsNoMatch() {
        for text in ["2024", "2024-04-01", "1,000 と", "3.5%", "12 月", "４０"] {
            #expect(CounterReadings.match(Array(text), at: 0, previous: nil) == nil, "\(text)")
        }
    }

    @Test func aMultiplierOrCounterAfterTheFirstGroupStillMatches() {
        let figures: [(text: String, length: Int)] = [
            ("1万", 2), ("3億円", 3), ("1万5000人が", 7), ("1,000人", 6), ("2.5倍", 4), ("4月1日", 2), ("１２か月", 4),
        ]
        for figure in figures {
            #expect(CounterReadings.match(Array(figure.text), at: 0, previous: nil)?.length == figure.length, "\(figure.text)")
        }
    }
}
