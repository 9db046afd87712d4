import SitegenSupport
import SitegenModel
import SitegenContent

/// Fixed words of the pages in one language, read from the theme's strings file
/// (`page.*`), so renderers name a word instead of a key.
struct PageLabels: Sendable {
    let home: String
    let themes: String
    let kpis: String
    let schedule: String
    let background: String
    let glossary: String
    let data: String
    let skipLink: String
    let mainNav: String
    let breadcrumbs: String
    let languageSwitch: String
    let initiative: String
    let theme: String
    let vision: String
    let kpiSection: String
    let scheduleSection: String
    let notes: String
    let details: String
    let dataLinks: String
    let neighbours: String
    let previous: String
    let next: String
    let noTiming: String
    /// The 実績 cell of a KPI without an actual yet: "—".
    let notYet: String
    /// Under the table: what "—" means, neutrally (not a reporting failure).
    let notYetNote: String
    let none: String
    let asOfSuffix: String
    let fallbackNotice: String
    let notFoundTitle: String
    let notFoundText: String
    let source: String
    let licensePrefix: String
    let accessibility: String
    let feed: String
    /// Said on the top page of this language version: what it is and for whom (nil: nothing).
    let versionNote: String?
    /// Under the KPI overview, shown by its sorting script (without it the table is complete as it is).
    let sortNote: String
    /// Before the date of a page's latest stated content: 「最終更新日」.
    let lastUpdated: String
    /// Heading of the footer's links to the earlier editions of the report.
    let editions: String
    /// The furigana switch's name (easy pages).
    let furigana: String
    /// All of the language's words, for the ones with slots.
    let strings: FrameStrings

    init(_ s: FrameStrings) {
        home = s["page.home"]; themes = s["page.themes"]; kpis = s["page.kpis"]; schedule = s["page.schedule"]
        background = s["page.background"]; glossary = s["page.glossary"]; data = s["page.data"]; skipLink = s["page.skipLink"]
        mainNav = s["page.mainNav"]; breadcrumbs = s["page.breadcrumbs"]; languageSwitch = s["page.languageSwitch"]
        initiative = s["page.initiative"]; theme = s["page.theme"]; vision = s["page.vision"]; kpiSection = s["page.kpiSection"]
        scheduleSection = s["page.scheduleSection"]; notes = s["page.notes"]; details = s["page.details"]; dataLinks = s["page.dataLinks"]
        neighbours = s["page.neighbours"]; previous = s["page.previous"]; next = s["page.next"]; noTiming = s["page.noTiming"]
        notYet = s["page.notYet"]; notYetNote = s["page.notYetNote"]; none = s["page.none"]; asOfSuffix = s["page.asOfSuffix"]
        fallbackNotice = s["page.fallbackNotice"]; notFoundTitle = s["page.notFoundTitle"]; notFoundText = s["page.notFoundText"]
        source = s["page.source"]; licensePrefix = s["page.licensePrefix"]; accessibility = s["page.accessibility"]; feed = s["page.feed"]
        versionNote = s.has("page.versionNote") ? s["page.versionNote"] : nil
        sortNote = s["page.sortNote"]; furigana = s["page.furigana"]
        lastUpdated = s["page.lastUpdated"]; editions = s["page.editions"]
        strings = s
    }

    /// "1の目標・指標": a section of one initiative, as table captions name it.
    func sectionCaption(_ owner: String, _ section: String) -> String {
        strings.text("page.sectionCaption", ["owner": owner, "section": section])
    }
}
