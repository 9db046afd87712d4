import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// The theme's strings files: every way to write one wrong is a Japanese
/// diagnostic at its file, line and column (E070–E074, W070–W072).
@Suite struct FrameStringsLoaderTests {
    static let path = "themes/t/strings/ja.yaml"
    static let jaText = (try? String(contentsOfFile: RenderFixture.themesRoot + "/default/strings/ja.yaml", encoding: .utf8)) ?? ""

    /// The default ja.yaml with one line replaced (or removed when `with` is nil).
    static func variant(_ line: String, with replacement: String?) -> String {
        var lines = jaText.components(separatedBy: "\n")
        let index = lines.firstIndex(of: line)!
        if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
        return lines.joined(separator: "\n")
    }

    static func summary(_ text: String) -> [String] {
        FrameStringsLoader.parse(text, path: path).1.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }
    }

    static func line(of text: String, _ needle: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }! + 1
    }

    @Test func theDefaultFilesAreCompleteAndClean() {
        let loaded = FrameStringsLoader.load(themeFolder: RenderFixture.themesRoot + "/default", fileIO: .local)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        #expect(Set(loaded.strings.languages.keys) == ["ja", "easy"])
        for code in ["ja", "easy"] {
            let strings = loaded.strings.languages[code]!
            for (key, entry) in FrameStringCatalog.entries where !entry.isOptional {
                #expect(strings.has(key), "\(code).yaml lacks \(key)")
            }
        }
    }

    @Test func aTextWithoutBracesIsOnePieceAsWritten() throws {
        // The fast path for texts without braces gives what the character walk gives.
        for text in ["実績値", "a\u{301} & <b>", "くわしくは\n次のページ", " ", "が"] {
            #expect(try FrameStrings.parse(text).get() == [.text(text)])
        }
        #expect(try FrameStrings.parse("").get() == [])
        #expect(try FrameStrings.parse("実績{value}").get() == [.text("実績"), .slot("value")])
        #expect(throws: FrameStrings.ParseError.self) { try FrameStrings.parse("実績}").get() }
    }

    @Test func slotsAreFilledAndBracesEscaped() throws {
        let pieces = try FrameStrings.parse("{{x}} {date}時点").get()
        #expect(pieces == [.text("{x} "), .slot("date"), .text("時点")])
        let strings = FrameStrings(entries: ["chart.actualSource": pieces])
        #expect(strings.text("chart.actualSource", ["date": "2024年9月30日"]) == "{x} 2024年9月30日時点")
        // Each slot by its name, in any order and as often as written; one not given stays empty.
        let slots = FrameStrings(entries: ["chart.periodAcrossYears": try FrameStrings.parse("{endYear}/{month}〜{year}{month}{gone}!").get()])
        #expect(slots.text("chart.periodAcrossYears", ["year": "令和6", "month": "4月", "endYear": "2025"])
                == "2025/4月〜令和64月!")
        #expect(strings.text("chart.actualSource", [:]) == "{x} 時点")
        // Text stays text: a slot's HTML is the caller's, the words are escaped.
        let html = FrameStrings(entries: ["kpiTable.baselineWithLabel": try FrameStrings.parse("<&{label}").get()])
        #expect(html.html("kpiTable.baselineWithLabel", ["label": HTML(text: "令和<5>")]).markup == "&lt;&amp;令和&lt;5&gt;")
    }

    /// Written into a writer, after what it holds: the words escaped, a slot's HTML as it is, a slot not given empty.
    @Test func aTextIsWrittenAsHTMLIntoAWriter() throws {
        let strings = FrameStrings(entries: ["kpiTable.baselineWithLabel": try FrameStrings.parse("'{label}\"{other}&").get()])
        var writer = MarkupWriter()
        writer.markup("<p>")
        strings.html("kpiTable.baselineWithLabel", ["label": HTML(rendered: "<i>令和</i>")], into: &writer)
        writer.markup("</p>")
        #expect(writer.html.markup == "<p>&#39;<i>令和</i>&quot;&amp;</p>")
    }

    /// Each slot is written in its place by the caller, given its name, as often as the text has it.
    @Test func eachSlotIsWrittenByTheCallerInPlace() throws {
        let strings = FrameStrings(entries: ["dataPage.initiativeRows": try FrameStrings.parse("{title}<{count}>{title}").get()])
        var writer = MarkupWriter()
        var names: [String] = []
        strings.html("dataPage.initiativeRows", into: &writer) { name, writer in
            names.append(name)
            writer.markup("<i>")
            writer.text(name + "&")
        }
        #expect(names == ["title", "count", "title"])
        #expect(writer.html.markup == "<i>title&amp;&lt;<i>count&amp;&gt;<i>title&amp;")
    }

    @Test func aMissingKeyIsE071AtItsGroup() {
        let text = Self.variant("  kpis: 目標・指標の一覧", with: nil)
        #expect(Self.summary(text) == ["\(Self.line(of: text, "page:")):1 E071"])
        let message = FrameStringsLoader.parse(text, path: Self.path).1.first?.message ?? ""
        #expect(message.contains("page.kpis"))
    }

    @Test func aMisspelledKeyIsW070WithTheNearName() {
        let text = Self.variant("  kpis: 目標・指標の一覧", with: "  kpsi: 目標・指標の一覧")
        let diagnostics = FrameStringsLoader.parse(text, path: Self.path).1
        let line = Self.line(of: text, "kpsi:")
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }.sorted()
                == ["\(Self.line(of: text, "page:")):1 E071", "\(line):3 W070"].sorted())
        #expect(diagnostics.first { $0.code == .stringKeyUnknown }?.hint?.contains("「kpis」") == true)
    }

    @Test func badSlotsAreE072AtTheBrace() {
        let unknown = Self.variant("  actualSource: \"{date}時点の実績\"", with: "  actualSource: \"{day}時点の実績\"")
        #expect(Self.summary(unknown) == ["\(Self.line(of: unknown, "actualSource")):18 E072"])
        let unclosed = Self.variant("  actualSource: \"{date}時点の実績\"", with: "  actualSource: 実績{date")
        #expect(Self.summary(unclosed) == ["\(Self.line(of: unclosed, "actualSource")):19 E072"])
        let badName = Self.variant("  actualSource: \"{date}時点の実績\"", with: "  actualSource: \"{日付}時点の実績\"")
        #expect(Self.summary(badName) == ["\(Self.line(of: badName, "actualSource")):18 E072"])
    }

    @Test func anUnusedSlotIsW072AndAnOptionalOneIsNot() {
        let dropped = Self.variant("  actualSource: \"{date}時点の実績\"", with: "  actualSource: 実績")
        #expect(Self.summary(dropped) == ["\(Self.line(of: dropped, "actualSource")):17 W072"])
        let yearLeftOut = Self.variant("  ganttIntroSentence: \"{year}({first}～{last})の予定を、四半期ごとに示します。\"",
                                       with: "  ganttIntroSentence: \"{first}から{last}までの予定です。\"")
        #expect(Self.summary(yearLeftOut).isEmpty)
    }

    @Test func aListIsE073AndATagIsE074() {
        let list = Self.variant("  home: トップ", with: "  home: [トップ]")
        #expect(Self.summary(list) == ["\(Self.line(of: list, "home: [")):9 E073"])
        let tag = Self.variant("  home: トップ", with: "  home: <b>トップ</b>")
        #expect(Self.summary(tag) == ["\(Self.line(of: tag, "home: <b>")):9 E074"])
    }

    @Test func aLanguageWithoutAFileIsE070AndAFileWithoutALanguageIsW071() throws {
        let tree = try TestTree(files: ["themes/t/strings/ja.yaml": Self.jaText, "themes/t/strings/en.yaml": Self.jaText])
        defer { tree.remove() }
        let folder = tree.root.appendingPathComponent("themes/t").path
        let loaded = FrameStringsLoader.load(themeFolder: folder, fileIO: .local)
        #expect(loaded.diagnostics.isEmpty)
        let languages = [Language(code: "ja", name: "日本語", path: "/"), Language(code: "easy", name: "やさしい日本語", path: "/easy/")]
        let checked = loaded.strings.checkLanguages(languages, stringsFolder: folder + "/strings")
        #expect(checked.map(\.code.rawValue) == ["E070", "W071"])
        #expect(checked[0].location.path.hasSuffix("strings/easy.yaml"))
        #expect(checked[1].location.path.hasSuffix("strings/en.yaml") && checked[1].location.line == 1)
    }
}
