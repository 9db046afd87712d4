import Foundation
import Testing
@testable import SitegenSupport

/// The trimming shortcuts give what Foundation's trimming gives, for every
/// kind of space and line break at either end (and none).
@Suite struct StringTrimmingTests {
    static let ends: [String] = ["", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}",
                                 "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "a", "区", "\u{301}"]

    @Test func sameAsFoundation() {
        for head in Self.ends {
            for tail in Self.ends {
                for middle in ["", "目標 80", " ", "x\ny"] {
                    let text = head + middle + tail
                    #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
                    #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
                    #expect(text.isBlank == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func containsByteFindsAnyByte() {
        #expect("a#b".containsByte(UInt8(ascii: "#")))
        #expect(!"区の目標".containsByte(UInt8(ascii: "#")))
        #expect(!"".containsByte(0))
        #expect(("区" + String(repeating: "x", count: 10_000) + "\\").containsByte(UInt8(ascii: "\\")))
    }
}
