import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The frame's hand-built template dictionaries (`templateValues`) must equal what
/// reflection gives — same keys, same escaped values — on every page of the fixture,
/// so the fast path can never drop, rename or forget to escape a field.
@Suite struct TemplateFastPathTests {
    /// A dictionary as comparable text: keys sorted, HTML as its markup.
    static func canonical(_ value: Any) -> String {
        switch value {
        case let html as HTML: return "html(" + html.markup + ")"
        case let flag as Bool: return flag ? "true" : "false"
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { "\($0):" + canonical(dictionary[$0]!) }.joined(separator: ",") + "}"
        case let list as [Any]: return "[" + list.map(canonical).joined(separator: ",") + "]"
        default: return "unexpected(\(type(of: value)))"
        }
    }

    @Test func everyLayoutOfTheFixtureEqualsItsReflectedDictionary() throws {
        let theme = try #require(SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local).theme)
        let extras = PageExtras(
            kpiChart: { _, _, _, _ in "<figure></figure>" }, initiativeGantt: { _, _, _ in "<figure></figure>" },
            overallGantt: { _, _, _ in "<figure></figure>" }, dataPage: { _, _ in "<p></p>" },
            initiativeDataLinks: { _, _, _ in "<p></p>" }, structuredData: { _, _ in "{\"<\":1}" }, accessibilityResults: nil)
        let bundle = RenderFixture.bundle
        let inventory = PageInventory(bundle: bundle, extras: extras)
        var compared = 0
        for site in bundle.sites {
            let renderer = LanguagePageRenderer(bundle: bundle, site: site, theme: theme, extras: extras, inventory: inventory)
            var layouts = [renderer.notFoundModels().layout]
            for job in renderer.jobs(.all) {
                if case .notFound = job { continue }
                var diagnostics: [Diagnostic] = []
                let draft = renderer.draft(job, &diagnostics)
                layouts.append(renderer.layoutModel(draft, content: HTML(text: "<本文> & \"引用\"")))
            }
            for layout in layouts {
                // Through the protocol, as TemplateContext calls it: the hand-built witness, not the default.
                let fast = try #require((layout as any TemplateModel).templateValues())
                #expect(Self.canonical(fast) == Self.canonical(TemplateContext.reflected(layout)))
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}
