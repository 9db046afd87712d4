import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// Readability of the real easy initiative pages (issue 15), printed as a table:
/// jReadability of the easy prose at lower intermediate or easier (≥ 3.5), and
/// the easy page's 漢語 share at most 0.6 × the standard page's.
@Suite struct EasyReadabilityTests {
    /// jReadability 3.5 is the lower bound of 中級前半 (lower intermediate); 4.5 of 初級後半.
    static let minimumScore = 3.5
    static let maximumKangoRatio = 0.6

    @Test func onAndKunReadingsAreToldApartBySpelling() {
        #expect(Readability.isOnReading("ケンシュウ", kanji: 2))   // 研修
        #expect(Readability.isOnReading("ガッコウ", kanji: 2))     // 学校
        #expect(Readability.isOnReading("ク", kanji: 1))           // 区
        #expect(!Readability.isOnReading("シゴト", kanji: 2))      // 仕事
        #expect(!Readability.isOnReading("ヒト", kanji: 1))        // 人
        #expect(!Readability.isOnReading("メグロ", kanji: 2))      // 目黒
        #expect(Readability.morae("ジョウホウ") == ["ジョ", "ウ", "ホ", "ウ"])
    }

    @Test func wordOriginsOfASentence() throws {
        let annotator = try FuriganaFixture.annotator()
        let words = annotator.morphemes("区は研修を行います。").filter { $0.partOfSpeech != "記号" }
        #expect(words.map(\.surface) == ["区", "は", "研修", "を", "行い", "ます"])
        #expect(words.map(Readability.origin) == [.kango, .wago, .kango, .wago, .wago, .wago])
    }

    @Test func theFormulaIsLeeAndHasebes() {
        // 10 words in 2 sentences: 2 漢語, 6 和語, 2 verbs, 3 particles.
        let r = Readability(sentences: 2, words: 10, kango: 2, wago: 6, verbs: 2, particles: 3)
        let expected = 5 * -0.056 + 20 * -0.126 + 60 * -0.042 + 20 * -0.145 + 30 * -0.044 + 11.724
        #expect(abs(r.score - expected) < 1e-9)
    }

    @Test func everyEasyInitiativePageIsEasyEnough() throws {
        let root = Repository.root.path
        let (checked, diagnostics) = ContentCheck.run(contentPath: root + "/content", io: .local)
        let bundle = try #require(checked, "\(diagnostics)")
        let easy = try #require(bundle.sites.first { $0.language.isEasy })
        let annotator = try FuriganaFixture.annotator()
        var rows = ["| 取組 | jReadability やさしい | jReadability ふつう | 平均文長(語) | 漢語% やさしい | 漢語% ふつう | 漢語の比 | 和語% | 動詞% | 助詞% |",
                    "|---|---|---|---|---|---|---|---|---|---|"]
        var failures: [String] = []
        for initiative in easy.initiatives {
            let standard = try #require(bundle.base.initiatives.first { $0.id == initiative.id })
            let e = Readability.measure(Readability.prose(of: initiative), annotator: annotator)
            let s = Readability.measure(Readability.prose(of: standard), annotator: annotator)
            let ratio = e.kangoPercent / s.kangoPercent
            rows.append("| \(initiative.number) \(initiative.id) | \(f(e.score)) | \(f(s.score)) | \(f(e.meanSentenceLength)) | "
                + "\(f(e.kangoPercent)) | \(f(s.kangoPercent)) | \(f(ratio)) | \(f(e.wagoPercent)) | \(f(e.verbPercent)) | \(f(e.particlePercent)) |")
            if e.score < Self.minimumScore { failures.append("\(initiative.id): jReadability \(f(e.score))") }
            if ratio > Self.maximumKangoRatio { failures.append("\(initiative.id): 漢語 \(f(ratio)) × ふつう") }
        }
        print(rows.joined(separator: "\n"))
        #expect(easy.initiatives.count == 14)
        #expect(failures.isEmpty, "\(failures)")
    }

    private func f(_ x: Double) -> String { String(format: "%.2f", x) }
}
