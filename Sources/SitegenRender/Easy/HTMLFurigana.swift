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
    static let skippedElements: HTMLTagNameSet = [
        "ruby", "rt", "rp", "rb", "script", "style", "svg", "math", "textarea", "title",
        "code", "kbd", "samp", "option", "select", "datalist", "template", "iframe", "noscript",
    ]

    /// `html` with `<ruby>` added to the kanji of its text nodes; everything but
    /// the annotated text stays exactly as the renderer wrote it.
    package func annotateHTML(_ html: String) -> String {
        String(decoding: annotateHTML(Array(html.utf8)), as: UTF8.self)
    }

    /// `annotateHTML` on UTF-8.
    func annotateHTML(_ html: [UInt8]) -> [UInt8] {
        var walk = HTMLText(annotator: self)
        return HTMLTextRewriter.rewrite(html, with: &walk)
    }

    /// One walk's furigana: the text nodes outside the skipped elements get ruby.
    struct HTMLText: HTMLTextVisitor {
        let annotator: FuriganaAnnotator
        private var skipped = OpenSkippedElements(FuriganaAnnotator.skippedElements)

        init(annotator: FuriganaAnnotator) { self.annotator = annotator }

        mutating func markup(_ kind: HTMLMarkup.Kind) { skipped.see(kind) }

        /// Text with neither a byte outside ASCII (kanji, full-width digits) nor a
        /// digit or `{` gets no ruby, so it is copied as it is.
        mutating func rewrite(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
            guard !skipped.isInside, HTMLTextRewriter.hasNonASCII(text, orAnyOf: FuriganaAnnotator.mayStartRuby) else { return nil }
            return annotator.annotatedHTMLText(text)
        }
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

    /// `annotatePage` on UTF-8. An easy page's own finish is `EasyPageAnnotation`, which
    /// makes the same page with its glossary buttons in the same walk.
    package func annotatedPage(_ html: [UInt8]) -> [UInt8] {
        var page = ByteBuffer(capacity: html.count + html.count / 2)
        var walk = HTMLText(annotator: self)
        html.withUnsafeBufferPointer { HTMLTextRewriter.rewrite($0, with: &walk, into: &page) }
        return withTitleReadings(page).array
    }

    /// An annotated page with its `<title>`'s readings in brackets.
    func withTitleReadings(_ page: ByteBuffer) -> ByteBuffer {
        page.withUnsafeBufferPointer { bytes in
            guard let open = HTMLMarkup.find(Self.titleStart, in: bytes, from: 0),
                  let close = HTMLMarkup.find(Self.titleEnd, in: bytes, from: open + Self.titleStart.count) else { return page }
            let titleStart = open + Self.titleStart.count
            let title = String(decoding: UnsafeBufferPointer(rebasing: bytes[titleStart..<close]), as: UTF8.self)
            // The page with its title's readings: written once, with room for readings several times the title's length.
            var annotated = ByteBuffer(capacity: bytes.count + 4 * (close - titleStart))
            annotated.append(UnsafeBufferPointer(rebasing: bytes[..<titleStart]))
            appendBracketedReadings(title, to: &annotated)
            annotated.append(UnsafeBufferPointer(rebasing: bytes[close...]))
            return annotated
        }
    }

    private static let titleStart = Array("<title>".utf8)
    private static let titleEnd = Array("</title>".utf8)

    /// A text node's source: entities kept as written, the text between them
    /// annotated. Memoized with its counts, which are added on every call, so
    /// the statistics are the same as without the memo.
    func annotatedHTMLText(_ source: String) -> String {
        Array(source.utf8).withUnsafeBufferPointer { annotatedHTMLText($0) }.map { String(decoding: $0, as: UTF8.self) } ?? source
    }

    /// `annotatedHTMLText` of a text node's UTF-8; nil when it certainly stays as
    /// it is. The memo hashes and compares the node's bytes: an easy page's frame
    /// repeats the same texts on each page, and hashing them as `String`s
    /// normalized every one.
    func annotatedHTMLText(_ source: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard Self.mayNeedRuby(source) else { return nil }
        let result = textNodeMemo.value(for: UTF8Key(source)) {
            annotatedHTMLBytesCounted(String(decoding: source, as: UTF8.self))
        }
        count(result.statistics)
        return result.html
    }

    /// False only for text that certainly gets no ruby: no kanji, no digit, no `{`.
    /// A superset of the characters that matter, so a false "true" only costs the
    /// slow path, which then leaves the text as it is.
    static func mayNeedRuby(_ source: String) -> Bool {
        Array(source.utf8).withUnsafeBufferPointer(mayNeedRuby)
    }

    static func mayNeedRuby(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < source.count {
            let (scalar, length) = source.scalar(at: i)
            switch scalar {
            case 0x30...0x39, 0x7B, 0xFF10...0xFF19: return true   // digits, {, full-width digits
            default: if scalar >= 0x3005, Kana.isKanji(Unicode.Scalar(scalar)!) { return true }
            }
            i += length
        }
        return false
    }

    /// `annotatedHTMLText` without the memo, with the counts of its words.
    func annotatedHTMLTextCounted(_ source: String) -> (html: String, statistics: FuriganaStatistics) {
        let (html, statistics) = annotatedHTMLBytesCounted(source)
        return (String(decoding: html, as: UTF8.self), statistics)
    }

    /// `annotatedHTMLTextCounted` as UTF-8, written into one array (the memo keeps bytes).
    func annotatedHTMLBytesCounted(_ source: String) -> (html: [UInt8], statistics: FuriganaStatistics) {
        var stats = FuriganaStatistics()
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count * 2)
        func annotatedHTMLPiece(_ text: String) {
            guard !text.isEmpty else { return }
            let (segments, s) = segmentsCounted(text)
            stats = stats + s
            Self.appendHTML(segments, to: &out)
        }
        // Most text nodes hold no entity: the node is one piece, found without walking its characters.
        guard source.containsByte(UInt8(ascii: "&")) else {
            annotatedHTMLPiece(source)
            return (out, stats)
        }
        var rest = Substring(source)
        while let amp = rest.firstIndex(of: "&") {
            annotatedHTMLPiece(String(rest[rest.startIndex..<amp]))
            let afterAmp = rest[amp...]
            if let semicolon = afterAmp.prefix(40).firstIndex(of: ";"),
               afterAmp[afterAmp.index(after: amp)..<semicolon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }),
               semicolon > afterAmp.index(after: amp) {
                out += afterAmp[amp...semicolon].utf8
                rest = afterAmp[afterAmp.index(after: semicolon)...]
            } else {
                out.append(UInt8(ascii: "&"))
                rest = afterAmp.dropFirst()
            }
        }
        annotatedHTMLPiece(String(rest))
        return (out, stats)
    }

    /// Plain text stays as written (it is already HTML); only ruby is added.
    private static func appendHTML(_ segments: [RubySegment], to out: inout [UInt8]) {
        for segment in segments {
            switch segment {
            case .text(let text):
                out += text.utf8
            case .ruby(let base, let reading):
                out += rubyStart
                out += base.utf8
                out += readingStart
                // A reading is kana, so nearly always copied as it is; else its escaped bytes, no escaped `String`.
                if let escaped = Escape.xmlBytes(reading) {
                    escaped.withUnsafeBufferPointer { out += $0 }
                } else {
                    out += reading.utf8
                }
                out += rubyEnd
            }
        }
    }

    private static let rubyStart = Array("<ruby>".utf8)
    private static let readingStart = Array("<rt>".utf8)
    private static let rubyEnd = Array("</rt></ruby>".utf8)
}
