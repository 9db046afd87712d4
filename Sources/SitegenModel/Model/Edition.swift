import SitegenSupport

/// An earlier edition of the report (`report.editions` in `site.yaml`): its fiscal year,
/// its title as published and where it is published. Every page links to them.
package struct Edition: Sendable, Hashable {
    package let fiscalYear: Int
    package let title: String
    /// An absolute http(s) URL.
    package let url: String

    package init(fiscalYear: Int, title: String, url: String) {
        self.fiscalYear = fiscalYear
        self.title = title
        self.url = url
    }

    /// 令和5年度
    package var fiscalYearLabel: String { JapaneseEra.fiscalYearLabel(fiscalYear) }
}
