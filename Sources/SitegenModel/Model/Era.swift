import SitegenSupport

/// Japanese era names derived from Gregorian years. Eras are never typed in
/// content: labels such as 令和6年度 come from `fiscal_year`.
package enum JapaneseEra {
    private static let eras: [(name: String, firstYear: Int)] = [
        ("令和", 2019), ("平成", 1989), ("昭和", 1926),
    ]

    /// 2024 → "令和6年", 2019 → "令和元年".
    package static func yearLabel(_ year: Int) -> String {
        guard let era = eras.first(where: { year >= $0.firstYear }) else { return "\(year)年" }
        let n = year - era.firstYear + 1
        return era.name + (n == 1 ? "元" : String(n)) + "年"
    }

    /// 2024 → "令和6年度" (the fiscal year starting April 2024).
    package static func fiscalYearLabel(_ fiscalYear: Int) -> String {
        yearLabel(fiscalYear) + "度"
    }
}
