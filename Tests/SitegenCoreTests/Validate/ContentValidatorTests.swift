import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct ContentValidatorTests {
    private let path1 = "content/initiatives/01-online.md"

    private func mutate(_ old: String, _ new: String, in path: String = "content/initiatives/01-online.md") -> [Diagnostic] {
        let original = MiniSite.files[path]!
        precondition(original.contains(old), "fixture has no \(old)")
        let files = MiniSite.files(replacing: [path: original.replacingOccurrences(of: old, with: new)])
        return MiniSite.check(files).diagnostics
    }

    @Test func validMiniSiteBuildsTwoLanguages() throws {
        let (bundle, diagnostics) = MiniSite.check(MiniSite.files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let b = try #require(bundle)
        #expect(b.sites.map(\.language.code) == ["ja", "easy"])
        #expect(b.base.initiatives.map(\.id) == ["online", "network"])
        let kpi = b.base.initiatives[0].kpis[0]
        #expect(kpi.target?.value.text == "60")
        #expect(kpi.baseline?.label == "令和5年度実績")
        #expect(kpi.current?.value.text == "51.5")
        #expect(b.base.initiatives[0].bodyStartLine == 31)
        let bar = b.base.initiatives[0].schedule[0].bars[0]
        #expect(bar.startMonth.iso == "2024-04" && bar.endMonth.iso == "2024-09")
        #expect(b.base.initiatives[0].schedule[0].milestones[0].month.iso == "2025-01")
        #expect(!b.base.initiatives[0].schedule[1].hasPublishedTiming)
    }

    @Test func easyOverlayReplacesTextOnlyAndMarksFallbacks() throws {
        let b = try #require(MiniSite.check(MiniSite.files).bundle)
        let easy = try #require(b.site(for: "easy"))
        #expect(easy.initiatives[0].title == "てつづきを インターネットで できるように します")
        #expect(easy.initiatives[0].kpis[0].label == "インターネットで できる てつづきの わりあい")
        #expect(easy.initiatives[0].kpis[0].target?.value.text == "60")
        #expect(easy.initiatives[0].schedule[0].bars[0].label == "しらべます")
        #expect(easy.initiatives[0].schedule[0].bars[0].startMonth.iso == "2024-04")
        #expect(!easy.initiatives[0].isFallback)
        #expect(easy.initiatives[1].isFallback)
        #expect(easy.isFallback) // no site.easy.yaml
    }

    @Test func unknownThemeIsReportedAtTheValue() {
        let d = mutate("theme: service", "theme: servise")
        #expect(MiniSite.summary(d) == ["\(path1):4:8 E013"])
        #expect(d[0].hint?.contains("base, service") == true)
    }

    @Test func allProblemsOfARunAreReportedTogetherSortedByFileAndLine() {
        var files = MiniSite.files
        files[path1] = files[path1]!
            .replacingOccurrences(of: "vision: [1]", with: "vision: [7]")
            .replacingOccurrences(of: "to: Q2", with: "to: Q5")
        files["content/initiatives/02-network.md"] = files["content/initiatives/02-network.md"]!
            .replacingOccurrences(of: "number: 2", with: "number: 1")
        let d = MiniSite.check(files).diagnostics
        #expect(MiniSite.summary(d) == [
            "\(path1):6:10 E014",
            "\(path1):25:25 E018",
            "content/initiatives/02-network.md:3:9 E012", // at the clashing number
        ])
    }

    /// A clash of ids or numbers between files points at the later file's
    /// top-level value, wherever else the key is written: a comment, a nested
    /// mapping, the Markdown body, another spelling of the key.
    @Test func duplicateIDAndNumberPointAtTheTopLevelValue() {
        let network = "content/initiatives/02-network.md"
        let plain = """
        ---
        # id: online と number: 1 は 01 のもの
        theme: base
        kpis:
          - id: online
            label: ネットワーク障害の件数
            unit: 件
            target: { value: 0, comparison: at_most }
        id: online
        number:  1
        title: ネットワークの再構築
        summary: 障害に強いネットワークを作る。
        ---
        id: online
        number: 1

        """
        #expect(MiniSite.summary(MiniSite.check(MiniSite.files(replacing: [network: plain])).diagnostics) == [
            "\(network):9:5 E011", "\(network):10:10 E012",
        ])
        // A quoted key, a space before the colon: still the key's value.
        let spelled = plain.replacingOccurrences(of: "\nid: online\nnumber:  1\ntitle", with: "\n\"id\": online\nnumber : 1\ntitle")
        #expect(MiniSite.summary(MiniSite.check(MiniSite.files(replacing: [network: spelled])).diagnostics) == [
            "\(network):9:7 E011", "\(network):10:10 E012",
        ])
        // Free pages too.
        let page = "---\n# id: about\ntitle: 二つ目\n'id': about\n---\nid: about\n"
        #expect(MiniSite.summary(MiniSite.check(MiniSite.files(replacing: ["content/pages/zz.md": page])).diagnostics) == [
            "content/pages/zz.md:4:7 E011",
        ])
    }

    @Test func monthOutsideTheFiscalYear() {
        let d = mutate("at: 2025-01", "at: 2025-04")
        #expect(MiniSite.summary(d) == ["\(path1):27:15 E019"])
    }

    @Test func fromAfterTo() {
        let d = mutate("from: Q1, to: Q2", "from: Q3, to: Q2")
        #expect(MiniSite.summary(d) == ["\(path1):25:17 E020"])
    }

    @Test func kpiWithoutTarget() {
        let d = mutate("    target: { value: 60, comparison: at_least }\n", "")
        #expect(MiniSite.summary(d) == ["\(path1):9:5 E021"])
    }

    @Test func pathTraversalIDIsRefused() {
        let d = mutate("id: online\nnumber", "id: ../../etc\nnumber")
        #expect(MiniSite.summary(d) == ["\(path1):2:5 E010"])
    }

    @Test func fullWidthDigitsAreAccepted() throws {
        let original = MiniSite.files[path1]!
        let files = MiniSite.files(replacing: [path1: original.replacingOccurrences(of: "value: 60,", with: "value: ６０,")])
        let bundle = try #require(MiniSite.check(files).bundle)
        #expect(bundle.base.initiatives[0].kpis[0].target?.value.text == "60")
    }

    @Test func unitsAndSeparatorsInNumbersAreRefusedWithTheAcceptedForm() {
        let percent = mutate("value: 60,", "value: 60%,")
        #expect(MiniSite.summary(percent) == ["\(path1):12:22 E016"])
        #expect(percent[0].hint?.contains("value: 60") == true)
        let comma = mutate("value: 60,", "value: \"1,200\",")
        #expect(comma[0].hint?.contains("1200") == true)
    }

    @Test func eraDateIsRefusedWithISOHint() {
        let d = mutate("date: 2024-09-30", "date: 令和6年9月30日")
        #expect(MiniSite.summary(d) == ["\(path1):15:17 E017"])
        #expect(d[0].hint?.contains("2024-04-01") == true)
    }

    @Test func wrongTypeAndUnknownKeys() {
        let d = mutate("summary: 申請できる手続を増やす。\n", "summary: [a, b]\ntitel: x\n")
        #expect(MiniSite.summary(d) == ["\(path1):7:10 E006", "\(path1):8:1 W001"])
        let unknown = d.first { $0.code == .unknownKey }
        #expect(unknown?.severity == .warning)
        #expect(unknown?.hint?.contains("title") == true)
    }

    @Test func easyFileThatChangesANumberOrNamesAnUnknownID() {
        let easyPath = "content/initiatives/01-online.easy.md"
        let changed = mutate("  - id: rate\n    label:", "  - id: rate\n    target: { value: 70 }\n    label:", in: easyPath)
        #expect(MiniSite.summary(changed) == ["\(easyPath):7:22 E024"])
        let unknown = mutate("  - id: rate\n", "  - id: ratio\n", in: easyPath)
        #expect(MiniSite.summary(unknown) == ["\(easyPath):6:9 E025"])
    }

    @Test func orphanTranslationIsReported() {
        var files = MiniSite.files
        files["content/initiatives/03-missing.easy.md"] = "---\nid: x\n---\n"
        #expect(MiniSite.summary(MiniSite.check(files).diagnostics) == ["content/initiatives/03-missing.easy.md:1:1 E025"])
    }

    @Test func missingContentFolderAndEmptyFolder() {
        let (io, _) = FileIO.memory([:])
        let d = ContentCheck.run(contentPath: "content", io: io).diagnostics
        #expect(d.map(\.code) == [.missingContent])
        let (io2, _) = FileIO.memory(["content/readme.txt": "x"])
        let d2 = ContentCheck.run(contentPath: "content", io: io2).diagnostics
        #expect(d2.contains { $0.code == .missingContent && $0.location.path == "content/site.yaml" })
    }

    @Test func diagnosticFormatIsPathLineColumnCodeAndHint() {
        let d = Diagnostic(.unknownTheme, "戦略テーマ「x」はありません。", at: SourceLocation(path: "content/a.md", line: 4, column: 8), hint: "直してください。")
        #expect(d.description == "content/a.md:4:8: エラー[E013]: 戦略テーマ「x」はありません。\n  ヒント: 直してください。")
    }
}
