import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// The easy pages of the real site (content/), as a build writes them.
@Suite struct EasyRealSitePageTests {
    /// Each easy HTML page: its path and what a reader reads (no ruby readings, no tags).
    static func easyPages() throws -> [(path: String, html: String, text: String)] {
        try RealSiteChartTests.files.get().filter { $0.path.hasPrefix("easy/") && $0.path.hasSuffix(".html") }.map { file in
            let html = String(decoding: file.data, as: UTF8.self)
            return (file.path, html, VisibleText.of(html))
        }
    }

    /// A date or period as pages write it: 2025年1月, 4～6月, 2024年4月から6月まで, 10月から12月 の あいだ.
    static let date = #"(?:[0-9]{4}年)?[0-9]{1,2}(?:～[0-9]{1,2})?月(?:から(?:[0-9]{4}年)?[0-9]{1,2}月(?:まで|の間| の あいだ)?)?"#
    /// Two dates with only brackets, spaces or a colon between them.
    static let adjacentDates = try! NSRegularExpression(pattern: "(\(date))[）)」\\s]*[（(「\\s:：]*(\(date))")

    /// The months a date names, years left out (2024年4月から6月まで → [4, 6]).
    static func months(_ date: String) -> [String] {
        let noYears = date.replacingOccurrences(of: #"[0-9]{4}年"#, with: "", options: .regularExpression)
        let regex = try! NSRegularExpression(pattern: "([0-9]{1,2})(?:～[0-9]{1,2})?月")
        let ns = noYears as NSString
        return regex.matches(in: noYears, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    /// 「（4月から6月まで）(2024年4月から6月まで)」: the same months written twice in a row.
    static func doubledDates(in text: String) -> [String] {
        let ns = text as NSString
        return adjacentDates.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            months(ns.substring(with: match.range(at: 1))) == months(ns.substring(with: match.range(at: 2)))
                ? ns.substring(with: match.range) : nil
        }
    }

    @Test func theDoubledDateOfTheIssueIsFound() {
        #expect(Self.doubledDates(in: "提案をあつめます（4月から6月まで）(2024年4月から6月まで)、") == ["4月から6月まで）(2024年4月から6月まで"])
        #expect(Self.doubledDates(in: "使います（2025年1月）(2025年1月)") == ["2025年1月）(2025年1月"])
        // Two bars of one task, side by side in a table, are two periods, not one written twice.
        #expect(Self.doubledDates(in: "計画を作ります（4月から6月まで）10～12月: 行います").isEmpty)
    }

    /// A title is text only (no ruby): on easy pages each kanji word has its reading in brackets.
    @Test func everyKanjiOfAnEasyTitleHasItsReadingInBrackets() throws {
        let pages = try Self.easyPages()
        let title = try NSRegularExpression(pattern: "<title>([^<]*)</title>")
        for page in pages {
            let ns = page.html as NSString
            let found = try #require(title.firstMatch(in: page.html, range: NSRange(location: 0, length: ns.length)), "\(page.path)")
            let text = Array(ns.substring(with: found.range(at: 1)))
            // Each run of kanji ends at its reading: 情報（じょうほう）, 取（と）り組（く）み.
            let bare = text.indices.filter { i in
                Kana.isKanji(text[i]) && (i + 1 == text.count || !(Kana.isKanji(text[i + 1]) || text[i + 1] == "（"))
            }
            #expect(bare.isEmpty, "\(page.path): \(String(text))")
            #expect(text.contains("（"), "\(page.path): no reading in \(String(text))")
        }
    }

    @Test func noEasyPageWritesADateTwice() throws {
        let pages = try Self.easyPages()
        #expect(pages.count > 20)
        let doubled = pages.flatMap { page in Self.doubledDates(in: page.text).map { "\(page.path): \($0)" } }
        #expect(doubled.isEmpty, "\(doubled.prefix(10))")
    }
}

/// What a reader reads of an HTML page: scripts, styles, SVG and ruby readings
/// removed, tags removed, the few entities the renderer writes decoded.
enum VisibleText {
    static func of(_ html: String) -> String {
        var text = html
        for pattern in [#"(?s)<(script|style|svg)\b.*?</\1>"#, #"(?s)<rt>.*?</rt>"#, #"<rp>.*?</rp>"#, "<[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: "", options: [.regularExpression])
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
