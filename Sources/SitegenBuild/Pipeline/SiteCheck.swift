import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// `sitegen check`: the content checks of a build plus the easy-Japanese
/// guideline rules and missing translations, without writing anything.
package enum SiteCheck {
    package static func run(contentPath: String, io: FileIO) -> [Diagnostic] {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: contentPath, io: io)
        guard let bundle else { return diagnostics }
        var all = diagnostics
        let annotator: FuriganaAnnotator?
        do {
            annotator = try FuriganaAnnotator(overrides: bundle.base.furigana)
        } catch let error as FuriganaError {
            all.append(error.diagnostic())
            annotator = nil
        } catch {
            annotator = nil
        }
        all += EasyJapaneseChecker.check(bundle: bundle, annotator: annotator)
        return Array(Set(all)).sorted()
    }
}
