/// A text's characters with the UTF-8 offset each starts at: MeCab gives byte ranges,
/// the furigana works on characters, and its pieces are slices of the text's bytes.
struct TextCharacters {
    let text: String
    let characters: [Character]
    /// `offsets[i]` is where character `i` starts; `offsets[characters.count]` is the UTF-8 length.
    let offsets: [Int]
    /// The first scalar of each character: the per-position tests of the furigana read
    /// these instead of taking each `Character` apart again.
    let firstScalars: [UInt32]

    init(_ text: String) {
        self.text = text
        var characters: [Character] = []
        var offsets: [Int] = [0]
        var firstScalars: [UInt32] = []
        // At most one character per byte: one allocation each, not a doubling per growth.
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        firstScalars.reserveCapacity(text.utf8.count)
        var offset = 0
        // Each plain scalar is a character of its own (`PlainScalars`): most texts need no
        // grapheme breaking. At the first other scalar, the text is read by characters.
        for scalar in text.unicodeScalars {
            guard PlainScalars.isPlain(scalar.value) else {
                characters.removeAll(keepingCapacity: true)
                offsets.removeSubrange(1...)
                firstScalars.removeAll(keepingCapacity: true)
                offset = 0
                for character in text {
                    characters.append(character)
                    offset += character.utf8.count
                    offsets.append(offset)
                    firstScalars.append(Kana.firstScalar(character))
                }
                break
            }
            characters.append(Character(scalar))
            offset += UTF8.width(scalar)
            offsets.append(offset)
            firstScalars.append(scalar.value)
        }
        self.characters = characters
        self.offsets = offsets
        self.firstScalars = firstScalars
    }

    var count: Int { characters.count }

    subscript(index: Int) -> Character { characters[index] }

    /// The scalar of character `index` when it is only one (`Kana.soleScalar`), else nil.
    func soleScalar(at index: Int) -> UInt32? {
        let scalar = firstScalars[index]
        guard let width = Unicode.Scalar(scalar).map(UTF8.width) else { return nil }
        return offsets[index + 1] - offsets[index] == width ? scalar : nil
    }

    /// The index of the character starting at UTF-8 offset `byte` (`count` at the end),
    /// nil inside a character or outside the text. Offsets increase, so a binary search
    /// (a table by byte offset cost a hashed insert per character).
    func characterIndex(atByte byte: Int) -> Int? {
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low < offsets.count && offsets[low] == byte ? low : nil
    }

    /// Characters `range` as a string: the text's own bytes there, the same as
    /// `String(characters:)` appending them one by one makes.
    /// Decoded from the bytes in place: slicing the `String` aligned both ends to scalars first.
    func string(_ range: Range<Int>) -> String {
        let bytes = offsets[range.lowerBound]..<offsets[range.upperBound]
        if let piece = text.utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self)
        }) {
            return piece
        }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        return String(text[start..<end])
    }
}
