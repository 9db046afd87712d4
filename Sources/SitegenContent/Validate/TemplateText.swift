import SitegenSupport
import SitegenModel

/// The placeholder texts `sitegen new initiative` writes into a new initiative
/// and its easy version. They are valid content, so the files build at once;
/// each one still in a file is reported (W061) so that none reaches citizens.
package enum TemplateText {
    // The standard file.
    package static let title = "ここに重点取組の名前を書きます"
    package static let summary = "ここに実施の概要を書きます。"
    package static let kpiLabel = "ここに指標の名前を書きます"
    package static let task = "ここに主なタスクを書きます"
    package static let barLabel = "ここに作業の名前"
    package static let milestoneLabel = "ここに節目の名前"
    package static let body = "ここに本文を書きます(Markdown)。"
    // The easy file (やさしい日本語: the placeholders follow its own rules).
    package static let easyTitle = "ここに やさしい にほんごで なまえを かきます"
    package static let easySummary = "ここに やさしい にほんごで なにを するかを かきます。"
    package static let easyKPILabel = "ここに やさしい にほんごで めあての なまえを かきます"
    package static let easyTask = "ここに やさしい にほんごで することを かきます"
    package static let easyBarLabel = "ここに さぎょうの なまえ"
    package static let easyBody = "ここに やさしい にほんごで せつめいを かきます。"

    static let all = [title, summary, kpiLabel, task, barLabel, milestoneLabel, body,
                      easyTitle, easySummary, easyKPILabel, easyTask, easyBarLabel, easyBody]

    /// W061 at each placeholder of `source` (a Markdown file with front matter),
    /// one per line. In the front matter, what follows a `#` is a comment and is
    /// not shown, so a placeholder there (the template's commented-out examples) is left alone.
    static func check(_ source: SourceText, frontMatterEnd: Int, diagnostics: DiagnosticCollector) {
        // Every placeholder starts with ここに: without it (the usual case) there is nothing to find.
        guard source.text.containsBytes(of: "ここに") else { return }
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var shown = line
            if lineNumber <= frontMatterEnd, let hash = commentStart(line) { shown = line[..<hash] }
            guard let (placeholder, range) = all.lazy.compactMap({ p in shown.range(of: p).map { (p, $0) } }).first else { continue }
            diagnostics.warning(.templateText,
                "sitegen new のひな形の文「\(placeholder)」が残っています。このままでは、この文がサイトに出ます。",
                at: SourceLocation(path: source.path, line: lineNumber, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1))
        }
    }

    /// A YAML comment: `#` at the start of the line or after a space.
    private static func commentStart(_ line: Substring) -> Substring.Index? {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous == " " || previous == "\t" { return index }
            previous = line[index]
        }
        return nil
    }
}
