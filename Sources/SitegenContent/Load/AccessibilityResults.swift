import Foundation
import SitegenSupport
import SitegenModel

/// What a build knows about testing the site it makes: the fingerprint of its
/// inputs (content and theme) and, when `content/accessibility-results.json` was
/// written by a site check of a build of exactly those inputs, that check's run.
/// A results file of other inputs (stale, or committed long ago) is never shown
/// as verified: it is set aside with a warning (W053).
package struct AccessibilityResults: Sendable, Hashable {
    package static let fileName = "accessibility-results.json"

    /// `InputFingerprint` of this build's content and theme; the accessibility page
    /// carries it, and the site check writes it into the results file it makes.
    package let sourceFingerprint: String
    /// The check run of this very site, when there is one.
    package let run: AccessibilityTestRun?

    package init(sourceFingerprint: String, run: AccessibilityTestRun?) {
        self.sourceFingerprint = sourceFingerprint
        self.run = run
    }

    /// Reads `contentPath/accessibility-results.json` and keeps its run only when it
    /// tested a build of these inputs; no file is not a problem.
    /// - Parameter cache: kept by `sitegen serve` (see `InputFingerprint.of`).
    package static func load(contentPath: String, themeFolder: String, io: FileIO,
                             cache: ContentCache? = nil) -> (results: AccessibilityResults, diagnostics: [Diagnostic]) {
        let fingerprint = InputFingerprint.of(folders: [contentPath, themeFolder], skipping: [fileName], io: io, cache: cache)
        let (run, diagnostics) = AccessibilityTestRun.load(contentPath: contentPath, io: io)
        guard let run else { return (AccessibilityResults(sourceFingerprint: fingerprint, run: nil), diagnostics) }
        guard run.source == fingerprint else {
            let path = (contentPath.isEmpty ? "" : contentPath + "/") + fileName
            let stale = Diagnostic(.staleAccessibilityResults,
                "試験結果(\(run.date.japanese)の検査)は、今のコンテンツとテーマから作ったサイトを検査したものではありません。「試験はまだ実施していません」と表示します。",
                at: SourceLocation(path: path), severity: .warning)
            return (AccessibilityResults(sourceFingerprint: fingerprint, run: nil), diagnostics + [stale])
        }
        return (AccessibilityResults(sourceFingerprint: fingerprint, run: run), diagnostics)
    }
}

