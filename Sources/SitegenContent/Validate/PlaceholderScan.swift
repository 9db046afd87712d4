import Foundation
import SitegenSupport
import SitegenModel

/// Finds text that was never meant to be published: 【仮】 markers and the
/// sentences of the `sitegen new` template (「ここに…を書きます」). `sitegen check`
/// reports each as a warning (W050; in content files the template sentences are
/// reported by `TemplateText` as W061); a release build refuses them.
/// YAML comments are skipped: they are notes to the editor, not published text.
package enum PlaceholderScan {
    /// The marker of a provisional text (【仮】, 【仮の文章】).
    static let provisionalMarker = "【仮"
    /// How every template sentence begins.
    static let templateLead = "ここに"

    /// Every content file of a load.
    /// - Parameter cache: kept by `sitegen serve`: a file whose text is unchanged is not scanned again.
    package static func scan(_ content: LoadedContent, cache: ContentCache? = nil) -> [Diagnostic] {
        var sources: [SourceText] = []
        for localized in [content.site, content.glossary].compactMap({ $0 }) + content.initiatives + content.pages {
            sources.append(localized.base)
            sources += localized.translations.keys.sorted().compactMap { localized.translations[$0] }
        }
        return sources.flatMap { source in
            func scanned() -> [Diagnostic] { scan(source.text, path: source.path, skipsComments: true, templatePhrases: false) }
            guard let cache else { return scanned() }
            return cache.placeholders.cached(source.path, for: source.text)
                ?? cache.placeholders.value(source.path, for: source.text, compute: scanned)
        }
    }

    /// The templates (`*.mustache`) of a theme folder; Mustache comments `{{! … }}` are skipped.
    package static func scanTemplates(themeFolder: String, io: FileIO) -> [Diagnostic] {
        let folder = FileIO.folder(themeFolder) + "/templates"
        guard io.isDirectory(folder), let entries = try? io.walk(folder) else { return [] }
        return entries.filter { $0.kind == .file && $0.relative.hasSuffix(".mustache") }
            .sorted { $0.relative < $1.relative }
            .flatMap { entry -> [Diagnostic] in
                let path = folder + "/" + entry.relative
                guard let data = try? io.read(path) else { return [] }
                return scan(String(decoding: data, as: UTF8.self), path: path, skipsComments: false, templatePhrases: true)
            }
    }

    /// W050 / W061 for each line of `text` that holds a placeholder.
    /// - Parameter templatePhrases: look for the `sitegen new` sentences too (theme templates).
    static func scan(_ text: String, path: String, skipsComments: Bool, templatePhrases: Bool) -> [Diagnostic] {
        // Most files hold neither needle: one pass over the text instead of one per line and phrase.
        guard holds(text, provisionalMarker) || (templatePhrases && holds(text, templateLead)) else { return [] }
        var found: [Diagnostic] = []
        var lineNumber = 0
        // In Markdown files only the front matter is YAML; a `#` in the body starts a heading.
        let isMarkdown = path.hasSuffix(".md")
        var inYAML = !isMarkdown
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if isMarkdown, line.trimmingCharacters(in: .whitespaces) == "---", lineNumber == 1 || inYAML {
                inYAML = lineNumber == 1
                continue
            }
            if skipsComments && inYAML { line = withoutComment(line) }
            line = withoutMustacheComment(line)
            if let range = line.range(of: provisionalMarker) {
                found.append(Diagnostic(.placeholderText, "仮の文章(「\(provisionalMarker)…」)が残っています。",
                                        at: location(path, lineNumber, line, range.lowerBound)))
            }
            for phrase in templatePhrases ? TemplateText.all : [] {
                guard let range = line.range(of: phrase) else { continue }
                found.append(Diagnostic(.templateText, "sitegen new のひな形の文「\(phrase)」が残っています。",
                                        at: location(path, lineNumber, line, range.lowerBound)))
            }
        }
        return found
    }

    /// Whether `text` holds `needle`, by a byte search (content files reach 4 MB; copying each
    /// into `Data` for Foundation's search cost more than the search).
    static func holds(_ text: String, _ needle: String) -> Bool {
        text.containsBytes(of: needle)
    }

    private static func location(_ path: String, _ line: Int, _ text: Substring, _ index: Substring.Index) -> SourceLocation {
        SourceLocation(path: path, line: line, column: text.distance(from: text.startIndex, to: index) + 1)
    }

    /// The line without a YAML comment: `#` at the start or after a space, outside quotes.
    static func withoutComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                if previous == " " || previous == ":" || previous == "[" || previous == "{" || previous == "," { quote = c }
            } else if c == "#", previous == " " || previous == "\t" || index == line.startIndex {
                return line[..<index]
            }
            previous = c
        }
        return line
    }

    /// The line without `{{! … }}` comments that open and close on it.
    static func withoutMustacheComment(_ line: Substring) -> Substring {
        guard let open = line.range(of: "{{!") else { return line }
        guard let close = line[open.upperBound...].range(of: "}}") else { return line[..<open.lowerBound] }
        return Substring(String(line[..<open.lowerBound]) + String(withoutMustacheComment(line[close.upperBound...])))
    }
}
