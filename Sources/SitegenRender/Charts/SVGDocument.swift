import SitegenSupport

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

    /// - Parameter hatch: the pattern the drawing fills its goal band with, if it has one.
    static func make(output: ChartOutput, height: Double, title: String, description: String,
                     hatch: HatchPattern? = nil, body: ByteBuffer, hasLinks: Bool) -> ByteBuffer {
        var out = ByteBuffer(capacity: body.count + 1_000 + title.utf8.count + description.utf8.count)
        opening(output: output, height: height, title: title, description: description, hatch: hatch, hasLinks: hasLinks,
                into: &out)
        out.append(body)
        out.append(output.isStandalone ? "\n</svg>\n" : "\n</svg>")
        return out
    }

    /// A standalone file whose drawing is UTF-8 already, in parts separated by line feeds
    /// (the page's drawing moved below the file's heading): the same bytes as `make`.
    static func file(height: Double, title: String, description: String, hatch: HatchPattern? = nil,
                     body parts: [ByteBuffer], hasLinks: Bool) -> ByteBuffer {
        var out = ByteBuffer(capacity: 1_000 + title.utf8.count + description.utf8.count
                                 + parts.reduce(0) { $0 + $1.count + 1 })
        Self.opening(output: .standalone, height: height, title: title, description: description, hatch: hatch,
                     hasLinks: hasLinks, into: &out)
        var first = true
        for part in parts where !part.isEmpty {
            if !first { out.append(UInt8(ascii: "\n")) }
            out.append(part)
            first = false
        }
        out.append("\n</svg>\n")
        return out
    }

    /// Everything before the drawing: the `<svg>` element, title, description, defs, background.
    private static func opening(output: ChartOutput, height: Double, title: String, description: String,
                                hatch: HatchPattern?, hasLinks: Bool, into out: inout ByteBuffer) {
        // Written piece by piece (every chart has two of these), texts escaped straight into `out`.
        func put(_ markup: String) { out.append(markup) }
        func text(_ text: String) { Escape.appendXML(text, to: &out) }
        func number(_ value: Double) { SVGNumber.withDigits(value) { out.append($0) } }
        func svgStart() {
            put("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            if hasLinks { put(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"") }
        }
        func viewBox() {
            put("viewBox=\"0 0 ")
            number(width)
            put(" ")
            number(height)
            put("\" ")
        }
        switch output {
        case .inline:
            let titleID = output.id("title"), descID = output.id("desc")
            svgStart()
            put(" class=\"chart-svg\" ")
            viewBox()
            put("width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" ")
            // A chart with links is a group, not an image: role="img" would hide
            // the links from keyboard and screen reader users.
            if hasLinks {
                put("role=\"group\" aria-labelledby=\"")
                text(titleID)
                put("\" aria-describedby=\"")
                text(descID)
            } else {
                put("role=\"img\" aria-labelledby=\"")
                text(titleID)
                put(" ")
                text(descID)
            }
            put("\" ")
            put(commonAttributes)
            put("<title id=\"")
            text(titleID)
            put("\">")
            text(title)
            put("</title>\n<desc id=\"")
            text(descID)
            put("\">")
        case .standalone:
            put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            svgStart()
            put(" version=\"1.1\" width=\"")
            number(width)
            put("\" height=\"")
            number(height)
            put("\" ")
            viewBox()
            put(commonAttributes)
            put("<title>")
            text(title)
            put("</title>\n<desc>")
        }
        text(description)
        put("</desc>\n")
        if let hatch {
            put("<defs>\n")
            hatch.append(to: &out)
            put("\n</defs>\n")
        }
        put("<rect x=\"0\" y=\"0\" width=\"")
        number(width)
        put("\" height=\"")
        number(height)
        put("\" fill=\"")
        put(ChartPalette.background)
        put("\"/>\n")
    }

    /// The font and colour every chart's `<svg>` element gives its text (ending the start tag).
    private static let commonAttributes =
        "font-family=\"\(SVGCanvas.fontFamily)\" font-size=\"14\" fill=\"\(ChartPalette.text)\">\n"
}
