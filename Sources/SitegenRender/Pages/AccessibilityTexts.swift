import SitegenSupport
import SitegenModel
import SitegenContent

/// Fixed words of the accessibility page, in standard and easy Japanese.
/// The conformance wording follows WAIC's 対応度表記ガイドライン (see `ConformanceClaim`):
/// 準拠 only when every criterion has a passing result, 一部準拠 when the site was
/// tested but not every criterion has one, 配慮 when there is no test of this site.
struct AccessibilityTexts: Sendable {
    let title: String
    let claimHeading: String
    let resultsHeading: String
    let conforms: String
    let partlyConforms: String
    let considers: String
    let automatedNote: String
    /// Argument: the number of criteria (all verified).
    let allVerified: @Sendable (Int) -> String
    /// Arguments: criteria in all, verified, not verified, failed.
    let someVerified: @Sendable (Int, Int, Int, Int) -> String
    let guidelineNote: String
    let notTested: String
    let date: String
    let standard: String
    let level: String
    let pages: String
    let pagesCount: @Sendable (Int) -> String
    let widths: String
    let method: String
    let methodText: String
    let toolsCaption: String
    let toolHeaders: [String]
    let scopes: [String: String]
    let noProblems: String
    let problems: @Sendable (Int) -> String
    let criteriaCaption: String
    let criteriaHeaders: [String]
    let outcomePass: String
    let outcomeFail: String
    let outcomeReview: String
    let outcomeUntested: String
    let addedLater: String
    let pagesSummary: @Sendable (Int) -> String

    static func forLanguage(_ language: Language) -> AccessibilityTexts { language.isEasy ? easy : standard }

    static let standard = AccessibilityTexts(
        title: "アクセシビリティ", claimHeading: "対応状況", resultsHeading: "試験結果",
        conforms: "に準拠", partlyConforms: "に一部準拠", considers: "に配慮",
        automatedNote: "この表記は、公開しているこの版のサイトの全ページを、自動の試験ツールで試験した結果に基づきます。ツールで判定できない達成基準は、人による確認が済むまで「未確認」としています。",
        allVerified: { "適合レベル A・AA の達成基準\($0)件すべてについて、満たしていることを試験で確かめました。" },
        someVerified: { total, verified, unverified, failed in
            "適合レベル A・AA の達成基準\(total)件のうち、満たしていることを試験で確かめたのは\(verified)件です。"
                + (failed > 0 ? "\(failed)件は満たしていませんでした。" : "")
                + "残りの\(unverified)件は、まだ確かめていません（下の表の「未確認」）。そのため「一部準拠」と表記しています。"
        },
        guidelineNote: "表記は、ウェブアクセシビリティ基盤委員会（WAIC）の「ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン」に従っています。",
        notTested: "この版のサイトの試験は、まだ実施していません。そのため「配慮」と表記しています。試験を実施したら、このページに結果を掲載します。",
        date: "試験日", standard: "規格", level: "目標とする適合レベル", pages: "試験したページ",
        pagesCount: { "\($0)ページ（ふつうの日本語・やさしい日本語）" }, widths: "画面の幅",
        method: "試験の方法", methodText: "下の表の試験ツールによる自動試験",
        toolsCaption: "試験に使ったツールと結果",
        toolHeaders: ["ツール", "バージョン", "試験の内容", "試験した数", "結果"],
        scopes: ["html": "HTMLの文法", "xml": "SVG・XMLの文法", "wcag": "WCAG 2.2 の達成基準（レベルA・AA）の自動試験",
                 "layout": "幅320pxでの表示、文字サイズ200%での表示", "links": "リンク切れ、ページ内の移動先",
                 "data": "オープンデータの形式"],
        noProblems: "問題なし", problems: { "問題 \($0)件" },
        criteriaCaption: "達成基準ごとの結果（自動試験）",
        criteriaHeaders: ["達成基準", "適合レベル", "結果"],
        outcomePass: "適合（自動試験）", outcomeFail: "不適合", outcomeReview: "未確認（ツールが人による確認を求めたもの）",
        outcomeUntested: "未確認（自動の試験ツールでは判定できないもの）", addedLater: "WCAG 2.1以降で追加",
        pagesSummary: { "試験したページの一覧（\($0)ページ）" })

    static let easy = AccessibilityTexts(
        title: "アクセシビリティ", claimHeading: "いまの状態", resultsHeading: "試験の結果",
        conforms: "に準拠", partlyConforms: "に一部準拠", considers: "に配慮",
        automatedNote: "このサイトの全部のページを、コンピューターの試験ツールで調べた結果です。ツールで調べられないことは、まだ確かめていません。",
        allVerified: { "レベル A と AA の決まり\($0)こを、全部確かめました。" },
        someVerified: { total, verified, unverified, failed in
            "レベル A と AA の決まりは\(total)こです。合っていると確かめたのは\(verified)こです。"
                + (failed > 0 ? "合っていないものが\(failed)こありました。" : "")
                + "ほかの\(unverified)こは、まだ確かめていません。だから「一部準拠」と書いています。"
        },
        guidelineNote: "書き方は、ウェブアクセシビリティ基盤委員会（WAIC）の決まりに合わせています。",
        notTested: "このサイトは、まだ試験をしていません。だから「配慮」と書いています。試験をしたら、このページに結果をのせます。",
        date: "試験をした日", standard: "決まり（規格）", level: "目標のレベル", pages: "調べたページ",
        pagesCount: { "\($0)ページ（ふつうの日本語・やさしい日本語）" }, widths: "画面の幅",
        method: "調べ方", methodText: "下の表の試験ツールで調べました",
        toolsCaption: "使ったツールと結果",
        toolHeaders: ["ツール", "バージョン", "調べたこと", "調べた数", "結果"],
        scopes: ["html": "HTMLの書き方", "xml": "SVG・XMLの書き方", "wcag": "WCAG 2.2 の決まり（レベルA・AA）",
                 "layout": "せまい画面と大きい文字での表示", "links": "リンクが切れていないか",
                 "data": "オープンデータの形"],
        noProblems: "問題なし", problems: { "問題 \($0)件" },
        criteriaCaption: "決まりごとの結果（試験ツール）",
        criteriaHeaders: ["決まり", "レベル", "結果"],
        outcomePass: "合っている（ツールの試験）", outcomeFail: "合っていない", outcomeReview: "まだ確かめていない（人が確かめる）",
        outcomeUntested: "まだ確かめていない（ツールで調べられない）", addedLater: "WCAG 2.1より後に追加",
        pagesSummary: { "調べたページ（\($0)ページ）" })
}
