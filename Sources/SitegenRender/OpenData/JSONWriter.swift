import SitegenSupport
import SitegenModel
import SitegenContent

/// Writes `JSONValue` deterministically: members in the given order, two-space
/// indent, `Escape.jsonString` for every string, newline at the end.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The document as UTF-8, newline at the end: written straight into one buffer,
    /// with no String per member or per indent.
    /// - Parameter capacity: the bytes to reserve (a document that joins large written
    ///   fragments: without it, the buffer is copied each time it outgrows its storage).
    package static func bytes(_ value: JSONValue, reserving capacity: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        if capacity > 0 { out.reserveCapacity(capacity) }
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// A value as it is written at `indent` inside a document (no newline at the end),
    /// to be placed there as `.written`.
    static func fragment(_ value: JSONValue, indent: Int) -> String {
        var out: [UInt8] = []
        write(value, indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A fragment written at one indent as it is written `levels` deeper: every line after the
    /// first moves right by the levels' padding (strings hold no raw line feed: they are escaped).
    static func indented(_ fragment: String, by levels: Int) -> String {
        var fragment = fragment
        return fragment.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\n") { pad(levels, &out) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: put("null", &out)
        case .bool(let b): put(b ? "true" : "false", &out)
        case .string(let s): Escape.appendJSONString(s, to: &out)
        case .number(let token): put(token, &out)
        case .array(let items):
            guard !items.isEmpty else { put("[]", &out); return }
            put("[\n", &out)
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                put(i == items.count - 1 ? "\n" : ",\n", &out)
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .written(var text): text.withUTF8 { out.append(contentsOf: $0) }  // one copy of a large fragment
        case .object(let members):
            guard !members.isEmpty else { put("{}", &out); return }
            put("{\n", &out)
            for (i, member) in members.enumerated() {
                pad(indent + 1, &out)
                Escape.appendJSONString(member.0, to: &out)
                put(": ", &out)
                write(member.1, indent: indent + 1, into: &out)
                put(i == members.count - 1 ? "\n" : ",\n", &out)
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func put(_ text: String, _ out: inout [UInt8]) { out.append(contentsOf: text.utf8) }

    /// Two spaces per level.
    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
