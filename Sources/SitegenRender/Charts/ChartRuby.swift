#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenSupport

/// Furigana inside chart labels. SVG text has no <ruby>, so an easy-Japanese
/// label carries its readings in the text itself, as Unicode interlinear
/// annotations (U+FFF9 base U+FFFA reading U+FFFB): the one `String` the model
/// and `Site.withChartLabels` pass around holds the kanji and their readings.
/// Layout measures and wraps the bases only; `SVGCanvas` draws the readings
/// above their kanji; every text that leaves the chart as HTML, title or
/// description keeps the bases only (`plain`), so nothing is read twice.
enum ChartRuby {
    static let anchor: Unicode.Scalar = "\u{FFF9}"
    static let separator: Unicode.Scalar = "\u{FFFA}"
    static let terminator: Unicode.Scalar = "\u{FFFB}"

    /// Readings are drawn at this share of the label's font size.
    static let scale = 0.6

    /// The segments as one annotated string (annotation characters already in
    /// the text are dropped first, so they cannot open a ruby of their own).
    static func encode(_ segments: [RubySegment]) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                out += withoutAnnotations(text)
            case .ruby(let base, let reading):
                out.unicodeScalars.append(anchor)
                out += withoutAnnotations(base)
                out.unicodeScalars.append(separator)
                out += withoutAnnotations(reading)
                out.unicodeScalars.append(terminator)
            }
        }
        return out
    }

    /// The text without annotation characters; the text itself when it has none
    /// (U+FFF9…FFFB all begin with the byte EF, so one byte test rules most texts out).
    private static func withoutAnnotations(_ text: String) -> String {
        guard text.containsByte(0xEF), text.unicodeScalars.contains(where: isAnnotationScalar) else { return text }
        return String(scalars: text.unicodeScalars.filter { !isAnnotationScalar($0) })
    }

    static func isAnnotated(_ text: String) -> Bool { text.containsBytes(of: "\u{FFF9}") }

    static func isAnnotationScalar(_ s: Unicode.Scalar) -> Bool { s == anchor || s == separator || s == terminator }

    /// The annotated text as segments. A malformed annotation keeps its base as text.
    /// On the UTF-8 bytes: each piece is a range of the text (more than one only where
    /// an annotation is malformed), copied into its `String` once, with no check of its
    /// UTF-8 (a range starts and ends at a scalar). Every line of every easy chart passes here.
    static func segments(_ text: String) -> [RubySegment] {
        guard isAnnotated(text) else { return [.text(text)] }
        var text = text
        text.makeContiguousUTF8()
        var parse = SegmentParse()
        text.withUTF8 { utf8 in
            annotationCharacters(in: utf8) { at, kind in parse.see(kind, at: at) }
            parse.finish(at: utf8.count)
        }
        return parse.segments(of: text).merged()
    }

    /// The states of `segments` (text, base, reading), the pieces found so far as byte ranges.
    private struct SegmentParse {
        enum State { case text, base, reading }
        enum Piece { case text(ByteRanges), ruby(base: ByteRanges, reading: ByteRanges) }
        private var pieces: [Piece] = []
        private var plain = ByteRanges(), base = ByteRanges(), reading = ByteRanges()
        private var state = State.text
        private var runStart = 0

        /// An annotation character (its last byte: B9 anchor, BA separator, BB terminator) at `at`.
        mutating func see(_ kind: UInt8, at: Int) {
            appendRun(upTo: at)
            switch (kind, state) {
            case (0xB9, .text):
                flushPlain(); state = .base
            case (0xB9, _):   // a new anchor before the last one ended: that base stays as text
                plain.append(base); base = ByteRanges(); reading = ByteRanges()
                flushPlain(); state = .base
            case (0xBA, .base):
                state = .reading
            case (0xBB, .reading):
                pieces.append(reading.isEmpty ? .text(base) : .ruby(base: base, reading: reading))
                base = ByteRanges(); reading = ByteRanges(); state = .text
            default:
                break   // an annotation character out of place is dropped
            }
            runStart = at + 3
        }

        /// The end of the text at `count`: a base left open stays as text, its reading is dropped.
        mutating func finish(at count: Int) {
            appendRun(upTo: count)
            plain.append(base)
            flushPlain()
        }

        func segments(of text: String) -> [RubySegment] {
            pieces.map { piece in
                switch piece {
                case .text(let ranges): .text(ranges.string(of: text))
                case .ruby(let base, let reading): .ruby(base: base.string(of: text), reading: reading.string(of: text))
                }
            }
        }

        private mutating func appendRun(upTo end: Int) {
            switch state {
            case .text: plain.append(runStart..<end)
            case .base: base.append(runStart..<end)
            case .reading: reading.append(runStart..<end)
            }
        }

        private mutating func flushPlain() {
            if !plain.isEmpty { pieces.append(.text(plain)); plain = ByteRanges() }
        }
    }

    /// Byte ranges of a text that make one piece: one range, but for a malformed annotation.
    private struct ByteRanges {
        private var first: Range<Int>?
        private var more: [Range<Int>] = []

        var isEmpty: Bool { first == nil }

        mutating func append(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if first == nil { first = range } else { more.append(range) }
        }

        mutating func append(_ other: ByteRanges) {
            guard let otherFirst = other.first else { return }
            append(otherFirst)
            for range in other.more { append(range) }
        }

        /// The piece's text; `text` is native UTF-8 (its UTF-8 offsets are O(1)).
        func string(of text: String) -> String {
            guard let first else { return "" }
            let utf8 = text.utf8
            func slice(_ range: Range<Int>) -> Substring {
                let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                return text[lower..<utf8.index(lower, offsetBy: range.count)]
            }
            var out = String(slice(first))
            for range in more { out += slice(range) }
            return out
        }
    }

    /// The text as written: bases only, readings and annotation characters gone.
    /// The annotation characters are found on the UTF-8 bytes (`memchr` to each EF
    /// byte); the runs kept between them are appended as substrings, which copies
    /// them without checking their UTF-8 again (every easy chart's SVG passes here).
    /// The same result as joining the bases of `segments`.
    static func plain(_ text: String) -> String {
        // Without an anchor nothing is annotated (most texts: every standard chart, every table).
        var text = text
        guard let kept = text.withUTF8(keptRanges) else { return text }
        // Each range starts and ends at a scalar boundary (the text's ends or an annotation character).
        var out = ""
        out.reserveCapacity(kept.reduce(0) { $0 + $1.count })
        let utf8 = text.utf8
        for range in kept {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            out += text[lower..<utf8.index(lower, offsetBy: range.count)]
        }
        return out
    }

    /// `plain` of UTF-8 written piece by piece (a chart's drawing, table, figure and standalone file).
    static func plain(_ utf8: ByteBuffer) -> ByteBuffer {
        guard let kept = utf8.withUnsafeBufferPointer(keptRanges) else { return utf8 }
        var out = ByteBuffer(capacity: kept.reduce(0) { $0 + $1.count })
        for range in kept { out.append(utf8, range) }
        return out
    }

    /// The byte ranges `plain` keeps: everything but annotation characters and readings;
    /// nil without an anchor (then nothing is annotated and the text stays as it is, a stray
    /// separator or terminator included).
    private static func keptRanges(_ utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var kept: [Range<Int>] = []
        var hasAnchor = false
        // The states of `segments`; an annotation character out of place is dropped.
        var inBase = false, inReading = false
        var runStart = 0
        annotationCharacters(in: utf8) { at, kind in
            if !inReading, runStart < at { kept.append(runStart..<at) }
            switch kind {
            case 0xB9: inBase = true; inReading = false; hasAnchor = true    // anchor: a base begins
            case 0xBA where inBase: inBase = false; inReading = true     // separator: its reading
            case 0xBB where inReading: inReading = false   // terminator: plain text
            default: break
            }
            runStart = at + 3
        }
        if !inReading, runStart < utf8.count { kept.append(runStart..<utf8.count) }
        return hasAnchor ? kept : nil
    }

    /// Calls `body` with the offset and the last byte (B9 anchor, BA separator, BB terminator)
    /// of each annotation character of the UTF-8, in order; `memchr` jumps to each EF byte.
    private static func annotationCharacters(in utf8: UnsafeBufferPointer<UInt8>, _ body: (_ offset: Int, _ kind: UInt8) -> Void) {
        guard let start = utf8.baseAddress else { return }
        var i = 0
        while i < utf8.count, let hit = memchr(start + i, 0xEF, utf8.count - i) {
            let at = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(hit))
            // U+FFF9/FFFA/FFFB are EF BF B9/BA/BB in UTF-8.
            if at + 2 < utf8.count, utf8[at + 1] == 0xBF, (0xB9...0xBB).contains(utf8[at + 2]) {
                body(at, utf8[at + 2])
                i = at + 3
            } else {
                i = at + 1
            }
        }
    }

    /// `plain` by way of `segments`: the reference the fast path is tested against.
    static func slowPlain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isAnnotationScalar) else { return text }
        return segments(text).map(\.base).joined()
    }

    /// `TextMetrics.wrap` of annotated text: the bases are wrapped (a line never
    /// breaks inside a ruby), each line keeps the readings of its kanji.
    /// A text whose bases fit their line is one line whatever its words (`SimpleText.oneLine`),
    /// so MeCab is not asked where they start; `shortcutWhenFitting` false asks it anyway
    /// (the reference the shortcut is tested against).
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, shortcutWhenFitting: Bool = true) -> [String] {
        let pieces = segments(text).map { segment -> RubySegment in
            switch segment {
            case .text(let t): .text(withoutLineFeeds(t))
            case .ruby(let b, let r): .ruby(base: withoutLineFeeds(b), reading: r)
            }
        }
        let plainText = pieces.map(\.base).joined()
        guard let scalars = TextMetrics.SimpleText.scalars(plainText) else {
            return TextMetrics.wrapByCharacters(plainText, maxWidth: maxWidth, fontSize: fontSize)
        }
        let fitting = shortcutWhenFitting ? TextMetrics.SimpleText.oneLine(scalars, maxWidth: maxWidth, fontSize: fontSize) : nil
        var starts = fitting == nil ? TextMetrics.wordStarts(scalars) ?? [Bool](repeating: true, count: scalars.count) : []
        var offset = 0
        var rubies: [(range: Range<Int>, segment: RubySegment)] = []
        for piece in pieces {
            let count = piece.base.unicodeScalars.count
            if case .ruby = piece {
                if fitting == nil { for inside in (offset + 1)..<max(offset + 1, offset + count) { starts[inside] = false } }
                rubies.append((offset..<offset + count, piece))
            }
            offset += count
        }
        let lines = fitting ?? TextMetrics.SimpleText.wrapRanges(scalars, maxWidth: maxWidth, fontSize: fontSize, starts: starts)
        return lines.map { line in
            var out: [RubySegment] = []
            var position = line.lowerBound
            for ruby in rubies where ruby.range.lowerBound >= line.lowerBound && ruby.range.upperBound <= line.upperBound {
                if ruby.range.lowerBound > position { out.append(.text(slice(scalars, position..<ruby.range.lowerBound))) }
                out.append(ruby.segment)
                position = ruby.range.upperBound
            }
            if position < line.upperBound { out.append(.text(slice(scalars, position..<line.upperBound))) }
            return encode(out)
        }
    }

    /// The text without "\n" characters (a label is one paragraph); most have none.
    private static func withoutLineFeeds(_ text: String) -> String {
        text.containsByte(0x0A) ? text.filter { $0 != "\n" } : text
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}

extension RubySegment {
    var isRuby: Bool { if case .ruby = self { true } else { false } }
}
