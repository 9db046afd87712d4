import SitegenSupport
import SitegenModel
import SitegenContent

/// Collects SVG elements as UTF-8. Every number goes through `SVGNumber` and
/// every text is escaped into the bytes (`putText`), so callers cannot forget either.
///
/// Elements are written straight into one UTF-8 buffer, one per line (charts
/// have thousands of elements; building each as its own string cost more than drawing).
struct SVGCanvas {
    /// The elements as UTF-8, separated by line feeds.
    private var bytes = ByteBuffer()
    private var elementCount = 0
    /// What the standalone file writes differently, and where: so the page's drawing
    /// becomes the file's (`fileMarkup(shiftedDownBy:)`) without being drawn again.
    private var fileVariants: [(bytes: Range<Int>, inFile: FileVariant)] = []
    /// False once an element holds a y that is not in `fileVariants` (a raw element).
    private(set) var canShift = true
    /// Where each element starts in `bytes`, for taking some of them apart (`elements(_:)`).
    private var elementStarts: [Int] = []

    /// A part of an element that the file writes otherwise: each y coordinate (the file draws
    /// below a heading), and the page's own ids and links (the file has its own).
    private enum FileVariant {
        case y(Double)
        /// Text, escaped as it is written (a link's address, a pattern's id).
        case text(String)
    }
    /// Readings for kanji in text drawn without them (easy charts: `ChartText.kanjiReadings`).
    var readings: (@Sendable (String) -> [RubySegment])?
    /// Each line's pieces with those readings, shared by a language's charts (nil: worked out for each line).
    let lines: ChartLineMemo?

    init(readings: (@Sendable (String) -> [RubySegment])? = nil, lines: ChartLineMemo? = nil) {
        self.readings = readings
        self.lines = lines
    }

    /// The elements, separated by line feeds, as UTF-8.
    var markup: ByteBuffer { bytes }

    /// The elements of `layers` in order, separated by line feeds (as one canvas they appended to).
    static func markup(of layers: [SVGCanvas]) -> ByteBuffer {
        var joined = ByteBuffer()
        for layer in layers where !layer.isEmpty {
            if !joined.isEmpty { joined.append(UInt8(ascii: "\n")) }
            joined.append(layer.bytes)
        }
        return joined
    }

    static let fontFamily = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif"

    enum Anchor: String {
        case start, middle, end
    }

    var isEmpty: Bool { elementCount == 0 }
    var count: Int { elementCount }

    /// An element written in the source code, as it is; `hasCoordinates` false promises it holds no y (a link's `</a>`).
    mutating func raw(_ element: StaticString, hasCoordinates: Bool = true) {
        if hasCoordinates { canShift = false }
        startElement()
        put(element)
    }

    /// A group's start tag, `<g id="…">` (its end is `raw("</g>")`).
    mutating func startGroup(id: String) {
        canShift = false
        startElement()
        put("<g id=\"")
        putText(id)
        put("\">")
    }

    mutating func append(_ other: SVGCanvas) {
        guard !other.isEmpty else { return }
        startElement()
        let shift = bytes.count
        fileVariants += other.fileVariants.map { ($0.bytes.lowerBound + shift..<$0.bytes.upperBound + shift, $0.inFile) }
        elementStarts.removeLast()
        elementStarts += other.elementStarts.map { $0 + shift }
        canShift = canShift && other.canShift
        bytes.append(other.bytes)
        elementCount += other.elementCount - 1
    }

