import SitegenSupport
import SitegenModel
import SitegenContent

/// Reads the fiscal year out of a label as the source words it
/// ("令和5年度実績" → 2023), so tables can carry it as a number.
enum FiscalYearLabelParser {
    private static let eras: [(name: String, firstYear: Int)] = [("令和", 2019), ("平成", 1989), ("昭和", 1926)]

    /// The first `<era><N|元>年度` in `label`, nil when there is none.
    static func fiscalYear(in label: String) -> Int? {
        for era in eras {
            var search = label[...]
            while let range = search.range(of: era.name) {
                let after = search[range.upperBound...]
                let digits = after.prefix { digitValue($0) != nil }
                let rest = after.dropFirst(digits.count)
                if digits.isEmpty, rest.hasPrefix("元年度") { return era.firstYear }
                if !digits.isEmpty, rest.hasPrefix("年度"), let n = number(digits), n >= 1, n < 100 {
                    return era.firstYear + n - 1
                }
                search = after
            }
        }
        return nil
    }

    /// The value of an ASCII or full-width digit (`5`, `５`); nil for any other Character
    /// (a digit with a combining mark is not a digit).
    private static func digitValue(_ c: Character) -> UInt32? {
        let scalars = c.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0xFF10...0xFF19: return scalar.value - 0xFF10
        default: return nil
        }
    }

    /// The number the digits write, as `Int(_:)` reads their ASCII forms: nil when it does not fit.
    private static func number(_ digits: Substring) -> Int? {
        var number = 0
        for character in digits {
            guard let digit = digitValue(character) else { return nil }
            let (tens, tooLarge) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflow) = tens.addingReportingOverflow(Int(digit))
            if tooLarge || overflow { return nil }
            number = sum
        }
        return number
    }
}