/// One `scripts/check-site --results` run (試験結果), shown on the accessibility page.
/// The date is the date of the check run written into the file, never the
/// build clock, so a build stays byte-identical.
package struct AccessibilityTestRun: Sendable, Hashable {

    package struct Tool: Sendable, Hashable {
        package let id: String
        package let name: String
        package let version: String
        /// The browser axe-core ran in, when it applies.
        package let browser: String?
        /// What the tool checks: html, xml, wcag, layout, links, data.
        package let scope: String
        /// Files (pages) it checked.
        package let files: Int
        package let findings: Int
    }

    package enum Outcome: String, Sendable, Hashable {
        case pass, fail, review
    }

    package struct Criterion: Sendable, Hashable {
        /// WCAG success criterion number (`1.4.3`).
        package let id: String
        package let outcome: Outcome
    }

    package let date: CalendarDate
    package let standard: String
    package let targetLevel: String
    package let widths: [Int]
    /// Output-relative paths of the pages tested.
    package let pages: [String]
    package let tools: [Tool]
    package let criteria: [Criterion]
    package let findings: Int
    /// The `InputFingerprint` of the build that was checked (nil in files of older checks).
    package let source: String?

    /// Every tool ran and found nothing.
    package var allPassed: Bool { findings == 0 && tools.allSatisfy { $0.findings == 0 } && !tools.isEmpty }

    /// Reads the file's JSON. Anything malformed is reported and the page then
    /// says that no test result is available, rather than showing half a result.
    package static func parse(_ data: Data, path: String) -> (results: AccessibilityTestRun?, diagnostics: [Diagnostic]) {
        func problem(_ what: String) -> (AccessibilityTestRun?, [Diagnostic]) {
            (nil, [Diagnostic(.wrongType, "アクセシビリティ試験結果のファイルを読めません(\(what))。試験結果は「未実施」と表示します。",
                              at: SourceLocation(path: path),
                              hint: "scripts/check-site output --results \(path) で作り直してください。", severity: .warning)])
        }
        guard let decoded = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return problem("JSONではありません") }
        // The file is not read by the content loader: bidi controls written raw or as
        // "\u202E" escapes are removed here, after JSON decoding.
        var removed: [Unicode.Scalar] = []
        let object = removingBidiControls(decoded, removed: &removed) as? [String: Any] ?? decoded
        let warnings = removed.isEmpty ? [] : [BidiControls.warning(
            removed: removed, at: SourceLocation(path: path, line: firstLineWithBidiControl(String(decoding: data, as: UTF8.self))))]
        guard let dateText = object["date"] as? String, let date = CalendarDate(iso: dateText) else { return problem("date") }
        guard let pages = object["pages"] as? [String] else { return problem("pages") }
        guard let widths = object["widths"] as? [Int] else { return problem("widths") }
        guard let findings = object["findings"] as? Int, findings >= 0 else { return problem("findings") }
        guard let toolList = object["tools"] as? [[String: Any]] else { return problem("tools") }
        var tools: [Tool] = []
        for item in toolList {
            guard let id = item["id"] as? String, let name = item["name"] as? String,
                  let version = item["version"] as? String, let scope = item["scope"] as? String,
                  let files = item["files"] as? Int, let count = item["findings"] as? Int, files >= 0, count >= 0 else {
                return problem("tools")
            }
            tools.append(Tool(id: id, name: name, version: version, browser: item["browser"] as? String,
                              scope: scope, files: files, findings: count))
        }
        var criteria: [Criterion] = []
        for item in object["criteria"] as? [[String: Any]] ?? [] {
            guard let id = item["id"] as? String, isCriterionNumber(id),
                  let result = item["result"] as? String, let outcome = Outcome(rawValue: result) else { return problem("criteria") }
            criteria.append(Criterion(id: id, outcome: outcome))
        }
        let results = AccessibilityTestRun(
            date: date, standard: object["standard"] as? String ?? "JIS X 8341-3:2016",
            targetLevel: object["targetLevel"] as? String ?? "AA", widths: widths, pages: pages,
            tools: tools, criteria: criteria.sorted { criterionOrder($0.id).lexicographicallyPrecedes(criterionOrder($1.id)) }, findings: findings,
            source: object["source"] as? String)
        return (results, warnings)
    }

    /// Decoded JSON with bidi controls removed from every string (keys too).
    static func removingBidiControls(_ value: Any, removed: inout [Unicode.Scalar]) -> Any {
        switch value {
        case let text as String:
            guard let (kept, found) = BidiControls.removing(from: text) else { return text }
            removed += found
            return kept
        case let array as [Any]:
            return array.map { removingBidiControls($0, removed: &removed) }
        case let object as [String: Any]:
            var result: [String: Any] = [:]
            for (key, item) in object {
                result[removingBidiControls(key, removed: &removed) as? String ?? key] = removingBidiControls(item, removed: &removed)
            }
            return result
        default:
            return value
        }
    }

    /// The first line holding a bidi control, raw or as a JSON escape (`\u202E`, `\u2066`); 1 if none is found.
    static func firstLineWithBidiControl(_ json: String) -> Int {
        let escape = #"\\u(202[A-Ea-e]|206[6-9])"#
        var number = 0
        for line in json.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.unicodeScalars.contains(where: BidiControls.isControl)
                || line.range(of: escape, options: .regularExpression) != nil { return number }
        }
        return 1
    }

    /// Reads `contentPath/accessibility-results.json`; no file is not a problem.
    package static func load(contentPath: String, io: FileIO) -> (results: AccessibilityTestRun?, diagnostics: [Diagnostic]) {
        let path = (contentPath.isEmpty ? "" : contentPath + "/") + AccessibilityResults.fileName
        guard io.isFile(path) else { return (nil, []) }
        guard let data = try? io.read(path), data.count <= 4 * 1024 * 1024 else {
            return (nil, [Diagnostic(.unreadableFile, "アクセシビリティ試験結果のファイルを読めません。", at: SourceLocation(path: path),
                                     severity: .warning)])
        }
        return parse(data, path: path)
    }

    static func isCriterionNumber(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func criterionOrder(_ id: String) -> [Int] { id.split(separator: ".").map { Int($0) ?? 0 } }
}
