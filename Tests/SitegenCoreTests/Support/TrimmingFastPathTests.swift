import Foundation
import Testing
@testable import SitegenSupport

/// `trimmingWhitespace()` and `trimmingWhitespaceAndNewlines()` skip Foundation when
/// neither end can be trimmed; with every kind of white space at either end, and
/// with none, they must return exactly what Foundation returns.
@Suite struct TrimmingFastPathTests {
    static let ends: [String] = [
        "", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}", "\u{2009}",
        "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{01}", "\u{7F}",
        "a", "目", "。", "（", "ｱ", "é", "e\u{301}", "🇯🇵",
    ]

    @Test func theFastPathGivesFoundationsResultAtEveryEnd() {
        var checked = 0
        for head in Self.ends {
            for tail in Self.ends {
                for middle in ["", "目標 60%", " \n "] {
                    let text = head + middle + tail
                    #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                            "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces),
                            "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    #expect(text[...].trimmingWhitespace() == text[...].trimmingCharacters(in: .whitespaces))
                    #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                            "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    checked += 1
                }
            }
        }
        #expect(checked == Self.ends.count * Self.ends.count * 3)
        #expect("　目標　".trimmingWhitespace() == "目標")
        #expect("目標".trimmingWhitespaceAndNewlines() == "目標")
    }
}
