import SitegenSupport
import SitegenModel
import SitegenContent

/// Finds the same item in every language's `Site` so tables and JSON can give
/// each text in every language. Structure always comes from the base site; a
/// language that lacks an item (it should not) shows the base text.
struct LanguageTexts: Sendable {
    let bundle: SiteBundle
    /// The base language's fixed words (grade explanations).
    let strings: FrameStrings
    /// Initiative positions by language code and id: lookups stay O(1) at 10,000 initiatives.
    private let positions: [String: [String: Int]]

    init(bundle: SiteBundle, strings: FrameStrings) {
        self.bundle = bundle
        self.strings = strings
        var positions: [String: [String: Int]] = [:]
        for site in bundle.sites {
            var byID: [String: Int] = [:]
            for (index, initiative) in site.initiatives.enumerated() where byID[initiative.id] == nil { byID[initiative.id] = index }
            positions[site.language.code] = byID
        }
        self.positions = positions
    }

    var base: Site { bundle.base }
    var others: [Site] { Array(bundle.sites.dropFirst()) }

    /// `{ "ja": …, "easy": … }`, null when the base has no text (the rule of `LanguageItems.json`).
    func json(_ pick: (Site) -> String?) -> JSONValue {
        LanguageItems(codes: bundle.sites.map(\.language.code), items: bundle.sites).json(pick)
    }

    /// A language's text, falling back to the base text.
    func text(in site: Site, _ pick: (Site) -> String?) -> String? {
        pick(site) ?? pick(base)
    }

    /// A CSV column name for a language's variant of a text column (`title_easy`).
    static func columnName(_ name: String, language: Language) -> String {
        let code = String(language.code.lowercased().unicodeScalars.map {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_"
        })
        return name + "_" + code
    }

    // MARK: Lookups by id (bars and milestones by position)

    func initiative(_ id: String, in site: Site) -> Initiative? {
        positions[site.language.code]?[id].map { site.initiatives[$0] }
    }
    func kpi(_ id: String, of initiative: String, in site: Site) -> KPI? {
        self.initiative(initiative, in: site)?.kpis.first { $0.id == id }
    }
    func task(_ id: String, of initiative: String, in site: Site) -> ScheduleTask? {
        self.initiative(initiative, in: site)?.schedule.first { $0.id == id }
    }
    func bar(_ index: Int, of task: String, initiative: String, in site: Site) -> ScheduleBar? {
        guard let bars = self.task(task, of: initiative, in: site)?.bars, bars.indices.contains(index) else { return nil }
        return bars[index]
    }
    func milestone(_ index: Int, of task: String, initiative: String, in site: Site) -> ScheduleMilestone? {
        guard let list = self.task(task, of: initiative, in: site)?.milestones, list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// Codes of the languages whose text for this initiative is the base text.
    func fallbackLanguages(initiative id: String) -> [String] {
        others.filter { site in initiative(id, in: site)?.isFallback ?? true }.map(\.language.code)
    }

    /// Codes of the languages whose report-level text (site.yaml) is the base text.
    var siteFallbackLanguages: [String] { others.filter(\.isFallback).map(\.language.code) }

    /// One column per language for a text: `title`, then `title_easy` …
    func fields<Row>(_ name: String, title: String, description: String, required: Bool = false,
                     _ pick: @escaping @Sendable (Site, Row) -> String?) -> [CSVField<Row>] {
        let baseSite = base
        var result = [CSVField<Row>(
            column: DataColumn(name: name, title: title, description: description, type: .string, required: required),
            value: { pick(baseSite, $0) })]
        for site in others {
            let column = DataColumn(
                name: Self.columnName(name, language: site.language),
                title: "\(title)（\(site.language.name)）",
                description: "\(description)（\(site.language.name)）。その言語の文章がないときは標準の文章と同じ。",
                type: .string, required: required)
            result.append(CSVField(column: column, value: { pick(site, $0) ?? pick(baseSite, $0) }))
        }
        return result
    }
}
