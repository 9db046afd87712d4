import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Bidi controls that appear only after a decoding step (YAML escapes, Markdown
/// character references, JSON escapes in accessibility-results.json) are removed
/// from every output file and warned about (W006) where they were written.
@Suite(.serialized) struct DecodedBidiTests {
    /// Each route in the mini site. The comments give the position of the W006.
    static let files: [String: String] = {
        var files = MiniSite.files
        // 2:9 (YAML \u escape in site.yaml)
        files[Mini.site] = Mini.site("name: テスト区", #"name: "テスト\u202D区""#)
        files[Mini.one] = Mini.one("title: 行政手続のオンライン化", #"title: "行政\u202E手続""#) // 5:8
            .replacingOccurrences(of: "task: 対象業務の洗出し", with: #"task: "\U0000202E=cmd""#) // 23:11
            // 31:3: a hexadecimal reference, a decimal one in a link title on the same line
            .replacingOccurrences(of: "本文です。", with: "本文&#x202E;です。[リンク](https://example.jp/ \"題&#8238;\")")
        files[Mini.oneEasy] = Mini.oneEasy("title: てつづきを インターネットで できるように します", #"title: "\u2067てつづき""#) // 3:8
        // 5:3: upper-case X, isolate control
        files[Mini.about] = "---\nid: about\ntitle: このサイトについて\n---\n説明&#X2066;です。\n"
        // 10:1: a JSON escape in a tool name (line 10 of the file)
        files["content/" + AccessibilityResults.fileName] = AccessibilityPageTests.results(findings: 0)
            .replacingOccurrences(of: #""name": "axe-core""#, with: #""name": "axe\u202e-core""#)
        return files
    }()

    static let expectedCheckWarnings = [
        "content/initiatives/01-online.easy.md:3:8 W006",
        "content/initiatives/01-online.md:5:8 W006",
        "content/initiatives/01-online.md:23:11 W006",
        "content/initiatives/01-online.md:31:3 W006",
        "content/pages/about.md:5:3 W006",
        "content/site.yaml:2:9 W006",
    ]

    /// Built as the publish workflow does: the results file is a check of this very build
    /// (its fingerprint added after the first build), so the page shows it.
    static let build: (report: BuildReport, files: [String: Data], root: String) = {
        let resultsPath = "content/" + AccessibilityResults.fileName
        var first = files
        let results = first.removeValue(forKey: resultsPath) ?? ""
        let tree = try! TestTree(files: first)
        defer { tree.remove() }
        _ = BuildPipeline.run(tree.options())
        let page = tree.snapshot()["accessibility/index.html"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        let source = AccessibilityPageTests.source(in: page) ?? ""
        try! tree.write(resultsPath, results.replacingOccurrences(of: "\"findings\": 0\n}", with: "\"findings\": 0,\n  \"source\": \"\(source)\"\n}"))
        let report = BuildPipeline.run(tree.options())
        return (report, tree.snapshot(), tree.root.path + "/")
    }()

    /// Bidi controls as characters, JSON escapes or HTML/XML character references.
    static func bidiControls(in text: String) -> [String] {
        var found = text.unicodeScalars.filter(BidiControls.isControl).map { "U+" + String($0.value, radix: 16) }
        for pattern in [#"\\u(202[a-e]|206[6-9])"#, #"&#x0*(202[a-e]|206[6-9]);"#, #"&#0*(823[4-8]|829[4-7]);"#] {
            if text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil { found.append(pattern) }
        }
        return found
    }

    @Test func checkWarnsAtEachValueAndReference() {
        let (bundle, diagnostics) = MiniSite.check(Self.files)
        #expect(bundle != nil, "\(diagnostics)")
        #expect(MiniSite.summary(diagnostics) == Self.expectedCheckWarnings, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let site = bundle?.base
        #expect(site?.initiatives.first?.title == "行政手続")
        #expect(site?.initiatives.first?.schedule.first?.task == "=cmd")
        #expect(site?.organization.name == "テスト区")
    }

    @Test func noOutputFileHoldsABidiControl() throws {
        let (report, files, _) = Self.build
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        #expect(files.count > 20)
        for (path, data) in files {
            #expect(Self.bidiControls(in: String(decoding: data, as: UTF8.self)).isEmpty, "\(path)")
        }
        // The decoded text is there, without the control.
        let page = String(decoding: try #require(files["initiatives/online/index.html"]), as: UTF8.self)
        #expect(page.contains("本文です。"))
        #expect(page.contains("title=\"題\""))
        let accessibility = String(decoding: try #require(files["accessibility/index.html"]), as: UTF8.self)
        #expect(accessibility.contains("axe-core"))
    }

    @Test func buildWarnsOnceAtEachPlaceIncludingTheResultsFile() {
        let (report, _, root) = Self.build
        let warnings = report.diagnostics.filter { $0.code == .bidiControl }
            .map { String($0.location.description.dropFirst(root.count)) }
        #expect(warnings == ["content/" + AccessibilityResults.fileName + ":10:1"]
                + Self.expectedCheckWarnings.map { String($0.dropLast(" W006".count)) }, "\(warnings)")
    }

    /// A character reference in a code span is not decoded, and stays text.
    @Test func referencesInCodeStayLiteral() {
        let result = Markdown.render("`&#x202E;` と本文&#x202E;", bodyStartLine: 1, path: "p.md")
        #expect(result.html.markup.contains("<code>&amp;#x202E;</code>"))
        #expect(Self.bidiControls(in: result.html.markup).isEmpty)
        #expect(MiniSite.summary(result.diagnostics) == ["p.md:1:15 W006"])
    }
}
