import SitegenSupport
import SitegenModel
import SitegenContent

/// A JSON document with a fixed member order, written by `JSONWriter`.
/// Numbers are kept as their literal token so that written precision
/// ("90.00") survives: JSONSerialization would reorder keys and reformat floats.
package indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case string(String)
    /// A number token, already valid JSON (see `JSONNumber.token`).
    case number(String)
    case array([JSONValue])
    /// Members in the order they are written.
    case object([(String, JSONValue)])
    /// A value already written by `JSONWriter.fragment` for the indent where it is placed:
    /// initiatives.json joins each initiative's written object (made once, and kept per
    /// initiative by `sitegen serve`) instead of holding the whole report as one tree.
    case written(ByteBuffer)

    static func int(_ n: Int) -> JSONValue { .number(String(n)) }
    static func quantity(_ q: Quantity) -> JSONValue { .number(JSONNumber.token(q.text)) }
    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    static func quantity(_ q: Quantity?) -> JSONValue { q.map { .quantity($0) } ?? .null }
    static func int(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }
    static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
}

/// Written numbers as valid JSON/CSV number tokens, keeping every written digit
/// after the point: "90.00" stays "90.00"; only forms JSON forbids are fixed
/// (".5" → "0.5", "5." → "5", "007" → "7").
package enum JSONNumber {
    package static func token(_ written: String) -> String {
        var rest = Substring(written)
        var sign = ""
        if rest.first == "-" { sign = "-"; rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts.first ?? "").drop { $0 == "0" }
        if integer.isEmpty { integer = "0" }
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let body = fraction.isEmpty ? String(integer) : integer + "." + fraction
        // "-0" and "-0.0" are valid JSON, but a minus before zero reads oddly in a table.
        return body.allSatisfy({ $0 == "0" || $0 == "." }) ? body : sign + body
    }
}
