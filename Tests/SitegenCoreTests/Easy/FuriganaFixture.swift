import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// One annotator over the real content/furigana.yaml, shared by the tests
/// (it is thread-safe, and opening MeCab once keeps the suite fast).
enum FuriganaFixture {
    static let overrides: [FuriganaOverride] = {
        let url = Repository.root.appendingPathComponent("content/furigana.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              case .success(let document) = YAMLParser.parse(text, path: "content/furigana.yaml") else { return [] }
        return FuriganaDecoder.decode(document, diagnostics: DiagnosticCollector())
    }()

    private static let shared = Result { try FuriganaAnnotator(overrides: overrides) }

    static func annotator() throws -> FuriganaAnnotator { try shared.get() }
}
