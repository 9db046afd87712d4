import Testing
import SitegenSupport
@testable import SitegenRender

/// `ChartRuby.plain` and `ChartRuby.segments` scan bytes for speed; they must give
/// exactly what the annotation's state machine gives on Unicode scalars (the
/// reference below, the implementation before the byte scans), for well-formed
/// and malformed annotations alike.
@Suite struct ChartRubyPlainTests {
    /// The text as a standalone chart file holds it.
    static func bytes(_ text: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.append(text)
        return buffer
    }

    @Test func theByteScanEqualsTheSegmentsForEveryStringOfASmallAlphabet() {
        let alphabet: [String] = ["\u{FFF9}", "\u{FFFA}", "\u{FFFB}", "漢", "か", "a", " ", "\u{FFFF}", "é"]
        var checked = 0
        for text in SplitMix.texts(of: alphabet, lengths: 0...9, each: 400, seed: 42) {
            let scalars = "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(ChartRuby.segments(text) == Self.referenceSegments(text), "\(scalars)")
            #expect(ChartRuby.plain(text) == Self.referenceSegments(text).map(\.base).joined(), "\(scalars)")
            #expect(ChartRuby.plain(text) == ChartRuby.slowPlain(text), "\(scalars)")
            // A standalone file's bytes go through the same rule.
            #expect(ChartRuby.plain(Self.bytes(text)).array == Array(ChartRuby.plain(text).utf8), "\(scalars)")
            checked += 1
        }
        #expect(checked == 4000)
        #expect(ChartRuby.plain("\u{FFF9}目標\u{FFFA}もくひょう\u{FFFB}は60%") == "目標は60%")
        #expect(ChartRuby.plain("ふつう") == "ふつう")
        #expect(ChartRuby.segments("\u{FFF9}目標\u{FFFA}もくひょう\u{FFFB}は60%") ==
                [.ruby(base: "目標", reading: "もくひょう"), .text("は60%")])
    }

    /// The annotation's states scalar by scalar: anchor, base, separator, reading, terminator.
    static func referenceSegments(_ text: String) -> [RubySegment] {
        let anchor: Unicode.Scalar = "\u{FFF9}", separator: Unicode.Scalar = "\u{FFFA}", terminator: Unicode.Scalar = "\u{FFFB}"
        guard text.unicodeScalars.contains(anchor) else { return [.text(text)] }
        var out: [RubySegment] = []
        var plain = String.UnicodeScalarView(), base = String.UnicodeScalarView(), reading = String.UnicodeScalarView()
        enum State { case text, base, reading }
        var state = State.text
        func flushPlain() {
            if !plain.isEmpty { out.append(.text(String(plain))); plain = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            switch (scalar, state) {
            case (anchor, .text): flushPlain(); state = .base
            case (anchor, .base), (anchor, .reading):
                plain.append(contentsOf: base); base = String.UnicodeScalarView(); reading = String.UnicodeScalarView()
                flushPlain(); state = .base
            case (separator, .base): state = .reading
            case (terminator, .reading):
                out.append(reading.isEmpty ? .text(String(base)) : .ruby(base: String(base), reading: String(reading)))
                base = String.UnicodeScalarView(); reading = String.UnicodeScalarView(); state = .text
            case (anchor, _), (separator, _), (terminator, _): break
            case (_, .text): plain.append(scalar)
            case (_, .base): base.append(scalar)
            case (_, .reading): reading.append(scalar)
            }
        }
        plain.append(contentsOf: base)
        flushPlain()
        return out.merged()
    }
}

/// A fixed-seed generator: the same strings on every run.
struct SplitMix {
    /// `each` strings of every length in `lengths`, each a run of `alphabet`'s pieces picked at random.
    static func texts(of alphabet: [String], lengths: ClosedRange<Int>, each: Int, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        return lengths.flatMap { length in
            (0..<each).map { _ in (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined() }
        }
    }

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
