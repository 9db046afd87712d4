import SitegenSupport
import SitegenModel
import SitegenContent

/// Fixed words of the pages, per language. Easy Japanese uses plainer words;
/// any other language falls back to standard Japanese until it gets its own.
struct PageLabels: Sendable {
    let home: String
    let themes: String
    let kpis: String
    let schedule: String
    let background: String
    let glossary: String
    let data: String
    let skipLink: String
    let mainNav: String
    let breadcrumbs: String
    let languageSwitch: String
    let initiative: String
    let theme: String
    let vision: String
    let kpiSection: String
    let scheduleSection: String
    let notes: String
    let details: String
    let dataLinks: String
    let neighbours: String
    let previous: String
    let next: String
    let noTiming: String
    /// The 実績 cell of a KPI without an actual yet: "—".
    let notYet: String
    /// Under the table: what "—" means, neutrally (not a reporting failure).
    let notYetNote: String
    let none: String
    let asOfSuffix: String
    let fallbackNotice: String
    let notFoundTitle: String
    let notFoundText: String
    let source: String
    let licensePrefix: String
    let accessibility: String
    let feed: String
    /// Said on the top page of this language version: what it is and for whom (nil: nothing).
    var versionNote: String? = nil
    /// Under the KPI overview, shown by its sorting script (without it the table is complete as it is).
    var sortNote = "列の見出しのボタンを押すと、その列で並べ替えます。もう一度押すと逆の順になります。"
    /// Before the date of a page's latest stated content: 「最終更新日」.
    var lastUpdated = "最終更新日"
    /// Heading of the footer's links to the earlier editions of the report.
    var editions = "これまでの版"

    static func forLanguage(_ language: Language) -> PageLabels { language.isEasy ? easy : standard }

    static let standard = PageLabels(
        home: "トップ", themes: "戦略テーマ", kpis: "目標・指標の一覧", schedule: "スケジュール",
        background: "背景", glossary: "用語集", data: "オープンデータ", skipLink: "本文へ移動",
        mainNav: "メインメニュー", breadcrumbs: "パンくずリスト", languageSwitch: "表示の切り替え",
        initiative: "重点取組", theme: "戦略テーマ", vision: "めざす姿", kpiSection: "目標・指標",
        scheduleSection: "スケジュール", notes: "注記", details: "取組の内容", dataLinks: "この取組のデータ",
        neighbours: "前後の重点取組", previous: "前の重点取組", next: "次の重点取組",
        noTiming: "スケジュールの公表なし", notYet: "—", notYetNote: "実績の欄の「—」は、実績がまだないことを表します。実績は公表後に掲載します。",
        none: "なし", asOfSuffix: "時点",
        fallbackNotice: "このページは、やさしい日本語の版がまだありません。ふつうの日本語で表示しています。",
        notFoundTitle: "ページが見つかりません",
        notFoundText: "お探しのページは見つかりませんでした。アドレスを確かめるか、トップページからお探しください。",
        source: "出典", licensePrefix: "ライセンス", accessibility: "アクセシビリティ", feed: "更新情報（フィードリーダーで読めます）")

    static let easy = PageLabels(
        home: "トップ", themes: "テーマ", kpis: "目標の一覧", schedule: "予定",
        background: "これまでのこと", glossary: "ことばの説明", data: "オープンデータ", skipLink: "本文へ移動",
        mainNav: "メニュー", breadcrumbs: "パンくずリスト", languageSwitch: "表示の切り替え",
        initiative: "取組", theme: "テーマ", vision: "めざすこと", kpiSection: "目標",
        scheduleSection: "予定", notes: "注意", details: "くわしい内容", dataLinks: "この取組のデータ",
        neighbours: "前と次の取組", previous: "前の取組", next: "次の取組",
        noTiming: "予定はまだ発表されていません", notYet: "—", notYetNote: "「—」は、結果がまだないことです。結果は、発表したあとにのせます。",
        none: "なし", asOfSuffix: "の情報",
        fallbackNotice: "このページは、やさしい日本語の版がまだありません。ふつうの日本語で表示しています。",
        notFoundTitle: "ページが見つかりません",
        notFoundText: "このページはありません。トップページから探してください。",
        source: "出典", licensePrefix: "ライセンス", accessibility: "アクセシビリティ", feed: "新しい情報のお知らせ（専用のアプリで読めます）",
        versionNote: "このサイトは「やさしい日本語」で書いています。日本語を勉強している人や、子ども、お年寄りにも、わかりやすい日本語です。"
            + "漢字には、読み方（ふりがな）をつけています。ふつうの日本語のページは、上の「日本語」のボタンから見られます。",
        sortNote: "見出しの ボタンを おすと、ならびかえます。",
        lastUpdated: "新しくした日", editions: "前の年の報告書")
}
