import SitegenSupport
import SitegenModel

/// Parts an initiative file and its translation read the same way.
extension FieldReader {
    /// The `notes` list, each note's position recorded in `map` (so `sitegen check`
    /// points at the note itself, not a search for its text).
    func notes(recordingIn map: inout SourceMap) -> [String] {
        var notes: [String] = []
        for note in positionedTextList("notes") {
            map[.note(notes.count)] = note.position
            notes.append(note.text)
        }
        return notes
    }
}

extension FrontMatterDocument {
    /// The checks every initiative file's text gets, in either language: Markdown
    /// too complex to render safely, and `sitegen new` template text left in.
    func checkInitiativeText(of source: SourceText, diagnostics: DiagnosticCollector) {
        MarkdownComplexity.check(body, bodyStartLine: bodyStartLine, path: source.path, diagnostics: diagnostics)
        TemplateText.check(source, frontMatterEnd: bodyStartLine - 1, diagnostics: diagnostics)
    }
}
