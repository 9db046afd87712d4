import Testing
@testable import SitegenRender

/// A chart line's text pieces are split into runs of half- and full-width characters on
/// slices of the text, and a Latin piece's white space is read on its bytes; both must
/// give what the scalar-by-scalar and `Character` versions (the references below) give.
@Suite struct ChartLinePiecesTests {
    @Test func widthRunsAndWhiteSpaceEqualTheReferenceForEveryStringOfASmallAlphabet() {
        // A half-width voiced mark after a space joins it in one `Character` (white space by its first scalar).
        let alphabet: [String] = ["a", "1", " ", "\t", "\r\n", "\u{A0}", "漢", "か", "、", "ｶ", "ﾞ", "é", "\u{301}", "\u{1C}"]
        var checked = 0
        for text in SplitMix.texts(of: alphabet, lengths: 0...8, each: 300, seed: 11) {
            let scalars = "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            var runs: [RubySegment] = []
            SVGCanvas.appendWidthRuns(of: text, to: &runs)
            #expect(runs == Self.referenceRuns(text), "\(scalars)")
            #expect(SVGCanvas.hasNonSpace(text) == text.contains { !$0.isWhitespace }, "\(scalars)")
            checked += 1
        }
        #expect(checked == 2700)
        #expect(!SVGCanvas.hasNonSpace(" \u{FF9E}") == " \u{FF9E}".allSatisfy(\.isWhitespace))
    }

    /// The runs scalar by scalar, each appended to a scalar view of its own.
    static func referenceRuns(_ text: String) -> [RubySegment] {
        var runs: [RubySegment] = []
        var run = String.UnicodeScalarView()
        var runIsHalf: Bool?
        for scalar in text.unicodeScalars {
            let isHalf = TextMetrics.isHalfWidth(scalar)
            if let runIsHalf, runIsHalf != isHalf {
                runs.append(.text(String(run)))
                run = String.UnicodeScalarView()
            }
            run.append(scalar)
            runIsHalf = isHalf
        }
        if !run.isEmpty { runs.append(.text(String(run))) }
        return runs
    }
}
