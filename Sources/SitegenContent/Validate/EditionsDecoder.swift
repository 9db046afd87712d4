import SitegenSupport
import SitegenModel

/// Reads `report.editions` of `site.yaml`: the earlier editions of the report, each with
/// its fiscal year, title and URL. Every way to get one wrong is its own diagnostic
/// (E085–E089, W082–W084); an edition with an error is left out.
enum EditionsDecoder {
    static let example = "editions: [{ fiscal_year: 2023, title: 令和5年度デジタル・ICT戦略, url: https://www.city.example.jp/dx/2023/ }]"

    /// Newest first.
    static func decode(_ report: FieldReader, reportYear: Int?, reportTitle: String?) -> [Edition] {
        var editions: [Edition] = []
        var years: [Int: SourceLocation] = [:]
        var urls: [String: SourceLocation] = [:]
        for item in report.mappings("editions") {
            item.warnUnknownKeys(["fiscal_year", "title", "url"])
            let year = self.year(item, reportYear: reportYear)
            let title = item.text("title", prose: true)
            if title == nil {
                item.diagnostics.error(.missingEditionTitle, "これまでの版に題名(title)がありません。", at: item.location, hint: example)
            }
            let url = self.url(item)
            if let year {
                if let first = years[year] {
                    item.diagnostics.error(.duplicateEditionYear, "これまでの版に \(JapaneseEra.fiscalYearLabel(year))(\(year))が2回あります。",
                                           at: item.location(of: item.value("fiscal_year")), hint: "最初は \(first.line)行目です。")
                    continue
                }
                years[year] = item.location(of: item.value("fiscal_year"))
            }
            if let title, let reportTitle, InlineText.plain(title) == InlineText.plain(reportTitle) {
                item.diagnostics.warning(.editionTitleOfThisReport, "これまでの版の題名「\(title)」が、この報告書の題名と同じです。",
                                         at: item.location(of: item.value("title")))
            }
            if let url {
                if let first = urls[url] {
                    item.diagnostics.warning(.sameEditionURL, "これまでの版のURL「\(url)」は、\(first.line)行目の版と同じです。",
                                             at: item.location(of: item.value("url")))
                }
                urls[url] = urls[url] ?? item.location(of: item.value("url"))
            }
            guard let year, let title, let url else { continue }
            editions.append(Edition(fiscalYear: year, title: title, url: url))
        }
        return editions.sorted { $0.fiscalYear > $1.fiscalYear }
    }

    /// The edition's fiscal year: a western year before the report's own.
    private static func year(_ item: FieldReader, reportYear: Int?) -> Int? {
        guard let node = item.value("fiscal_year") else {
            item.diagnostics.error(.invalidEditionYear, "これまでの版に年度(fiscal_year)がありません。", at: item.location, hint: example)
            return nil
        }
        let written = node.scalar?.string ?? ""
        guard let year = NumberText.integer(written), (1989...2200).contains(year) else {
            let hint = JapaneseEra.gregorianYear(written).map { "和暦ではなく西暦で書きます。\(written) → \($0)。例: fiscal_year: \($0)" }
            item.diagnostics.error(.invalidEditionYear, "これまでの版の年度「\(written)」は、西暦の年(1989〜2200)として読めません。",
                                   at: item.location(of: node), hint: hint)
            return nil
        }
        if let reportYear, year >= reportYear {
            item.diagnostics.error(.editionNotEarlier,
                "これまでの版の年度 \(year)(\(JapaneseEra.fiscalYearLabel(year)))が、この報告書の年度 \(reportYear) より前ではありません。",
                at: item.location(of: node))
            return nil
        }
        return year
    }

    /// An absolute http(s) URL with a host; no spaces, quotes or angle brackets (it becomes an href).
    private static func url(_ item: FieldReader) -> String? {
        guard let url = item.text("url") else {
            item.diagnostics.error(.invalidEditionURL, "これまでの版にURL(url)がありません。", at: item.location, hint: example)
            return nil
        }
        let lower = url.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        let host = url.dropFirst(scheme).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let forbidden = url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) || $0.value > 0x7E }
        guard scheme > 0, !host.isEmpty, !host.hasPrefix("."), !forbidden else {
            item.diagnostics.error(.invalidEditionURL, "これまでの版のURL「\(url)」は、http:// か https:// で始まる完全なURLではありません。",
                                   at: item.location(of: item.value("url")),
                                   hint: "日本語や空白を含むURLは、ブラウザのアドレス欄からコピーした形(%E3%81…)で書きます。")
            return nil
        }
        if scheme == 7 {
            item.diagnostics.warning(.insecureEditionURL, "これまでの版のURL「\(url)」は暗号化されない http:// です。",
                                     at: item.location(of: item.value("url")))
        }
        return url
    }
}
