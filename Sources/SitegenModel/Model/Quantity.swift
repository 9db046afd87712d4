import SitegenSupport

/// A number as the staff wrote it. `text` keeps the written precision
/// ("90.00" stays "90.00"); `value` is for arithmetic and charts.
package struct Quantity: Sendable, Hashable, CustomStringConvertible {
    package let text: String
    package let value: Double

    package init?(_ text: String) {
        guard let value = Double(text), value.isFinite,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        self.text = text
        self.value = value
    }

    package init(_ value: Int) {
        self.text = String(value)
        self.value = Double(value)
    }

    /// Digits after the decimal point as written.
    package var fractionDigits: Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    package var description: String { text }
}
