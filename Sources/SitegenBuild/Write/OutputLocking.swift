import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// One build at a time per output folder. Two builds sharing a staging folder
/// each deleted the other's files and both reported success with a nearly empty
/// site; now each holds an exclusive lock on a file beside the output
/// (`.sitegen-lock-NAME`) from before its staging folder is made until after the
/// swap, and `sitegen serve` holds it for as long as it runs.
package enum OutputLocking {
    /// Takes the output's lock. When another build holds it: with `wait`, says so
    /// through `notice` and waits; without, fails at once (E034).
    package static func acquire(output: String, wait: Bool, io: FileIO,
                               notice: (String) -> Void = { _ in }) -> Result<FolderLock, Diagnostic> {
        let paths = OutputWriter.Paths(output: output)
        let location = SourceLocation(path: paths.output)
        do {
            let parent = (paths.lock as NSString).deletingLastPathComponent
            if !parent.isEmpty && !io.exists(parent) { try io.createDirectory(parent) }
            if let lock = try io.lock(paths.lock, false) { return .success(lock) }
            guard wait else {
                return .failure(Diagnostic(.outputBusy, "別のビルド(または sitegen serve)が出力先「\(paths.output)」に書き込んでいます。",
                                           at: location, hint: "そのビルドが終わってから実行してください。--no-wait を付けなければ、終わるまで待ちます。"))
            }
            notice("sitegen: 別のビルド(または sitegen serve)が「\(VisibleControls.visible(paths.output))」に書き込んでいます。終わるのを待っています…")
            if let lock = try io.lock(paths.lock, true) { return .success(lock) }
            return .failure(Diagnostic(.outputBusy, "出力先「\(paths.output)」の順番待ちができませんでした。", at: location))
        } catch {
            return .failure(StagingSite.writeFailure(error.localizedDescription, at: location))
        }
    }
}
