import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct ChartSupportTests {
    @Test func numbersHaveAtMostTwoDecimalsAndNoTrailingZero() {
        #expect(SVGNumber.format(640) == "640")
        #expect(SVGNumber.format(12.0) == "12")
        #expect(SVGNumber.format(34.1666666) == "34.17")
        #expect(SVGNumber.format(0.5) == "0.5")
        #expect(SVGNumber.format(1.05) == "1.05")
        #expect(SVGNumber.format(2.999) == "3")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(-7.25) == "-7.25")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func widthCountsFullWidthAsOneEmAndHalfWidthAsLess() {
        #expect(TextMetrics.width(of: "目標", fontSize: 14) == 28)
        let twoHalf: Double = 2 * TextMetrics.halfWidthEm * 10
        #expect(TextMetrics.width(of: "ab", fontSize: 10) == twoHalf)
        #expect(TextMetrics.width(of: "ｱｲ", fontSize: 10) == twoHalf)
        #expect(TextMetrics.width(of: "（", fontSize: 10) == 10)
        let expected: Double = 7 * TextMetrics.halfWidthEm * 14 + 2 * 14
        #expect(abs(TextMetrics.width(of: "Fit&Gap分析", fontSize: 14) - expected) < 1e-9)
        #expect(TextMetrics.width(of: "", fontSize: 14) == 0)
    }

    @Test(arguments: [
        "Fit&Gap分析※、対応",
        "システム管理台帳に基づくITリスク発見・抑制の仕組み構築",
        "移行リハーサルと順次移行作業の実施",
        "新技術の探索・試行・導入・構築",
        "口座振替登録オンライン化",
    ])
    func wrappedLinesFitAndKeepEveryCharacter(label: String) {
        for maxWidth in [98.0, 140, 206] {
            let lines = TextMetrics.wrap(label, maxWidth: maxWidth, fontSize: 14)
            #expect(lines.joined() == label)
            for line in lines { #expect(TextMetrics.width(of: line, fontSize: 14) <= maxWidth) }
        }
    }

    @Test func wrappingFollowsJapaneseLineBreakRules() {
        let lines = TextMetrics.wrap("Fit&Gap分析※、対応", maxWidth: 14 * 5, fontSize: 14)
        #expect(lines.first == "Fit&Gap")
        for line in lines.dropFirst() {
            #expect(!(line.first.map { TextMetrics.noLineStart.contains($0) } ?? false), "line starts with closing punctuation: \(line)")
        }
        let bracket = TextMetrics.wrap("順次オンライン化(BPR)", maxWidth: 14 * 8, fontSize: 14)
        for line in bracket { #expect(line.last != "(") }
        #expect(TextMetrics.wrap("短い", maxWidth: 200, fontSize: 14) == ["短い"])
        #expect(TextMetrics.wrap("", maxWidth: 200, fontSize: 14).isEmpty)
        // A unit wider than the line is cut rather than overflowing.
        let long = TextMetrics.wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ", maxWidth: 50, fontSize: 14)
        #expect(long.count > 1)
        for line in long { #expect(TextMetrics.width(of: line, fontSize: 14) <= 50) }
    }

    @Test func paletteMeetsWCAGContrast() throws {
        #expect(WCAGContrast.ratio("#ffffff", "#000000").map { abs($0 - 21) < 0.001 } == true)
        #expect(WCAGContrast.ratio("#777777", "#777777") == 1)
        #expect(WCAGContrast.ratio("#fff", "#000") == nil)
        for pair in ChartPalette.requiredContrasts {
            let ratio = try #require(WCAGContrast.ratio(pair.foreground, pair.background))
            #expect(ratio >= pair.minimum, "\(pair.name): \(ratio) < \(pair.minimum)")
        }
    }

    @Test func everyColourUsedInChartsIsInThePalette() {
        let palette = Set([ChartPalette.background, ChartPalette.text, ChartPalette.mutedText, ChartPalette.bar,
                           ChartPalette.textOnBar, ChartPalette.goal, ChartPalette.track, ChartPalette.axis,
                           ChartPalette.grid, ChartPalette.asOf, ChartPalette.mark, ChartPalette.groupBackground,
                           "#d0d0d0"]) // row separators: decoration only
        for file in ChartGoldenTests.goldenFiles() where file.name.hasSuffix(".svg") {
            var rest = Substring(file.content)
            while let hash = rest.range(of: "\"#") {
                let colour = "#" + rest[hash.upperBound...].prefix(6)
                #expect(palette.contains(String(colour)), "\(file.name) uses \(colour)")
                rest = rest[hash.upperBound...]
            }
        }
    }

    @Test func scalesUseRoundNumbersAboveTheLargestValue() {
        #expect(KPIScale(values: [60, 46], isPercent: true).maximum == 100)
        #expect(KPIScale(values: [60, 46], isPercent: true).ticks == [0, 20, 40, 60, 80, 100])
        #expect(KPIScale(values: [170], isPercent: false).maximum == 200)
        #expect(KPIScale(values: [2, 1], isPercent: false).maximum == 5)
        #expect(KPIScale(values: [2, 1], isPercent: false).ticks == [0, 1, 2, 3, 4, 5])
        #expect(KPIScale(values: [0], isPercent: false).maximum == 1)
        #expect(KPIScale(values: [0], isPercent: false).ticks == [0, 1])
        #expect(KPIScale(values: [10, 3], isPercent: false).maximum == 20)
        #expect(KPIScale(values: [200, 178], isPercent: false).maximum == 500)
        #expect(KPIScale(values: [120], isPercent: true).maximum == 200)
        #expect(KPIScale(values: [], isPercent: false).maximum == 1)
    }

    @Test func wellFormednessCheckFindsErrors() {
        #expect(XMLWellFormedness.check("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>a &amp; b</title></svg>").isEmpty)
        #expect(!XMLWellFormedness.check("<svg><text>a</svg>").isEmpty)
        #expect(!XMLWellFormedness.check("<svg><text>a & b</text></svg>").isEmpty)
        #expect(!XMLWellFormedness.check("").isEmpty)
        // External entities are not fetched.
        let external = "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"http://example.invalid/x.dtd\"><svg/>"
        #expect(XMLWellFormedness.check(external).isEmpty)
    }

    /// The layout tests rely on this reader; make sure it sees lines and overlaps.
    @Test func inspectionReadsLinesAndDetectsOverlap() {
        let svg = "<svg viewBox=\"0 0 640 100\"><text x=\"10\" y=\"20\" font-size=\"14\">あいう</text>"
            + "<text x=\"30\" y=\"24\" font-size=\"14\"><tspan x=\"30\" y=\"24\">A&amp;B</tspan><tspan x=\"30\" y=\"60\">え</tspan></text>"
            + "<text x=\"630\" y=\"90\" font-size=\"14\" text-anchor=\"end\">お</text></svg>"
        let texts = SVGInspection.texts(svg)
        #expect(texts.map(\.text) == ["あいう", "A&B", "え", "お"])
        #expect(texts[0].overlaps(texts[1]))
        #expect(!texts[0].overlaps(texts[2]))
        #expect(texts[3].right == 630 && texts[3].left == 616)
        #expect(SVGInspection.viewBox(svg)?.height == 100)
    }
}
