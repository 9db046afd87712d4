/// Content written to break out of every output context: HTML text and
/// attributes, <title>, SVG, CDATA, JSON, CSV formulas, Markdown links, and
/// invisible Unicode. Each string is a YAML single-quoted scalar in the files.
enum EvilContent {
    static let title = #"</title><script>alert(1)</script>"><img src=x onerror=alert(1)>"#
    static let summary = #"<svg onload=alert(1)> ]]> & "quoted" 'single'"#
    static let kpiLabel = "<script>alert('kpi')</script>\u{200B}ゼロ幅"
    static let kpiNote = #""><iframe src="javascript:alert(1)">"#
    static let task = #"=HYPERLINK("http://evil.example/","click")"#
    static let barLabel = "]]><!-- <b onmouseover=alert(1)>"
    static let milestone = "@SUM(A1:A9)"
    static let glossaryText = #"<a href="javascript:alert(1)">用語</a>"#
    static let organization = "テスト区<style>*{display:none}</style>"
    /// U+202E reverses what follows; the loader strips it (W006).
    static let bidiTitle = "ページ\u{202E}txt.exe\u{202C}の説明"
    static let bidiTitleStripped = "ページtxt.exeの説明"

    static let body = """
    [script link](javascript:alert(1)) and [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
    and [vb](  JaVaScRiPt:alert(1)) and <javascript:alert(1)> and ![img](javascript:alert(1)).

    <script>alert("raw")</script>
    <img src=x onerror=alert(1)>
    <a href="javascript:alert(1)">raw link</a>

    An [outside site](https://evil.example/path) and [this site](https://dx.city.test/).
    """

    /// A YAML single-quoted scalar.
    static func yaml(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    static var files: [String: String] {
        var files = MiniSite.files
        files["content/site.yaml"] = MiniSite.siteYAML.replacingOccurrences(of: "name: テスト区", with: "name: \(yaml(organization))")
        files["content/initiatives/01-online.md"] = MiniSite.initiative1
            .replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: \(yaml(title))")
            .replacingOccurrences(of: "summary: 申請できる手続を増やす。", with: "summary: \(yaml(summary))")
            .replacingOccurrences(of: "label: オンライン化率", with: "label: \(yaml(kpiLabel))\n    note: \(yaml(kpiNote))")
            .replacingOccurrences(of: "task: 対象業務の洗出し", with: "task: \(yaml(task))")
            .replacingOccurrences(of: "label: 洗出し", with: "label: \(yaml(barLabel))")
            .replacingOccurrences(of: "label: 口座振替", with: "label: \(yaml(milestone))")
            .replacingOccurrences(of: "本文です。", with: body)
        files["content/glossary.yaml"] = "- { term: XSS, reading: エックスエスエス, text: \(yaml(glossaryText)) }\n"
        files["content/pages/about.md"] = "---\nid: about\ntitle: \(yaml(bidiTitle))\n---\n\(body)\n"
        return files
    }
}
