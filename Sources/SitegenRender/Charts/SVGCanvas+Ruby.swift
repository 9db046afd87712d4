import SitegenSupport

/// Chart text with furigana: each line's kanji carry their reading as small
/// text above them, placed with the same text metrics the layout used.
///
/// The bases are one `<text>` (a line per `<tspan>` with `y`, each piece placed
/// by its own `x`, and pieces with Latin letters or digits stretched to their
/// estimated width, so a reading and its kanji never drift apart); the readings
/// are a second `<text aria-hidden="true">`, so a screen reader that reads the
/// SVG hears each word once. A reading wider than its kanji may overhang half a
/// reading character on each side (none beside another reading), and is
/// squeezed beyond that.
extension SVGCanvas {
    /// Height a line needs above its glyphs for readings at `size`.
    static func rubyRoom(_ size: Double) -> Double { (size * ChartRuby.scale).rounded(.up) + 2 }

    /// `rubyRoom` when this canvas draws readings, else 0.
    func rubyRoom(_ size: Double) -> Double { readings == nil ? 0 : Self.rubyRoom(size) }

    mutating func rubyText(_ lines: [String], x: Double, baseline: Double, size: Double, lineHeight: Double,
                           anchor: Anchor, bold: Bool, fill: String, underline: Bool) {
        let rubySize = size * ChartRuby.scale
        var readingsMarkup: [(x: Double, y: Double, squeeze: Double?, text: String)] = []
        startElement()
        put("<text font-size=\"")
        number(size)
        put("\" fill=\"")
        put(fill)
        put("\"")
        if bold { put(" font-weight=\"bold\"") }
        if underline { put(" text-decoration=\"underline\"") }
        put(">")
        for (index, line) in lines.enumerated() {
            let y = baseline + Double(index) * lineHeight
            let pieces = segments(of: line)
            let width = pieces.reduce(0) { $0 + TextMetrics.width(of: $1.base, fontSize: size) }
            var pieceX: Double
            switch anchor {
            case .start: pieceX = x
            case .middle: pieceX = x - width / 2
            case .end: pieceX = x - width
            }
            for (pieceIndex, piece) in pieces.enumerated() {
                let pieceWidth = TextMetrics.width(of: piece.base, fontSize: size)
                put("<tspan x=\"")
                number(pieceX)
                if pieceIndex == 0 {
                    put("\" y=\"")
                    yNumber(y)
                }
                put("\"")
                // Latin letters and digits take their estimated width, so the next kanji is where its reading is.
                if pieces.count > 1, piece.base.unicodeScalars.allSatisfy(TextMetrics.isHalfWidth),
                   piece.base.contains(where: { !$0.isWhitespace }) {
                    put(" textLength=\"")
                    number(pieceWidth)
                    put("\" lengthAdjust=\"spacing\"")
                }
                put(">")
                put(Escape.xml(piece.base))
                put("</tspan>")
                if case .ruby(_, let reading) = piece {
                    let readingWidth = TextMetrics.width(of: reading, fontSize: rubySize)
                    // Overhang only over kana or Latin text, never over a neighbour's reading.
                    let besideReading = [pieceIndex - 1, pieceIndex + 1].contains { pieces.indices.contains($0) && pieces[$0].isRuby }
                    let room = pieceWidth + (besideReading ? 0 : rubySize)
                    readingsMarkup.append((pieceX + pieceWidth / 2, y - size * 0.88 - 1.5,
                                           readingWidth > room ? room : nil, reading))
                }
                pieceX += pieceWidth
            }
        }
        put("</text>")
        guard !readingsMarkup.isEmpty else { return }
        startElement()
        put("<text font-size=\"")
        number(rubySize)
        put("\" fill=\"")
        put(fill)
        put("\" text-anchor=\"middle\" aria-hidden=\"true\" class=\"chart-ruby\">")
        for reading in readingsMarkup {
            put("<tspan x=\"")
            number(reading.x)
            put("\" y=\"")
            yNumber(reading.y)
            put("\"")
            if let squeeze = reading.squeeze {
                put(" textLength=\"")
                number(squeeze)
                put("\" lengthAdjust=\"spacingAndGlyphs\"")
            }
            put(">")
            put(Escape.xml(reading.text))
            put("</tspan>")
        }
        put("</text>")
    }

    /// The line's pieces: its own annotations, then the canvas's readings for kanji
    /// left bare; text split into runs of half-width and of full-width characters.
    private func segments(of line: String) -> [RubySegment] {
        var pieces = ChartRuby.segments(line)
        if let readings {
            pieces = pieces.flatMap { segment -> [RubySegment] in
                if case .text(let text) = segment, text.contains(where: Kana.isKanji) { return readings(text) }
                return [segment]
            }.merged()
        }
        guard pieces.count > 1 else { return pieces }
        return pieces.flatMap { segment -> [RubySegment] in
            guard case .text(let text) = segment else { return [segment] }
            var runs: [RubySegment] = []
            var run = String.UnicodeScalarView()
            var runIsHalf: Bool?
            for scalar in text.unicodeScalars {
                let isHalf = TextMetrics.isHalfWidth(scalar)
                if let runIsHalf, runIsHalf != isHalf {
                    runs.append(.text(String(run)))
                    run = String.UnicodeScalarView()
                }
                run.append(scalar)
                runIsHalf = isHalf
            }
            if !run.isEmpty { runs.append(.text(String(run))) }
            return runs
        }
    }
}
