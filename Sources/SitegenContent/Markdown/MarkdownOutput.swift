import SitegenSupport

/// cmark's HTML as the page's bytes, in one pass over its buffer: cmark's placeholders for
/// omitted HTML dropped, links to other sites marked `rel="noopener"`, and a link whose
/// dangerous destination cmark emptied made a plain `<a>` (it would otherwise point at the
/// page itself). No `String` of the body is made, and none again for each change.
enum MarkdownOutput {
    static func finished(_ html: UnsafeBufferPointer<CChar>) -> ByteBuffer {
        html.withMemoryRebound(to: UInt8.self) { bytes in
            var out = ByteBuffer(capacity: bytes.count + 32)
            var copiedUpTo = 0
            var i = 0
            // Only a tag starts with "<": cmark escapes the "<" of text and of attribute values.
            while let tag = nextTag(in: bytes, from: i) {
                i = tag + 1
                guard let change = change(in: bytes, at: tag) else { continue }
                out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<tag]))
                switch change {
                case .drop(let length):
                    copiedUpTo = tag + length
                case .plainLink(let length):
                    out.append(Self.utf8(plainLink))
                    copiedUpTo = tag + length
                case .markExternal:
                    out.append(Self.utf8(externalLinkStart))
                    copiedUpTo = tag + openLink.utf8CodeUnitCount
                }
                i = copiedUpTo
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return out
        }
    }

    private enum Change {
        case drop(length: Int)
        case plainLink(length: Int)
        case markExternal
    }

    private static let omitted: StaticString = "<!-- raw HTML omitted -->"
    private static let openLink: StaticString = "<a href=\""
    private static let emptyLink: StaticString = "<a href=\"\">"
    private static let plainLink: StaticString = "<a>"
    private static let externalLinkStart: StaticString = "<a rel=\"noopener\" href=\""
    private static let externalSchemes: [StaticString] = ["http://", "https://", "//"]

    private static func change(in bytes: UnsafeBufferPointer<UInt8>, at tag: Int) -> Change? {
        if has(omitted, in: bytes, at: tag) {
            let end = tag + omitted.utf8CodeUnitCount
            // A placeholder on a line of its own goes with its line break.
            return .drop(length: omitted.utf8CodeUnitCount + (end < bytes.count && bytes[end] == UInt8(ascii: "\n") ? 1 : 0))
        }
        guard has(openLink, in: bytes, at: tag) else { return nil }
        if has(emptyLink, in: bytes, at: tag) { return .plainLink(length: emptyLink.utf8CodeUnitCount) }
        let destination = tag + openLink.utf8CodeUnitCount
        return externalSchemes.contains { has($0, in: bytes, at: destination) } ? .markExternal : nil
    }

    private static func nextTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: UInt8(ascii: "<"))
    }

    private static func has(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let pattern = utf8(literal)
        guard index + pattern.count <= bytes.count else { return false }
        return pattern.elementsEqual(bytes[index..<index + pattern.count])
    }

    private static func utf8(_ literal: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }
}
