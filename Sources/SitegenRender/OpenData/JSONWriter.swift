import SitegenSupport
import SitegenModel
import SitegenContent

/// Writes `JSONValue` deterministically: members in the given order, two-space
/// indent, `Escape.jsonString` for every string, newline at the end.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
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
        case .generatedArray(let count, let element):
            guard count > 0 else { out += "[]"; return }
            out += "[\n"
            for i in 0..<count {
                out += pad(indent + 1)
                write(element(i), indent: indent + 1, into: &out)
                out += i == count - 1 ? "\n" : ",\n"
            }
            out += pad(indent) + "]"
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
