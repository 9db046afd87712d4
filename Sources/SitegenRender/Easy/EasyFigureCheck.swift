import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// E046: a figure that easy prose states must be right — one the standard
/// version of the same page states, in its text or its data. Easy prose need not
/// retype figures: the page shows targets, results and periods from the data.
enum EasyFigureCheck {
    /// Units after a number that make it a stated fact (a date, period or amount),
    /// longest first. A number before any other word (3つ, 12けた, 1.0版) counts or
    /// names something in the easy wording itself and is not checked.
    static let units = [
        "データセット", "年度", "年間", "か月", "ヶ月", "カ月", "か所", "カ所", "箇所", "時間", "日間", "種類", "データ", "事務",
        "年", "月", "日", "分", "%", "％", "割", "倍", "人", "名", "件", "回", "円", "台", "校", "歳", "課", "万", "億",
    ]

    /// A number with its unit, as the reader sees it.
    struct Figure: Equatable {
        let number: String
        let value: Double
        let unit: String
        var text: String { number + unit }
    }

    /// What the standard version states: every number, years and months apart
    /// (a month is right only when it is one of the page's months).
    struct Known {
        var numbers: Set<Double> = []
        var years: Set<Int> = []
        var months: Set<Int> = []

        /// The numbers of standard texts, era years converted (令和5年度 → 2023 too).
        mutating func add(texts: [String?]) {
            for text in texts.compactMap({ $0 }) {
                let plain = EasyJapaneseRules.halfWidth(ManualRuby.stripped(text))
                for n in EasyJapaneseChecker.numbers(in: plain) {
                    numbers.insert(n.value)
                    if n.value == n.value.rounded() { years.insert(Int(n.value)) }
                }
                for figure in EasyFigureCheck.figures(in: plain) where figure.unit == "月" { months.insert(Int(figure.value)) }
                for year in EasyFigureCheck.eraYears(in: plain) { years.insert(year); numbers.insert(Double(year)) }
            }
        }

        /// A month of the data: its number counts only before 月 (so it does not
        /// make 1日 or 1回 right), its year anywhere.
        mutating func add(_ month: YearMonth) {
            months.insert(month.month); years.insert(month.year)
            numbers.insert(Double(month.year))
        }

        mutating func add(_ date: CalendarDate?) {
            guard let date else { return }
            if let month = YearMonth(year: date.year, month: date.month) { add(month) }
            numbers.insert(Double(date.day))
        }

        /// The report's fiscal year (2024年度), its first and last months, its
        /// calendar years and their eras.
        mutating func add(fiscalYear: FiscalYear) {
            add(fiscalYear.firstMonth); add(fiscalYear.lastMonth)
            for year in [fiscalYear.startYear, fiscalYear.startYear + 1] {
                years.insert(year); numbers.insert(Double(year))
                add(texts: [JapaneseEra.yearLabel(year)])
            }
        }

        func contains(_ figure: Figure) -> Bool {
            switch figure.unit {
            case "月": return months.contains(Int(figure.value))
            case "年" where figure.value >= 1000, "年度" where figure.value >= 1000: return years.contains(Int(figure.value))
            default: return numbers.contains(figure.value)
            }
        }
    }

    /// What the standard initiative states: its texts, KPI values and dates, and
    /// every month of its schedule (a bar's months, a milestone's quarter).
    static func known(_ initiative: Initiative, in site: Site) -> Known {
        var known = Known()
        known.add(fiscalYear: site.fiscalYear)
        known.add(texts: EasyJapaneseChecker.easyTexts(of: initiative)
            + initiative.kpis.flatMap { [$0.unit, $0.target?.scope, $0.baseline?.scope] + $0.actuals.map(\.note) })
        for kpi in initiative.kpis {
            let values = [kpi.target?.value, kpi.baseline?.value].compactMap { $0 } + kpi.actuals.map(\.value)
            known.numbers.formUnion(values.map(\.value))
            known.add(kpi.target?.date); known.add(kpi.baseline?.date)
            kpi.actuals.forEach { known.add($0.date) }
        }
        for task in initiative.schedule {
            for bar in task.bars { months(from: bar.startMonth, to: bar.endMonth).forEach { known.add($0) } }
            for milestone in task.milestones {
                let last = milestone.quarter == nil ? milestone.month : milestone.month.adding(months: 2)
                months(from: milestone.month, to: last).forEach { known.add($0) }
            }
        }
        return known
    }

