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
                let digits = after.prefix { $0.isASCII && $0.isNumber || "０１２３４５６７８９".contains($0) }
                let rest = after.dropFirst(digits.count)
                if digits.isEmpty, rest.hasPrefix("元年度") { return era.firstYear }
                if !digits.isEmpty, rest.hasPrefix("年度"), let n = Int(asciiDigits(digits)), n >= 1, n < 100 {
                    return era.firstYear + n - 1
                }
                search = after
            }
        }
        return nil
    }

    private static func asciiDigits(_ text: Substring) -> String {
        String(text.map { c -> Character in
            guard let i = "０１２３４５６７８９".firstIndex(of: c) else { return c }
            return Character(String("０１２３４５６７８９".distance(from: "０１２３４５６７８９".startIndex, to: i)))
        })
    }
}
