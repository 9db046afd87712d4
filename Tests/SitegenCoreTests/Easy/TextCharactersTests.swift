import Testing
@testable import SitegenRender

/// `TextCharacters` maps MeCab's byte offsets to characters by a binary search and slices
/// the text's bytes; it must give what the table by byte offset and `String(characters:)` gave.
@Suite struct TextCharactersTests {
    static let texts = [
        "", "a", "区民の手続き", "ASCII and 漢字 mixed, 2024年4月1日",
        "か\u{3099}くせい（学生）", "e\u{301}t\u{E9}", "❤\u{FE0F}と☺\u{FE0E}の絵文字🇯🇵👨\u{200D}👩\u{200D}👧",
        "行\u{FA08}\u{2F8A6}", "\r\n改行\n", "𠮷野家", "\u{600} 前置", "区民の声❤\u{FE0F}", "1\u{20E3}と０９",
    ]

    /// The table `FuriganaAnnotator` used before: character index by the byte offset it starts at.
    static func byteTable(_ characters: [Character]) -> [Int: Int] {
        var table: [Int: Int] = [0: 0]
        var offset = 0
        for (index, c) in characters.enumerated() {
            offset += c.utf8.count
            table[offset] = index + 1
        }
        return table
    }

    @Test(arguments: texts)
    func everyByteOffsetMapsAsTheTableDid(_ text: String) {
        let chars = TextCharacters(text)
        #expect(chars.characters == Array(text))
        let table = Self.byteTable(Array(text))
        for byte in -2...(text.utf8.count + 2) {
            #expect(chars.characterIndex(atByte: byte) == table[byte], "\(text) byte \(byte)")
        }
    }

    @Test(arguments: texts)
    func everySliceHasTheBytesOfItsCharacters(_ text: String) {
        let chars = TextCharacters(text)
        for start in 0...chars.count {
            for end in start...chars.count {
                #expect(Array(chars.string(start..<end).utf8) == Array(String(characters: chars.characters[start..<end]).utf8))
            }
        }
    }

    @Test(arguments: texts)
    func scalarsOfEachCharacterAsKanaReadsThem(_ text: String) {
        let chars = TextCharacters(text)
        for (index, c) in chars.characters.enumerated() {
            #expect(chars.firstScalars[index] == c.unicodeScalars.first!.value, "\(text) \(index)")
            #expect(chars.soleScalar(at: index) == Kana.soleScalar(c), "\(text) \(index)")
            #expect(Kana.isDigit(soleScalar: chars.soleScalar(at: index)) == Kana.isDigit(c), "\(text) \(index)")
        }
    }
}
