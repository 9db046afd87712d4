import SitegenSupport
import SitegenModel
import SitegenContent

/// Why automatic furigana cannot start. The message is for ward staff and CI logs.
package enum FuriganaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No MeCab dictionary in any searched folder.
    case dictionaryNotFound(searched: [String])
    /// MeCab refused to start with the dictionary (its own message attached).
    case taggerFailed(dictionary: String, message: String)

    package var description: String {
        switch self {
        case .dictionaryNotFound(let searched):
            "ふりがな用の辞書(MeCab IPAdic)が見つかりません。探した場所: \(searched.joined(separator: ", "))。"
                + "scripts/install-deps を実行して mecab-ipadic-utf8 を入れるか、環境変数 SITEGEN_MECAB_DICDIR に辞書のフォルダを指定してください。"
        case .taggerFailed(let dictionary, let message):
            "ふりがな用の形態素解析(MeCab)を辞書「\(dictionary)」で開始できません: \(message)"
        }
    }

    /// The same problem as a diagnostic, for `sitegen check` / `build` output.
    package func diagnostic(at location: SourceLocation = SourceLocation(path: "content/furigana.yaml")) -> Diagnostic {
        Diagnostic(.furiganaUnavailable, description, at: location)
    }
}
