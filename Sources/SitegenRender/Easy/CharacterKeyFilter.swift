/// Decides without hashing that a character is none of a table's `Character` keys:
/// the furigana looks up the character at every position of every text (overrides by
/// first character, multipliers, counters), and hashing a `Character` normalizes it.
///
/// When every key is one plain scalar (`PlainScalars`: a character of its own that NFC
/// keeps), a character of one plain scalar equals a key only if it is the same scalar.
/// Any other character (a combining mark, a compatibility ideograph) is looked up as before,
/// and a key that is not plain turns the filter off.
struct CharacterKeyFilter {
    /// The keys' scalars; nil when a key is not one plain scalar.
    private let scalars: Set<UInt32>?

    init(_ keys: some Sequence<Character>) {
        var scalars: Set<UInt32>? = []
        for key in keys {
            guard let scalar = Kana.soleScalar(key), PlainScalars.isPlain(scalar) else { scalars = nil; break }
            scalars?.insert(scalar)
        }
        self.scalars = scalars
    }

    /// False only when `c` is certainly not a key.
    func mayBeKey(_ c: Character) -> Bool { mayBeKey(soleScalar: Kana.soleScalar(c)) }

    /// `mayBeKey` of a character from its only scalar (nil: several scalars).
    func mayBeKey(soleScalar: UInt32?) -> Bool {
        guard let scalars, let scalar = soleScalar, PlainScalars.isPlain(scalar) else { return true }
        return scalars.contains(scalar)
    }
}
