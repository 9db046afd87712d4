import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The seed document is the oracle: the content must carry every title, number,
/// KPI figure and milestone the source states, and nothing it does not.
@Suite struct SeedFidelityTests {
    static let seedPath = Repository.root.appendingPathComponent("seeds/000_4cb6de1521b75347.txt").path
    static let contentPath = Repository.root.appendingPathComponent("content").path

    /// The seed without HTML tags, one string.
    static let seed: String = {
        let raw = (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? ""
        return raw.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }()

    static let site: Site? = ContentCheck.run(contentPath: contentPath, io: .local).bundle?.base

    /// Removes spaces and line-break remnants so wrapped source text compares.
    static func squeeze(_ s: String) -> String {
        s.filter { !$0.isWhitespace }
    }

    /// The detail block of initiative `n`: from its 重点取組 heading to the next one.
    static func detailBlock(_ n: Int) -> String {
        let lines = seed.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("重点取組\t\(n). ") || $0.hasPrefix("重点取組\t\t\(n). ") }) else { return "" }
        let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix("重点取組\t") }) ?? lines.count
        return lines[start..<end].joined(separator: "\n")
    }

    /// The 目標・指標(KPI) cell of a detail block.
    static func kpiCell(_ n: Int) -> String {
        let block = detailBlock(n)
        guard let start = block.range(of: "目標・指標(KPI)"), let end = block.range(of: "具体的な個別施策") else { return "" }
        return String(block[start.upperBound..<end.lowerBound])
    }

    static let unitPattern = #"(\d+(?:\.\d+)?)(%|件|事務|種類|データ)"#

    static func figures(in text: String) -> [(value: String, unit: String)] {
        let regex = try! NSRegularExpression(pattern: unitPattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            (ns.substring(with: $0.range(at: 1)), ns.substring(with: $0.range(at: 2)))
        }
    }

    @Test func contentLoadsWithoutErrors() throws {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: Self.contentPath, io: .local)
        #expect(bundle != nil, "\(diagnostics.map(\.description))")
        #expect(!Self.seed.isEmpty)
    }

    @Test func allFourteenInitiativesWithTheirNumbersAndTitles() throws {
        let site = try #require(Self.site)
        #expect(site.initiatives.map(\.number) == Array(1...14))
        for initiative in site.initiatives {
            let block = Self.detailBlock(initiative.number)
            #expect(!block.isEmpty, "no detail block for \(initiative.number)")
            let heading = block.components(separatedBy: "\t").first { $0.hasPrefix("\(initiative.number). ") } ?? ""
            // "スマートワーク※の推進 ※ICTの活用により…": the mark goes, its footnote is a note.
            let parts = Self.squeeze(String(heading.dropFirst("\(initiative.number). ".count))).components(separatedBy: "※")
            let seedTitle = parts[0] + (parts.count > 2 ? parts[1] : "")
            #expect(Self.squeeze(initiative.title) == seedTitle, "title of \(initiative.number)")
        }
    }

    @Test func fourThemesInSourceOrder() throws {
        let site = try #require(Self.site)
        #expect(site.themes.map(\.number) == [1, 2, 3, 4])
        for theme in site.themes {
            #expect(Self.squeeze(Self.seed).contains(Self.squeeze(theme.title)), "theme \(theme.number)")
        }
        let themeOf = Dictionary(uniqueKeysWithValues: site.initiatives.map { ($0.number, $0.theme) })
        #expect([1, 2, 3, 4].map { themeOf[$0] } == Array(repeating: site.themes[0].id, count: 4))
        #expect([11, 12, 13, 14].map { themeOf[$0] } == Array(repeating: site.themes[3].id, count: 4))
    }

    @Test func everyFigureOfTheSourceKPIsIsInTheContent() throws {
        let site = try #require(Self.site)
        for initiative in site.initiatives {
            let cell = Self.kpiCell(initiative.number)
            #expect(!cell.isEmpty, "no KPI cell for \(initiative.number)")
            var known: [(String, String)] = []
            var notes = ""
            for kpi in initiative.kpis {
                let unit = kpi.unit ?? ""
                if let t = kpi.target { known.append((t.value.text, unit)) }
                if let b = kpi.baseline { known.append((b.value.text, unit)); notes += b.note ?? "" }
                notes += kpi.note ?? ""
            }
            for figure in Self.figures(in: cell) {
                let inValues = known.contains { $0.0 == figure.value && $0.1 == figure.unit }
                let inNotes = Self.squeeze(notes).contains(figure.value + figure.unit)
                #expect(inValues || inNotes, "#\(initiative.number): \(figure.value)\(figure.unit) of the source is missing")
            }
            if cell.contains("ゼロ") {
                #expect(initiative.kpis.contains { $0.target?.value.value == 0 && $0.target?.comparison == .atMost })
            }
        }
    }

    @Test func everyKPIFigureOfTheContentIsInTheSource() throws {
        let site = try #require(Self.site)
        for initiative in site.initiatives {
            let cell = Self.kpiCell(initiative.number)
            let figures = Self.figures(in: cell)
            for kpi in initiative.kpis {
                #expect(Self.squeeze(cell).contains(Self.squeeze(kpi.label))
                        || Self.squeeze(kpi.label).count > 4 && Self.squeeze(cell).contains(String(Self.squeeze(kpi.label).prefix(5))),
                        "#\(initiative.number) KPI label \(kpi.label) not in the source")
                var values: [Quantity] = []
                if let t = kpi.target { values.append(t.value) }
                if let b = kpi.baseline { values.append(b.value) }
                for value in values {
                    let stated = figures.contains { $0.value == value.text && $0.unit == (kpi.unit ?? "") }
                    let zero = value.value == 0 && cell.contains("ゼロ")
                    #expect(stated || zero, "#\(initiative.number) \(kpi.id): \(value.text)\(kpi.unit ?? "") is not in the source")
                }
            }
        }
    }

    @Test func everyMilestoneOfTheSourceAndNoOther() throws {
        let site = try #require(Self.site)
        let regex = try NSRegularExpression(pattern: "▲([^\\s▲●—\\t]+)")
        let ns = Self.seed as NSString
        let sourceLabels = Set(regex.matches(in: Self.seed, range: NSRange(location: 0, length: ns.length))
            .map { ns.substring(with: $0.range(at: 1)) })
        let contentLabels = Set(site.initiatives.flatMap { $0.schedule.flatMap { $0.milestones.map(\.label) } })
        #expect(!sourceLabels.isEmpty)
        #expect(sourceLabels == contentLabels)
    }

    @Test func everyTaskAndBarLabelComesFromTheSource() throws {
        let site = try #require(Self.site)
        let squeezed = Self.squeeze(Self.seed)
        for initiative in site.initiatives {
            for task in initiative.schedule {
                // ※ marks are moved to notes; the rest of the text is verbatim.
                #expect(squeezed.contains(Self.squeeze(task.task)) || squeezed.contains(Self.squeeze(task.task).replacingOccurrences(of: "デジタルデバイド", with: "デジタルデバインド"))
                        || squeezed.contains(Self.squeeze(task.task).replacingOccurrences(of: "分析", with: "分析※")),
                        "#\(initiative.number) task \(task.task)")
                for bar in task.bars {
                    if let label = bar.label {
                        #expect(squeezed.contains(Self.squeeze(label)), "#\(initiative.number) bar \(label)")
                    }
                }
            }
        }
    }

    @Test func tasksWithoutAChartInTheSourceHaveNoTiming() throws {
        let site = try #require(Self.site)
        for n in [3, 4, 5, 9, 10, 12, 13] {
            let initiative = try #require(site.initiatives.first { $0.number == n })
            #expect(!initiative.schedule.isEmpty, "#\(n) lists its tasks")
            #expect(initiative.schedule.allSatisfy { !$0.hasPublishedTiming }, "#\(n) has invented timing")
        }
    }

    @Test func visionReferencesMatchTheSource() throws {
        let site = try #require(Self.site)
        for initiative in site.initiatives {
            let block = Self.detailBlock(initiative.number)
            let cited = (1...9).filter { block.contains("めざす姿" + circled($0)) }
            #expect(initiative.vision.sorted() == cited, "#\(initiative.number)")
        }
    }

    @Test func reportFacts() throws {
        let site = try #require(Self.site)
        #expect(site.report.fiscalYear == 2024)
        #expect(site.report.fiscalYearLabel == "令和6年度")
        #expect(Self.seed.contains(site.report.title))
        #expect(Self.squeeze(Self.seed).contains(Self.squeeze(site.mission)))
        #expect(Self.squeeze(Self.seed).contains(Self.squeeze(site.vision)))
    }
}