    /// The elements `range` (in drawing order) as a canvas of their own.
    func elements(_ range: Range<Int>) -> SVGCanvas {
        var part = SVGCanvas(readings: readings, lines: lines)
        guard !range.isEmpty else { return part }
        let start = elementStarts[range.lowerBound]
        // Each element but the first starts after the line feed that separates it from the one before.
        let end = range.upperBound < elementCount ? elementStarts[range.upperBound] - 1 : bytes.count
        part.bytes.append(bytes, start..<end)
        part.elementStarts = elementStarts[range].map { $0 - start }
        part.elementCount = range.count
        // Variants are in byte order: find the first inside, then take while inside.
        var low = 0, high = fileVariants.count
        while low < high {
            let middle = (low + high) / 2
            if fileVariants[middle].bytes.lowerBound < start { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < fileVariants.count, fileVariants[index].bytes.upperBound <= end {
            let variant = fileVariants[index]
            part.fileVariants.append((variant.bytes.lowerBound - start..<variant.bytes.upperBound - start, variant.inFile))
            index += 1
        }
        part.canShift = canShift
        return part
    }

    /// The elements as the standalone file has them: every y coordinate `offset` lower (the file
    /// is its page's chart below a heading), and the file's own ids and links.
    func fileMarkup(shiftedDownBy offset: Double) -> ByteBuffer {
        precondition(canShift, "a y coordinate of this canvas is not known")
        var file = ByteBuffer(capacity: bytes.count + fileVariants.count)
        var copied = 0
        bytes.withUnsafeBufferPointer { bytes in
            for variant in fileVariants {
                file.append(UnsafeBufferPointer(rebasing: bytes[copied..<variant.bytes.lowerBound]))
                switch variant.inFile {
                case .y(let value): SVGNumber.withDigits(value + offset) { file.append($0) }
                case .text(let text): Escape.appendXML(text, to: &file)
                }
                copied = variant.bytes.upperBound
            }
            file.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        return file
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1) {
        rectStart(x: x, y: y, width: width, height: height)
        putValue(fill)
        rectEnd(stroke: stroke, strokeWidth: strokeWidth)
    }

    /// A rectangle filled with `pattern`; the standalone file fills it with `filePattern` (its own id).
    mutating func rect(x: Double, y: Double, width: Double, height: Double, pattern: HatchPattern, filePattern: HatchPattern,
                       stroke: String, strokeWidth: Double) {
        rectStart(x: x, y: y, width: width, height: height)
        put("url(#")
        putText(pattern.id, inFile: filePattern.id)
        put(")")
        rectEnd(stroke: stroke, strokeWidth: strokeWidth)
    }

    /// A rectangle up to its fill's value.
    private mutating func rectStart(x: Double, y: Double, width: Double, height: Double) {
        startElement()
        put("<rect x=\"")
        number(x)
        put("\" y=\"")
        yNumber(y)
        put("\" width=\"")
        number(max(0, width))
        put("\" height=\"")
        number(max(0, height))
        put("\" fill=\"")
    }

    /// A rectangle from the end of its fill's value.
    private mutating func rectEnd(stroke: String?, strokeWidth: Double) {
        put("\"")
        if let stroke { strokeAttributes(stroke, strokeWidth) }
        put("/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        startElement()
        put("<line x1=\"")
        number(x1)
        put("\" y1=\"")
        yNumber(y1)
        put("\" x2=\"")
        number(x2)
        put("\" y2=\"")
        yNumber(y2)
        put("\"")
        strokeAttributes(stroke, width)
        if let dash {
            put(" stroke-dasharray=\"")
            putValue(dash)
            put("\"")
        }
        put("/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        startElement()
        put("<polygon points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { put(" ") }
            number(point.0)
            put(",")
            yNumber(point.1)
        }
        put("\" fill=\"")
        putValue(fill)
        put("\"")
        if let stroke {
            strokeAttributes(stroke, strokeWidth)
            put(" stroke-linejoin=\"round\"")
        }
        put("/>")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        startElement()
        put("<circle cx=\"")
        number(cx)
        put("\" cy=\"")
        yNumber(cy)
        put("\" r=\"")
        number(r)
        put("\" fill=\"")
        putValue(fill)
        put("\"")
        if let stroke { strokeAttributes(stroke, strokeWidth) }
        put("/>")
    }

    /// A path through `points` (absolute), then the relative commands `then` ("l4 5l8 -10").
    mutating func path(through points: [(Double, Double)], then relative: String = "", fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1) {
        startElement()
        put("<path d=\"")
        for (index, point) in points.enumerated() {
            put(index == 0 ? "M" : " L")
            number(point.0)
            put(" ")
            yNumber(point.1)
        }
        putValue(relative)
        put("\" fill=\"")
        putValue(fill)
        put("\"")
        if let stroke {
            strokeAttributes(stroke, strokeWidth)
            put(" stroke-linecap=\"round\" stroke-linejoin=\"round\"")
        }
        put("/>")
    }

    /// Text in one or more lines; `baseline` is the first line's baseline.
    mutating func text(_ lines: [String], x: Double, baseline: Double, size: Double, lineHeight: Double,
                       anchor: Anchor = .start, bold: Bool = false, fill: String = ChartPalette.text,
                       underline: Bool = false) {
        guard !lines.isEmpty else { return }
        if readings != nil || lines.contains(where: ChartRuby.isAnnotated) {
            rubyText(lines, x: x, baseline: baseline, size: size, lineHeight: lineHeight, anchor: anchor, bold: bold,
                     fill: fill, underline: underline)
            return
        }
        startElement()
        put("<text x=\"")
        number(x)
        put("\" y=\"")
        yNumber(baseline)
        put("\" font-size=\"")
        number(size)
        put("\" fill=\"")
        putValue(fill)
        put("\"")
        if anchor != .start {
            put(" text-anchor=\"")
            putValue(anchor.rawValue)
            put("\"")
        }
        if bold { put(" font-weight=\"bold\"") }
        if underline { put(" text-decoration=\"underline\"") }
        put(">")
        if lines.count == 1 {
            putText(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                put("<tspan x=\"")
                number(x)
                put("\" y=\"")
                yNumber(baseline + Double(index) * lineHeight)
                put("\">")
                putText(line)
                put("</tspan>")
            }
        }
        put("</text>")
    }

    /// Wraps the elements drawn by `body` in a link when `href` is given; `fileHref` is the
    /// standalone file's address for it, when it differs (the page's is relative); `label`, the link's `aria-label`.
    mutating func link(_ href: String?, fileHref: String? = nil, label: String? = nil, _ body: (inout SVGCanvas) -> Void) {
        guard let href else { body(&self); return }
        startElement()
        put("<a xlink:href=\"")
        putText(href, inFile: fileHref)
        if let label {
            put("\" aria-label=\"")
            putText(label)
        }
        put("\">")
        body(&self)
        raw("</a>", hasCoordinates: false)
    }

    mutating func startElement() {
        if elementCount > 0 { bytes.append(UInt8(ascii: "\n")) }
        elementStarts.append(bytes.count)
        elementCount += 1
    }

    private mutating func strokeAttributes(_ stroke: String, _ width: Double) {
        put(" stroke=\"")
        putValue(stroke)
        put("\" stroke-width=\"")
        number(width)
        put("\"")
    }

    mutating func number(_ value: Double) { SVGNumber.withDigits(value) { bytes.append($0) } }

    /// A y coordinate: written, and remembered for `fileMarkup(shiftedDownBy:)`.
    mutating func yNumber(_ value: Double) {
        let start = bytes.count
        SVGNumber.withDigits(value) { bytes.append($0) }
        fileVariants.append((start..<bytes.count, .y(value)))
    }

    /// Markup written in the source code (a tag, an attribute's name): its bytes copied as they are,
    /// with no `String` on the way (a chart writes hundreds of thousands of these).
    mutating func put(_ markup: StaticString) {
        bytes.append(UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// A value made in the source code (a colour, a dash pattern, path commands), through its
    /// contiguous UTF-8: one copy, not a walk of its `utf8` view.
    mutating func putValue(_ value: String) {
        bytes.append(value)
    }

    /// Text already escaped (a chart line's piece, kept by `ChartLineMemo`).
    mutating func putFragment(_ fragment: HTML) {
        fragment.append(to: &bytes)
    }

    /// Text (a label, an address, an id), escaped straight into the bytes: no escaped `String` is made.
    mutating func putText(_ text: String) {
        Escape.appendXML(text, to: &bytes)
    }

    /// `text`, which the standalone file writes as `inFile` when that differs (its own address or id).
    private mutating func putText(_ text: String, inFile: String?) {
        let start = bytes.count
        putText(text)
        if let inFile, inFile != text { fileVariants.append((start..<bytes.count, .text(inFile))) }
    }
}
