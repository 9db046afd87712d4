import SitegenSupport
import SitegenModel
import SitegenContent

/// Writes `JSONValue` deterministically: members in the given order, two-space
/// indent, `Escape.jsonString` for every string, newline at the end.
package enum JSONWriter {
    /// - Parameter capacity: the bytes to reserve (a document that joins large written
    ///   fragments: without it, the text is copied each time it outgrows its storage).
    package static func write(_ value: JSONValue, reserving capacity: Int = 0) -> String {
        var out = ""
        if capacity > 0 { out.reserveCapacity(capacity) }
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// A value as it is written at `indent` inside a document (no newline at the end),
    /// to be placed there as `.written`.
    static func fragment(_ value: JSONValue, indent: Int) -> String {
        var out = ""
        write(value, indent: indent, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .string(let s): out += Escape.jsonString(s)
        case .number(let token): out += token
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad(indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += pad(indent) + "]"
        case .written(let text): out += text
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += pad(indent + 1) + Escape.jsonString(member.0) + ": "
                write(member.1, indent: indent + 1, into: &out)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += pad(indent) + "}"
        }
    }

    private static func pad(_ level: Int) -> String { String(repeating: "  ", count: level) }
}
