import SitegenSupport

/// A number as the staff wrote it. `text` keeps the written precision
/// ("90.00" stays "90.00"); `value` is for arithmetic and charts.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let value: Double

    public init?(_ text: String) {
        guard let value = Double(text), value.isFinite,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        self.text = text
        self.value = value
    }

    public init(_ value: Int) {
        self.text = String(value)
        self.value = Double(value)
    }

    /// Digits after the decimal point as written.
    public var fractionDigits: Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    public var description: String { text }
}
