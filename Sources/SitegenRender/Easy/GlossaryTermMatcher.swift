#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where glossary terms stand in a text node: left to right, at each place the
/// first term (longest first) that starts there and stands alone, then on after it.
///
/// Matches on the node's UTF-8 bytes: a bit per scalar says whether any term
/// starts with it, so most of the text is passed over a scalar at a time, with no
/// `Character` and no `String`. Text with a scalar that is not plain
/// (`PlainScalars`: a combining mark, a character NFC changes) is searched by
/// `Character` instead, which finds the same terms in plain text and is what
/// `String` comparison means in the rest.
struct GlossaryTermMatcher: Sendable {
    struct Match: Equatable {
        /// Byte offsets in the node.
        let start: Int
        let end: Int
        /// Index into the terms as given.
        let term: Int
    }

    /// Each term's escaped UTF-8, in the order given (the order of preference).
    private let terms: [[UInt8]]
    private let escaped: [String]
    /// Latin first and last letters: a Latin term is a word of its own (AI is not in MAIL).
    private let asciiEdges: [(first: Bool, last: Bool)]
    /// Terms by first scalar, and a bit per BMP scalar that starts one.
    private let byFirstScalar: [UInt32: [Int]]
    private let firstScalars: [UInt64]
    private let byFirstCharacter: [Character: [Int]]
    /// False when a term itself is not plain text: every node is then searched by `Character`.
    private let termsArePlain: Bool

    /// - Parameter escaped: the terms as they stand in escaped HTML (none empty), longest first.
    init(escaped terms: [String]) {
        precondition(!terms.contains(""), "a glossary term is never empty")
        self.escaped = terms
        self.terms = terms.map { Array($0.utf8) }
        asciiEdges = terms.map { term in
            (Self.isASCIIWord(term.utf8.first!), Self.isASCIIWord(term.utf8.last!))
        }
        byFirstScalar = Dictionary(grouping: terms.indices, by: { terms[$0].unicodeScalars.first!.value })
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in byFirstScalar.keys where scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << (scalar & 63) }
        firstScalars = bits
        byFirstCharacter = Dictionary(grouping: terms.indices, by: { terms[$0].first! })
        termsArePlain = terms.allSatisfy(PlainScalars.isPlain)
    }

    /// The terms found in `text` (a text node's UTF-8, escaped as written).
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        byteMatches(in: text) ?? characterMatches(in: String(decoding: text, as: UTF8.self))
    }

    /// The search on bytes; nil when the text (or a term) is not plain.
    func byteMatches(in text: UnsafeBufferPointer<UInt8>) -> [Match]? {
        guard termsArePlain else { return nil }
        var found: [Match] = []
        var i = 0
        while i < text.count {
            let (scalar, length) = text.scalar(at: i)
            guard PlainScalars.isPlain(scalar) else { return nil }
            if mayStartTerm(scalar), let term = byFirstScalar[scalar]?.first(where: { termStands($0, at: i, in: text) }) {
                found.append(Match(start: i, end: i + terms[term].count, term: term))
                i += terms[term].count
            } else {
                i += length
            }
        }
        return found
    }

    private func mayStartTerm(_ scalar: UInt32) -> Bool {
        scalar >= 0x10000 || firstScalars[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0
    }

    /// Term `term` is written at `start` and stands alone there.
    private func termStands(_ term: Int, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = terms[term]
        let end = start + bytes.count
        guard end <= text.count,
              bytes.withUnsafeBufferPointer({ memcmp(text.baseAddress! + start, $0.baseAddress!, bytes.count) == 0 })
        else { return false }
        if asciiEdges[term].first, start > 0, Self.isASCIIWord(text[start - 1]) { return false }
        if asciiEdges[term].last, end < text.count, Self.isASCIIWord(text[end]) { return false }
        return true
    }

    /// The search by `Character`, as `String` comparison has it (canonical equivalence, whole characters).
    func characterMatches(in text: String) -> [Match] {
        var found: [Match] = []
        var rest = Substring(text)
        while let first = rest.first {
            guard let term = byFirstCharacter[first]?.first(where: { rest.hasPrefix(escaped[$0]) && standsAlone($0, at: rest, in: text) }) else {
                rest = rest.dropFirst()
                continue
            }
            let end = rest.index(rest.startIndex, offsetBy: escaped[term].count)
            found.append(Match(start: text.utf8.distance(from: text.startIndex, to: rest.startIndex),
                               end: text.utf8.distance(from: text.startIndex, to: end), term: term))
            rest = rest[end...]
        }
        return found
    }

    private func standsAlone(_ term: Int, at rest: Substring, in text: String) -> Bool {
        if asciiEdges[term].first, let before = text[..<rest.startIndex].unicodeScalars.last,
           before.isASCII, Self.isASCIIWord(UInt8(before.value)) { return false }
        let end = rest.index(rest.startIndex, offsetBy: escaped[term].count)
        if asciiEdges[term].last, let after = rest[end...].unicodeScalars.first,
           after.isASCII, Self.isASCIIWord(UInt8(after.value)) { return false }
        return true
    }

    /// An ASCII letter or digit.
    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
