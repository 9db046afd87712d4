import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Reads back what the charts drew, for layout assertions: every text line
/// with its estimated box, using the same width estimate as the layout.
struct DrawnText {
    let text: String
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    func overlaps(_ other: DrawnText) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }
}

enum SVGInspection {
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The viewBox width and height.
    static func viewBox(_ svg: String) -> (width: Double, height: Double)? {
        guard let box = attribute("viewBox", in: svg) else { return nil }
        let parts = box.split(separator: " ").compactMap { Double($0) }
        return parts.count == 4 ? (parts[2], parts[3]) : nil
    }

    /// Every line of every <text> element, one entry per line, or per piece where a
    /// line with furigana places its pieces one by one (a <tspan> without `y` goes on
    /// the line before). `readings`: the furigana texts (aria-hidden) instead.
    static func texts(_ svg: String, readings: Bool = false) -> [DrawnText] {
        var result: [DrawnText] = []
        var rest = Substring(svg)
        while let start = rest.range(of: "<text ") {
            guard let tagEnd = rest[start.lowerBound...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</text>") else { break }
            let tag = String(rest[start.lowerBound...tagEnd])
            guard tag.contains("aria-hidden=\"true\"") == readings else {
                rest = rest[close.upperBound...]
                continue
            }
            let inner = String(rest[rest.index(after: tagEnd)..<close.lowerBound])
            let size = Double(attribute("font-size", in: tag) ?? "14") ?? 14
            let anchor = attribute("text-anchor", in: tag) ?? "start"
            var lines: [(String, Double, Double)] = []
            if inner.hasPrefix("<tspan") {
                for piece in inner.components(separatedBy: "<tspan").dropFirst() {
                    let tspanTag = String(piece.prefix { $0 != ">" })
                    let body = piece.drop { $0 != ">" }.dropFirst().components(separatedBy: "</tspan>")[0]
                    let y = attribute("y", in: " " + tspanTag).flatMap(Double.init) ?? lines.last?.2 ?? 0
                    lines.append((unescape(body), Double(attribute("x", in: " " + tspanTag) ?? "0") ?? 0, y))
                }
            } else {
                lines.append((unescape(inner), Double(attribute("x", in: tag) ?? "0") ?? 0,
                              Double(attribute("y", in: tag) ?? "0") ?? 0))
            }
            for (line, x, y) in lines {
                let width = TextMetrics.width(of: line, fontSize: size)
                let left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
                result.append(DrawnText(text: line, left: left, right: left + width, top: y - size * 0.88, bottom: y + size * 0.12))
            }
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// Wraps an inline SVG so libxml2 can check it (it is a fragment of an HTML page).
    static func wellFormednessErrors(_ svg: String) -> [String] {
        XMLWellFormedness.check(svg.hasPrefix("<?xml") ? svg : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg)
    }
}
