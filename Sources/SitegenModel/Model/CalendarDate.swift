import SitegenSupport

/// A calendar date without time or timezone: builds never read the clock,
/// so dates are plain values.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    package init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    package static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    package var iso: String { zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2) }
    package var description: String { iso }
    package var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

    /// 2024年4月1日
    package var japanese: String { "\(year)年\(month)月\(day)日" }
    /// 令和6年4月1日
    package var japaneseEra: String { JapaneseEra.yearLabel(year) + "\(month)月\(day)日" }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A month such as 2024-07.
package struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int

    package init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    package init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    package var iso: String { zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) }
    package var description: String { iso }
    package var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    package var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(year: year, month: month))!
    }

    /// Months since year 0, for arithmetic.
    package var ordinal: Int { year * 12 + (month - 1) }

    package func adding(months: Int) -> YearMonth {
        let o = ordinal + months
        return YearMonth(year: o / 12, month: o % 12 + 1)!
    }

    package static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// Zero-padded decimal, independent of locale.
package func zeroPadded(_ n: Int, width: Int) -> String {
    let digits = String(n)
    // Digits are ASCII: their UTF-8 count is their length, without walking Characters.
    let missing = width - digits.utf8.count
    return missing > 0 ? String(repeating: "0", count: missing) + digits : digits
}
