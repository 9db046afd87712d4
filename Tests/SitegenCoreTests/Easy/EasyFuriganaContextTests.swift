import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// Readings that depend on the word before (issue 15, seen on the easy data and
/// accessibility pages): a one-kanji noun at the end of a compound is read as a
/// suffix, with rendaku (`ContextReadings`); alone it is the noun the site means.
@Suite struct EasyFuriganaContextTests {
    @Test(arguments: [
        // The end of a compound: suffix reading, rendaku where the compound takes it.
        ("目標値がないときは空欄", "もくひょうちがないときはくうらん"),
        ("基準値", "きじゅんち"),
        ("開始月の1日", "かいしづきの1にち"),
        ("終了月の末日", "しゅうりょうづきのまつじつ"),
        ("対象月", "たいしょうづき"),
        ("音声のみ（収録済）", "おんせいのみ（しゅうろくずみ）"),
        ("確認済", "かくにんずみ"),
        ("登録済み", "とうろくずみ"),
        ("終了後に", "しゅうりょうごに"),
        // A word of its own: 値 あたい, 行 ぎょう (a row), 後 あと.
        ("名前（name）、役割（role）及び値（value）", "なまえ（name）、やくわり（role）およびあたい（value）"),
        ("この値は", "このあたいは"),
        ("kpis.csv の行の数", "kpis.csv のぎょうのかず"),
        ("表の行", "ひょうのぎょう"),
        ("行を追加", "ぎょうをついか"),
        ("WCAG 2.1より後に追加", "WCAG 2.1よりあとについか"),
        // A verb written half in kana: the kanji is its stem, not a noun (申 さる).
        ("インターネットで申しこめる手続き", "インターネットでもうしこめるてつづき"),
        ("申しこんでから", "もうしこんでから"),
        // Words MeCab reads whole are left alone.
        ("その後", "そのご"),
        ("今後", "こんご"),
        ("数値", "すうち"),
        ("月に1回", "つきに1かい"),
        ("銀行の口座", "ぎんこうのこうざ"),
    ])
    func readsByTheWordBefore(_ text: String, _ reading: String) throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.kana(text) == reading)
    }

    /// JIS writes a rare kanji in brackets after its reading: the kanji gets that
    /// reading (content/furigana.yaml), and the kanji after it its compound reading.
    @Test func kanjiInBracketsAfterTheirReadingAreRead() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html("3回のせん（閃）光、又はしきい（閾）値以下").markup
            == "3<ruby>回<rt>かい</rt></ruby>のせん（<ruby>閃<rt>せん</rt></ruby>）<ruby>光<rt>こう</rt></ruby>、"
            + "<ruby>又<rt>また</rt></ruby>はしきい（<ruby>閾<rt>しきい</rt></ruby>）<ruby>値<rt>ち</rt></ruby><ruby>以下<rt>いか</rt></ruby>")
        #expect(a.kana("しきい値") == "しきいち")
    }
}
