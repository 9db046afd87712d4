import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The corpus of bad content (issue #6): each case is MiniSite with a mutation
/// and the exact diagnostics (`path:line:column code`, sorted by file and
/// line, every problem of the run together) it must produce.
enum BadContentCorpus {
    static let cases: [BadContentCase] = yaml + encodings + numbers + model + markdown

    // MARK: YAML

    static let yaml: [BadContentCase] = [
        BadContentCase("colon inside a plain value", [Mini.one: Mini.one("title: 行政手続のオンライン化", "title: 目的: 手続の拡大")],
                       expect: ["content/initiatives/01-online.md:5:10 E003"]),
        BadContentCase("unclosed double quote", [Mini.one: Mini.one("title: 行政手続のオンライン化", "title: \"行政手続のオンライン化")],
                       expect: ["content/initiatives/01-online.md:5:8 E003"]),
        BadContentCase("unclosed flow mapping", [Mini.one: Mini.one("target: { value: 60, comparison: at_least }", "target: { value: 60, comparison: at_least")],
                       expect: ["content/initiatives/01-online.md:12:13 E003"]),
        BadContentCase("tab used for indentation", [Mini.site: Mini.site("  name: テスト区", "\tname: テスト区")],
                       expect: ["content/site.yaml:2:1 E003"]),
        BadContentCase("unclosed front matter", [Mini.two: Mini.two("at_most }\n---\n", "at_most }\n")],
                       expect: ["content/initiatives/02-network.md:1:1 E004"]),
        BadContentCase("no front matter at all", [Mini.about: "# このサイトについて\n説明です。\n"],
                       expect: ["content/pages/about.md:1:1 E004"]),
        BadContentCase("front matter written twice", [Mini.about: "---\nid: about\ntitle: このサイトについて\n---\n---\nsummary: 説明\nid: about\n---\n説明です。\n"],
                       expect: ["content/pages/about.md:5:1 W005"]),
        BadContentCase("empty front matter", [Mini.about: "---\n---\n説明です。\n"],
                       expect: ["content/pages/about.md:2:1 E007", "content/pages/about.md:2:1 E007"]),
        BadContentCase("duplicate key in front matter", [Mini.one: Mini.one("summary: 申請できる手続を増やす。", "summary: 申請できる手続を増やす。\ntitle: 二つ目のタイトル")],
                       expect: ["content/initiatives/01-online.md:8:1 E005"]),
        BadContentCase("duplicate key in site.yaml", [Mini.site: Mini.site("mission: 区民の生活を便利にする。", "mission: 区民の生活を便利にする。\nmission: もう一つ")],
                       expect: ["content/site.yaml:16:1 E005"]),
        BadContentCase("text where a list goes", [Mini.one: Mini.one("    bars:\n      - { from: Q1, to: Q2, label: 洗出し }", "    bars: 上期に洗出し")],
                       expect: ["content/initiatives/01-online.md:24:11 E006"]),
        BadContentCase("list where text goes", [Mini.one: Mini.one("title: 行政手続のオンライン化", "title: [行政, 手続]")],
                       expect: ["content/initiatives/01-online.md:5:8 E006"]),
        BadContentCase("site.yaml is a list", [Mini.site: "- organization\n- report\n"],
                       expect: ["content/site.yaml:1:1 E006"]),
        BadContentCase("empty site.yaml", [Mini.site: ""],
                       expect: ["content/site.yaml:1:1 E026"]),
        BadContentCase("alias expansion bomb", [Mini.glossary: aliasBomb],
                       expect: ["content/glossary.yaml:1:3 E009"]),
        BadContentCase("very deep nesting", [Mini.site: MiniSite.siteYAML + "background: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"],
                       expect: ["content/site.yaml:27:45 E027"]),
        BadContentCase("50 MB file", bytes: { [Mini.glossary: Data(repeating: 0x61, count: 50 * 1024 * 1024)] },
                       expect: ["content/glossary.yaml:1:1 E008"]),
    ]

    /// The "billion laughs" of YAML: nine levels of nine aliases.
    static let aliasBomb: String = {
        var lines = ["- &a0 { term: lol, text: lol }"]
        for level in 1...9 {
            lines.append("- &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    // MARK: Encodings and editors

    static let encodings: [BadContentCase] = [
        BadContentCase("Shift_JIS file", bytes: {
            [Mini.two: MiniSite.initiative2.data(using: .shiftJIS)!]
        }, expect: ["content/initiatives/02-network.md:5:8 E002"]),
        BadContentCase("Shift_JIS base file with an easy file: no orphan error for the easy file", bytes: {
            [Mini.one: MiniSite.initiative1.data(using: .shiftJIS)!]
        }, expect: ["content/initiatives/01-online.md:5:8 E002"]),
        BadContentCase("CP932 file with NEC special characters", bytes: {
            // ① (0x8740) exists only in CP932; the rest is Shift_JIS.
            [Mini.two: MiniSite.initiative2.replacingOccurrences(of: "title: ネットワークの再構築", with: "title: ").data(using: .shiftJIS)!
                .replacing(Data("title: ".utf8), with: Data("title: ".utf8) + Data([0x87, 0x40]))]
        }, expect: ["content/initiatives/02-network.md:5:8 E002"]),
        BadContentCase("invalid UTF-8 in the body", bytes: {
            [Mini.about: Data("---\nid: about\ntitle: このサイトについて\n---\n説明".utf8) + Data([0xC3, 0x28]) + Data("です。\n".utf8)]
        }, expect: ["content/pages/about.md:5:3 E002"]),
        BadContentCase("NUL byte", bytes: {
            [Mini.about: Data("---\nid: about\ntitle: この".utf8) + Data([0]) + Data("サイト\n---\n".utf8)]
        }, expect: ["content/pages/about.md:3:10 E002"]),
        BadContentCase("UTF-16 file", bytes: {
            [Mini.about: "---\nid: about\ntitle: このサイトについて\n---\n".data(using: .utf16)!]
        }, expect: ["content/pages/about.md:1:1 E002"]),
        BadContentCase("BOM and CRLF are accepted, positions stay right", bytes: {
            let text = Mini.one("theme: service", "theme: nope").replacingOccurrences(of: "\n", with: "\r\n")
            return [Mini.one: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)]
        }, expect: ["content/initiatives/01-online.md:4:8 E013"]),
        BadContentCase("lone CR line ends (old Mac editors)", bytes: {
            [Mini.one: Data(Mini.one("theme: service", "theme: nope").replacingOccurrences(of: "\n", with: "\r").utf8)]
        }, expect: ["content/initiatives/01-online.md:4:8 E013"]),
    ]

    // MARK: Numbers and dates typed the Japanese way

    static let numbers: [BadContentCase] = [
        BadContentCase("full-width digits are accepted", [Mini.one: Mini.one("number: 1", "number: １").replacingOccurrences(of: "value: 60,", with: "value: ６０,")],
                       expect: []),
        BadContentCase("full-width date is accepted", [Mini.one: Mini.one("date: 2024-09-30", "date: ２０２４－０９－３０")],
                       expect: []),
        BadContentCase("date without zero padding", [Mini.one: Mini.one("date: 2024-09-30", "date: 2024-9-30")],
                       expect: ["content/initiatives/01-online.md:15:17 E017"]),
        BadContentCase("exponent in a number", [Mini.one: Mini.one("value: 60,", "value: 6e1,")],
                       expect: ["content/initiatives/01-online.md:12:22 E016"]),
        BadContentCase("bidi override in a title is removed with a warning", [Mini.two: Mini.two("title: ネットワークの再構築", "title: ネット\u{202E}ワーク")],
                       expect: ["content/initiatives/02-network.md:5:11 W006"]),
        BadContentCase("bidi override written as a YAML escape is removed with a warning", [Mini.two: Mini.two("title: ネットワークの再構築", #"title: "ネット\u202Eワーク""#)],
                       expect: ["content/initiatives/02-network.md:5:8 W006"]),
        BadContentCase("bidi isolate written as a Markdown character reference is removed with a warning",
                       [Mini.about: "---\nid: about\ntitle: このサイトについて\n---\n説明&#8294;です。\n"],
                       expect: ["content/pages/about.md:5:3 W006"]),
        BadContentCase("percent sign in a number", [Mini.one: Mini.one("value: 60,", "value: 60%,")],
                       expect: ["content/initiatives/01-online.md:12:22 E016"]),
        BadContentCase("full-width percent sign in a number", [Mini.one: Mini.one("value: 60,", "value: ６０％,")],
                       expect: ["content/initiatives/01-online.md:12:22 E016"]),
        BadContentCase("thousands separator", [Mini.two: Mini.two("target: { value: 0, comparison: at_most }", "target: { value: \"1,200\", comparison: at_most }")],
                       expect: ["content/initiatives/02-network.md:12:22 E016"]),
        BadContentCase("counter word in a number", [Mini.two: Mini.two("value: 0,", "value: 0件,")],
                       expect: ["content/initiatives/02-network.md:12:22 E016"]),
        BadContentCase("Japanese numeral where an integer goes", [Mini.two: Mini.two("number: 2", "number: 二")],
                       expect: ["content/initiatives/02-network.md:3:9 E016"]),
        BadContentCase("text where the fiscal year goes", [Mini.site: Mini.site("fiscal_year: 2024", "fiscal_year: 令和6年度")],
                       expect: ["content/site.yaml:5:16 E016"]),
        BadContentCase("Reiwa date where an ISO date goes", [Mini.one: Mini.one("date: 2024-09-30", "date: 令和6年9月30日")],
                       expect: ["content/initiatives/01-online.md:15:17 E017"]),
        BadContentCase("slash date", [Mini.one: Mini.one("date: 2024-09-30", "date: 2024/9/30")],
                       expect: ["content/initiatives/01-online.md:15:17 E017"]),
        BadContentCase("impossible date", [Mini.site: Mini.site("as_of: 2024-10-01", "as_of: 2024-02-30")],
                       expect: ["content/site.yaml:6:10 E017"]),
    ]

    // MARK: Model errors

    static let model: [BadContentCase] = [
        BadContentCase("missing required fields", [Mini.two: Mini.two("title: ネットワークの再構築\n", "").replacingOccurrences(of: "summary: 障害に強いネットワークを作る。\n", with: "")],
                       expect: ["content/initiatives/02-network.md:2:1 E007", "content/initiatives/02-network.md:2:1 E007"]),
        BadContentCase("misspelt key", [Mini.two: Mini.two("title:", "titel:")],
                       expect: ["content/initiatives/02-network.md:2:1 E007", "content/initiatives/02-network.md:5:1 W001"]),
        BadContentCase("unknown theme", [Mini.two: Mini.two("theme: base", "theme: infra")],
                       expect: ["content/initiatives/02-network.md:4:8 E013"]),
        BadContentCase("unknown めざす姿", [Mini.two: Mini.two("vision: [3]", "vision: [3, 9]")],
                       expect: ["content/initiatives/02-network.md:6:13 E014"]),
        BadContentCase("unknown evaluation code", [Mini.one: Mini.one("evaluation: B", "evaluation: S")],
                       expect: ["content/initiatives/01-online.md:16:17 E015"]),
        BadContentCase("duplicate initiative id", [Mini.two: Mini.two("id: network", "id: online")],
                       expect: ["content/initiatives/02-network.md:2:5 E011"]),
        BadContentCase("duplicate initiative number", [Mini.two: Mini.two("number: 2", "number: 1")],
                       expect: ["content/initiatives/02-network.md:3:9 E012"]),
        BadContentCase("duplicate KPI id", [Mini.one: Mini.one("  - id: plan", "  - id: rate")],
                       expect: ["content/initiatives/01-online.md:17:9 E011"]),
        BadContentCase("duplicate theme number in site.yaml", [Mini.site: Mini.site("{ id: base, number: 2", "{ id: base, number: 1")],
                       expect: ["content/site.yaml:23:25 E012"]),
        BadContentCase("schedule month outside the fiscal year", [Mini.one: Mini.one("at: 2025-01", "at: 2025-04")],
                       expect: ["content/initiatives/01-online.md:27:15 E019"]),
        BadContentCase("from after to", [Mini.one: Mini.one("{ from: Q1, to: Q2", "{ from: Q3, to: Q2")],
                       expect: ["content/initiatives/01-online.md:25:17 E020"]),
        BadContentCase("quarter Q5", [Mini.one: Mini.one("to: Q2", "to: Q5")],
                       expect: ["content/initiatives/01-online.md:25:25 E018"]),
        BadContentCase("KPI without target", [Mini.two: Mini.two("    target: { value: 0, comparison: at_most }\n", "")],
                       expect: ["content/initiatives/02-network.md:9:5 E021"]),
        BadContentCase("unknown comparison", [Mini.two: Mini.two("comparison: at_most", "comparison: 以下")],
                       expect: ["content/initiatives/02-network.md:12:37 E022"]),
        BadContentCase("easy file changes a number", [Mini.oneEasy: Mini.oneEasy("  - id: rate\n", "  - id: rate\n    unit: 件\n")],
                       expect: ["content/initiatives/01-online.easy.md:7:11 E024"]),
        BadContentCase("easy file names an unknown id", [Mini.oneEasy: Mini.oneEasy("  - id: prepare", "  - id: prepare-x")],
                       expect: ["content/initiatives/01-online.easy.md:9:9 E025"]),
        BadContentCase("easy file without base file", [
            "content/pages/contact.easy.md": "---\nid: contact\ntitle: れんらくさき\n---\n"], expect: ["content/pages/contact.easy.md:1:1 E025"]),
        BadContentCase("file name with terminal escape sequences", [
            "content/pages/\u{1B}]0;evil\u{07}\u{1B}[2J.md": "no front matter\n"], expect: ["content/pages/\u{1B}]0;evil\u{07}\u{1B}[2J.md:1:1 E004"]),
        BadContentCase("translation for a language site.yaml does not list", [
            "content/pages/about.en.md": "---\nid: about\ntitle: About\n---\n"], expect: ["content/pages/about.en.md:1:1 E028"]),
        BadContentCase("path traversal id", [Mini.one: Mini.one("id: online", "id: ../../etc")],
                       expect: ["content/initiatives/01-online.md:2:5 E010"]),
        BadContentCase("id with capitals and kanji", [Mini.about: "---\nid: About-目黒\ntitle: このサイトについて\n---\n"],
                       expect: ["content/pages/about.md:2:5 E010"]),
        BadContentCase("base_url that is not a URL", [Mini.site: Mini.site("base_url: https://dx.city.test/", "base_url: example.jp/dx")],
                       expect: ["content/site.yaml:7:13 E023"]),
        BadContentCase("base_url with a query and a fragment", [Mini.site: Mini.site("base_url: https://dx.city.test/", "base_url: https://dx.city.test/?x=1#frag")],
                       expect: ["content/site.yaml:7:13 E023"]),
        BadContentCase("base_url with a broken escape", [Mini.site: Mini.site("base_url: https://dx.city.test/", "base_url: https://example.jp/d%zz/")],
                       expect: ["content/site.yaml:7:13 E023"]),
        BadContentCase("base_url with user information", [Mini.site: Mini.site("base_url: https://dx.city.test/", "base_url: https://city.example.jp@evil.example/dx/")],
                       expect: ["content/site.yaml:7:13 E023"]),
        BadContentCase("no site.yaml", [Mini.site: nil], expect: ["content/site.yaml:1:1 E026"]),
    ]

    // MARK: Markdown that makes cmark-gfm slow (E029)

    static let aboutHead = "---\nid: about\ntitle: このサイトについて\n---\n"

    static let markdown: [BadContentCase] = [
        // The 101st `[` is the first of the 51st `![[]()`, after 2 characters of Japanese.
        BadContentCase("image brackets repeated", [Mini.about: aboutHead + "画像" + String(repeating: "![[]()", count: 60) + "\n"],
                       expect: ["content/pages/about.md:5:304 E029"]),
        BadContentCase("4 MB of image brackets", bytes: {
            [Mini.about: Data((aboutHead + String(repeating: "![[]()", count: (SourceDecoder.maximumBytes - 60) / 6)).utf8)]
        }, expect: ["content/pages/about.md:5:302 E029"]),
        BadContentCase("unclosed <? in an initiative body", [Mini.one: Mini.one("本文です。", "本文です。" + String(repeating: "a <?", count: 120))],
                       expect: ["content/initiatives/01-online.md:31:408 E029"]),
        BadContentCase("unclosed CDATA in the easy file", [Mini.oneEasy: MiniSite.easyInitiative1 + String(repeating: "a <![CDATA[", count: 60) + "\n"],
                       expect: ["content/initiatives/01-online.easy.md:\(MiniSite.easyInitiative1.split(separator: "\n", omittingEmptySubsequences: false).count):555 E029"]),
        BadContentCase("nested list items kept open by blank lines", [Mini.about: aboutHead + String(repeating: "- ", count: 20) + "x" + String(repeating: "\n", count: 1000)],
                       expect: ["content/pages/about.md:5:25 E029"]),
        BadContentCase("table row of many |", [Mini.about: aboutHead + "| a | b |\n|---|---|\n" + String(repeating: "|", count: 80) + "\n"],
                       expect: ["content/pages/about.md:7:51 E029"]),
        BadContentCase("wide table with many short rows", [Mini.about: aboutHead + "本文\n\n" + String(repeating: "|a", count: 41) + "|\n"
                                                                + String(repeating: "|-", count: 41) + "|\n" + String(repeating: "x\n", count: 3000)],
                       expect: ["content/pages/about.md:7:1 E029"]),
        BadContentCase("crossing emphasis delimiters", [Mini.about: aboutHead + String(repeating: "*a ", count: 300) + String(repeating: "_a*_ ", count: 300)],
                       expect: ["content/pages/about.md:5:1234 E029"]),
        BadContentCase("links in separate paragraphs are fine", [Mini.about: aboutHead + String(repeating: String(repeating: "[資料](https://example.jp/)", count: 90) + "\n\n", count: 30)],
                       expect: []),
    ]
}
