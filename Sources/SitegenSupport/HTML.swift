/// A fragment of HTML that may be inserted into a page as it is.
///
/// Plain `String`s are text. Text becomes HTML only through `init(text:)`,
/// which escapes it, so a forgotten escape cannot happen: a template gets
/// nothing but `HTML` values (see `TemplateContext`).
///
/// Held as a `String` (most fragments) or as the UTF-8 bytes it was written in
/// (a page out of its templates, a chart): a page goes from its templates to
/// the disk as bytes, never checked again as UTF-8 on the way.
package struct HTML: Sendable {
    private enum Storage: Sendable {
        case text(String)
        case bytes(ByteBuffer)
        /// A literal in the source code (`"</td>"`): its UTF-8 is in the binary, so no `String` is made for it.
        /// Always with a pointer to that UTF-8 (see `init(stringLiteral:)`).
        case literal(StaticString)
    }

    private var storage: Storage

    /// Text, escaped for HTML content and attribute values (`Escape.html`).
    package init(text: String) {
        // The text itself when nothing needs escaping (the usual case); else its escaped bytes, no new `String`.
        storage = Escape.xmlBytes(text).map { .bytes($0) } ?? .text(text)
    }

    /// Markup made by one of sitegen's own renderers (Markdown, manual ruby,
    /// charts, open data), which escape the text inside it themselves.
    package init(rendered markup: String) {
        storage = .text(markup)
    }

    /// Markup written as UTF-8 by one of sitegen's own renderers (templates, charts),
    /// from `String`s and ASCII only, so valid UTF-8.
    package init(renderedUTF8 markup: ByteBuffer) {
        storage = .bytes(markup)
    }

    package static let empty: HTML = ""

    /// The markup as a `String` (made from the bytes when it is held as bytes).
    package var markup: String {
        switch storage {
        case .text(let text): text
        case .bytes(let bytes): bytes.string
        case .literal(let literal): literal.description
        }
    }

    package var isEmpty: Bool {
        switch storage {
        case .text(let text): text.isEmpty
        case .bytes(let bytes): bytes.isEmpty
        case .literal(let literal): literal.utf8CodeUnitCount == 0
        }
    }

    /// The markup's UTF-8, without a copy for bytes and native strings.
    package func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): try text.withUTF8(body)
        case .bytes(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .literal(let literal): try body(Self.utf8(of: literal))
        }
    }

    /// Appends the markup's UTF-8 to `buffer`.
    package func append(to buffer: inout ByteBuffer) {
        switch storage {
        case .text(let text): buffer.append(text)
        case .bytes(let bytes): buffer.append(bytes)
        case .literal(let literal): buffer.append(Self.utf8(of: literal))
        }
    }

    /// The markup as a file's contents, as it is held.
    package var fileBytes: FileBytes {
        switch storage {
        case .text(let text): .text(text)
        case .bytes(let bytes): .buffer(bytes)
        case .literal(let literal): .text(literal.description)
        }
    }

    /// `lhs` then `rhs`. `lhs` is taken over, so a chain (`"<td>" + cell + "</td>"`) appends
    /// each part to the first part's storage in place rather than making a `String` per `+`.
    package static func + (lhs: consuming HTML, rhs: HTML) -> HTML {
        var joined = lhs
        joined.append(rhs)
        return joined
    }

    /// `other`'s markup after this one's, in this fragment's own storage when it holds it alone.
    fileprivate mutating func append(_ other: HTML) {
        switch storage {
        case .text, .literal:
            if isEmpty { return self = other }
            let count = byteCount + other.byteCount
            if count <= Self.smallStringBytes {
                // A small string: held inline, no storage made.
                storage = .text(markup + other.markup)
                return
            }
            // Bytes with room for the parts still to come: each later part is a copy into that room,
            // where a `String` of exactly its size was made anew for each.
            var buffer = ByteBuffer(capacity: Swift.max(2 * count, 64))
            append(to: &buffer)
            other.append(to: &buffer)
            storage = .bytes(buffer)
        case .bytes(var buffer):
            // The storage lets go of the buffer first, so the buffer is held once and grows in place.
            storage = .text("")
            other.append(to: &buffer)
            storage = .bytes(buffer)
        }
    }

    /// The most UTF-8 bytes a `String` holds inline (on 64-bit platforms), without storage of its own.
    private static let smallStringBytes = 15

    /// The number of UTF-8 bytes of the markup.
    private var byteCount: Int {
        switch storage {
        case .text(let text): text.utf8.count
        case .bytes(let bytes): bytes.count
        case .literal(let literal): literal.utf8CodeUnitCount
        }
    }

    private static func utf8(of literal: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }
}

/// The same markup, byte for byte, however it is held.
extension HTML: Hashable {
    package static func == (lhs: HTML, rhs: HTML) -> Bool {
        lhs.withUTF8 { a in rhs.withUTF8 { b in a.elementsEqual(b) } }
    }

    package func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Markup written in the source code (`"<br>"`): never content, so never escaped.
/// Interpolation is not allowed, so no text can slip into a literal.
extension HTML: ExpressibleByStringLiteral {
    package init(stringLiteral markup: StaticString) {
        // A one-scalar literal may come without a pointer to its UTF-8; it is a small string then.
        storage = markup.hasPointerRepresentation ? .literal(markup) : .text(markup.description)
    }
}

extension Sequence where Element == HTML {
    /// The parts appended one after another to the first one's storage, with no array of
    /// `String`s made on the way.
    package func joined(separator: HTML = .empty) -> HTML {
        var joined = HTML.empty
        var isFirst = true
        for part in self {
            if !isFirst { joined.append(separator) }
            isFirst = false
            joined.append(part)
        }
        return joined
    }
}
