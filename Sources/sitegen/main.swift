import SitegenCore
import Foundation

let diagnosticsResult = ContentCheck.run(contentPath: CommandLine.arguments.dropFirst().first ?? "content", io: .local)
for d in diagnosticsResult.diagnostics { print(d) }
print(diagnosticsResult.bundle.map { "ok: \($0.sites.count) sites, \($0.base.initiatives.count) initiatives" } ?? "failed")
