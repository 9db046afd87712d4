#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenSupport

/// Rewrites the text nodes of an HTML fragment and copies everything else
/// (tags, attribute values, comments, entities between nodes) byte for byte.
/// A careful tokenizer rather than a parser, shared by furigana and the
/// glossary buttons, so that both leave the renderer's markup exactly as it was.
///
/// Works on UTF-8 bytes: an easy page passes through two rewrites (glossary, then
/// furigana), and most of its text nodes are the indentation between tags, which
/// no rewrite changes; `mayChange` lets a caller say so without a `String` per node.
enum HTMLTextRewriter {
    /// - Parameters:
    ///   - skipped: elements whose text is copied as it is (their content up to the end tag).
    ///   - tag: sees each start or end tag, in order, before the text after it.
    ///   - mayChange: false only for a text node (its UTF-8) that `rewrite` would return unchanged.
    ///   - rewrite: a text node outside every skipped element, as written (entities kept).
    static func rewrite(_ bytes: [UInt8], skipping skipped: Set<String>,
                        tag: (FuriganaAnnotator.MarkupKind) -> Void = { _ in },
                        mayChange: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true },
                        text rewrite: (String) -> String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var open: [String] = []   // open skipped elements, innermost last
            var textStart = 0
            var i = 0

            func emitText(upTo end: Int) {
                guard end > textStart else { return }
                let slice = UnsafeBufferPointer(rebasing: bytes[textStart..<end])
                if open.isEmpty, mayChange(slice) {
                    out += rewrite(String(decoding: slice, as: UTF8.self)).utf8
                } else {
                    out += slice
                }
            }

            // memchr jumps from one '<' to the next: text runs are copied, not walked byte by byte here.
            while i < bytes.count, let hit = memchr(base + i, Int32(UInt8(ascii: "<")), bytes.count - i) {
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                guard let markup = FuriganaAnnotator.scanMarkup(bytes, at: i) else {
                    i += 1
                    continue
                }
                emitText(upTo: i)
                out += UnsafeBufferPointer(rebasing: bytes[i..<markup.end])
                i = markup.end
                tag(markup.kind)
                switch markup.kind {
                case .start(let name, let selfClosing):
                    if FuriganaAnnotator.rawTextElements.contains(name), !selfClosing {
                        // Copy up to the matching end tag untouched.
                        let close = FuriganaAnnotator.find(closingTag: name, in: bytes, from: i) ?? bytes.count
                        out += UnsafeBufferPointer(rebasing: bytes[i..<close])
                        i = close
                    } else if skipped.contains(name), !selfClosing {
                        open.append(name)
                    }
                case .end(let name):
                    if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
                case .other:
                    break
                }
                textStart = i
            }
            emitText(upTo: bytes.count)
        }
        return out
    }

    /// `rewrite` of a `String`.
    static func rewrite(_ html: String, skipping skipped: Set<String>,
                        tag: (FuriganaAnnotator.MarkupKind) -> Void = { _ in },
                        mayChange: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true },
                        text rewrite: (String) -> String) -> String {
        String(decoding: self.rewrite(Array(html.utf8), skipping: skipped, tag: tag, mayChange: mayChange, text: rewrite),
               as: UTF8.self)
    }

    /// HTML's white space (space, tab, LF, CR, FF).
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    /// True when the text holds a byte outside ASCII or one of `ascii`: a cheap
    /// superset test for rewrites that only touch Japanese text and a few marks.
    static func hasNonASCII(_ text: UnsafeBufferPointer<UInt8>, orAnyOf ascii: (UInt8) -> Bool) -> Bool {
        text.contains { $0 >= 0x80 || ascii($0) }
    }
}
