import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// CSV injection: every hostile field stays one cell of its row, and no cell a
/// spreadsheet reads starts with a formula character unless it is a plain number.
@Suite struct CSVInjectionTests {
    /// Line breaks in every form Swift may fold into one Character, formulas
    /// behind them, OWASP's list, the full-width forms and combining marks.
    static let hostile: [String] = [
        "\n", "\r", "\r\n", "\n\r", "a\nb", "a\rb", "a\r\nb", "a\n\rb",
        "\r\n=cmd|' /C calc'!A0", "\n=cmd", "\r=cmd", "\n\r=cmd", "x\r\n=cmd|' /C calc'!A0",
        "=1+1", "+1+cmd", "-1+cmd", "@SUM(A1:A9)", "\tx", "\t=1", "\r\t",
        "=\u{301}1+1", "+\u{301}", "@\u{308}x",
        "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}SUM(A1)", "\u{FF1D}\u{301}",
        "say \"hi\", =1", "\"=1\"", "a,=1", "\r\n\"=1\"",
    ]

    /// Numbers that keep no prefix, and look-alikes that must get one.
    static let numbers = ["-5", "+3.2", "12", "-0.25", "+.5"]
    static let notNumbers = ["-1+cmd", "-1-1", "1e5", "-inf", "+nan", "-\u{FF11}", "- 5", "--5", "-5.5.5", "-"]

    static func csv(_ fields: [String]) -> Data {
        var text = "a,value,b\r\n"
        for field in fields { text += "x,\(Escape.csvField(field)),y\r\n" }
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    static func startsFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return "=+-@\t\r\n\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first)
    }

    @Test func everyHostileFieldStaysOneCellAndIsPrefixed() throws {
        let records = try RFC4180Parser.parse(Self.csv(Self.hostile))
        #expect(records.count == Self.hostile.count + 1)
        for (record, field) in zip(records.dropFirst(), Self.hostile) {
            #expect(record.count == 3, "\(field.debugDescription) → \(record)")
            #expect(record.first == "x" && record.last == "y", "\(field.debugDescription) → \(record)")
            guard record.count == 3 else { continue }
            let cell = record[1]
            #expect(!Self.startsFormula(cell), "\(field.debugDescription) → \(cell.debugDescription)")
            let expected = Self.startsFormula(field) ? "'" + field : field
            #expect(cell.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(field.debugDescription) → \(cell.debugDescription)")
        }
    }

    @Test func fieldsWithLineBreaksCommasOrQuotesAreQuoted() {
        for field in ["\r\n", "a\r\nb", "\n\r", "x\r\n=cmd", "\u{301}\r\n", "a,b", "a\"b"] {
            let escaped = Escape.csvField(field)
            #expect(escaped.utf8.first == 0x22 && escaped.utf8.last == 0x22, "\(field.debugDescription) → \(escaped.debugDescription)")
        }
    }

    @Test func plainNumbersKeepNoPrefixButLookAlikesDo() {
        for number in Self.numbers { #expect(Escape.csvField(number) == number) }
        for text in Self.notNumbers where Self.startsFormula(text) {
            #expect(Escape.csvField(text) == "'" + text, "\(text.debugDescription)")
        }
    }

    /// The real `data/initiatives.csv` of a mini site whose title (a YAML escape)
    /// holds a CRLF followed by a formula, and one whose title starts with = and a combining mark.
    @Test func openDataCSVOfABuiltSiteKeepsRowsIntact() throws {
        let one = MiniSite.initiative1.replacingOccurrences(
            of: "title: 行政手続のオンライン化", with: #"title: "申請\r\n=cmd|' /C calc'!A0""#)
        let two = MiniSite.initiative2.replacingOccurrences(
            of: "title: ネットワークの再構築", with: #"title: "=\u0301ネットワーク""#)
        let (bundle, diagnostics) = MiniSite.check(MiniSite.files(replacing: [Mini.one: one, Mini.two: two]))
        let checked = try #require(bundle, "\(diagnostics)")
        let output = OpenDataRenderer.render(bundle: checked)
        let data = try OpenDataTestSupport.file(output, "data/initiatives.csv")
        let records = try RFC4180Parser.parse(data)
        let titles = try RFC4180Parser.table(data).rows.compactMap { $0["title"] }
        #expect(records.count == 1 + checked.base.initiatives.count)
        #expect(records.allSatisfy { $0.count == records[0].count })
        #expect(titles.contains("申請\r\n=cmd|' /C calc'!A0"))
        #expect(titles.contains("'=\u{301}ネットワーク"))
        for record in records {
            for cell in record where Self.startsFormula(cell) {
                #expect(Self.numbers.contains(cell), "\(cell.debugDescription) starts a formula")
            }
        }
    }
}
