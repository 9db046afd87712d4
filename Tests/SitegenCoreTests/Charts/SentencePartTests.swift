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
