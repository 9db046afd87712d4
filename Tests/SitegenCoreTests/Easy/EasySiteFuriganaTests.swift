import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The real site, built in memory from content/ and the default theme: every
/// kanji a reader sees on an easy page has its reading. The statistics (where
/// the readings came from) are printed for the project notes.
@Suite struct EasySiteFuriganaTests {
    @Test func everyKanjiOfTheRealEasySiteHasAReading() throws {
        let root = Repository.root.path
        let (checked, diagnostics) = ContentCheck.run(contentPath: root + "/content", io: .local)
        let bundle = try #require(checked, "\(diagnostics)")
        let theme = try #require(SiteTheme.load(name: "default", themesRoot: root + "/themes", fileIO: .local).theme)
        let annotator = try FuriganaAnnotator(overrides: bundle.base.furigana)
        // The accessibility page lists the WCAG criteria (せん（閃）光 …) with or without test results.
        let accessibility = AccessibilityResults.load(contentPath: root + "/content", themeFolder: root + "/themes/default", io: .local).results
        let (files, renderDiagnostics) = SiteRenderer.render(bundle, theme: theme, accessibility: accessibility, furigana: annotator)
        #expect(!renderDiagnostics.hasErrors, "\(renderDiagnostics)")

        let folders = bundle.sites.filter { $0.language.isEasy }.map { $0.language.folder + "/" }
        let pages = files.filter { file in file.path.hasSuffix(".html") && folders.contains { file.path.hasPrefix($0) } }
        #expect(pages.count >= 20)
        var bare: [String] = []
        for page in pages {
            for word in Self.kanjiOutsideRuby(String(decoding: page.data, as: UTF8.self)) { bare.append("\(page.path): \(word)") }
        }
        #expect(bare.isEmpty, "\(bare.prefix(20))")
        // The criteria table is shown only with fresh test results; its texts are read the same way.
        let criteria = WCAGCriteria.all.map { "<td>" + Escape.html($0.name) + "</td>" }.joined()
        let annotated = annotator.annotateHTML(criteria)
        #expect(annotated.contains("<ruby>閃<rt>せん</rt></ruby>") && annotated.contains("<ruby>閾<rt>しきい</rt></ruby>"))
        #expect(Self.kanjiOutsideRuby(annotated).isEmpty, "\(Self.kanjiOutsideRuby(annotated))")

        // <title> cannot hold ruby: its kanji words carry their readings in brackets
        // (情報（じょうほう）), and each of its parts, without them, is shown with ruby on
        // the page (the heading, the site name, the organisation).
        for page in pages {
            let html = String(decoding: page.data, as: UTF8.self)
            guard let bracketed = html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first
            else { continue }
            let title = bracketed.replacingOccurrences(of: #"(?<=\p{Han})（[\p{Hiragana}ー]+）"#, with: "", options: .regularExpression)
            let visible = Self.visibleText(html)
            for part in title.components(separatedBy: " | ") where part.contains(where: Kana.isKanji) {
                #expect(visible.contains(Escape.html(part)), "\(page.path): \(part)")
            }
        }

        let stats = annotator.statistics
        print("easy site, \(pages.count) pages — \(stats) — total \(stats.annotated)")
        #expect(stats.unread == 0)
        #expect(stats.analyser > stats.overrides && stats.overrides > 0 && stats.counters > 0)
    }

    @Test func bareKanjiAreFound() {
        let html = "<title>目標</title><p><ruby>区<rt>く</rt></ruby>と市\n<svg>\n<text>図</text></svg><code>行</code></p>"
        #expect(Self.kanjiOutsideRuby(html) == ["市"])
    }

    /// The body's text as a reader sees it, readings left out: ruby bases stay in place.
    static func visibleText(_ html: String) -> String {
        let body = html.components(separatedBy: "<body").dropFirst().joined()
        return body.replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }

    /// Kanji runs in text a reader sees that are not inside <ruby>: elements the
    /// annotator leaves alone (svg, code, title …) and tags are taken out first.
    static func kanjiOutsideRuby(_ html: String) -> [String] {
        var text = html
        for element in FuriganaAnnotator.skippedElements.names.sorted() {
            text = text.replacingOccurrences(of: "(?s)<\(element)\\b[^>]*>.*?</\(element)>", with: " ",
                                             options: [.regularExpression, .caseInsensitive])
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return EasyJapaneseRules.runs(in: text, where: Kana.isKanji)
    }
}
