import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's
    /// round trip through NSString when there is nothing to trim (nearly every
    /// value read from the content).
    package var trimmingWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        guard Self.mayBeWhitespaceOrNewline(first) || Self.mayBeWhitespaceOrNewline(last) else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The set's ASCII members are tab, LF, VT, FF, CR and space; anything else
    /// non-ASCII is asked of the set itself.
    private static func mayBeWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
            : CharacterSet.whitespacesAndNewlines.contains(scalar)
    }
}
