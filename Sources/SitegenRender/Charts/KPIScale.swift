import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The horizontal scale of a progress bar: 0–100 for percentages, otherwise 0
/// to the first round number (1, 2 or 5 × 10ⁿ) above the largest value shown,
/// so a target never sits on the end of the scale and an "at most" band is
/// visibly only part of it.
struct KPIScale: Equatable {
    let maximum: Double
    let ticks: [Double]

    init(values: [Double], isPercent: Bool) {
        let largest = values.max() ?? 0
        let maximum = isPercent && largest <= 100 ? 100 : KPIScale.roundCeiling(largest)
        self.maximum = maximum
        self.ticks = KPIScale.ticks(maximum: maximum, integersOnly: !values.contains { $0 != $0.rounded() })
    }

    /// The smallest 1, 2 or 5 × 10ⁿ that is > `value`; at least 1 so a zero target still has a scale.
    static func roundCeiling(_ value: Double) -> Double {
        guard value.isFinite, value >= 1 else { return 1 }
        let magnitude = pow(10, (log10(value)).rounded(.down))
        for step in [1.0, 2, 5, 10] where step * magnitude > value * (1 + 1e-12) {
            return step * magnitude
        }
        return 10 * magnitude
    }

    /// 3 to 6 evenly spaced ticks from 0; whole numbers when every value is whole.
    static func ticks(maximum: Double, integersOnly: Bool) -> [Double] {
        let magnitude = pow(10, (log10(maximum)).rounded(.down))
        let leading = (maximum / magnitude).rounded()
        var step = leading == 2 ? maximum / 4 : maximum / 5
        if integersOnly, step < 1 { step = 1 }
        let count = Int((maximum / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// x position of `value` on a scale drawn from `left` to `right`, clamped to it.
    func x(_ value: Double, left: Double, right: Double) -> Double {
        let clamped = min(max(value, 0), maximum)
        return left + (right - left) * clamped / maximum
    }
}