    /// What a standard free page states.
    static func known(_ page: Page, in site: Site) -> Known {
        var known = Known()
        known.add(fiscalYear: site.fiscalYear)
        known.add(texts: [page.title, page.summary, page.body])
        return known
    }

    /// What the standard site.yaml states (the top and background pages).
    static func known(site: Site) -> Known {
        var known = Known()
        known.add(fiscalYear: site.fiscalYear)
        known.add(site.report.asOf)
        var texts: [String?] = [site.report.title, site.report.description, site.report.introduction,
                                site.mission, site.vision, site.values]
        texts += site.dxVision.map(\.text) + site.themes.flatMap { [$0.title, $0.summary] }
        if let b = site.background {
            texts += [b.policy, b.priorityIssueTitle, b.priorityIssueSource, b.conclusion]
            texts += b.achievements + b.challenges + b.towardNextYear
        }
        known.add(texts: texts + site.evaluationScale.map(\.label))
        return known
    }

    /// One E046 for each figure of `sentences` that `known` does not hold, at the figure.
    static func check(_ sentences: [EasySentence], known: Known, standardPath: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for sentence in sentences {
            let written = EasyJapaneseRules.halfWidth(sentence.source)
            var searchFrom = written.startIndex
            for figure in figures(in: EasyJapaneseRules.halfWidth(sentence.visible)) where !known.contains(figure) {
                var at = sentence.location
                if let found = written.range(of: figure.number, range: searchFrom..<written.endIndex) {
                    at = SourceLocation(path: at.path, line: at.line, column: at.column + written.distance(from: written.startIndex, to: found.lowerBound))
                    searchFrom = found.upperBound
                }
                out.append(Diagnostic(.wrongFigure,
                    "やさしい日本語の文の「\(figure.text)」が、元のファイル「\(standardPath)」の数字と合いません: 「\(EasyJapaneseRules.excerpt(sentence.visible))」",
                    at: at,
                    hint: "元のファイルの数字(目標・基準・実績の値、予定の年と月、文章の数字)に直してください。"
                        + "数字・日付・期間は、ページの表と図に元のデータから出るので、文に書かなくてもかまいません。"))
            }
        }
        return out
    }

    /// The figures with a unit in `text` (half-width digits; 1,000 → 1000).
    static func figures(in text: String) -> [Figure] {
        var out: [Figure] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            // A digit right after a letter or digit belongs to a name (J-LIS2, v1).
            if start > rest.startIndex, let before = rest[..<start].last, before.isASCII, before.isLetter {
                rest = rest[rest.index(after: start)...].drop(while: { $0.isASCII && $0.isNumber }); continue
            }
            var end = start
            var number = ""
            while end < rest.endIndex {
                let c = rest[end]
                let next = rest.index(after: end)
                if c.isASCII, c.isNumber {
                    number.append(c)
                } else if c == "." || c == ",", next < rest.endIndex, rest[next].isASCII, rest[next].isNumber {
                    if c == "." { number.append(c) }
                } else {
                    break
                }
                end = next
            }
            let after = rest[end...].drop(while: { $0 == " " || $0 == "\u{3000}" })
            if let value = Double(number), let unit = units.first(where: { after.hasPrefix($0) }) {
                out.append(Figure(number: number, value: value, unit: unit))
            }
            rest = rest[end...]
        }
        return out
    }

    /// Gregorian years of the era years written in `text` (令和5年度 → 2023).
    static func eraYears(in text: String) -> [Int] {
        guard let regex = try? NSRegularExpression(pattern: "(令和|平成|昭和)(元|[0-9]+)年") else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
            JapaneseEra.gregorianYear(ns.substring(with: $0.range))
        }
    }

    /// Every month from `first` to `last`.
    private static func months(from first: YearMonth, to last: YearMonth) -> [YearMonth] {
        var out: [YearMonth] = []
        var month = first
        while month <= last, out.count < 120 {
            out.append(month)
            month = month.adding(months: 1)
        }
        return out
    }
}
