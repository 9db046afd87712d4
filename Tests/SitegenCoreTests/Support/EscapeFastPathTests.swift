import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The byte-level `Escape` functions against the scalar-by-scalar versions
/// they replaced (kept here as the reference), on tricky input.
@Suite struct EscapeFastPathTests {
    static let samples: [String] = [
        "", "plain ASCII", "区民の手続", "Fit&Gap", "<script>alert('x')</script>", "\"quoted\" & 'single'",
        "tab\tline\nreturn\r\ncrlf", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}", "C1: \u{80}\u{85}\u{9F} then \u{A0}©",
        "nonchar " + Self.scalars(0xFFFE, 0xFFFF) + " kept " + Self.scalars(0xFFFD, 0xFDD0, 0xE000, 0x10FFFF), "（全角）ｶﾀｶﾅ～％", "emoji 👨‍👩‍👧 🇯🇵 ✔︎",
        "combining e\u{301} か\u{3099} &\u{301} <\u{338}", "\u{2028}line\u{2029}para", "=SUM(A1)", "-12.5", "+81 3",
        "@user", "\ttab first", "\rcr first", "a,b", "say \"hi\"", "x\ny", "x\r\ny", "=\u{301}", "＝全角", "x\r\n=cmd", "\r\n=1", "-1+cmd", "+3.2", "-5", "1e5", "-inf", "𠮷野家 U+20BB7",
        "&amp; already", String(repeating: "長い文字列&", count: 200),
    ]

    /// Scalars that string literals do not accept (noncharacters).
    static func scalars(_ values: UInt32...) -> String {
        var out = String.UnicodeScalarView()
        for value in values { out.append(Unicode.Scalar(value)!) }
        return String(out)
    }

    @Test func xmlMatchesTheScalarVersion() {
        for text in Self.samples {
            #expect(Escape.xml(text) == Self.referenceXML(text), "\(text.debugDescription)")
            #expect(Escape.html(text) == Self.referenceXML(text))
        }
    }

    @Test func xmlReturnsCleanTextUnchanged() {
        let text = "区民の手続 (2024) — ｶﾀｶﾅ 👍"
        #expect(Escape.xml(text) == text)
        #expect(Escape.xml("a<b") == "a&lt;b")
        #expect(Escape.xml("\u{1}x" + Self.scalars(0xFFFF)) == "x")
    }

    /// Pages are written as bytes: each text escaped after what is already written, and
    /// `HTML(text:)` holds the same markup whether it kept the text or escaped it into bytes.
    @Test func appendedXMLIsTheEscapedText() {
        for text in Self.samples {
            var out = ByteBuffer()
            out.append("<p>")
            Escape.appendXML(text, to: &out)
            #expect(out.string == "<p>" + Self.referenceXML(text), "\(text.debugDescription)")
            #expect(HTML(text: text).markup == Self.referenceXML(text), "\(text.debugDescription)")
            #expect((Escape.xmlBytes(text)?.string ?? text) == Self.referenceXML(text), "\(text.debugDescription)")
        }
    }

    @Test func jsonStringMatchesTheScalarVersion() {
        for text in Self.samples {
            #expect(Escape.jsonString(text) == Self.referenceJSON(text), "\(text.debugDescription)")
        }
    }

    @Test func csvFieldMatchesTheScalarVersion() {
        for text in Self.samples {
            #expect(Escape.csvField(text) == Self.referenceCSV(text), "\(text.debugDescription)")
        }
    }

    /// CSV files are written as bytes: each field appended after what is already written.
    @Test func appendedCSVFieldsAreTheFields() {
        for text in Self.samples {
            var out = ByteBuffer()
            out.append("x,")
            Escape.appendCSVField(text, to: &out)
            #expect(out.array == Array(("x," + Self.referenceCSV(text)).utf8), "\(text.debugDescription)")
        }
    }

    @Test func csvLinesJoinTheFieldsWithCommasAndCRLF() {
        let rows: [[String?]] = [["a,b", nil, "=1", "say \"hi\""], [], ["x\r\ny"]]
        let expected = rows.map { $0.map { Self.referenceCSV($0 ?? "") }.joined(separator: ",") + "\r\n" }.joined()
        #expect(CSVTable.lines(rows).array == Array(expected.utf8))
    }

    @Test func containsBytesFindsOnlyWholeNeedles() {
        #expect("<a href=\"https://x\">".containsBytes(of: "<a href=\"https://"))
        #expect(!"<a href=\"http:/".containsBytes(of: "<a href=\"http://"))
        #expect("abc".containsBytes(of: ""))
        #expect(!"".containsBytes(of: "a"))
        #expect("区民の手続".containsBytes(of: "手続"))
        #expect(!"区民の手続".containsBytes(of: "手続き"))
    }

    // MARK: References (the implementations before the byte fast paths)

    static func referenceXML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: if Escape.isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func referenceJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Scalar by scalar: the Character version missed "\r\n" and "=\u{301}".
    static func referenceCSV(_ text: String) -> String {
        let formula = "=+-@\t\r\n\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars
        let plainNumber = text.range(of: #"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)\z"#, options: .regularExpression) != nil
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, formula.contains(first), !plainNumber { scalars.insert("'", at: 0) }
        guard scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return String(String.UnicodeScalarView(scalars))
        }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in scalars {
            out.append(scalar)
            if scalar == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }
}
