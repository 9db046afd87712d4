/// Collects SVG elements as text. Every number goes through `SVGNumber` and
/// every text through `Escape.xml`, so callers cannot forget either.
struct SVGCanvas {
    private(set) var elements: [String] = []

    static let fontFamily = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif"

    enum Anchor: String {
        case start, middle, end
    }

    var markup: String { elements.joined(separator: "\n") }

    mutating func raw(_ element: String) { elements.append(element) }

    mutating func append(_ other: SVGCanvas) { elements.append(contentsOf: other.elements) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1, extra: String = "") {
        var a = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { a += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" }
        elements.append(a + extra + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        var a = "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if let dash { a += " stroke-dasharray=\"\(dash)\"" }
        elements.append(a + "/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        let list = points.map { n($0.0) + "," + n($0.1) }.joined(separator: " ")
        var a = "<polygon points=\"\(list)\" fill=\"\(fill)\""
        if let stroke { a += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\" stroke-linejoin=\"round\"" }
        elements.append(a + "/>")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        var a = "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(fill)\""
        if let stroke { a += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" }
        elements.append(a + "/>")
    }

    mutating func path(_ d: String, fill: String, stroke: String? = nil, strokeWidth: Double = 1) {
        var a = "<path d=\"\(d)\" fill=\"\(fill)\""
        if let stroke { a += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\" stroke-linecap=\"round\" stroke-linejoin=\"round\"" }
        elements.append(a + "/>")
    }

    /// Text in one or more lines; `baseline` is the first line's baseline.
    mutating func text(_ lines: [String], x: Double, baseline: Double, size: Double, lineHeight: Double,
                       anchor: Anchor = .start, bold: Bool = false, fill: String = ChartPalette.text,
                       underline: Bool = false) {
        guard !lines.isEmpty else { return }
        var a = "<text x=\"\(n(x))\" y=\"\(n(baseline))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        if anchor != .start { a += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { a += " font-weight=\"bold\"" }
        if underline { a += " text-decoration=\"underline\"" }
        a += ">"
        if lines.count == 1 {
            a += Escape.xml(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                a += "<tspan x=\"\(n(x))\" y=\"\(n(baseline + Double(index) * lineHeight))\">\(Escape.xml(line))</tspan>"
            }
        }
        elements.append(a + "</text>")
    }

    /// Wraps the elements drawn by `body` in a link when `href` is given.
    mutating func link(_ href: String?, _ body: (inout SVGCanvas) -> Void) {
        guard let href else { body(&self); return }
        elements.append("<a xlink:href=\"\(Escape.xml(href))\">")
        body(&self)
        elements.append("</a>")
    }

    private func n(_ value: Double) -> String { SVGNumber.format(value) }
}

/// How a chart is being drawn: for a page (ids and ARIA) or as a file.
enum ChartOutput {
    case inline(idPrefix: String)
    case standalone

    var isStandalone: Bool { if case .standalone = self { true } else { false } }

    /// Ids must be unique on a page; the file has only one chart.
    func id(_ name: String) -> String {
        switch self {
        case .inline(let prefix): prefix + "-" + name
        case .standalone: "chart-" + name
        }
    }
}

/// Wraps drawn elements into an `<svg>` element or file.
enum SVGDocument {
    static let width = 640.0

    static func make(output: ChartOutput, height: Double, title: String, description: String,
                     defs: String, body: String, hasLinks: Bool) -> String {
        let size = "viewBox=\"0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))\""
        let common = "font-family=\"\(SVGCanvas.fontFamily)\" font-size=\"14\" fill=\"\(ChartPalette.text)\""
        let xlink = hasLinks ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : ""
        var out = ""
        switch output {
        case .inline:
            let titleID = Escape.xml(output.id("title"))
            let descID = Escape.xml(output.id("desc"))
            // A chart with links is a group, not an image: role="img" would hide
            // the links from keyboard and screen reader users.
            let role = hasLinks
                ? "role=\"group\" aria-labelledby=\"\(titleID)\" aria-describedby=\"\(descID)\""
                : "role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\"\(xlink) class=\"chart-svg\" \(size) width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" \(role) \(common)>\n"
            out += "<title id=\"\(titleID)\">\(Escape.xml(title))</title>\n"
            out += "<desc id=\"\(descID)\">\(Escape.xml(description))</desc>\n"
        case .standalone:
            out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\"\(xlink) version=\"1.1\" width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\" \(size) \(common)>\n"
            out += "<title>\(Escape.xml(title))</title>\n"
            out += "<desc>\(Escape.xml(description))</desc>\n"
        }
        if !defs.isEmpty { out += "<defs>\n" + defs + "\n</defs>\n" }
        out += "<rect x=\"0\" y=\"0\" width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\" fill=\"\(ChartPalette.background)\"/>\n"
        out += body + "\n</svg>"
        return output.isStandalone ? out + "\n" : out
    }

    /// Diagonal hatching for goal bands: readable in black and white print.
    static func hatchPattern(id: String, colour: String) -> String {
        "<pattern id=\"\(Escape.xml(id))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect x=\"0\" y=\"0\" width=\"8\" height=\"8\" fill=\"\(ChartPalette.background)\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"\(colour)\" stroke-width=\"3\"/></pattern>"
    }
}
