import SitegenSupport
import SitegenModel

/// Reads a free page from `pages/` (front matter: id, title, summary; Markdown body).
enum PageDecoder {
    static func decode(_ source: SourceText, diagnostics: DiagnosticCollector) -> Page? {
        guard let (document, split) = FrontMatter.parse(source, diagnostics: diagnostics),
              let root = FieldReader(root: document, diagnostics: diagnostics) else { return nil }
        root.warnUnknownKeys(["id", "title", "summary"])
        MarkdownComplexity.check(split.body, bodyStartLine: split.bodyStartLine, path: source.path, diagnostics: diagnostics)
        let id = root.identifier()
        var map = SourceMap(path: source.path)
        map[.id] = root.valuePosition("id")
        let title = map.record(root.positionedText("title", required: true), as: .title)
        guard let id, let title else { return nil }
        return Page(id: id, title: title, summary: map.record(root.positionedText("summary"), as: .summary), body: split.body,
                    location: SourceLocation(path: source.path, line: split.bodyStartLine), sourceMap: map)
    }
}

/// Reads `glossary.yaml`: a list of `{term, reading?, text}`.
enum GlossaryDecoder {
    static func decode(_ document: YAMLDocument, diagnostics: DiagnosticCollector) -> [GlossaryEntry] {
        guard let root = document.root else { return [] }
        guard case .sequence(let items) = root else {
            diagnostics.error(.wrongType, "用語集は「- term: …」のリストで書いてください。", at: document.location(of: root))
            return []
        }
        var entries: [GlossaryEntry] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let reader = FieldReader(item, document: document, diagnostics: diagnostics, context: "[\(index + 1)]") else { continue }
            reader.warnUnknownKeys(["term", "reading", "text"])
            guard let term = reader.text("term", required: true, prose: true), let text = reader.text("text", required: true, prose: true) else { continue }
            if let first = seen[term] {
                diagnostics.error(.duplicateID, "用語「\(term)」が2回あります。", at: reader.location, hint: "最初は \(first)行目です。")
                continue
            }
            seen[term] = reader.location.line
            entries.append(GlossaryEntry(term: term, reading: reader.text("reading", prose: true), text: text))
        }
        return entries
    }
}

/// Reads `furigana.yaml`: a mapping of surface → hiragana reading.
enum FuriganaDecoder {
    static func decode(_ document: YAMLDocument, diagnostics: DiagnosticCollector) -> [FuriganaOverride] {
        guard let root = document.root else { return [] }
        guard case .mapping(let mapping) = root else {
            diagnostics.error(.wrongType, "furigana.yaml は「漢字: よみ」の形で書いてください。", at: document.location(of: root),
                              hint: "例: 目黒区: めぐろく")
            return []
        }
        var result: [FuriganaOverride] = []
        for pair in mapping {
            guard let surface = pair.key.scalar?.string, !surface.isEmpty,
                  let reading = pair.value.scalar?.string.trimmingCharacters(in: .whitespaces), !reading.isEmpty else {
                diagnostics.error(.wrongType, "「漢字: よみ」の形になっていません。", at: document.location(of: pair.key))
                continue
            }
            guard reading.unicodeScalars.allSatisfy({ (0x3041...0x309F).contains($0.value) || $0 == "ー" }) else {
                diagnostics.error(.invalidChoice, "「\(surface)」のよみ「\(reading)」はひらがなで書いてください。",
                                  at: document.location(of: pair.value))
                continue
            }
            result.append(FuriganaOverride(surface: surface, reading: reading))
        }
        // Longest surface first, so 目黒区 wins over 目黒.
        return result.sorted { ($0.surface.count, $1.surface) > ($1.surface.count, $0.surface) }
    }
}

import Foundation
