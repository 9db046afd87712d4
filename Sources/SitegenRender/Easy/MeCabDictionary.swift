import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Finds the MeCab dictionary folder. The dictionary is always passed to MeCab
/// explicitly (`-d`): the system default (/etc/mecabrc, the Debian
/// `mecab-dictionary` alternative) changes when another dictionary package is
/// installed, and readings must not depend on that.
package enum MeCabDictionary {
    /// Overrides the search when set (a folder holding sys.dic).
    package static let environmentVariable = "SITEGEN_MECAB_DICDIR"

    /// IPAdic in UTF-8 — the dictionary sitegen is measured against
    /// (docs/mecab-dictionary.md). Debian puts it in /var/lib/mecab/dic; a
    /// source build of MeCab puts it under `mecab-config --dicdir`.
    static let fixedCandidates = [
        "/var/lib/mecab/dic/ipadic-utf8",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/local/lib/mecab/dic/ipadic",
        "/usr/lib/mecab/dic/ipadic",
        "/opt/homebrew/lib/mecab/dic/ipadic",
    ]

    /// The folder to use: `explicit`, else the environment variable, else the release archive's
    /// (`InstalledFiles`), else the first candidate that holds a compiled dictionary.
    package static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let explicit {
            guard isDictionary(explicit) else { throw FuriganaError.dictionaryNotFound(searched: [explicit]) }
            return explicit
        }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            guard isDictionary(fromEnvironment) else { throw FuriganaError.dictionaryNotFound(searched: [fromEnvironment]) }
            return fromEnvironment
        }
        // The release archive's own copy first: the dictionary its readings were tested with.
        let candidates = (InstalledFiles.mecabDictionary.map { [$0] } ?? []) + fixedCandidates
        var searched = candidates
        if let found = candidates.first(where: isDictionary) { return found }
        if let dicdir = mecabConfigDicdir() {
            let fromConfig = [dicdir + "/ipadic-utf8", dicdir + "/ipadic"]
            searched += fromConfig
            if let found = fromConfig.first(where: isDictionary) { return found }
        }
        throw FuriganaError.dictionaryNotFound(searched: searched)
    }

    /// A compiled MeCab dictionary: sys.dic, unk.dic and dicrc, in UTF-8.
    static func isDictionary(_ path: String) -> Bool {
        let fm = FileManager.default
        guard ["sys.dic", "unk.dic", "dicrc", "matrix.bin", "char.bin"].allSatisfy({ fm.isReadableFile(atPath: path + "/" + $0) }),
              let dicrc = fm.contents(atPath: path + "/dicrc") else { return false }
        // An EUC-JP build (Debian's plain `mecab-ipadic`) would turn readings into mojibake.
        let text = String(decoding: dicrc, as: UTF8.self).lowercased()
        guard let charsetLine = text.split(separator: "\n").first(where: { $0.contains("config-charset") }) else { return true }
        return charsetLine.contains("utf-8") || charsetLine.contains("utf8")
    }

    /// `mecab-config --dicdir`, when the tool exists.
    static func mecabConfigDicdir() -> String? {
        let candidates = ["/usr/bin/mecab-config", "/usr/local/bin/mecab-config", "/opt/homebrew/bin/mecab-config"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--dicdir"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }
}
