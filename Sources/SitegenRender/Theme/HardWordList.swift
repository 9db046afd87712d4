import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Words too hard for easy-Japanese pages, each with an everyday word to use
/// instead: the theme's `strings/hard-words.yaml` (`実績: 結果`). One list for
/// the frame (a test holds `strings/easy.yaml` and the built easy pages to it)
/// and for easy content (`sitegen check`, W073).
///
/// A hard word may stand where it is explained in place: written right next to
/// its explanation in full-width brackets, 「結果（実績）」 or 「実績（結果）」.
package struct HardWordList: Sendable {
    package static let fileName = "hard-words.yaml"

    /// (hard word, suggestion), longest word first so that 基準値 is found before 値.
    package let words: [(word: String, suggestion: String)]

    package init(words: [(word: String, suggestion: String)]) {
        self.words = words.sorted { ($0.word.count, $0.word) > ($1.word.count, $1.word) }
    }

    /// A hard word found in a text: the word, its suggestion and its character offset.
    package struct Finding: Sendable, Hashable {
        package let word: String
        package let suggestion: String
        package let offset: Int
    }

    /// Every hard word in `text` that is not explained in place. A shorter word
    /// inside a longer one found there (値 in 基準値) is not reported again.
    package func findings(in text: String) -> [Finding] {
        let characters = Array(text)
        var taken = [Bool](repeating: false, count: characters.count)
        var out: [Finding] = []
        for (word, suggestion) in words {
            let pattern = Array(word)
            guard !pattern.isEmpty, pattern.count <= characters.count else { continue }
            var start = 0
            while start + pattern.count <= characters.count {
                defer { start += 1 }
                guard Array(characters[start..<start + pattern.count]) == pattern,
                      !taken[start..<start + pattern.count].contains(true) else { continue }
                for i in start..<start + pattern.count { taken[i] = true }
                if !Self.isExplained(characters, start: start, end: start + pattern.count) {
                    out.append(Finding(word: word, suggestion: suggestion, offset: start))
                }
            }
        }
        return out.sorted { $0.offset < $1.offset }
    }

    /// 「難（易）」 or 「易（難）」: the word is followed by an opening bracket, or
    /// is the whole inside of a bracket.
    static func isExplained(_ characters: [Character], start: Int, end: Int) -> Bool {
        if end < characters.count, characters[end] == "（" { return true }
        return start > 0 && characters[start - 1] == "（" && end < characters.count && characters[end] == "）"
    }

    /// Reads the list; nil (with W074) when the file is missing or not a mapping of words.
    package static func load(themeFolder: String, fileIO: FileIO) -> (HardWordList?, [Diagnostic]) {
        let path = themeFolder + "/strings/" + fileName
        guard let data = try? fileIO.read(path), let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.hardWordListError, "難しいことばの一覧 \(path) を読めません。やさしい日本語の難しいことばは調べません。",
                                     at: SourceLocation(path: path))])
        }
        return parse(text, path: path)
    }

    package static func parse(_ text: String, path: String) -> (HardWordList?, [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLParser.parse(text, path: path) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard let mapping = document.root?.mapping else {
            return (nil, [Diagnostic(.hardWordListError, "難しいことばの一覧は「難しいことば: 言い換え」の形で書きます。",
                                     at: document.location(of: document.root))])
        }
        var words: [(String, String)] = []
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            guard let word = key.string, !word.isEmpty, let suggestion = value.string, !suggestion.isEmpty else {
                diagnostics.append(Diagnostic(.hardWordListError, "難しいことばと言い換えを「実績: 結果」のように1行に書いてください。",
                                              at: document.location(of: key)))
                continue
            }
            words.append((word, suggestion))
        }
        return (HardWordList(words: words), diagnostics)
    }
}
