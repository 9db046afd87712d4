import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Writes `JSONValue` deterministically: members in the given order, two-space
/// indent, `Escape.jsonString` for every string, newline at the end.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        bytes(value).string
    }

    /// The document as UTF-8, newline at the end: written straight into one buffer,
    /// with no String per member or per indent.
    /// - Parameter capacity: the bytes to reserve (a document that joins large written
    ///   fragments: without it, the buffer is copied each time it outgrows its storage).
    package static func bytes(_ value: JSONValue, reserving capacity: Int = 0) -> ByteBuffer {
        var out = ByteBuffer(capacity: capacity)
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// A value as it is written at `indent` inside a document (no newline at the end),
    /// to be placed there as `.written`; kept as UTF-8, as the documents that join it are.
    static func fragment(_ value: JSONValue, indent: Int) -> ByteBuffer {
        var out = ByteBuffer()
        write(value, indent: indent, into: &out)
        return out
    }

    /// A fragment written at one indent as it is written `levels` deeper: every line after the
    /// first moves right by the levels' padding (strings hold no raw line feed: they are escaped).
    /// Each line is found with memchr and copied whole, not byte by byte.
    static func indented(_ fragment: ByteBuffer, by levels: Int) -> ByteBuffer {
        fragment.withUnsafeBufferPointer { bytes in
            var out = ByteBuffer(capacity: bytes.count + bytes.count / 8)
            guard let base = bytes.baseAddress else { return out }
            var lineStart = 0
            while let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline))
                out.append(UnsafeBufferPointer(rebasing: bytes[lineStart...index]))
                pad(levels, &out)
                lineStart = index + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[lineStart...]))
            return out
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout ByteBuffer) {
        switch value {
        case .null: put("null", &out)
        case .bool(let b): if b { put("true", &out) } else { put("false", &out) }
        case .string(let s): Escape.appendJSONString(s, to: &out)
        case .number(let token): out.append(token)
        case .array(let items):
            guard !items.isEmpty else { put("[]", &out); return }
            put("[\n", &out)
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                if i == items.count - 1 { put("\n", &out) } else { put(",\n", &out) }
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .written(let bytes): out.append(bytes)  // one copy of a large fragment
        case .object(let members):
            guard !members.isEmpty else { put("{}", &out); return }
            put("{\n", &out)
            for (i, member) in members.enumerated() {
                pad(indent + 1, &out)
                Escape.appendJSONString(member.0, to: &out)
                put(": ", &out)
                write(member.1, indent: indent + 1, into: &out)
                if i == members.count - 1 { put("\n", &out) } else { put(",\n", &out) }
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func put(_ text: StaticString, _ out: inout ByteBuffer) {
        out.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Two spaces per level, copied from one run of spaces (a generic repeated element costs more per call).
    private static func pad(_ level: Int, _ out: inout ByteBuffer) {
        var count = 2 * level
        while count > 0 {
            let piece = min(count, spaces.utf8CodeUnitCount)
            out.append(UnsafeBufferPointer(start: spaces.utf8Start, count: piece))
            count -= piece
        }
    }

    private static let spaces: StaticString = "                                "
}
