import Testing
@testable import SitegenRender

/// `ChartRuby.plain` scans bytes for speed; it must give exactly what joining the
/// bases of `segments` gives, for well-formed and malformed annotations alike.
@Suite struct ChartRubyPlainTests {
    @Test func theByteScanEqualsTheSegmentsForEveryStringOfASmallAlphabet() {
        let alphabet: [String] = ["\u{FFF9}", "\u{FFFA}", "\u{FFFB}", "漢", "か", "a", " ", "\u{FFFF}", "é"]
        var generator = SplitMix(seed: 42)
        var checked = 0
        for length in 0...9 {
            for _ in 0..<400 {
                let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
                #expect(ChartRuby.plain(text) == ChartRuby.slowPlain(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                checked += 1
            }
        }
        #expect(checked == 4000)
        #expect(ChartRuby.plain("\u{FFF9}目標\u{FFFA}もくひょう\u{FFFB}は60%") == "目標は60%")
        #expect(ChartRuby.plain("ふつう") == "ふつう")
    }
}

/// A fixed-seed generator: the same strings on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
