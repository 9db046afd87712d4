import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct RelativeURLTests {
    @Test func asciiPathMatchesTheCharacterPath() {
        let paths = ["index.html", "kpis/index.html", "initiatives/a1/index.html", "easy/initiatives/a1/index.html",
                     "easy/index.html", "index.html#themes", "assets/style.css", "charts/gantt-all.svg",
                     "easy/charts/kpi-a-b.svg", "", "/", "a//b/index.html", "data/initiatives.csv", "404.html",
                     "easy/schedule/t1/page/2/index.html", "easy/charts/schedule/t1/2.svg", "index.html/index.html",
                     "kpis/index.htm", "kpis/", "//kpis//index.html", "easy", "easy/", "a/b/c/d/e.svg"]
        for from in paths {
            for to in paths {
                #expect(SitePaths.relativeURL(from: from, to: to) == SitePaths.characterRelativeURL(from: from, to: to),
                        "\(from) → \(to)")
            }
        }
        #expect(SitePaths.relativeURL(from: "initiatives/a1/index.html", to: "kpis/index.html") == "../../kpis/")
        #expect(SitePaths.relativeURL(from: "index.html", to: "index.html") == "./")
        // A path that is not ASCII takes the character path.
        #expect(SitePaths.relativeURL(from: "施策/a/index.html", to: "施策/b/index.html") == "../b/")
        #expect(SitePaths.relativeURL(from: "a/index.html", to: "施策/index.html") == "../施策/")
    }

    /// A path with any non-ASCII byte, in either place, takes the character path: a "/" that
    /// carries a combining mark is one character there, not a separator.
    @Test func aNonASCIIPathTakesTheCharacterPath() {
        let paths = ["a/\u{301}b/index.html", "x/y/\u{301}z.svg", "施策/a1/index.html", "easy/施策/index.html", "kpis/index.html"]
        for from in paths {
            for to in paths {
                #expect(SitePaths.relativeURL(from: from, to: to) == SitePaths.characterRelativeURL(from: from, to: to),
                        "\(from) → \(to)")
            }
        }
    }
}
