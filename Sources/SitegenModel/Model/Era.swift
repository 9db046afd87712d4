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

    /// "令和6年度", "令和6年", "令和元年度", "平成31年" (full-width digits too) → the
    /// Gregorian year (2024); nil for anything else. For hints: content never takes eras.
    package static func gregorianYear(_ text: String) -> Int? {
        var rest = Substring(text).drop(while: { $0 == " " || $0 == "　" })
        while let last = rest.last, last == " " || last == "　" { rest = rest.dropLast() }
        for suffix in ["年度", "年"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        guard let era = eras.first(where: { rest.hasPrefix($0.name) }) else { return nil }
        let number = rest.dropFirst(era.name.count)
        if number == "元" { return era.firstYear }
        let digits = String(number.unicodeScalars.map { scalar -> Character in
            (0xFF10...0xFF19).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
        })
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 1 else { return nil }
        return era.firstYear + n - 1
    }

    /// 2024 → "令和6年度" (the fiscal year starting April 2024).
    package static func fiscalYearLabel(_ fiscalYear: Int) -> String {
        yearLabel(fiscalYear) + "度"
    }
}
