import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent

/// The line scan before YAML is parsed (block scalars, full-width slips, anchors) reads
/// lines from their bytes and without regular expressions; it must decide as the
/// regular expressions and the character-by-character scan did.
@Suite struct YAMLLineScanTests {
    /// The block-scalar test as it was written with regular expressions.
    static func opensBlockScalarByRegex(_ line: Substring) -> Bool {
        let trimmed = line.trimmingTrailingSpaces
        guard let last = trimmed.last, "|>-+0123456789".contains(last) else { return false }
        return trimmed.range(of: #"(:|-)\s+[|>][-+0-9]*$"#, options: .regularExpression) != nil
            || trimmed.range(of: #"^\s*[|>][-+0-9]*$"#, options: .regularExpression) != nil
    }

    /// Lines of characters that matter to the scans, including Unicode spaces, a
    /// combining mark, a carriage return and full-width slips.
    static func lines(count: Int, seed: UInt64) -> [String] {
        let alphabet: [String] = [" ", " ", "\t", "\u{3000}", "\u{00A0}", "\u{2028}", "\u{0C}", "\u{0B}", "\u{85}", "\u{200B}", ":", "-", "|", ">", "+",
                                  "1", "9", "a", "あ", "\r", "\u{0301}", "#", "：", "&", "*", "\"", "'"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(9)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }

    @Test func blockScalarTestAgreesWithTheRegularExpressions() {
        var opened = 0
        for line in Self.lines(count: 40_000, seed: 7) + ["key: |", "- >-", "  |+2", "a:\t>", "a: | # x", "text: |\r", "x:　|"] {
            let expected = Self.opensBlockScalarByRegex(Substring(line))
            #expect(YAMLParser.opensBlockScalar(Substring(line)) == expected, "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            if expected { opened += 1 }
        }
        #expect(opened > 500)
    }

    /// Exactly the lines whose bytes hold either character: every line whose characters hold
    /// one, and some more (a full-width space followed by a combining mark is another character).
    @Test func slipPreCheckFindsEveryLineWithAFullWidthColonOrSpace() {
        for line in Self.lines(count: 20_000, seed: 11) {
            let bytes = Array(line.utf8)
            let holdsBytes = bytes.indices.contains { i in
                i + 3 <= bytes.count && (Array(bytes[i..<i + 3]) == [0xEF, 0xBC, 0x9A] || Array(bytes[i..<i + 3]) == [0xE3, 0x80, 0x80])
            }
            #expect(FullWidthSlips.mayHaveSlip(Substring(line)) == holdsBytes)
            if line.contains("：") || line.contains("\u{3000}") { #expect(FullWidthSlips.mayHaveSlip(Substring(line))) }
        }
    }

    /// Filtered by `mayMatch` or not, the scans find the same first slip and anchor.
    @Test func filteredScansFindWhatTheFullScansFound() {
        let lines = Self.lines(count: 6_000, seed: 13)
        for start in stride(from: 0, to: lines.count, by: 12) {
            let yaml = lines[start..<min(start + 12, lines.count)].joined(separator: "\n")
            let full = YAMLParser.firstOnYAMLLine(of: yaml) { line, chars in
                chars.contains("：") || chars.contains("\u{3000}") || chars.contains("&") || chars.contains("*") ? line : nil
            }
            let filtered = YAMLParser.firstOnYAMLLine(of: yaml, where: {
                FullWidthSlips.mayHaveSlip($0) || $0.utf8.contains(UInt8(ascii: "&")) || $0.utf8.contains(UInt8(ascii: "*"))
            }) { line, chars in
                chars.contains("：") || chars.contains("\u{3000}") || chars.contains("&") || chars.contains("*") ? line : nil
            }
            #expect(full == filtered)
        }
    }
}
