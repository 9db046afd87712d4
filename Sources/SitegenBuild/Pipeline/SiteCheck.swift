import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// `sitegen check`: the content checks of a build plus the easy-Japanese
/// guideline rules and missing translations, without writing anything; with a
/// theme folder, also the theme's strings files and the hard words of easy content.
package enum SiteCheck {
    package static func run(contentPath: String, themeFolder: String? = nil, io: FileIO) -> [Diagnostic] {
        let (bundle, diagnostics) = ContentCheck.run(contentPath: contentPath, io: io)
        var all = diagnostics
        var hardWords: HardWordList?
        if let themeFolder {
            let (strings, found) = FrameStringsLoader.load(themeFolder: themeFolder, fileIO: io)
            all += found
            if let bundle { all += strings.checkLanguages(bundle.sites.map(\.language), stringsFolder: themeFolder + "/strings") }
            if bundle?.sites.contains(where: { $0.language.isEasy }) == true {
                let (list, listDiagnostics) = HardWordList.load(themeFolder: themeFolder, fileIO: io)
                hardWords = list
                all += listDiagnostics
            }
        }
        guard let bundle else { return Array(Set(all)).sorted() }
        if let hardWords, let easy = bundle.sites.first(where: { $0.language.isEasy }) {
            let terms = (easy.glossary + bundle.base.glossary).map(\.term)
            all += HardWordCheck.run(contentPath: contentPath, list: hardWords, glossaryTerms: terms, io: io)
        }
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
