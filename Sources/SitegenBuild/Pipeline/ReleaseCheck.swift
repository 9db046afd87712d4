import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// `sitegen build --release` (the publish workflow): what `sitegen check` only warns
/// about is refused before anything is written, because the release is what citizens
/// read. Provisional text (【仮】), the `sitegen new` template's sentences, an example
/// base URL (E050–E052) and a build without a real base URL (E053) never ship.
package enum ReleaseCheck {
    /// The refusals, as errors at the file and line of each placeholder; empty when the release may go ahead.
    package static func refusals(_ options: BuildOptions, io: FileIO) -> [Diagnostic] {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: options.contentPath, io: io)
        let themeFolder = FileIO.folder(options.themesPath) + "/" + options.themeName
        var refused = (diagnostics + PlaceholderScan.scanTemplates(themeFolder: themeFolder, io: io)).compactMap(refusal)
        let baseURL = options.baseURL.map(BaseURL.normalized) ?? bundle?.base.report.baseURL
        if let override = options.baseURL, BaseURL.isExample(override) {
            refused.append(Diagnostic(.exampleURLRefused, "--base-url「\(override)」は例の URL です。公開用のビルドには本当の公開先を指定します。",
                                      at: SourceLocation(path: "--base-url")))
        } else if baseURL == BaseURL.localPreview {
            refused.append(Diagnostic(.releaseWithoutBaseURL,
                                      "公開先の URL がありません。公開用のビルドでは、正規URL・サイトマップ・オープンデータに本当の公開先を使います。",
                                      at: SourceLocation(path: FileIO.folder(options.contentPath) + "/site.yaml")))
        }
        return Array(Set(refused)).sorted()
    }

    /// The release error for a placeholder warning, at the same place with the same words.
    static func refusal(_ warning: Diagnostic) -> Diagnostic? {
        let code: DiagnosticCode
        switch warning.code {
        case .placeholderText: code = .placeholderRefused
        case .templateText: code = .templateTextRefused
        case .exampleURL: code = .exampleURLRefused
        default: return nil
        }
        return Diagnostic(code, warning.message + "公開用のビルド(--release)では公開できません。", at: warning.location)
    }
}
