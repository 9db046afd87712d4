import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The README is the staff's manual: it must list every diagnostic code and every content field.
@Suite struct ReadmeTests {
    static let readme = (try? String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test func everyDiagnosticCodeIsDocumented() {
        for code in DiagnosticCode.allCases {
            #expect(Self.readme.contains("| \(code.rawValue) | \(code.title) |"), "\(code.rawValue) missing from README")
        }
    }

    @Test func everyContentFieldIsDocumented() {
        let fields = SiteSettingsDecoder.keys.union(InitiativeDecoder.keys).union(InitiativeDecoder.kpiKeys)
            .union(InitiativeDecoder.taskKeys).union(["spans_years", "comparison", "milestones", "fiscal_year", "as_of", "base_url"])
        for field in fields.sorted() {
            #expect(Self.readme.contains("`\(field)") || Self.readme.contains(".\(field)`") || Self.readme.contains("\(field):"),
                    "field \(field) missing from README")
        }
    }

    @Test func theTwoSetUpCommandsAreTheScriptsCIUses() throws {
        #expect(Self.readme.contains("./scripts/build"))
        #expect(Self.readme.contains("./scripts/test"))
        let ci = try String(contentsOf: Repository.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("scripts/test"))
    }
}
