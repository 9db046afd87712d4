import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The hand-built template values (`templateValues`) must equal what reflection
/// gives — same keys, same escaped values — for every model on every page of the
/// fixture, so the fast path can never drop, rename or forget to escape a field.
@Suite struct TemplateFastPathTests {
    /// Values as comparable text: keys sorted, HTML as its markup.
    static func canonical(_ value: TemplateValue) -> String {
        switch value {
        case .html(let html): return "html(" + html.markup + ")"
        case .flag(let flag): return flag ? "true" : "false"
        case .object(let values):
            return "{" + values.keys.sorted().map { "\($0):" + canonical(values[$0]!) }.joined(separator: ",") + "}"
        case .list(let list): return "[" + list.map(canonical).joined(separator: ",") + "]"
        }
    }

    /// Compares `model`'s hand-built values with reflection, then does the same for
    /// every model inside it; returns the names of the types compared.
    static func compareHandBuilt(_ model: any TemplateModel) -> Set<String> {
        var compared: Set<String> = []
        if let fast = model.templateValues() {
            #expect(canonical(.object(fast)) == canonical(.object(TemplateContext.reflected(model))), "\(type(of: model))")
            compared.insert(String(reflecting: type(of: model)).replacingOccurrences(of: "SitegenRender.", with: ""))
        }
        for child in Mirror(reflecting: model).children {
            if let inner = child.value as? any TemplateModel { compared.formUnion(compareHandBuilt(inner)) }
            for item in child.value as? [Any] ?? [] {
                if let inner = item as? any TemplateModel { compared.formUnion(compareHandBuilt(inner)) }
            }
        }
        return compared
    }

    @Test func everyHandBuiltModelOfTheFixtureEqualsItsReflectedValues() throws {
        let theme = try #require(SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local).theme)
        let extras = PageExtras(
            kpiChart: { _, _, _, _ in "<figure></figure>" }, initiativeGantt: { _, _, _ in "<figure></figure>" },
            overallGantt: { _, _, _ in "<figure></figure>" }, dataPage: { _, _ in "<p></p>" },
            initiativeDataLinks: { _, _, _ in "<p></p>" }, structuredData: { _, _ in "{\"<\":1}" }, accessibilityResults: nil)
        let bundle = RenderFixture.bundle
        let inventory = PageInventory(bundle: bundle, extras: extras)
        var layouts = 0
        var compared: Set<String> = []
        for site in bundle.sites {
            let renderer = LanguagePageRenderer(bundle: bundle, site: site, theme: theme, extras: extras, inventory: inventory)
            compared.formUnion(Self.compareHandBuilt(renderer.notFoundModels().layout))
            for job in renderer.jobs(.all) {
                if case .notFound = job { continue }
                var diagnostics: [Diagnostic] = []
                let draft = renderer.draft(job, &diagnostics)
                compared.formUnion(Self.compareHandBuilt(draft.model))
                compared.formUnion(Self.compareHandBuilt(renderer.layoutModel(draft, content: HTML(text: "<本文> & \"引用\""))))
                layouts += 1
            }
        }
        #expect(layouts > 20)
        // Every hand-built model is met on some page (a new one without a page here would go unchecked).
        #expect(compared.isSuperset(of: [
            "LayoutModel", "LayoutModel.NavItem", "LayoutModel.Crumb", "LayoutModel.License", "LayoutModel.Alternate",
            "LayoutModel.LanguageLink", "LinkModel", "InitiativeLinkModel", "InitiativeModel", "InitiativeModel.Vision",
            "KPITableModel", "KPITableModel.Row", "ScheduleTableModel", "ScheduleTableModel.Row", "ScheduleModel.Item",
            "KPIOverviewModel.Row", "ScheduleModel", "ScheduleModel.ThemeGroup", "KPIListModel", "KPIOverviewModel",
            "HomeModel", "HomeModel.ThemeCard", "ThemePageModel",
        ]), "\(compared.sorted())")
    }

    /// The fixture's lists are not split: the pager and the index of a split list are built here.
    @Test func theSplitListsPagerAndIndexEqualTheirReflectedValues() {
        let link = LinkModel(href: "../page/2/", label: HTML(text: "<次> & \"2\""))
        for (previous, next) in [(nil, link), (link, nil)] {
            let pager = PagerModel(label: "ページ <移動>", previous: previous, next: next, items: [
                .init(href: "./", label: "1", isCurrent: true, isGap: false),
                .init(href: "", label: "…", isCurrent: false, isGap: true),
            ])
            #expect(Self.compareHandBuilt(pager) == ["PagerModel", "PagerModel.Item", "LinkModel"])
        }
        let index = ListIndexModel(note: "テーマ & \"ページ\"", groups: [
            .init(label: HTML(text: "<テーマ>"), count: "12件", parts: [link]),
            .init(label: HTML(text: "空"), count: "0件", parts: []),
        ])
        #expect(Self.compareHandBuilt(index) == ["ListIndexModel", "ListIndexModel.Group", "LinkModel"])
        var list = KPIListModel(overview: nil, script: nil)
        list.index = index
        list.pager = PagerModel(label: "p", previous: nil, next: nil, items: [])
        #expect(Self.compareHandBuilt(list).isSuperset(of: ["KPIListModel", "ListIndexModel", "PagerModel"]))
    }

    @Test func labelsWithAndWithoutTheVersionNoteEqualTheirReflectedValues() {
        for note in [nil, "<注> & \"版\""] {
            let labels = LabelsModel(vision: "め<ざ>す姿", kpis: "指標", schedule: "工程", notes: "注", details: "詳細",
                                     dataLinks: "データ", neighbours: "前後", previous: "前", next: "次", themes: "テーマ",
                                     theme: "テーマ", initiative: "取組", source: "出典", versionNote: note)
            #expect(Self.compareHandBuilt(labels) == ["LabelsModel"])
        }
    }
}
