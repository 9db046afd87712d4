#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenSupport
import SitegenModel
import SitegenContent

/// Furigana for an HTML fragment: ruby is added to text nodes only; tags,
/// attribute values, comments and entities are copied byte for byte.
extension FuriganaAnnotator {
    /// Elements whose text gets no ruby: ruby already there, code and raw-text
    /// elements, SVG/MathML (their own text model), form controls that hold plain text.
    static let skippedElements: Set<String> = [
        "ruby", "rt", "rp", "rb", "script", "style", "svg", "math", "textarea", "title",
        "code", "kbd", "samp", "option", "select", "datalist", "template", "iframe", "noscript",
    ]
    /// Elements whose content is raw text up to their end tag (no tags inside).
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "iframe", "noscript", "xmp"]

    /// `html` with `<ruby>` added to the kanji of its text nodes; everything but
    /// the annotated text stays exactly as the renderer wrote it.
    package func annotateHTML(_ html: String) -> String {
        String(decoding: annotateHTML(Array(html.utf8)), as: UTF8.self)
    }

    /// `annotateHTML` on UTF-8. Text with neither a byte outside ASCII (kanji,
    /// full-width digits) nor a digit or `{` gets no ruby, so it is copied as it is.
    func annotateHTML(_ html: [UInt8]) -> [UInt8] {
        HTMLTextRewriter.rewrite(html, skipping: Self.skippedElements,
                                 mayChange: { HTMLTextRewriter.hasNonASCII($0, orAnyOf: Self.mayStartRuby) },
                                 text: { annotatedHTMLText($0) })
    }

    private static func mayStartRuby(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "{")
    }

    /// A whole easy page: `annotateHTML`, and its `<title>` with the readings in brackets.
    /// A title is text only, so it cannot carry ruby, and it is what the tab, bookmarks
    /// and search results show.
    package func annotatePage(_ html: String) -> String {
        String(decoding: annotatedPage(Array(html.utf8)), as: UTF8.self)
    }

    /// `annotatePage` on UTF-8: the glossary buttons hand the page on as bytes, and the
    /// page is written as bytes (no `String` of a whole page to check again).
    package func annotatedPage(_ html: [UInt8]) -> [UInt8] {
        let annotated = annotateHTML(html)
        let title = annotated.withUnsafeBufferPointer { bytes -> (open: Int, close: Int)? in
            guard let open = Self.find(Self.titleStart, in: bytes, from: 0),
                  let close = Self.find(Self.titleEnd, in: bytes, from: open + Self.titleStart.count) else { return nil }
            return (open, close)
        }
        guard let (open, close) = title else { return annotated }
        let titleStart = open + Self.titleStart.count
        let readings = bracketedReadings(String(decoding: annotated[titleStart..<close], as: UTF8.self))
        var page: [UInt8] = []
        page.reserveCapacity(annotated.count + readings.utf8.count)
        page += annotated[..<titleStart]
        page += readings.utf8
        page += annotated[close...]
        return page
    }

    private static let titleStart = Array("<title>".utf8)
    private static let titleEnd = Array("</title>".utf8)

    /// A text node's source: entities kept as written, the text between them
    /// annotated. Memoized with its counts, which are added on every call, so
    /// the statistics are the same as without the memo.
    func annotatedHTMLText(_ source: String) -> String {
        guard Self.mayNeedRuby(source) else { return source }
        let result = textNodeMemo.value(for: source) { annotatedHTMLTextCounted(source) }
        count(result.statistics)
        return result.html
    }

    /// False only for text that certainly gets no ruby: no kanji, no digit, no `{`.
    /// Checked on bytes; a superset of the characters that matter, so a false
    /// "true" only costs the slow path, which then leaves the text as it is.
    static func mayNeedRuby(_ source: String) -> Bool {
        for scalar in source.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x7B, 0xFF10...0xFF19: return true   // digits, {, full-width digits
            default: if scalar.value >= 0x3005, Kana.isKanji(scalar) { return true }
            }
        }
        return false
    }

    /// `annotatedHTMLText` without the memo, with the counts of its words.
    func annotatedHTMLTextCounted(_ source: String) -> (html: String, statistics: FuriganaStatistics) {
        var stats = FuriganaStatistics()
        func annotatedHTMLPiece(_ text: String) -> String {
            guard !text.isEmpty else { return "" }
            let (segments, s) = segmentsCounted(text)
            stats = stats + s
            return Self.html(segments)
        }
        var out = ""
        var rest = Substring(source)
        while let amp = rest.firstIndex(of: "&") {
            out += annotatedHTMLPiece(String(rest[rest.startIndex..<amp]))
            let afterAmp = rest[amp...]
            if let semicolon = afterAmp.prefix(40).firstIndex(of: ";"),
               afterAmp[afterAmp.index(after: amp)..<semicolon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }),
               semicolon > afterAmp.index(after: amp) {
                out += afterAmp[amp...semicolon]
                rest = afterAmp[afterAmp.index(after: semicolon)...]
            } else {
                out += "&"
                rest = afterAmp.dropFirst()
            }
        }
        out += annotatedHTMLPiece(String(rest))
        return (out, stats)
    }

    /// Plain text stays as written (it is already HTML); only ruby is added.
    private static func html(_ segments: [RubySegment]) -> String {
        segments.map { segment in
            switch segment {
            case .text(let t): t
            case .ruby(let base, let reading): "<ruby>" + base + "<rt>" + Escape.html(reading) + "</rt></ruby>"
            }
        }.joined()
    }

    // MARK: Tokenizer

    enum MarkupKind: Equatable {
        case start(name: String, selfClosing: Bool)
        case end(name: String)
        /// Comment, doctype, CDATA, processing instruction.
        case other
    }

    /// The markup starting at `start` (a `<`), or nil when that `<` is text.
    static func scanMarkup(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (kind: MarkupKind, end: Int)? {
        let n = bytes.count
        guard start + 1 < n else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if matches(bytes, at: start, "<!--") {
                let end = find(Array("-->".utf8), in: bytes, from: start + 4).map { $0 + 3 } ?? n
                return (.other, end)
            }
            if matches(bytes, at: start, "<![CDATA[") {
                let end = find(Array("]]>".utf8), in: bytes, from: start + 9).map { $0 + 3 } ?? n
                return (.other, end)
            }
            let end = bytes[(start + 2)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
            return (.other, end)
        }
        if next == UInt8(ascii: "?") {
            let end = bytes[(start + 2)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
            return (.other, end)
        }
        let isEnd = next == UInt8(ascii: "/")
        var i = start + (isEnd ? 2 : 1)
        guard i < n, isASCIILetter(bytes[i]) else { return nil }
        let nameStart = i
        while i < n, !HTMLTextRewriter.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        // Tag names are almost always written in lower case: lower only the rare other ones.
        let written = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        let name = bytes[nameStart..<i].contains(where: { (65...90).contains($0) || $0 >= 0x80 }) ? written.lowercased() : written
        // Attributes: a quoted value may hold '>'; memchr jumps to the value's closing quote.
        var lastNonSpace: UInt8 = 0
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                guard let close = memchr(bytes.baseAddress! + i + 1, Int32(b), n - i - 1) else { break }
                lastNonSpace = b
                i = UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(close)) + 1
                continue
            }
            if b == UInt8(ascii: ">") {
                let selfClosing = lastNonSpace == UInt8(ascii: "/")
                return (isEnd ? .end(name: name) : .start(name: name, selfClosing: selfClosing), i + 1)
            }
            if !HTMLTextRewriter.isSpace(b) { lastNonSpace = b }
            i += 1
        }
        // No '>' (or a quote left open): the markup runs to the end.
        return (isEnd ? .end(name: name) : .start(name: name, selfClosing: false), n)
    }

    /// Index of `</name` (any case) from `from`, or nil.
    static func find(closingTag name: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let needle = Array(("</" + name).utf8)
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == UInt8(ascii: "<"),
               zip(bytes[i..<i + needle.count], needle).allSatisfy({ lowered($0) == $1 }) {
                let after = i + needle.count
                if after >= bytes.count || HTMLTextRewriter.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/") {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard i + needle.count <= bytes.count else { return false }
        return zip(bytes[i..<i + needle.count], needle).allSatisfy { lowered($0) == lowered($1) }
    }

    private static func lowered(_ b: UInt8) -> UInt8 { (65...90).contains(b) ? b + 32 : b }
    private static func isASCIILetter(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) }
}
