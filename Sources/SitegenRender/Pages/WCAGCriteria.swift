import SitegenSupport
import SitegenModel
import SitegenContent

/// The WCAG 2.x success criteria of levels A and AA, with their Japanese
/// names (JIS X 8341-3:2016 wording for the WCAG 2.0 ones). The accessibility
/// page lists every one of them with what the automated test found, so a
/// criterion no tool can test shows up as "needs a person", never as passed.
struct WCAGCriterion: Sendable {
    let id: String
    let level: String
    let name: String
    /// In JIS X 8341-3:2016 (= WCAG 2.0); false for criteria added in WCAG 2.1/2.2.
    let inJIS: Bool
}

enum WCAGCriteria {
    static let all: [WCAGCriterion] = [
        .init(id: "1.1.1", level: "A", name: "非テキストコンテンツ", inJIS: true),
        .init(id: "1.2.1", level: "A", name: "音声のみ及び映像のみ（収録済）", inJIS: true),
        .init(id: "1.2.2", level: "A", name: "キャプション（収録済）", inJIS: true),
        .init(id: "1.2.3", level: "A", name: "音声解説、又はメディアに対する代替（収録済）", inJIS: true),
        .init(id: "1.2.4", level: "AA", name: "キャプション（ライブ）", inJIS: true),
        .init(id: "1.2.5", level: "AA", name: "音声解説（収録済）", inJIS: true),
        .init(id: "1.3.1", level: "A", name: "情報及び関係性", inJIS: true),
        .init(id: "1.3.2", level: "A", name: "意味のある順序", inJIS: true),
        .init(id: "1.3.3", level: "A", name: "感覚的な特徴", inJIS: true),
        .init(id: "1.3.4", level: "AA", name: "表示の向き", inJIS: false),
        .init(id: "1.3.5", level: "AA", name: "入力目的の特定", inJIS: false),
        .init(id: "1.4.1", level: "A", name: "色の使用", inJIS: true),
        .init(id: "1.4.2", level: "A", name: "音声の制御", inJIS: true),
        .init(id: "1.4.3", level: "AA", name: "コントラスト（最低限レベル）", inJIS: true),
        .init(id: "1.4.4", level: "AA", name: "テキストのサイズ変更", inJIS: true),
        .init(id: "1.4.5", level: "AA", name: "文字画像", inJIS: true),
        .init(id: "1.4.10", level: "AA", name: "リフロー", inJIS: false),
        .init(id: "1.4.11", level: "AA", name: "非テキストのコントラスト", inJIS: false),
        .init(id: "1.4.12", level: "AA", name: "テキストの間隔", inJIS: false),
        .init(id: "1.4.13", level: "AA", name: "ホバー又はフォーカスで表示されるコンテンツ", inJIS: false),
        .init(id: "2.1.1", level: "A", name: "キーボード", inJIS: true),
        .init(id: "2.1.2", level: "A", name: "キーボードトラップなし", inJIS: true),
        .init(id: "2.1.4", level: "A", name: "文字キーのショートカット", inJIS: false),
        .init(id: "2.2.1", level: "A", name: "タイミング調整可能", inJIS: true),
        .init(id: "2.2.2", level: "A", name: "一時停止、停止及び非表示", inJIS: true),
        .init(id: "2.3.1", level: "A", name: "3回のせん（閃）光、又はしきい（閾）値以下", inJIS: true),
        .init(id: "2.4.1", level: "A", name: "ブロックスキップ", inJIS: true),
        .init(id: "2.4.2", level: "A", name: "ページタイトル", inJIS: true),
        .init(id: "2.4.3", level: "A", name: "フォーカス順序", inJIS: true),
        .init(id: "2.4.4", level: "A", name: "リンクの目的（コンテキスト内）", inJIS: true),
        .init(id: "2.4.5", level: "AA", name: "複数の手段", inJIS: true),
        .init(id: "2.4.6", level: "AA", name: "見出し及びラベル", inJIS: true),
        .init(id: "2.4.7", level: "AA", name: "フォーカスの可視化", inJIS: true),
        .init(id: "2.4.11", level: "AA", name: "フォーカスが隠されない（最低限）", inJIS: false),
        .init(id: "2.5.1", level: "A", name: "ポインタのジェスチャ", inJIS: false),
        .init(id: "2.5.2", level: "A", name: "ポインタのキャンセル", inJIS: false),
        .init(id: "2.5.3", level: "A", name: "ラベルを含む名前", inJIS: false),
        .init(id: "2.5.4", level: "A", name: "動きによる起動", inJIS: false),
        .init(id: "2.5.7", level: "AA", name: "ドラッグ動作", inJIS: false),
        .init(id: "2.5.8", level: "AA", name: "ターゲットのサイズ（最低限）", inJIS: false),
        .init(id: "3.1.1", level: "A", name: "ページの言語", inJIS: true),
        .init(id: "3.1.2", level: "AA", name: "一部分の言語", inJIS: true),
        .init(id: "3.2.1", level: "A", name: "フォーカス時", inJIS: true),
        .init(id: "3.2.2", level: "A", name: "入力時", inJIS: true),
        .init(id: "3.2.3", level: "AA", name: "一貫したナビゲーション", inJIS: true),
        .init(id: "3.2.4", level: "AA", name: "一貫した識別性", inJIS: true),
        .init(id: "3.2.6", level: "A", name: "一貫したヘルプ", inJIS: false),
        .init(id: "3.3.1", level: "A", name: "エラーの特定", inJIS: true),
        .init(id: "3.3.2", level: "A", name: "ラベル又は説明", inJIS: true),
        .init(id: "3.3.3", level: "AA", name: "エラー修正の提案", inJIS: true),
        .init(id: "3.3.4", level: "AA", name: "エラー回避（法的、金融及びデータ）", inJIS: true),
        .init(id: "3.3.7", level: "A", name: "冗長な入力", inJIS: false),
        .init(id: "3.3.8", level: "AA", name: "アクセシブルな認証（最低限）", inJIS: false),
        .init(id: "4.1.1", level: "A", name: "構文解析", inJIS: true),
        .init(id: "4.1.2", level: "A", name: "名前（name）、役割（role）及び値（value）", inJIS: true),
        .init(id: "4.1.3", level: "AA", name: "ステータスメッセージ", inJIS: false),
    ]
}
