import SitegenSupport

/// A Japanese fiscal year: April of `startYear` to March of the next year.
package struct FiscalYear: Sendable, Hashable {
    package let startYear: Int

    package init(_ startYear: Int) { self.startYear = startYear }
    /// The fiscal year (April to March) a date falls in.
    package init(containing date: CalendarDate) { self.startYear = date.month >= 4 ? date.year : date.year - 1 }

    package var firstMonth: YearMonth { YearMonth(year: startYear, month: 4)! }
    package var lastMonth: YearMonth { YearMonth(year: startYear + 1, month: 3)! }
    package var months: [YearMonth] { (0..<12).map { firstMonth.adding(months: $0) } }
    /// 令和6年度
    package var label: String { JapaneseEra.fiscalYearLabel(startYear) }

    package func contains(_ month: YearMonth) -> Bool { month >= firstMonth && month <= lastMonth }
    package func contains(_ date: CalendarDate) -> Bool { contains(date.yearMonth) }

    /// Month index 0…11 inside the year (April = 0), may be outside for spanning tasks.
    package func offset(of month: YearMonth) -> Int { month.ordinal - firstMonth.ordinal }

    /// Quarter 1…4 of a month inside the year.
    package func quarter(of month: YearMonth) -> Int { offset(of: month) / 3 + 1 }

    package func firstMonth(ofQuarter q: Int) -> YearMonth { firstMonth.adding(months: (q - 1) * 3) }
    package func lastMonth(ofQuarter q: Int) -> YearMonth { firstMonth.adding(months: (q - 1) * 3 + 2) }

    /// "4～6月" style quarter label used in the source documents.
    package static func quarterMonthsLabel(_ q: Int) -> String {
        ["4～6月", "7～9月", "10～12月", "1～3月"][(q - 1) % 4]
    }
}

/// A schedule position as written: a month or a fiscal quarter.
package enum SchedulePosition: Sendable, Hashable, CustomStringConvertible {
    case month(YearMonth)
    case quarter(Int)

    /// Parses `YYYY-MM` or `Q1`…`Q4`.
    package init?(_ text: String) {
        if text.count == 2, text.first == "Q", let q = Int(text.dropFirst()), (1...4).contains(q) {
            self = .quarter(q)
        } else if let m = YearMonth(iso: text) {
            self = .month(m)
        } else {
            return nil
        }
    }

    package var description: String {
        switch self {
        case .month(let m): m.iso
        case .quarter(let q): "Q\(q)"
        }
    }

    /// The first month this position covers.
    package func start(in year: FiscalYear) -> YearMonth {
        switch self {
        case .month(let m): m
        case .quarter(let q): year.firstMonth(ofQuarter: q)
        }
    }

    /// The last month this position covers.
    package func end(in year: FiscalYear) -> YearMonth {
        switch self {
        case .month(let m): m
        case .quarter(let q): year.lastMonth(ofQuarter: q)
        }
    }
}
