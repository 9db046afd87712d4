import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// The frame of the easy site (every word the theme and the generator write,
/// as opposed to the content's own texts) has no word of the theme's hard-word
/// list, and each concept has one spelling on easy pages.
@Suite struct EasyFrameWordsTests {
    static let themeFolder = RenderFixture.themesRoot + "/default"
    static let list: HardWordList? = HardWordList.load(themeFolder: themeFolder, fileIO: .local).0

    /// Words the list must hold (the issue's, and the data page's technical words).
    static let required = ["指標", "基準値", "備考", "節目", "実績", "現状", "方針", "課題", "ミッション", "ビジョン",
                           "閾値", "値", "形式", "整数", "文字列", "バイト"]

    @Test func theListHoldsTheKnownHardWords() throws {
        let words = Set(try #require(Self.list).words.map(\.word))
        for word in Self.required { #expect(words.contains(word), "hard-words.yaml lacks \(word)") }
    }

    @Test func findingsSkipWordsExplainedInPlace() throws {
        let list = HardWordList(words: [("実績", "結果"), ("値", "数"), ("基準値", "前の結果")])
        #expect(list.findings(in: "実績（結果）と結果（実績）").isEmpty)
        #expect(list.findings(in: "実績と基準値").map(\.word) == ["実績", "基準値"])
        #expect(list.findings(in: "実績と基準値").map(\.offset) == [0, 3])
    }

    @Test func noEasyStringHasAHardWord() throws {
        let list = try #require(Self.list)
        let easy = try #require(FrameStringsLoader.load(themeFolder: Self.themeFolder, fileIO: .local).strings.languages["easy"])
        var found: [String] = []
        for key in easy.entries.keys.sorted() {
            let text = easy.text(key, [:])
            for finding in list.findings(in: text) { found.append("\(key): 「\(finding.word)」 in \(text)") }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func easyPagesHaveNoHardWordOutsideTheContent() throws {
        let list = try #require(Self.list)
        let corpus = try Self.contentPieces()
        let pages = BuiltSite.shared.pages(inFolder: "easy/")
        try #require(pages.count > 20)
        var found: [String] = []
        for (path, html) in pages {
            for node in Self.textNodes(html) where !list.findings(in: node).isEmpty {
                var frame = node
                for piece in corpus where frame.contains(piece) {
                    frame = frame.replacingOccurrences(of: piece, with: "\u{3000}")
                }
                for finding in list.findings(in: frame) { found.append("\(path): 「\(finding.word)」 in 「\(node)」") }
            }
        }
        #expect(found.isEmpty, "\(found.count) hard words in the easy frame:\n\(found.joined(separator: "\n"))")
    }

    /// Spellings of one concept; the easy site uses the first and never another.
    static let concepts: [[String]] = [["取り組み", "取組"], ["子ども", "子供"], ["お年寄り", "高齢者"], ["予定", "スケジュール"]]

    @Test func easyPagesUseOneSpellingPerConcept() throws {
        let pages = BuiltSite.shared.pages(inFolder: "easy/")
        try #require(pages.count > 20)
        let text = pages.map { Self.visibleText($0.html) }.joined(separator: "\n")
        for spellings in Self.concepts {
            let used = spellings.filter { text.contains($0) }
            #expect(used.count <= 1, "easy pages spell one concept \(used.count) ways: \(used)")
            if let other = used.first(where: { $0 != spellings[0] }) {
                let where_ = pages.filter { Self.visibleText($0.html).contains(other) }.map(\.path)
                Issue.record("easy pages write 「\(other)」 (use 「\(spellings[0])」): \(where_.prefix(5))")
            }
        }
    }

    // MARK: Page text

    /// The page as read: ruby readings dropped, ruby bases joined to their words,
    /// no scripts, no SVG (chart words are the strings file's, checked above).
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in [#"<script[^>]*>[\s\S]*?</script>"#, #"<svg[\s\S]*?</svg>"#, #"<rt>[\s\S]*?</rt>"#, #"<rp>[\s\S]*?</rp>"#,
                        #"</?(ruby|rb)>"#] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }

    /// Each run of text between tags, and each aria-label and data-label (a phone card's column names), entities decoded.
    static func textNodes(_ html: String) -> [String] {
        let text = visibleText(html)
        var nodes: [String] = []
        let labels = try! NSRegularExpression(pattern: #"(?:aria-label|data-label)="([^"]*)""#)
        for match in labels.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let range = Range(match.range(at: 1), in: text) { nodes.append(String(text[range])) }
        }
        let withoutHead = text.replacingOccurrences(of: #"<head>[\s\S]*?<title>"#, with: "<title>", options: .regularExpression)
            .replacingOccurrences(of: #"</title>[\s\S]*?</head>"#, with: "</title>", options: .regularExpression)
        nodes += withoutHead.components(separatedBy: "<").map { part in
            part.firstIndex(of: ">").map { String(part[part.index(after: $0)...]) } ?? part
        }
        return nodes.map(decoded).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: The content's own texts

    /// Every text the easy site takes from content (whatever file it comes from),
    /// cut at Markdown marks into the pieces a page shows between tags, longest first;
    /// and the names of the WCAG criteria, quoted from the standard as they are.
    static func contentPieces() throws -> [String] {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: Repository.root.appendingPathComponent("content").path, io: .local)
        let easy = try #require(bundle?.sites.first { $0.language.isEasy }, "\(diagnostics)")
        var texts = [easy.organization.name, easy.report.title, easy.report.description, easy.report.introduction,
                     easy.mission, easy.vision, easy.values, easy.report.fiscalYearLabel]
        texts += easy.report.sources.flatMap { [$0.title, $0.publisher] }
        texts += easy.dxVision.map(\.text) + easy.themes.flatMap { [$0.title, $0.summary ?? ""] }
        texts += easy.evaluationScale.map(\.label)
        if let b = easy.background {
            texts += [b.policy, b.priorityIssueTitle, b.priorityIssueSource, b.conclusion].compactMap { $0 }
            texts += b.achievements + b.challenges + b.towardNextYear
        }
        texts += easy.initiatives.flatMap(EasyJapaneseChecker.easyTexts(of:))
        texts += easy.pages.flatMap { [$0.title, $0.summary ?? "", $0.body] }
        texts += easy.glossary.flatMap { [$0.term, $0.reading ?? "", $0.text] }
        texts += WCAGCriteria.all.map(\.name)
        var pieces: Set<String> = []
        for text in texts {
            for line in ManualRuby.stripped(text).components(separatedBy: .newlines) {
                let parts = line.components(separatedBy: CharacterSet(charactersIn: "[]()*_`>#|")).map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: " -0123456789.").union(.whitespaces))
                }
                pieces.formUnion(parts.filter { $0.count >= 2 })
                let whole = line.trimmingCharacters(in: .whitespaces)
                if whole.count >= 2 { pieces.insert(whole) }
            }
        }
        return pieces.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
