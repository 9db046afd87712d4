import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's
    /// round trip through NSString when there is nothing to trim (nearly every
    /// value read from the content).
    package var trimmingWhitespaceAndNewlines: String {
        trimming(Self.whitespacesAndNewlines, asciiMembers: Self.whitespaceAndNewlineBytes)
    }

    /// `trimmingCharacters(in: .whitespaces)`, the same way.
    package var trimmingWhitespace: String {
        trimming(Self.whitespaces, asciiMembers: [0x09, 0x20])
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`, stopping at the first other character.
    package var isBlank: Bool {
        unicodeScalars.allSatisfy { Self.isMember($0, of: Self.whitespacesAndNewlines, asciiMembers: Self.whitespaceAndNewlineBytes) }
    }

    private static let whitespaceAndNewlineBytes: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]
    // Kept: Foundation builds the set anew on each use of `.whitespacesAndNewlines`.
    private static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines
    private static let whitespaces = CharacterSet.whitespaces

    private func trimming(_ set: CharacterSet, asciiMembers: [UInt32]) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        guard Self.isMember(first, of: set, asciiMembers: asciiMembers) || Self.isMember(last, of: set, asciiMembers: asciiMembers)
        else { return self }
        return trimmingCharacters(in: set)
    }

    /// Outside ASCII the sets hold only Unicode's separators (Z*: U+00A0, U+1680,
    /// U+2000–U+205F, U+3000), U+0085 (and U+180E in older Unicode): any other
    /// scalar is surely not a member, without asking the set.
    private static func isMember(_ scalar: Unicode.Scalar, of set: CharacterSet, asciiMembers: [UInt32]) -> Bool {
        switch scalar.value {
        case 0..<0x80: asciiMembers.contains(scalar.value)
        case 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x205F, 0x3000: set.contains(scalar)
        default: false
        }
    }
}
