/// The fields of a MeCab feature string (`名詞,一般,*,*,*,*,区民,クミン,クミン`) that
/// `Morpheme` keeps, as byte ranges found in one pass: every morpheme of every easy
/// text is read here, so no array of fields and no `String` per field.
struct FeatureFields {
    /// Field 0: 名詞, 動詞 …
    var partOfSpeech: Range<Int>
    /// Field 5, the conjugated form, when the feature has it.
    var conjugation: Range<Int>?
    /// Field 7, the katakana reading (IPAdic, NAIST-jdic), when the feature has it.
    var reading: Range<Int>?

    /// Splits on "," (dictionary features hold no combining marks, so bytes are characters).
    init(_ bytes: UnsafeRawBufferPointer) {
        var partOfSpeech: Range<Int>?
        var field = 0
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ",") {
            switch field {
            case 0: partOfSpeech = start..<index
            case 5: conjugation = start..<index
            case MeCabTagger.readingFieldIndex: reading = start..<index
            default: break
            }
            if field == MeCabTagger.readingFieldIndex { break }
            field += 1
            start = index + 1
        }
        // The loop ends at a comma or at the end, so field 0 is always there.
        self.partOfSpeech = partOfSpeech!
    }

    /// `*`: the dictionary's mark for a field with no value.
    static func isUnset(_ field: UnsafeRawBufferPointer.SubSequence) -> Bool {
        field.count == 1 && field.first == UInt8(ascii: "*")
    }

    /// IPAdic's parts of speech, made once: the same few words come back for every morpheme.
    private static let knownPartsOfSpeech: [(bytes: [UInt8], name: String)] =
        ["名詞", "助詞", "動詞", "助動詞", "記号", "形容詞", "副詞", "接頭詞", "連体詞", "接続詞", "感動詞", "フィラー", "その他"]
        .map { (Array($0.utf8), $0) }

    /// Field 0 as a `String`: a known one shared, another decoded.
    static func partOfSpeech(_ field: UnsafeRawBufferPointer.SubSequence) -> String {
        for known in knownPartsOfSpeech where known.bytes.count == field.count && field.elementsEqual(known.bytes) {
            return known.name
        }
        return String(decoding: field, as: UTF8.self)
    }
}
