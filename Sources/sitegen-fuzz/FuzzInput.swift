import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// One fuzz input run through the parsers ward staff's files reach: encoding
/// detection, front matter, YAML, the typed validators (numbers, dates,
/// schedule positions) and the whole content check. The first byte picks the
/// path so one corpus feeds all of them. Any crash, trap or hang is a bug;
/// diagnostics are the expected outcome of bad input.
enum FuzzInput {
    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let data = Data(bytes.dropFirst())
        switch selector % 4 {
        case 0: checkAsInitiative(data)
        case 1: checkAsSiteSettings(data)
        case 2: parseValues(data)
        default: parseYAML(data)
        }
    }

    /// The fuzzed bytes as `initiatives/01-x.md` (and as its easy overlay) of an otherwise valid site.
    static func checkAsInitiative(_ data: Data) {
        let store = MemoryStore()
        store.put("content/site.yaml", Data(FuzzSeeds.siteYAML.utf8))
        store.put("content/initiatives/01-x.md", data)
        store.put("content/initiatives/02-y.md", Data(FuzzSeeds.initiative.utf8))
        store.put("content/initiatives/02-y.easy.md", data)
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: store.fileIO)
        requireConsistent(bundle: bundle, diagnostics: diagnostics)
        // A body the check accepts reaches cmark-gfm: a slow one shows up as a hang (libFuzzer's -timeout).
        for site in bundle?.sites ?? [] {
            for initiative in site.initiatives {
                _ = Markdown.render(initiative.body, bodyStartLine: initiative.bodyStartLine, path: initiative.location.path)
            }
        }
    }

    /// The fuzzed bytes as `site.yaml` next to a valid initiative.
    static func checkAsSiteSettings(_ data: Data) {
        let store = MemoryStore()
        store.put("content/site.yaml", data)
        store.put("content/initiatives/02-y.md", Data(FuzzSeeds.initiative.utf8))
        let (bundle, diagnostics) = ContentCheck.run(contentPath: "content", io: store.fileIO)
        requireConsistent(bundle: bundle, diagnostics: diagnostics)
    }

    /// Each line through the scalar parsers.
    static func parseValues(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
            let s = String(line)
            _ = NumberText.quantity(s)
            _ = NumberText.integer(s)
            _ = CalendarDate(iso: s)
            _ = YearMonth(iso: s)
            if let position = SchedulePosition(NumberText.halfWidth(s).uppercased()) {
                let year = FiscalYear(2024)
                _ = position.start(in: year)
                _ = position.end(in: year)
            }
        }
    }

    /// Decoding, front matter and YAML on their own (no validation).
    static func parseYAML(_ data: Data) {
        guard case .success(let source) = SourceDecoder.decode(data, path: "fuzz.md") else { return }
        if case .success(let split) = FrontMatter.split(source) {
            _ = YAMLParser.parse(split.yaml, path: source.path, firstLine: split.yamlStartLine)
        }
        _ = YAMLParser.parse(source.text, path: source.path)
    }

    /// A bundle comes back exactly when there is no error, and every diagnostic points into a real line.
    static func requireConsistent(bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        precondition((bundle == nil) == diagnostics.hasErrors, "bundle and errors disagree: \(diagnostics)")
        for d in diagnostics {
            precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d.location)")
            precondition(!d.message.isEmpty, "empty message for \(d.code)")
        }
    }
}
