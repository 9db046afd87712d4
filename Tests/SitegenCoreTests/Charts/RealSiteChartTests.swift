import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// Every chart of the real site (content/, both languages), as a build draws
/// them: line breaks of labels fall between words, and the easy charts keep
/// their kanji with the reading drawn above each (issue 15).
@Suite struct RealSiteChartTests {
    /// The site's files, rendered once for the suite.
    static let files: Result<[OutputFile], any Error> = Result {
        let root = Repository.root.path
        let (checked, diagnostics) = ContentCheck.run(contentPath: root + "/content", io: .local)
        guard let bundle = checked else { throw RealSiteError.content("\(diagnostics)") }
        guard let theme = SiteTheme.load(name: "default", themesRoot: root + "/themes", fileIO: .local).theme else {
            throw RealSiteError.content("theme")
        }
        return SiteRenderer.render(bundle, theme: theme, furigana: try FuriganaFixture.annotator()).files
    }

    enum RealSiteError: Error { case content(String) }

    static func charts(easy: Bool) throws -> [(path: String, svg: String)] {
        try files.get().filter { $0.path.hasSuffix(".svg") && $0.path.hasPrefix(easy ? "easy/charts/" : "charts/") }
            .map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }
    }

    @Test(arguments: [false, true])
    func everyWrappedLineBreaksBetweenWords(easy: Bool) throws {
        let charts = try Self.charts(easy: easy)
        #expect(charts.count >= 20)
        let pool = try TaggerPool(dictionaryPath: try FuriganaFixture.annotator().dictionaryPath)
        var breaks = 0
        var inside: [String] = []
        for chart in charts {
            for lines in ChartLabelLines.labels(chart.svg) where lines.count > 1 {
                let joined = Array(lines.joined())
                let starts = WordStarts.of(String(joined), pool: pool)
                var offset = 0
                for line in lines.dropLast() {
                    offset += line.count
                    breaks += 1
                    // MeCab joins a run of symbols (「）(」) into one token; a bracket still separates words.
                    let atBracket = TextMetrics.noLineEnd.contains(joined[offset]) || TextMetrics.noLineStart.contains(joined[offset - 1])
                    if !starts.contains(offset) && !atBracket { inside.append("\(chart.path): \(lines.joined(separator: "|"))") }
                }
            }
        }
        print("\(easy ? "easy/charts" : "charts"): \(breaks - inside.count) of \(breaks) wrapped line breaks between words")
        #expect(breaks > 0)
        #expect(inside.isEmpty, "\(inside.prefix(10))")
    }

    @Test func everyKanjiOfTheEasyChartsHasItsReadingAbove() throws {
        var kanjiPieces = 0
        var bare: [String] = []
        for chart in try Self.charts(easy: true) {
            let readings = SVGInspection.texts(chart.svg, readings: true)
            for piece in SVGInspection.texts(chart.svg) where piece.text.contains(where: Kana.isKanji) {
                kanjiPieces += 1
                let centre = (piece.left + piece.right) / 2
                let above = readings.contains { reading in
                    abs((reading.left + reading.right) / 2 - centre) < 0.01 && reading.bottom <= piece.top + 1
                        && reading.bottom > piece.top - 12
                }
                if !above { bare.append("\(chart.path): \(piece.text)") }
            }
        }
        #expect(kanjiPieces > 100)
        #expect(bare.isEmpty, "\(bare.prefix(10))")
    }

    @Test func readingsAreHiddenFromScreenReadersAndNeverLeaveTheDrawing() throws {
        let files = try Self.files.get()
        let easyCharts = try Self.charts(easy: true)
        var readingTexts = 0
        for chart in easyCharts {
            for tag in chart.svg.components(separatedBy: "<text ").dropFirst().map({ String($0.prefix { $0 != ">" }) })
            where tag.contains("chart-ruby") {
                readingTexts += 1
                #expect(tag.contains("aria-hidden=\"true\""), "\(chart.path)")
            }
            // The title and description say the kanji once, without readings.
            let title = chart.svg.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0]
            #expect(title.contains(where: Kana.isKanji) || !title.isEmpty)
        }
        #expect(readingTexts > 20)
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains(where: ChartRuby.isAnnotationScalar), "\(file.path)")
        }
        #expect(try Self.charts(easy: false).allSatisfy { !$0.svg.contains("chart-ruby") })
    }
}

/// The lines of each multi-line label of a chart: a line starts at a <tspan> with `y`.
enum ChartLabelLines {
    static func labels(_ svg: String) -> [[String]] {
        var out: [[String]] = []
        for element in svg.components(separatedBy: "<text ").dropFirst() {
            let tag = element.prefix { $0 != ">" }
            guard !tag.contains("aria-hidden"), let body = element.components(separatedBy: "</text>").first else { continue }
            var lines: [String] = []
            for piece in body.components(separatedBy: "<tspan").dropFirst() {
                let pieceTag = " " + piece.prefix { $0 != ">" }
                let text = SVGInspection.unescape(piece.drop { $0 != ">" }.dropFirst().components(separatedBy: "</tspan>")[0])
                if SVGInspection.attribute("y", in: pieceTag) != nil || lines.isEmpty { lines.append(text) } else { lines[lines.count - 1] += text }
            }
            if lines.count > 1 { out.append(lines) }
        }
        return out
    }
}

/// Character offsets where MeCab starts or ends a word, found by each word's
/// surface in turn (MeCab skips spaces between words).
enum WordStarts {
    static func of(_ text: String, pool: TaggerPool) -> Set<Int> {
        let chars = Array(text)
        var starts: Set<Int> = [0, chars.count]
        var position = 0
        for surface in pool.withTagger({ $0.morphemes(text) }).map({ Array($0.surface) }) {
            while position < chars.count, !chars[position...].starts(with: surface) { position += 1 }
            starts.insert(position)
            position += surface.count
            starts.insert(position)
        }
        return starts
    }
}

/// Chart labels are converted field by field: a field added to the model later must
/// survive the conversion (an identity conversion gives the same site back).
@Suite struct ChartLabelConversionTests {
    @Test func anIdentityConversionKeepsEveryField() throws {
        let root = Repository.root.path
        let bundle = try #require(ContentCheck.run(contentPath: root + "/content", io: .local).bundle)
        for site in bundle.sites {
            for initiative in site.initiatives {
                #expect(initiative.withChartLabels { $0 } == initiative, "\(site.language.code)/\(initiative.id)")
            }
            #expect(site.withChartLabels { $0 } == site)
        }
    }
}
