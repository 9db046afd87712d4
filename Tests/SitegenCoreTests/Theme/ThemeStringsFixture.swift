import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// The default theme's strings files, as tests that draw charts or word
/// progress without a whole build read them (the words live only there).
enum ThemeStringsFixture {
    static let theme: ThemeStrings = {
        let loaded = FrameStringsLoader.load(themeFolder: RenderFixture.themesRoot + "/default", fileIO: .local)
        precondition(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return loaded.strings
    }()
    static let standardLanguage = Language(code: "ja", name: "日本語", path: "/")
    static let easyLanguage = Language(code: "easy", name: "やさしい日本語", path: "/easy/")
    static var standard: FrameStrings { theme.forLanguage(standardLanguage) }
    static var easy: FrameStrings { theme.forLanguage(easyLanguage) }
}

extension ChartText {
    /// The standard and easy chart words of the default theme (`forLanguage` adds the easy date readings).
    static var standard: ChartText { ChartText.forLanguage(ThemeStringsFixture.standardLanguage, strings: ThemeStringsFixture.standard) }
    static var easy: ChartText { ChartText(ThemeStringsFixture.easy) }
    static func forLanguage(_ language: Language) -> ChartText {
        forLanguage(language, strings: ThemeStringsFixture.theme.forLanguage(language))
    }
}

extension ProgressWords {
    static var standard: ProgressWords { ProgressWords(ThemeStringsFixture.standard) }
    static var easy: ProgressWords { ProgressWords(ThemeStringsFixture.easy) }
}

extension OpenDataRenderer {
    /// Open data with the default theme's standard words (grade explanations).
    static func render(bundle: SiteBundle) -> OpenDataOutput {
        render(bundle: bundle, strings: ThemeStringsFixture.theme.forLanguage(bundle.base.language))
    }
}

extension HistoryWords {
    static var standard: HistoryWords { HistoryWords(ThemeStringsFixture.standard) }
    static var easy: HistoryWords { HistoryWords(ThemeStringsFixture.easy) }
}
