import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct EasyJapaneseCheckerTests {
    private func run(_ changes: [String: String?] = [:]) throws -> [Diagnostic] {
        let files = MiniSite.files(replacing: changes)
        let bundle = try #require(MiniSite.check(files).bundle)
        return EasyJapaneseChecker.check(bundle: bundle)
    }

    private let easyPath = "content/initiatives/01-online.easy.md"

    /// The easy file with its body replaced.
    private func easy(body: String) -> String {
        let text = MiniSite.easyInitiative1
        let end = text.range(of: "---\n", options: .backwards)!.upperBound
        return String(text[..<end]) + body
    }

    @Test func filesWithoutAnEasyVersionAreW003AtTheirBaseFile() throws {
        let d = try run().filter { $0.code == .missingTranslation }
        #expect(MiniSite.summary(d) == [
            "content/initiatives/02-network.md:1:1 W003",
            "content/pages/about.md:1:1 W003",
            "content/site.yaml:1:1 W003",
        ])
        #expect(d[0].message.contains("02-network.easy.md"))
    }

    @Test func fallbackTextIsNotLinted() throws {
        // 02-network.md is standard Japanese (「作る。」 is plain form) and has no easy file.
        let d = try run().filter { $0.location.path.contains("02-network") }
        #expect(d.map(\.code) == [.missingTranslation])
    }

    @Test func anEasyTextThatStatesNoFigureIsAccepted() throws {
        // The mini easy file retypes no target, result or month: the page shows them from the data.
        let d = try run().filter { $0.code == .wrongFigure }
        #expect(d.isEmpty, "\(d)")
    }

    @Test func figuresThatMatchTheStandardVersionAreAccepted() throws {
        // 60%/46%: the KPI; 2023年度: 令和5年度実績; 4月から9月: the bar Q1–Q2; 2025年1月: the milestone.
        let body = "もくひょうは 60%です。2023年度は 46%でした。\n2024年4月から9月まで しらべます。2025年1月に 口座振替を はじめます。\n"
        let d = try run([easyPath: easy(body: body)]).filter { $0.code == .wrongFigure }
        #expect(d.isEmpty, "\(d)")
    }

    @Test func aWrongFigureInEasyProseIsE046AtTheFigure() throws {
        let body = "もくひょうは 70%です。\n口座振替は 11月に はじめます。2025年1月に はじめます。\n"
        let text = easy(body: body)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("もくひょう") }! + 1
        let d = try run([easyPath: text]).filter { $0.code == .wrongFigure }
        #expect(MiniSite.summary(d) == ["\(easyPath):\(line):8 E046", "\(easyPath):\(line + 1):7 E046"])
        #expect(d.first?.message.contains("「70%」") == true)
        #expect(d.first?.message.contains("content/initiatives/01-online.md") == true)
        #expect(d.last?.message.contains("「11月」") == true)
    }

    @Test func aNumberBeforeAnotherWordIsNotAFigureToCheck() {
        // 3つ and 12けた count things in the easy wording; 1.0版 names a version.
        #expect(EasyFigureCheck.figures(in: "3つの こと。12けたの 番号。1.0版です。").isEmpty)
        #expect(EasyFigureCheck.figures(in: "1,000人と 85.77%と 2024年4月").map(\.text) == ["1000人", "85.77%", "2024年", "4月"])
    }

    @Test func bodyDiagnosticsPointAtTheFileLine() throws {
        let body = "やさしい ほんぶんです。\n\nBPRを します。\n"
        let text = easy(body: body)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("BPR") }! + 1
        let d = try run([easyPath: text]).filter { $0.code == .unexplainedAcronym }
        #expect(MiniSite.summary(d) == ["\(easyPath):\(line):1 E044"])
    }

    @Test func frontMatterDiagnosticsPointAtTheField() throws {
        let text = MiniSite.easyInitiative1.replacingOccurrences(of: "title: てつづきを インターネットで できるように します",
                                                                 with: "title: BPRで てつづきを へらします")
        let d = try run([easyPath: text]).filter { $0.code == .unexplainedAcronym }
        #expect(MiniSite.summary(d) == ["\(easyPath):3:8 E044"])
    }

    /// `line:column acronym` of each E044, the form the position tests compare.
    private func acronymsAt(_ diagnostics: [Diagnostic], in path: String) -> [String] {
        diagnostics.filter { $0.code == .unexplainedAcronym && $0.location.path == path }.map { d in
            let acronym = d.message.split(separator: "「")[1].prefix(while: { $0 != "」" })
            return "\(d.location.line):\(d.location.column) \(acronym)"
        }
    }

    /// The same text in two fields (and inside a third) is reported at each place
    /// it is written, not each time at the first line that contains it.
    @Test func aTextWrittenTwiceIsReportedWhereEachIsWritten() throws {
        let long = "インターネットで できる てつづきを ふやして、くやくしょに こなくても よいように していきます。"
        let text = MiniSite.easyInitiative1
            .replacingOccurrences(of: "summary: インターネットで できる てつづきを ふやします。", with: "summary: \(long)")
            .replacingOccurrences(of: "label: インターネットで できる てつづきの わりあい", with: "label: \(long)")
            .replacingOccurrences(of: "task: どの しごとを するか しらべます", with: "task: BPRを しらべます まえに じゅんびします")
            .replacingOccurrences(of: "- { label: しらべます }", with: "- { label: BPRを しらべます }")
        let d = try run([easyPath: text])
        #expect(MiniSite.summary(d.filter { $0.code == .veryLongSentence }) == ["\(easyPath):4:10 E041", "\(easyPath):7:12 E041"])
        // The bar's label is part of the task's text on an earlier line.
        #expect(acronymsAt(d, in: easyPath) == ["10:11 BPR", "12:18 BPR"])
    }

    @Test func aTextAlsoWrittenInACommentIsReportedAtTheField() throws {
        let text = MiniSite.easyInitiative1
            .replacingOccurrences(of: "id: online\n", with: "# もとは「BPRで てつづきを へらします」でした\nid: online\n")
            .replacingOccurrences(of: "title: てつづきを インターネットで できるように します", with: "title: BPRで てつづきを へらします")
        #expect(acronymsAt(try run([easyPath: text]), in: easyPath) == ["4:8 BPR"])
    }

    /// A value folded over lines is reported at its start, and each later sentence
    /// of it on the line where that sentence is written.
    @Test func aValueFoldedOverLinesIsReportedAtItsStart() throws {
        let summary = "summary: インターネットで できる てつづきを ふやします。"
        let folded = MiniSite.easyInitiative1.replacingOccurrences(
            of: summary, with: "summary: >\n  ICTで てつづきを ふやします。\n  BPRで しごとを へらします。")
        #expect(acronymsAt(try run([easyPath: folded]), in: easyPath) == ["5:3 ICT", "6:3 BPR"])

        let quoted = MiniSite.easyInitiative1.replacingOccurrences(
            of: summary, with: "summary: \"ICTで てつづきを ふやします。\n    BPRで しごとを へらします。\"")
        #expect(acronymsAt(try run([easyPath: quoted]), in: easyPath) == ["4:11 ICT", "5:5 BPR"])

        let plain = MiniSite.easyInitiative1.replacingOccurrences(
            of: summary, with: "summary: ICTで てつづきを\n  ふやします。 BPRで しごとを へらします。")
        #expect(acronymsAt(try run([easyPath: plain]), in: easyPath) == ["4:10 ICT", "5:10 BPR"])
    }

    /// Every kind of text the checker reads, each with its own acronym, is
    /// reported at the first character of the sentence as written.
    @Test func everyLintedFieldOfAnInitiativeIsReportedAtItsValue() throws {
        let text = """
        ---
        id: online
        title: AAの てつづきです
        summary: ABの てつづきを ふやします。
        kpis:
          - id: rate
            label: ACの わりあい
            note: ADの ちゅうい
            baseline: { label: AEの じっせき, note: AFの ちゅうい }
        schedule:
          - id: prepare
            task: AGを しらべます
            bars:
              - label: AHを しらべます
            milestones:
              - label: AIを はじめます
        notes:
          - AJの ちゅういです。
          - "AKの ちゅういです。"
        ---
        ALの ほんぶんです。

        """
        let page = "---\nid: about\ntitle: AMに ついて\nsummary: ANの ページです。\n---\nAOの せつめいです。\n"
        let d = try run([easyPath: text, "content/pages/about.easy.md": page])
        #expect(acronymsAt(d, in: easyPath) == [
            "3:8 AA", "4:10 AB", "7:12 AC", "8:11 AD", "9:24 AE", "9:40 AF", "12:11 AG", "14:16 AH", "16:16 AI",
            "18:5 AJ", "19:6 AK", "21:1 AL",
        ])
        #expect(acronymsAt(d, in: "content/pages/about.easy.md") == ["3:8 AM", "4:10 AN", "6:1 AO"])
    }

    @Test func everyLintedFieldOfTheSiteIsReportedAtItsValue() throws {
        let standard = MiniSite.siteYAML + """
        background:
          current_state:
            policy: 方針
            achievements:
              - 手続をオンライン化した。
            challenges:
              - 課題がある。
          priority_issue:
            title: 重点課題
          toward_next_year:
            - 次の年度に進める。
          conclusion: 結び。

        """
        // dx_vision in another order than site.yaml's: each text keeps its own place.
        let easySite = """
        report:
          title: BAの けいかく
          description: BBの けいかくです。
          introduction: |
            BCの はじめに です。

            - BDの こうもく
        mission: BEを します。
        vision: >-
          BFが できます。
          BGも できます。
        values: BHの テーマ
        dx_vision:
          - { number: 3, text: BIを うけとれます。 }
          - number: 1
            text: BJが できます。
        themes:
          - id: base
            title: BKの きばん
            summary: BLの せいびです。
        background:
          current_state:
            policy: BMの ほうしん
            achievements:
              - BNを しました。
            challenges:
              - BOが かだいです。
          priority_issue:
            title: BPの かだい
          toward_next_year:
            - BQを します。
          conclusion: BRで おわります。
        evaluation_scale:
          - { code: B, label: BSの とおり }

        """
        let d = try run(["content/site.yaml": standard, "content/site.easy.yaml": easySite])
        #expect(acronymsAt(d, in: "content/site.easy.yaml") == [
            "2:10 BA", "3:16 BB", "5:5 BC", "7:7 BD", "8:10 BE", "10:3 BF", "11:3 BG", "12:9 BH", "14:24 BI", "16:11 BJ",
            "19:12 BK", "20:14 BL", "23:13 BM", "25:9 BN", "27:9 BO", "29:12 BP", "31:7 BQ", "32:15 BR", "34:23 BS",
        ])
    }

    @Test func easyTextPassesWhenItFollowsTheRules() throws {
        let body = "もくひょうは 60%です。いまは 46%です。\n2025年1月に はじめます。\n"
        let d = try run([easyPath: easy(body: body)]).filter { $0.location.path == easyPath }
        #expect(d.isEmpty, "\(d)")
    }

    @Test func longPagesAreWarned() throws {
        let sentence = "もくひょうは 60%です。いまは 46%です。2025年1月です。\n"
        let short = try run([easyPath: easy(body: sentence)]).filter { $0.code == .longPage }
        #expect(short.isEmpty)
        let long = try run([easyPath: easy(body: String(repeating: sentence, count: 40))]).filter { $0.code == .longPage }
        #expect(MiniSite.summary(long) == ["\(easyPath):1:1 W046"])
    }

    @Test func siteTextIsLintedWhenTheSiteHasAnEasyVersion() throws {
        let siteEasy = "mission: 区民の くらしを べんりに する。\nvision: いつでも てつづきが できます。\n"
        let d = try run(["content/site.easy.yaml": siteEasy]).filter { $0.location.path == "content/site.easy.yaml" }
        #expect(MiniSite.summary(d) == ["content/site.easy.yaml:1:10 W043"])
    }

    /// site.easy.yaml feeds two pages; each is measured on its own.
    @Test func siteTextLengthIsCountedPerRenderedPage() throws {
        let sentence = "くらしを べんりに します。"      // 12 characters as read
        func lines(_ count: Int, indent: String) -> String {
            (0..<count).map { _ in indent + "- " + sentence }.joined(separator: "\n")
        }
        let standard = MiniSite.siteYAML + """
        background:
          current_state:
            achievements:
              - 手続をオンライン化した。

        """
        func easySite(top: Int, background: Int) -> String {
            "mission: |\n" + (0..<top).map { _ in "  " + sentence }.joined(separator: "\n") + "\n"
                + "background:\n  current_state:\n    achievements:\n" + lines(background, indent: "      ") + "\n"
        }
        func longPages(top: Int, background: Int) throws -> [Diagnostic] {
            try run(["content/site.yaml": standard, "content/site.easy.yaml": easySite(top: top, background: background)])
                .filter { $0.code == .longPage }
        }
        // 50 + 50 sentences: 1,200 characters in the file, 600 on each page.
        #expect(try longPages(top: 50, background: 50).isEmpty)
        // 90 sentences on the background page alone are too many (1,080): reported
        // at its `background:` key (line 12, after the 10-line mission).
        let background = try longPages(top: 10, background: 90)
        #expect(MiniSite.summary(background) == ["content/site.easy.yaml:12:1 W046"])
        #expect(background.first?.message.contains("「背景のページ」") == true)
        #expect(background.first?.message.contains("1080字") == true)
        // And the top page likewise, at the start of the file.
        let top = try longPages(top: 90, background: 10)
        #expect(MiniSite.summary(top) == ["content/site.easy.yaml:1:1 W046"])
        #expect(top.first?.message.contains("「トップページ」") == true)
    }

    @Test func acronymsAreReadWithTheirSpaces() throws {
        let body = "もくひょうは 60%です。いまは 46%です。\n2025年1月に はじめます。\nきまりは CC BY 4.0です。\n"
        let d = try run([easyPath: easy(body: body)]).filter { $0.code == .unexplainedAcronym }
        // Two words, each reported; never the glued 「CCBY4」.
        #expect(d.count == 2)
        #expect(d.contains { $0.message.contains("略語「CC」") })
        #expect(d.contains { $0.message.contains("略語「BY」") })
        #expect(d.allSatisfy { $0.message.contains("CC BY 4.0") })

        // A glossary term of two words explains both.
        let glossary = "- { term: DX, text: デジタル技術による変革 }\n- { term: CC BY, text: 出典を示せば自由に使える利用条件 }\n"
        let explained = try run([easyPath: easy(body: body), "content/glossary.yaml": glossary])
        #expect(explained.filter { $0.code == .unexplainedAcronym }.isEmpty)
    }

    @Test func noEasyLanguageNoDiagnostics() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        #expect(EasyJapaneseChecker.check(bundle: SiteBundle(sites: [bundle.base])) == [])
    }

    @Test func resultIsSortedAndStable() throws {
        let a = try run()
        #expect(a == a.sorted())
        #expect(a == (try run()))
    }
}
