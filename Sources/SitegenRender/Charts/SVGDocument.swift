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

    static func make(output: ChartOutput, height: Double, title: String, description: String,
                     defs: String, body: ByteBuffer, hasLinks: Bool) -> ByteBuffer {
        var out = ByteBuffer(capacity: body.count + 1_000 + title.utf8.count + description.utf8.count + defs.utf8.count)
        opening(output: output, height: height, title: title, description: description, defs: defs, hasLinks: hasLinks,
                into: &out)
        out.append(body)
        out.append(output.isStandalone ? "\n</svg>\n" : "\n</svg>")
        return out
    }

    /// A standalone file whose drawing is UTF-8 already, in parts separated by line feeds
    /// (the page's drawing moved below the file's heading): the same bytes as `make`.
    static func file(height: Double, title: String, description: String, defs: String,
                     body parts: [ByteBuffer], hasLinks: Bool) -> ByteBuffer {
        var out = ByteBuffer(capacity: 1_000 + title.utf8.count + description.utf8.count + defs.utf8.count
                                 + parts.reduce(0) { $0 + $1.count + 1 })
        Self.opening(output: .standalone, height: height, title: title, description: description, defs: defs,
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
                                defs: String, hasLinks: Bool, into out: inout ByteBuffer) {
        // Appended piece by piece (every chart has two of these): interpolation built each line apart first.
        let widthText = SVGNumber.format(width), heightText = SVGNumber.format(height)
        let title = Escape.xml(title), description = Escape.xml(description)
        func put(_ pieces: String...) { for piece in pieces { out.append(piece) } }
        func svgStart(_ attributes: String) {
            put("<svg xmlns=\"http://www.w3.org/2000/svg\"", hasLinks ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : "",
                attributes, "viewBox=\"0 0 ", widthText, " ", heightText, "\" ")
        }
        switch output {
        case .inline:
            let titleID = Escape.xml(output.id("title"))
            let descID = Escape.xml(output.id("desc"))
            svgStart(" class=\"chart-svg\" ")
            put("width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" ")
            // A chart with links is a group, not an image: role="img" would hide
            // the links from keyboard and screen reader users.
            if hasLinks {
                put("role=\"group\" aria-labelledby=\"", titleID, "\" aria-describedby=\"", descID)
            } else {
                put("role=\"img\" aria-labelledby=\"", titleID, " ", descID)
            }
            put("\" ", commonAttributes, "<title id=\"", titleID, "\">", title, "</title>\n<desc id=\"", descID, "\">")
        case .standalone:
            put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            svgStart(" version=\"1.1\" width=\"" + widthText + "\" height=\"" + heightText + "\" ")
            put(commonAttributes, "<title>", title, "</title>\n<desc>")
        }
        put(description, "</desc>\n")
        if !defs.isEmpty { put("<defs>\n", defs, "\n</defs>\n") }
        put("<rect x=\"0\" y=\"0\" width=\"", widthText, "\" height=\"", heightText, "\" fill=\"", ChartPalette.background, "\"/>\n")
    }

    /// The font and colour every chart's `<svg>` element gives its text (ending the start tag).
    private static let commonAttributes =
        "font-family=\"\(SVGCanvas.fontFamily)\" font-size=\"14\" fill=\"\(ChartPalette.text)\">\n"

    /// Diagonal hatching for goal bands: readable in black and white print.
    static func hatchPattern(id: String, colour: String) -> String {
        "<pattern id=\"\(Escape.xml(id))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect x=\"0\" y=\"0\" width=\"8\" height=\"8\" fill=\"\(ChartPalette.background)\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"\(colour)\" stroke-width=\"3\"/></pattern>"
    }
}
