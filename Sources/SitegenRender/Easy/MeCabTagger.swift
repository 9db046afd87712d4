import CMeCab
import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// One morpheme as MeCab splits it: where it is in the input and how it reads.
struct Morpheme: Sendable, Hashable {
    /// Byte range in the UTF-8 input.
    let start: Int
    let end: Int
    let surface: String
    /// Katakana reading; nil for unknown words and words without one.
    let reading: String?
    /// First feature field: 名詞, 動詞, 助動詞, 記号 …
    let partOfSpeech: String
    /// Conjugated form (field 5): 基本形, 連用形 …; empty when none.
    let conjugation: String
}

/// One loaded MeCab dictionary (a MeCab model), shared by every tagger over it.
///
/// Each `mecab_new` maps the whole dictionary again: with one tagger per worker
/// the build held two mappings of sys.dic (on this kernel, page-cache folios
/// map in large pieces, so each mapping cost ~27 MB of resident memory). A model
/// maps it once; its taggers and lattices are cheap.
final class MeCabModel {
    fileprivate let model: OpaquePointer
    let dictionaryPath: String

    init(dictionaryPath: String) throws {
        // argv form rather than mecab_model_new2's single string, so a path with spaces
        // stays one argument. `-r /dev/null`: ignore /etc/mecabrc, whose dicdir or
        // userdic lines would otherwise change the readings from machine to machine.
        let arguments = ["mecab", "-r", "/dev/null", "-d", dictionaryPath]
        var cArguments = arguments.map { strdup($0) }
        defer { cArguments.forEach { free($0) } }
        let created = cArguments.withUnsafeMutableBufferPointer { buffer in
            mecab_model_new(Int32(buffer.count), buffer.baseAddress)
        }
        guard let created else {
            let message = mecab_strerror(nil).map { String(cString: $0) } ?? "不明なエラー"
            throw FuriganaError.taggerFailed(dictionary: dictionaryPath, message: message)
        }
        self.model = created
        self.dictionaryPath = dictionaryPath
    }

    deinit { mecab_model_destroy(model) }
}

/// One MeCab tagger over a shared dictionary, with its own lattice.
///
/// Not thread-safe: the lattice holds the last call's result, so a tagger is
/// used by one thread at a time. `TaggerPool` hands out one per caller; never
/// share an instance across tasks directly.
final class MeCabTagger {
    private let tagger: OpaquePointer
    private let lattice: OpaquePointer
    /// Kept so the dictionary outlives every tagger over it.
    private let model: MeCabModel
    var dictionaryPath: String { model.dictionaryPath }

    /// IPAdic and NAIST-jdic: the katakana reading is feature field 7 (0-based).
    static let readingFieldIndex = 7

    init(model: MeCabModel) throws {
        guard let tagger = mecab_model_new_tagger(model.model) else {
            let message = mecab_strerror(nil).map { String(cString: $0) } ?? "不明なエラー"
            throw FuriganaError.taggerFailed(dictionary: model.dictionaryPath, message: message)
        }
        guard let lattice = mecab_model_new_lattice(model.model) else {
            mecab_destroy(tagger)
            throw FuriganaError.taggerFailed(dictionary: model.dictionaryPath, message: "作業に使うメモリが足りません。ほかのプログラムを閉じてから、もう一度ビルドしてください。")
        }
        self.tagger = tagger
        self.lattice = lattice
        self.model = model
    }

    deinit {
        mecab_lattice_destroy(lattice)
        mecab_destroy(tagger)
    }

    /// The morphemes of `text` in order. Whitespace MeCab skips is not part of
    /// any morpheme; callers copy the gaps between byte ranges as they are.
    func morphemes(_ text: String) -> [Morpheme] {
        guard !text.isEmpty else { return [] }
        var result: [Morpheme] = []
        // node->surface points into this buffer and is not NUL-terminated: the walk
        // stays inside withCString and copies `length` bytes of each surface.
        text.withCString { base in
            // The lattice keeps this pointer (it does not copy the sentence): surfaces point into it.
            mecab_lattice_set_sentence(lattice, base)
            guard mecab_parse_lattice(tagger, lattice) != 0, let bos = mecab_lattice_get_bos_node(lattice) else { return }
            // One allocation for the result: the nodes are counted first (a walk of pointers).
            var nodes = 0
            var counted: UnsafeMutablePointer<mecab_node_t>? = bos
            while let n = counted { nodes += 1; counted = n.pointee.next }
            result.reserveCapacity(nodes)
            var node = UnsafePointer(bos)
            while true {
                let n = node.pointee
                let stat = Int32(n.stat)
                if stat != Int32(MECAB_BOS_NODE) && stat != Int32(MECAB_EOS_NODE) && n.length > 0, let surfacePointer = n.surface {
                    let start = base.distance(to: surfacePointer)
                    let length = Int(n.length)
                    let bytes = UnsafeRawBufferPointer(start: surfacePointer, count: length)
                    let surface = String(decoding: bytes, as: UTF8.self)
                    var reading: String?
                    var partOfSpeech = ""
                    var conjugation = ""
                    if let feature = n.feature {
                        // Only fields 0, 5 and 7 are used: found in one pass over the C string's bytes,
                        // and a String made only for a value that is kept.
                        let bytes = UnsafeRawBufferPointer(start: feature, count: strlen(feature))
                        let fields = FeatureFields(bytes)
                        partOfSpeech = FeatureFields.partOfSpeech(bytes[fields.partOfSpeech])
                        if let range = fields.conjugation, !FeatureFields.isUnset(bytes[range]) {
                            conjugation = String(decoding: bytes[range], as: UTF8.self)
                        }
                        if stat != Int32(MECAB_UNK_NODE), let range = fields.reading, !range.isEmpty, !FeatureFields.isUnset(bytes[range]) {
                            reading = String(decoding: bytes[range], as: UTF8.self)
                        }
                    }
                    result.append(Morpheme(start: start, end: start + length, surface: surface, reading: reading,
                                           partOfSpeech: partOfSpeech, conjugation: conjugation))
                }
                guard let next = n.next else { break }
                node = UnsafePointer(next)
            }
        }
        return result
    }

}
