#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenSupport

/// What a rewrite does with an HTML fragment: it sees each piece of markup, in
/// order, and rewrites text nodes.
protocol HTMLTextVisitor {
    /// A start or end tag, comment or doctype, before the text after it.
    mutating func markup(_ kind: HTMLMarkup.Kind)
    /// A text node as written (entities kept), outside raw-text elements: its
    /// rewrite, or nil when it stays as it is.
    mutating func rewrite(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]?
}

/// Rewrites the text nodes of an HTML fragment and copies everything else
/// (tags, attribute values, comments, raw-text elements) byte for byte. Shared
/// by furigana and the glossary buttons, so that both leave the renderer's
/// markup exactly as it was.
///
/// Works on UTF-8 bytes; a visitor is a generic parameter, so each rewrite is
/// compiled for its visitor (no closure call per node, no `String` per node).
/// What no visitor changes is copied in one piece up to the next changed node.
enum HTMLTextRewriter {
    /// - Parameter out: a page (`ByteBuffer`) or a text node's rewrite (`[UInt8]`).
    static func rewrite<Visitor: HTMLTextVisitor, Output: RewrittenBytes>(_ bytes: UnsafeBufferPointer<UInt8>,
                                                                          with visitor: inout Visitor, into out: inout Output) {
        guard let base = bytes.baseAddress else { return }
        var copied = 0   // bytes before this are in `out`
        func text(_ range: Range<Int>) {
            guard let rewritten = visitor.rewrite(UnsafeBufferPointer(rebasing: bytes[range])) else { return }
            out.append(UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
            rewritten.withUnsafeBufferPointer { out.append($0) }
            copied = range.upperBound
        }
        let rawTextElements = HTMLMarkup.rawTextElements   // a static read once, not once per tag
        var textStart = 0
        var i = 0
        // memchr jumps from one '<' to the next: text runs are copied, not walked byte by byte here.
        while i < bytes.count, let hit = memchr(base + i, Int32(UInt8(ascii: "<")), bytes.count - i) {
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            guard let markup = HTMLMarkup.scan(bytes, at: i) else {
                i += 1
                continue
            }
            if i > textStart { text(textStart..<i) }
            i = markup.end
            visitor.markup(markup.kind)
            if case .start(let name, false) = markup.kind, rawTextElements.contains(name) {
                // Up to the matching end tag, untouched.
                i = HTMLMarkup.find(closingTag: name, in: bytes, from: i) ?? bytes.count
            }
            textStart = i
        }
        if bytes.count > textStart { text(textStart..<bytes.count) }
        out.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// `rewrite` of a whole array, into a new one with room for some added markup.
    static func rewrite<Visitor: HTMLTextVisitor>(_ bytes: [UInt8], with visitor: inout Visitor) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        bytes.withUnsafeBufferPointer { rewrite($0, with: &visitor, into: &out) }
        return out
    }

    /// HTML's white space (space, tab, LF, CR, FF).
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    /// True when the text holds a byte outside ASCII or one of `ascii`: a cheap
    /// superset test for rewrites that only touch Japanese text and a few marks.
    static func hasNonASCII(_ text: UnsafeBufferPointer<UInt8>, orAnyOf ascii: (UInt8) -> Bool) -> Bool {
        text.contains { $0 >= 0x80 || ascii($0) }
    }
}

/// The skipped elements a rewrite is inside, innermost last: their text is copied as it is.
struct OpenSkippedElements {
    let skipped: HTMLTagNameSet
    /// `HTMLMarkup.rawTextElements`, kept here: a static is read once per page, not once per tag.
    private let rawTextElements = HTMLMarkup.rawTextElements
    private var open: [HTMLTagName] = []

    init(_ skipped: HTMLTagNameSet) { self.skipped = skipped }

    /// True inside a skipped element.
    var isInside: Bool { !open.isEmpty }

    /// Follows a tag. A raw-text element's content never reaches a visitor, so it is not kept open.
    mutating func see(_ kind: HTMLMarkup.Kind) {
        switch kind {
        case .start(let name, let selfClosing):
            if !selfClosing, skipped.contains(name), !rawTextElements.contains(name) { open.append(name) }
        case .end(let name):
            if !open.isEmpty, let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
        case .other:
            break
        }
    }
}

/// Where `HTMLTextRewriter` writes: a page is a `ByteBuffer` (it goes to its file as it is);
/// a text node's rewrite, which a visitor returns and a memo keeps, an array.
protocol RewrittenBytes {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteBuffer: RewrittenBytes {}

extension Array: RewrittenBytes where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
