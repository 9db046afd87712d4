import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The real report (the repository's content/ and default theme) built once
/// into a temporary folder with `BuildPipeline`, as `sitegen build` does.
/// The web-quality tests read the written files, so they test what is published.
struct BuiltSite: Sendable {
    let files: [String: Data]
    let diagnostics: [Diagnostic]

    static let shared: BuiltSite = build()
    /// The real content names no base URL (the publish workflow gives it): tests build with this one.
    static let baseURL = "https://meguro.city.test/dx/"

    private static func build() -> BuiltSite {
        do {
            let tree = try TestTree(files: [:])
            defer { tree.remove() }
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"),
                                             to: tree.root.appendingPathComponent("content"))
            var options = tree.options()
            options.baseURL = baseURL
            let report = BuildPipeline.run(options)
            return BuiltSite(files: tree.snapshot(), diagnostics: report.diagnostics)
        } catch {
            return BuiltSite(files: [:], diagnostics: [Diagnostic(.outputError, "\(error)", at: SourceLocation(path: "content"))])
        }
    }

    func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }

    /// Every HTML page, sorted by path.
    var pages: [(path: String, html: String)] {
        files.keys.filter { $0.hasSuffix(".html") }.sorted().map { ($0, text($0) ?? "") }
    }

    /// Pages of one language folder ("" for the base language, "easy/").
    func pages(inFolder prefix: String) -> [(path: String, html: String)] {
        pages.filter { prefix.isEmpty ? !$0.path.hasPrefix("easy/") : $0.path.hasPrefix(prefix) }
    }
}
