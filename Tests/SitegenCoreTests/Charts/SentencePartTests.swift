import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A label quoted inside a generated sentence: the bracket test on scalars gives
/// Foundation's answer, and the label loses its spaces and closing marks only.
@Suite struct SentencePartTests {
    static let samples: [String] = [
        "", "電子申請の利用率", "「電子申請」の利用率", "利用率」", "「", "」", "『二重』", "｢半角｣", "Fit&Gap 分析",
        "「\u{301}結合", "結合」\u{3099}", "e\u{301}「", "tab\t「", "cr\r\n」", "👨‍👩‍👧「家族」", "〔括弧〕【見出し】",
        // Easy labels carry their readings as annotation characters (U+FFF9 base U+FFFA reading U+FFFB).
        "\u{FFF9}電子\u{FFFA}でんし\u{FFFB}「申請」", "「\u{FFF9}x\u{FFFA}y\u{FFFB}」", "\u{FFFB}」", "」\u{FFF9}", "\u{FFF9}「\u{FFFA}かぎ\u{FFFB}",
        "\u{FFF9}利用率\u{FFFA}りようりつ\u{FFFB}を\u{FFF9}上\u{FFFA}あ\u{FFFB}げる", "\u{FFFA}\u{FFFB}「\u{301}",
    ]

    @Test func aBracketIsFoundAsFoundationFindsIt() {
        for text in Self.samples {
            #expect(SentencePart.hasCornerBracket(text) == (text.contains("「") || text.contains("」")), "\(text.debugDescription)")
        }
    }

    @Test func aLabelIsQuotedWithoutItsClosingMarks() {
        #expect(SentencePart.quoted("  職員を配置している。 ") == "「職員を配置している」")
        #expect(SentencePart.quoted("「電子申請」を使う！!") == "『「電子申請」を使う』")
        #expect(SentencePart.quoted("率．.") == "「率」")
        #expect(SentencePart.phrase("終わり。\u{301}") == "終わり。\u{301}")
        #expect(SentencePart.phrase("。。") == "")
    }
}
