import SitegenSupport

/// A Japanese fiscal year: April of `startYear` to March of the next year.
public struct FiscalYear: Sendable, Hashable {
    public let startYear: Int

    public init(_ startYear: Int) { self.startYear = startYear }

    public var firstMonth: YearMonth { YearMonth(year: startYear, month: 4)! }
    public var lastMonth: YearMonth { YearMonth(year: startYear + 1, month: 3)! }
    public var months: [YearMonth] { (0..<12).map { firstMonth.adding(months: $0) } }
    /// 令和6年度
    public var label: String { JapaneseEra.fiscalYearLabel(startYear) }

    public func contains(_ month: YearMonth) -> Bool { month >= firstMonth && month <= lastMonth }
    public func contains(_ date: CalendarDate) -> Bool { contains(date.yearMonth) }

    /// Month index 0…11 inside the year (April = 0), may be outside for spanning tasks.
    public func offset(of month: YearMonth) -> Int { month.ordinal - firstMonth.ordinal }

    /// Quarter 1…4 of a month inside the year.
    public func quarter(of month: YearMonth) -> Int { offset(of: month) / 3 + 1 }

    public func firstMonth(ofQuarter q: Int) -> YearMonth { firstMonth.adding(months: (q - 1) * 3) }
    public func lastMonth(ofQuarter q: Int) -> YearMonth { firstMonth.adding(months: (q - 1) * 3 + 2) }

    /// "4～6月" style quarter label used in the source documents.
    public static func quarterMonthsLabel(_ q: Int) -> String {
        ["4～6月", "7～9月", "10～12月", "1～3月"][(q - 1) % 4]
    }
}

/// A schedule position as written: a month or a fiscal quarter.
public enum SchedulePosition: Sendable, Hashable, CustomStringConvertible {
    case month(YearMonth)
    case quarter(Int)

    /// Parses `YYYY-MM` or `Q1`…`Q4`.
    public init?(_ text: String) {
        if text.count == 2, text.first == "Q", let q = Int(text.dropFirst()), (1...4).contains(q) {
            self = .quarter(q)
        } else if let m = YearMonth(iso: text) {
            self = .month(m)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .month(let m): m.iso
        case .quarter(let q): "Q\(q)"
        }
    }

    /// The first month this position covers.
    public func start(in year: FiscalYear) -> YearMonth {
        switch self {
        case .month(let m): m
        case .quarter(let q): year.firstMonth(ofQuarter: q)
        }
    }

    /// The last month this position covers.
    public func end(in year: FiscalYear) -> YearMonth {
        switch self {
        case .month(let m): m
        case .quarter(let q): year.lastMonth(ofQuarter: q)
        }
    }
}
