extension String {
    /// The characters as one string, appended one by one. The standard library's
    /// generic `String(_:)` over a slice of `Character`s is not specialized: it tries
    /// dynamic casts, then appends through witness tables (about 3,000 instructions a
    /// call, a fifth of the furigana's own work on the words MeCab returns).
    init<Characters: Collection<Character>>(characters: Characters) {
        self.init()
        for character in characters { append(character) }
    }
}

extension String {
    /// The scalars as one string, made from their UTF-8. `UnicodeScalarView.append(contentsOf:)`
    /// of an array is not specialized either: about 14,000 instructions for a chart label.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
