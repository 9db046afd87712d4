import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct SVGNumberTests {
    /// The string-building version `SVGNumber.withDigits` replaced.
    static func reference(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    @Test func formatMatchesTheReference() {
        var values: [Double] = [0, -0.0, 0.004, -0.004, 0.005, 1, -1, 9.99, 10, 12.5, 12.05, -3.1, 640, 1e9, .nan, .infinity]
        values += (0..<2000).map { Double($0) * 0.37 - 300 }
        for value in values {
            #expect(SVGNumber.format(value) == Self.reference(value), "\(value)")
        }
    }
}
