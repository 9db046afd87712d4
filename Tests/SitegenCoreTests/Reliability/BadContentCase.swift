import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// One bad-content case: MiniSite with some files replaced (nil removes one),
/// and the exact `path:line:column code` list the run must report.
struct BadContentCase: Sendable, CustomTestStringConvertible {
    let name: String
    let changes: @Sendable () -> [String: Data?]
    let expected: [String]

    var testDescription: String { name }

    /// Text replacements (UTF-8).
    init(_ name: String, _ changes: [String: String?], expect expected: [String]) {
        self.name = name
        let data = changes.mapValues { $0.map { Data($0.utf8) } }
        self.changes = { data }
        self.expected = expected
    }

    /// Raw bytes, built on demand (encodings, huge files).
    init(_ name: String, bytes: @escaping @Sendable () -> [String: Data?], expect expected: [String]) {
        self.name = name
        self.changes = bytes
        self.expected = expected
    }

    var files: [String: Data] {
        var result = MiniSite.files.mapValues { Data($0.utf8) }
        for (path, data) in changes() { result[path] = data }
        return result
    }

    func run() -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let store = MemoryStore()
        for (path, data) in files { store.put(path, data) }
        return ContentCheck.run(contentPath: "content", io: store.fileIO)
    }
}

/// Shorthands for mutating MiniSite's files.
enum Mini {
    static let site = "content/site.yaml"
    static let one = "content/initiatives/01-online.md"
    static let oneEasy = "content/initiatives/01-online.easy.md"
    static let two = "content/initiatives/02-network.md"
    static let about = "content/pages/about.md"
    static let glossary = "content/glossary.yaml"

    /// MiniSite's initiative 1 with `old` replaced by `new` (which must occur).
    static func one(_ old: String, _ new: String) -> String {
        precondition(MiniSite.initiative1.contains(old), old)
        return MiniSite.initiative1.replacingOccurrences(of: old, with: new)
    }

    static func two(_ old: String, _ new: String) -> String {
        precondition(MiniSite.initiative2.contains(old), old)
        return MiniSite.initiative2.replacingOccurrences(of: old, with: new)
    }

    static func site(_ old: String, _ new: String) -> String {
        precondition(MiniSite.siteYAML.contains(old), old)
        return MiniSite.siteYAML.replacingOccurrences(of: old, with: new)
    }

    static func oneEasy(_ old: String, _ new: String) -> String {
        precondition(MiniSite.easyInitiative1.contains(old), old)
        return MiniSite.easyInitiative1.replacingOccurrences(of: old, with: new)
    }
}
