import Foundation

/// Files shipped beside the executable in the release archive (scripts/release):
/// `bin/sitegen` with `share/sitegen/themes/` (the default theme) and
/// `share/sitegen/mecab/ipadic-utf8/` (the furigana dictionary). A build from source has
/// no such folder, and everything is looked up where it always was.
package enum InstalledFiles {
    /// `…/share/sitegen` beside the running executable's `bin/` (symbolic links followed), if it exists.
    package static let shareFolder: String? = {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let share = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/sitegen").path
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: share, isDirectory: &isFolder) && isFolder.boolValue ? share : nil
    }()

    /// The themes folder to use when none is named: `themes/` in the working folder when it
    /// exists, else the archive's, else `themes` (whose absence the build reports as usual).
    package static func themesFolder(named: String?) -> String {
        if let named { return named }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "themes", isDirectory: &isFolder), isFolder.boolValue { return "themes" }
        return shareFolder.map { $0 + "/themes" } ?? "themes"
    }

    /// The archive's MeCab dictionary folder, when this executable came with one.
    package static var mecabDictionary: String? { shareFolder.map { $0 + "/mecab/ipadic-utf8" } }
}
