import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The colours the charts use, chosen for contrast on white (WCAG 2.x):
/// text ≥ 4.5:1, marks ≥ 3:1. Every mark also carries a label, a pattern or a
/// shape, so nothing depends on colour alone, and the chart prints in black and white.
package enum ChartPalette {
    package static let background = "#ffffff"
    /// Body text.
    package static let text = "#1a1a1a"
    /// Secondary text (notes, "no schedule published").
    package static let mutedText = "#4d4d4d"
    /// Bars and the current-value mark.
    package static let bar = "#0017c1"
    /// Text set on top of a bar.
    package static let textOnBar = "#ffffff"
    /// Outline and hatching of the goal band.
    package static let goal = "#1d6b3a"
    /// Track of a progress bar and background of group headings.
    package static let track = "#f2f2f2"
    /// Outlines and axis lines.
    package static let axis = "#595959"
    /// Quarter and month grid lines.
    package static let grid = "#767676"
    /// The 時点 (as-of) line.
    package static let asOf = "#b3261e"
    /// Milestone triangles and target lines.
    package static let mark = "#1a1a1a"
    /// Background of theme group rows in the overall Gantt chart.
    package static let groupBackground = "#e8f1fe"

    /// Pairs the tests check, with the minimum ratio each needs.
    package static let requiredContrasts: [(name: String, foreground: String, background: String, minimum: Double)] = [
        ("text on white", text, background, 4.5),
        ("text on track", text, track, 4.5),
        ("text on group background", text, groupBackground, 4.5),
        ("muted text on white", mutedText, background, 4.5),
        ("text on bar", textOnBar, bar, 4.5),
        ("as-of label on white", asOf, background, 4.5),
        ("goal label on white", goal, background, 4.5),
        ("bar on white", bar, background, 3),
        ("bar on track", bar, track, 3),
        ("goal hatching on white", goal, background, 3),
        ("goal hatching on track", goal, track, 3),
        ("axis on white", axis, background, 3),
        ("axis on track", axis, track, 3),
        ("grid on white", grid, background, 3),
        ("mark on white", mark, background, 3),
        ("mark on bar", background, bar, 3),
        ("as-of line on group background", asOf, groupBackground, 3),
    ]
}

/// WCAG 2.x relative luminance and contrast ratio.
package enum WCAGContrast {
    /// Relative luminance of a `#rrggbb` colour, or nil for another form.
    package static func luminance(_ hex: String) -> Double? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let rgb = Int(digits, radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((rgb >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    /// (lighter + 0.05) / (darker + 0.05), from 1 to 21.
    package static func ratio(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
