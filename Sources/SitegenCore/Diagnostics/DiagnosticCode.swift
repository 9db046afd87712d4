/// Stable diagnostic codes. The code never changes meaning once published:
/// staff and CI scripts search for them, and the README lists them all.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Files and encodings
    case unreadableFile = "E001"
    case invalidEncoding = "E002"
    case yamlSyntax = "E003"
    case frontMatter = "E004"
    case duplicateKey = "E005"
    case wrongType = "E006"
    case missingField = "E007"
    case fileTooLarge = "E008"
    case yamlAlias = "E009"
    // Values
    case invalidID = "E010"
    case duplicateID = "E011"
    case duplicateNumber = "E012"
    case unknownTheme = "E013"
    case unknownVision = "E014"
    case unknownEvaluation = "E015"
    case invalidNumber = "E016"
    case invalidDate = "E017"
    case invalidSchedulePosition = "E018"
    case outsideFiscalYear = "E019"
    case rangeReversed = "E020"
    case missingTarget = "E021"
    case invalidChoice = "E022"
    case invalidURL = "E023"
    case overlayChangesValue = "E024"
    case overlayUnknownID = "E025"
    case missingContent = "E026"
    case tooDeep = "E027"
    case invalidLanguage = "E028"
    // Theme and output
    case templateError = "E030"
    case outputError = "E031"
    case themeMissing = "E032"
    // Warnings
    case unknownKey = "W001"
    case rawHTMLDropped = "W002"
    case missingTranslation = "W003"
    case emptyValue = "W004"

    public var defaultSeverity: Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// A short Japanese title, used in the README's table of codes.
    public var title: String {
        switch self {
        case .unreadableFile: "ファイルを読めない"
        case .invalidEncoding: "文字コードがUTF-8ではない"
        case .yamlSyntax: "YAMLの書き方の誤り"
        case .frontMatter: "フロントマター(---で囲んだ部分)の誤り"
        case .duplicateKey: "同じ項目名が2回ある"
        case .wrongType: "値の種類(文字・数・リスト)の誤り"
        case .missingField: "必須項目がない"
        case .fileTooLarge: "ファイルが大きすぎる"
        case .yamlAlias: "YAMLのアンカー・エイリアスは使えない"
        case .invalidID: "idの形式の誤り"
        case .duplicateID: "idの重複"
        case .duplicateNumber: "番号の重複"
        case .unknownTheme: "存在しない戦略テーマ"
        case .unknownVision: "存在しないめざす姿の番号"
        case .unknownEvaluation: "存在しない評価コード"
        case .invalidNumber: "数値の形式の誤り"
        case .invalidDate: "日付の形式の誤り"
        case .invalidSchedulePosition: "スケジュールの月・四半期の形式の誤り"
        case .outsideFiscalYear: "年度の範囲外の月"
        case .rangeReversed: "開始が終了より後"
        case .missingTarget: "KPIの目標値がない"
        case .invalidChoice: "選べない値"
        case .invalidURL: "URLの形式の誤り"
        case .overlayChangesValue: "やさしい日本語ファイルが数値などを変えている"
        case .overlayUnknownID: "やさしい日本語ファイルに元にないid"
        case .missingContent: "コンテンツがない"
        case .tooDeep: "入れ子が深すぎる"
        case .invalidLanguage: "言語設定の誤り"
        case .templateError: "テンプレートの誤り"
        case .outputError: "出力の書き込みに失敗"
        case .themeMissing: "テーマが見つからない"
        case .unknownKey: "知らない項目名"
        case .rawHTMLDropped: "HTMLタグは出力されない"
        case .missingTranslation: "やさしい日本語の版がない"
        case .emptyValue: "値が空"
        }
    }

    /// The hint shown when a diagnostic gives none of its own.
    public var defaultHint: String? {
        switch self {
        case .invalidEncoding: "ファイルをUTF-8で保存してください(メモ帳なら「名前を付けて保存」で文字コードにUTF-8を選びます)。"
        case .yamlSyntax: "コロン(:)の後に半角スペースがあるか、字下げが半角スペースでそろっているかを確認してください。"
        case .frontMatter: "ファイルの1行目を「---」にし、項目の終わりにもう一度「---」だけの行を置いてください。"
        case .duplicateKey: "同じ項目名は1つにまとめてください。"
        case .missingField: "README の「コンテンツの書き方」にある必須項目を追加してください。"
        case .invalidID: "idは半角の小文字英字・数字・ハイフン(a-z, 0-9, -)だけで書いてください。例: online-procedures"
        case .invalidDate: "日付は西暦で YYYY-MM-DD の形で書いてください。例: 2024-04-01"
        case .invalidSchedulePosition: "月は YYYY-MM(例: 2024-07)、四半期は Q1〜Q4(Q1は4〜6月)で書いてください。"
        case .unknownKey: "項目名のつづりを確認してください。不要なら削除してください。"
        case .rawHTMLDropped: "HTMLタグは安全のため出力されません。Markdownの書き方で書いてください。"
        case .yamlAlias: "「&名前」「*名前」の書き方はやめて、値をそのまま書いてください。"
        default: nil
        }
    }
}
