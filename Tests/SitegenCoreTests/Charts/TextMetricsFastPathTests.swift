import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The scalar fast path of `TextMetrics` gives the lines and widths of the
/// Character path on the text it accepts, and refuses text where they could differ.
@Suite struct TextMetricsFastPathTests {
    static let samples: [String] = [
        "", "対象業務の洗出し", "Fit&Gap分析（2024年度）を行う。", "「電子申請」の利用率を、令和7年度までに60%にする。",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA長い英単語",
        "（（（開き括弧が続く", "閉じ括弧）」』が続く。。。", "  前後の空白　", "改行\nを含む\n文", "ｶﾀｶﾅとーと～",
        "sentence with spaces and words that wrap at the end of the line because it is long", "①②③ → ※注 …",
        "2024/04/01 13:00 @home #tag 50%+", String(repeating: "長い文字列の繰り返し、", count: 30),
    ]

    @Test func wrapMatchesTheCharacterPath() {
        for text in Self.samples {
            #expect(TextMetrics.SimpleText.scalars(text) != nil, "\(text) should take the fast path")
            for (maxWidth, fontSize) in [(100.0, 14.0), (200, 14), (624, 18), (30, 16), (5, 14)] {
                #expect(TextMetrics.wrap(text, maxWidth: maxWidth, fontSize: fontSize)
                        == TextMetrics.wrapByCharacters(text, maxWidth: maxWidth, fontSize: fontSize),
                        "\(text) at \(maxWidth)")
            }
            #expect(TextMetrics.width(of: text, fontSize: 14) == TextMetrics.widthByCharacters(of: text, fontSize: 14))
        }
    }

    /// A text that fits its line is wrapped without asking MeCab for word starts: the same
    /// lines as with them, at widths just around the text's own (line feeds and end spaces out).
    @Test func aTextThatFitsIsOneLineWithOrWithoutItsWordStarts() throws {
        for text in Self.samples {
            let scalars = try #require(TextMetrics.SimpleText.scalars(text))
            for fontSize in [14.0, 18] {
                let width = TextMetrics.SimpleText.ems(scalars[...]) * fontSize
                for maxWidth in [width - 1, width - 1e-9, width, width + 1e-9, width + 1, width * 2, 624] where maxWidth > 0 {
                    let withStarts = TextMetrics.SimpleText.wrap(scalars, maxWidth: maxWidth, fontSize: fontSize,
                                                                starts: TextMetrics.wordStarts(scalars))
                    #expect(TextMetrics.wrapAnew(text, maxWidth: maxWidth, fontSize: fontSize) == withStarts,
                            "\(text) at \(maxWidth)")
                }
            }
        }
    }

    /// Easy labels: an annotated text whose bases fit its line is wrapped without asking MeCab
    /// for word starts, to the lines (readings kept, end spaces and line feeds out) it has with them.
    @Test func anAnnotatedTextThatFitsIsOneLineWithOrWithoutItsWordStarts() throws {
        let samples: [[RubySegment]] = [
            [.ruby(base: "電子申請", reading: "でんししんせい"), .text("の利用率を60%にする。")],
            [.text("  "), .ruby(base: "対象", reading: "たいしょう"), .text("業務の"), .ruby(base: "洗出", reading: "あらいだ"), .text("し　")],
            [.text("改行\nを"), .ruby(base: "含\nむ", reading: "ふくむ"), .text("文")],
            [.text("Fit&Gap"), .ruby(base: "分析", reading: "ぶんせき"), .text("（2024年度）")],
            [.ruby(base: "長", reading: "なが"), .text(String(repeating: "い文字列の繰り返し、", count: 12))],
        ]
        for segments in samples {
            let text = ChartRuby.encode(segments)
            let scalars = try #require(TextMetrics.SimpleText.scalars(ChartRuby.plain(text)))
            for fontSize in [14.0, 18] {
                let width = TextMetrics.SimpleText.ems(scalars[...]) * fontSize
                for maxWidth in [width - 1, width - 1e-9, width, width + 1e-9, width + 1, width * 2, 624] where maxWidth > 0 {
                    #expect(ChartRuby.wrap(text, maxWidth: maxWidth, fontSize: fontSize)
                            == ChartRuby.wrap(text, maxWidth: maxWidth, fontSize: fontSize, shortcutWhenFitting: false),
                            "\(text) at \(maxWidth)")
                }
            }
        }
    }

    @Test func textWhereScalarsAndCharactersDifferTakesTheCharacterPath() {
        for text in ["か\u{3099}", "e\u{301}", "👨‍👩‍👧", "🇯🇵", "a\r\nb", "ｶﾞ", "〇\u{302A}", "✔︎"] {
            #expect(TextMetrics.SimpleText.scalars(text) == nil, "\(text.debugDescription)")
            #expect(TextMetrics.wrap(text, maxWidth: 50, fontSize: 14)
                    == TextMetrics.wrapByCharacters(text, maxWidth: 50, fontSize: 14))
        }
    }
}
