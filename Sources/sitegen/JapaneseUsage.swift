import Foundation

/// The command-line parser (swift-argument-parser) writes its help headings and usage
/// errors in English; sitegen speaks Japanese everywhere else. These rules rewrite the
/// parser's fixed phrases in its finished text (help, usage errors, `--version`), leaving
/// the parts that are sitegen's own (already Japanese) and what the user typed as they are.
enum JapaneseUsage {
    /// (English pattern, Japanese template), applied in order. `$1`… are the pattern's groups.
    static let rules: [(String, String)] = [
        // Help.
        (#"(?m)^OVERVIEW: "#, "概要: "),
        (#"(?m)^(USAGE|Usage): "#, "使い方: "),
        (#"(?m)^ARGUMENTS:$"#, "引数:"),
        (#"(?m)^OPTIONS:$"#, "オプション:"),
        (#"(?m)^SUBCOMMANDS:$"#, "サブコマンド:"),
        (#"Show subcommand help information\."#, "サブコマンドの説明を表示します。"),
        (#"Show help information\."#, "この説明を表示します。"),
        (#"Show the version\."#, "バージョンとコミットを表示します。"),
        (#"\(values:(\s)"#, "(値:$1"),
        (#"; default:(\s)"#, "、既定:$1"),
        (#"\(default:(\s)"#, "(既定:$1"),
        (#"(?m)^(\s*)See '([^']*) <subcommand>' for detailed help\."#, "$1サブコマンドの詳しい説明: $2 <subcommand>"),
        // Usage errors.
        (#"(?m)^Error: "#, "エラー: "),
        (#"(?m)^Help:  "#, "説明:  "),
        (#"(?m)^(\s*)See '([^']*)' for more information\."#, "$1詳しくは「$2」を見てください。"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "知らないオプション「$1」です。「$2」のことですか?"),
        (#"Unknown option '([^']*)'"#, "知らないオプション「$1」です。"),
        (#"(?m)^(\s*)or: "#, "$1または: "),
        (#"Missing value for '([^']*)'"#, "「$1」の値がありません。"),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#,
         "オプション「$1」には値を付けません(「$2」が付いています)。"),
        (#"(\d+) unexpected arguments: "#, "余分な引数が$1個あります: "),
        (#"Unexpected argument '([^']*)'"#, "余分な引数「$1」があります。"),
        (#"Missing expected argument '([^']*)'"#, "引数「$1」がありません。"),
        (#"Missing one of: "#, "次のどれかが必要です: "),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "「$2」に「$1」は使えません。"),
        (#"The value '([^']*)' is invalid\."#, "「$1」は使えません。"),
        (#"\. Please provide one of the following:"#, "次のどれかにしてください:"),
        (#"\. Please provide one of (.*)\."#, "次のどれかにしてください: $1。"),
        (#"' (and|or) '"#, "'、'"),
        (#"Invalid option: "#, "使えないオプションです: "),
        (#"Missing required subcommand\."#, "サブコマンドを指定してください。"),
        (#"Value to be set with (.*) had already been set with (.*)"#, "$1 の値は、すでに $2 で指定されています。"),
        (#"Unspecified version"#, "バージョン不明"),
    ]

    /// The rules compiled (a pattern that does not compile is left out; a test counts them).
    static let compiled: [(NSRegularExpression, String)] = rules.compactMap { pattern, template in
        (try? NSRegularExpression(pattern: pattern)).map { ($0, template) }
    }

    /// `text` with every parser phrase in Japanese.
    static func translate(_ text: String) -> String {
        var result = text
        for (expression, template) in compiled {
            let range = NSRange(result.startIndex..., in: result)
            result = expression.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }
}
