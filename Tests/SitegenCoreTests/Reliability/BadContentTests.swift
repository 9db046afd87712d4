import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Bad input never crashes and always explains itself: every corpus case gives
/// exactly the expected `path:line:column code` list, each with a Japanese
/// message and a hint, and no site.
@Suite struct BadContentTests {
    @Test(arguments: BadContentCorpus.cases)
    func reportsExactlyTheExpectedDiagnostics(_ badCase: BadContentCase) {
        let (bundle, diagnostics) = badCase.run()
        #expect(MiniSite.summary(diagnostics) == badCase.expected, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect((bundle == nil) == diagnostics.hasErrors)
        #expect(diagnostics == diagnostics.sorted(), "diagnostics come sorted by file, line, column")
        for d in diagnostics {
            #expect(d.message.unicodeScalars.contains { $0.value >= 0x3040 }, "Japanese message: \(d)")
            #expect(!(d.hint ?? "").isEmpty, "hint for \(d)")
        }
    }

    @Test func corpusIsLargeAndNamesAreUnique() {
        #expect(BadContentCorpus.cases.count >= 40)
        #expect(Set(BadContentCorpus.cases.map(\.name)).count == BadContentCorpus.cases.count)
    }
}
