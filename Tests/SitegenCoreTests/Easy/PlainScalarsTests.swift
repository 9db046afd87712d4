import Foundation
import Testing
@testable import SitegenRender

/// Every scalar `PlainScalars` lists is a `Character` of its own next to any other
/// and is left as it is by NFC: in text of such scalars, `String` comparison
/// (canonical equivalence, whole characters) is comparison of the UTF-8 bytes.
@Suite struct PlainScalarsTests {
    @Test func everyPlainScalarIsACharacterOfItsOwnThatNFCKeeps() {
        var checked = 0
        for range in PlainScalars.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(scalar)
                let problems = [
                    scalar.properties.canonicalCombiningClass == .notReordered ? nil : "combining class",
                    scalar.properties.isGraphemeExtend ? "grapheme extend" : nil,
                    ("a" + alone + alone + "あ").count == 4 ? nil : "joins a neighbour",
                    alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]) ? nil : "changed by NFC",
                ].compactMap { $0 }
                #expect(problems.isEmpty, "U+\(String(value, radix: 16, uppercase: true)): \(problems)")
                #expect(PlainScalars.isPlain(value))
                checked += 1
            }
        }
        #expect(checked > 90_000)
    }

    @Test func whatIsNotPlain() {
        for value: UInt32 in [0x0D, 0x0301, 0x3099, 0x309A, 0xFF9E, 0xF9DC, 0xFE0F, 0x200D, 0x1100, 0xAC00, 0x1F600, 0x2126, 0x302A] {
            #expect(!PlainScalars.isPlain(value), "U+\(String(value, radix: 16))")
        }
        #expect(PlainScalars.isPlain("区民の声 DX&amp;（１）①→𠮷"))
        #expect(!PlainScalars.isPlain("か\u{3099}"))
    }
}
