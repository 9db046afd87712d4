import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenRender

/// Dates are written into the page digit by digit; they say what `CalendarDate`'s words say.
@Suite struct PageFormatTests {
    static let dates: [CalendarDate] = [
        (2024, 4, 1), (2025, 3, 31), (2019, 4, 30), (2019, 5, 1), (2020, 1, 1), (1989, 1, 7), (1989, 1, 8),
        (2024, 12, 9), (2100, 10, 10),
    ].compactMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }

    @Test func datesAreTheCalendarDatesWords() {
        #expect(Self.dates.count == 9)
        for date in Self.dates {
            #expect(PageFormat.date(date).markup ==
                    "<time datetime=\"\(date.iso)\">\(date.japanese)（\(date.japaneseEra)）</time>")
            #expect(PageFormat.shortDate(date).markup == "<time datetime=\"\(date.iso)\">\(date.japanese)</time>")
        }
        #expect(PageFormat.date(CalendarDate(year: 2019, month: 5, day: 1)!).markup ==
                "<time datetime=\"2019-05-01\">2019年5月1日（令和元年5月1日）</time>")
    }

    @Test func isoFormsAreZeroPadded() {
        let words = Self.dates.map(\.iso)
        #expect(words == ["2024-04-01", "2025-03-31", "2019-04-30", "2019-05-01", "2020-01-01", "1989-01-07",
                          "1989-01-08", "2024-12-09", "2100-10-10"])
        #expect(YearMonth(year: 2025, month: 1)?.iso == "2025-01" && zeroPadded(12345, width: 4) == "12345")
        #expect(zeroPadded(7, width: 3) == "007" && zeroPadded(0, width: 1) == "0")
    }

    @Test func numbersAreWrittenAsDigits() {
        var writer = MarkupWriter()
        for (value, width) in [(0, 1), (7, 2), (2024, 4), (999, 4), (10, 1), (-5, 1), (1_234_567_890, 1), (Int.max, 1), (Int.min, 1)] {
            writer.number(value, width: width)
            writer.markup(",")
        }
        #expect(writer.bytes.string == "0,07,2024,0999,10,-5,1234567890,\(Int.max),\(Int.min),")
    }
}
