import SitegenSupport

/// A piece of a chart line as `SVGCanvas.rubyText` draws it, with what drawing it takes
/// worked out once (a language's charts draw the same lines again and again): its base
/// and reading escaped for XML (as `HTML`: the text itself, or its escaped bytes) and measured in ems, and whether the base is stretched
/// to its estimated width (Latin letters and digits in a line of several pieces).
struct ChartLinePiece: Sendable {
    let base: (markup: HTML, ems: Double)
    /// Nil for plain text.
    let reading: (markup: HTML, ems: Double)?
    let stretches: Bool

    var isRuby: Bool { reading != nil }

    /// The pieces of a line cut into `segments`.
    static func pieces(_ segments: [RubySegment]) -> [ChartLinePiece] {
        segments.map { segment in
            let base = segment.base
            let reading: String? = if case .ruby(_, let reading) = segment { reading } else { nil }
            return ChartLinePiece(
                base: (HTML(text: base), TextMetrics.ems(of: base)),
                reading: reading.map { (HTML(text: $0), TextMetrics.ems(of: $0)) },
                stretches: segments.count > 1 && base.unicodeScalars.allSatisfy(TextMetrics.isHalfWidth)
                    && SVGCanvas.hasNonSpace(base))
        }
    }
}
