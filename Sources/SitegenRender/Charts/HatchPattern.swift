import SitegenSupport

/// Diagonal hatching for goal bands, readable in black and white print: a `<pattern>` a chart's
/// `<defs>` holds, written by `SVGDocument` straight into the document's bytes.
struct HatchPattern {
    let id: String
    let colour: String

    func append(to out: inout ByteBuffer) {
        out.append("<pattern id=\"")
        Escape.appendXML(id, to: &out)
        out.append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        out.append("<rect x=\"0\" y=\"0\" width=\"8\" height=\"8\" fill=\"")
        out.append(ChartPalette.background)
        out.append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"")
        out.append(colour)
        out.append("\" stroke-width=\"3\"/></pattern>")
    }
}
