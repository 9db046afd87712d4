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
        var readingsMarkup: [(x: Double, y: Double, squeeze: Double?, markup: HTML)] = []
        startElement()
        put("<text font-size=\"")
        number(size)
        put("\" fill=\"")
        putValue(fill)
        put("\"")
        if bold { put(" font-weight=\"bold\"") }
        if underline { put(" text-decoration=\"underline\"") }
        put(">")
        for (index, line) in lines.enumerated() {
            let y = baseline + Double(index) * lineHeight
            let pieces = linePieces(of: line)
            let width = pieces.reduce(0) { $0 + $1.base.ems * size }
            var pieceX: Double
            switch anchor {
            case .start: pieceX = x
            case .middle: pieceX = x - width / 2
            case .end: pieceX = x - width
            }
            for (pieceIndex, piece) in pieces.enumerated() {
                let pieceWidth = piece.base.ems * size
                put("<tspan x=\"")
                number(pieceX)
                if pieceIndex == 0 {
                    put("\" y=\"")
                    yNumber(y)
                }
                put("\"")
                // Latin letters and digits take their estimated width, so the next kanji is where its reading is.
                if piece.stretches {
                    put(" textLength=\"")
                    number(pieceWidth)
                    put("\" lengthAdjust=\"spacing\"")
                }
                put(">")
                putFragment(piece.base.markup)
                put("</tspan>")
                if let reading = piece.reading {
                    let readingWidth = reading.ems * rubySize
                    // Overhang only over kana or Latin text, never over a neighbour's reading.
                    let besideReading = [pieceIndex - 1, pieceIndex + 1].contains { pieces.indices.contains($0) && pieces[$0].isRuby }
                    let room = pieceWidth + (besideReading ? 0 : rubySize)
                    readingsMarkup.append((pieceX + pieceWidth / 2, y - size * 0.88 - 1.5,
                                           readingWidth > room ? room : nil, reading.markup))
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
        putValue(fill)
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
            putFragment(reading.markup)
            put("</tspan>")
        }
        put("</text>")
    }

    /// The line's pieces, escaped and measured (`ChartLinePiece`), from the canvas's memo when it has one.
    private func linePieces(of line: String) -> [ChartLinePiece] {
        guard let lines else { return ChartLinePiece.pieces(segments(of: line)) }
        return lines.pieces(of: line) { ChartLinePiece.pieces(segments(of: line)) }
    }

    /// The line's pieces: its own annotations, then the canvas's readings for kanji
    /// left bare; text split into runs of half-width and of full-width characters.
    /// Appended to one array, each run a slice of its text (or the text itself).
    private func segments(of line: String) -> [RubySegment] {
        var pieces = ChartRuby.segments(line)
        if let readings {
            var read: [RubySegment] = []
            read.reserveCapacity(pieces.count)
            for segment in pieces {
                if case .text(let text) = segment, Kana.containsKanji(text) { read += readings(text) } else { read.append(segment) }
            }
            pieces = read.merged()
        }
        guard pieces.count > 1 else { return pieces }
        var runs: [RubySegment] = []
        runs.reserveCapacity(pieces.count + 2)
        for segment in pieces {
            if case .text(let text) = segment { Self.appendWidthRuns(of: text, to: &runs) } else { runs.append(segment) }
        }
        return runs
    }

    /// True when `text` has a character that is not white space; ASCII text is read by its
    /// bytes (one scalar a character but CR LF, and white space is tab to CR and space).
    static func hasNonSpace(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains { !$0.isWhitespace } }
        return utf8.contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
    }

    /// `text` as runs of half-width and of full-width characters: the text itself when it is one run.
    static func appendWidthRuns(of text: String, to runs: inout [RubySegment]) {
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        var runIsHalf: Bool?
        while index < scalars.endIndex {
            let isHalf = TextMetrics.isHalfWidth(scalars[index])
            if let runIsHalf, runIsHalf != isHalf {
                runs.append(.text(String(scalars[runStart..<index])))
                runStart = index
            }
            runIsHalf = isHalf
            scalars.formIndex(after: &index)
        }
        if runStart == scalars.startIndex {
            if !text.isEmpty { runs.append(.text(text)) }
        } else {
            runs.append(.text(String(scalars[runStart...])))
        }
    }
}
