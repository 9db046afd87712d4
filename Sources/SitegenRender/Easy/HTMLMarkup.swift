#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The markup of an HTML fragment as the text rewriters see it: where a tag,
/// comment or doctype starts and ends, and a tag's name. A careful tokenizer
/// rather than a parser; everything it does not recognise as markup is text.
enum HTMLMarkup {
    enum Kind: Equatable {
        case start(name: HTMLTagName, selfClosing: Bool)
        case end(name: HTMLTagName)
        /// Comment, doctype, CDATA, processing instruction.
        case other
    }

    /// Elements whose content is raw text up to their end tag (no tags inside).
    static let rawTextElements: HTMLTagNameSet = ["script", "style", "textarea", "title", "iframe", "noscript", "xmp"]

    /// The markup starting at `start` (a `<`), or nil when that `<` is text.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (kind: Kind, end: Int)? {
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
        let nameStart = start + (isEnd ? 2 : 1)
        guard nameStart < n, isASCIILetter(bytes[nameStart]) else { return nil }
        let (name, nameEnd) = HTMLTagName.read(bytes, from: nameStart)
        // Attributes: a quoted value may hold '>'; memchr jumps to the value's closing quote.
        // On a pointer, eight bytes at a time between values: this runs for every tag of every easy page.
        let base = bytes.baseAddress!
        var p = base + nameEnd
        let end = base + n
        while p < end {
            if end - p >= 8 {
                let word = ByteLanes.load(p)
                let stops = ByteLanes.equal(word, UInt8(ascii: ">")) | ByteLanes.equal(word, UInt8(ascii: "\""))
                    | ByteLanes.equal(word, UInt8(ascii: "'"))
                guard stops != 0 else {
                    p += 8
                    continue
                }
                p += ByteLanes.firstLane(stops)
            }
            let b = p.pointee
            if b == UInt8(ascii: ">") {
                // Self-closing when the last byte before '>' that is not a space is '/'
                // (the name's first letter, at worst, stops the look back).
                var last = p - 1
                while HTMLTextRewriter.isSpace(last.pointee) { last -= 1 }
                let selfClosing = !isEnd && last.pointee == UInt8(ascii: "/")
                return (isEnd ? .end(name: name) : .start(name: name, selfClosing: selfClosing), base.distance(to: p) + 1)
            }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                guard let close = memchr(p + 1, Int32(b), end - p - 1) else { break }
                p = UnsafePointer(close.assumingMemoryBound(to: UInt8.self)) + 1
                continue
            }
            p += 1
        }
        // No '>' (or a quote left open): the markup runs to the end.
        return (isEnd ? .end(name: name) : .start(name: name, selfClosing: false), n)
    }

    /// Index of `</name` (any case) from `from`, or nil.
    static func find(closingTag name: HTMLTagName, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let needle = Array("</".utf8) + name.bytes
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

    /// Index of `needle` (exact bytes) from `from`, or nil.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
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
