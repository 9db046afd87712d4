import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// W073: a word of the theme's hard-word list (`strings/hard-words.yaml`) in easy
/// content (`*.easy.md`, `*.easy.yaml`), at its line and column, with the word to
/// use instead. Allowed where the word is explained in place (`HardWordList`) or
/// is part of a glossary term (the glossary explains it, and pages link it).
/// The glossary files are not read: they are where hard words are explained.
package enum HardWordCheck {
    package static func run(contentPath: String, list: HardWordList, glossaryTerms: [String], io: FileIO) -> [Diagnostic] {
        let root = FileIO.folder(contentPath)
        var out: [Diagnostic] = []
        let files = ((try? io.walk(root)) ?? []).filter { file in
            file.kind == .file && (file.relative.hasSuffix(".easy.md") || file.relative.hasSuffix(".easy.yaml"))
                && !(file.relative.split(separator: "/").last ?? "").hasPrefix("glossary")
        }
        for file in files.sorted(by: { $0.relative < $1.relative }) {
            let path = root + "/" + file.relative
            guard let data = try? io.read(path), let text = String(data: data, encoding: .utf8) else { continue }
            out += check(text, path: path, isMarkdown: file.relative.hasSuffix(".md"), list: list, glossaryTerms: glossaryTerms)
        }
        return out
    }

    /// One file's text. YAML comments (in a `.yaml` file and in a Markdown file's
    /// front matter) are notes for the writer, not text, and are skipped.
    package static func check(_ text: String, path: String, isMarkdown: Bool, list: HardWordList, glossaryTerms: [String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var inFrontMatter = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if isMarkdown, trimmed == "---", index == 0 || inFrontMatter {
                inFrontMatter = index == 0
                continue
            }
            if (!isMarkdown || inFrontMatter), trimmed.hasPrefix("#") { continue }
            let masked = maskingGlossaryTerms(String(line), terms: glossaryTerms)
            for finding in list.findings(in: masked) {
                out.append(Diagnostic(.hardWord, "やさしい日本語の文に難しいことば「\(finding.word)」があります。",
                                      at: SourceLocation(path: path, line: index + 1, column: finding.offset + 1),
                                      hint: "「\(finding.suggestion)」のように言い換えるか、「\(finding.word)（説明）」と、すぐ後に説明を付けてください。"
                                        + "一覧は themes/default/strings/hard-words.yaml です。"))
            }
        }
        return out
    }

    /// The line with every glossary term replaced by as many blanks, so its words
    /// are not reported and columns stay where they were.
    static func maskingGlossaryTerms(_ line: String, terms: [String]) -> String {
        var masked = line
        for term in terms.sorted(by: { $0.count > $1.count }) where !term.isEmpty {
            masked = masked.replacingOccurrences(of: term, with: String(repeating: "\u{3000}", count: term.count))
        }
        return masked
    }
}
