import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// A valid site for the fuzzed file to sit in, and the seed texts the
/// built-in mutator starts from (scripts/fuzz adds every file of content/).
enum FuzzSeeds {
    static let siteYAML = """
    organization:
      name: テスト区
    report:
      title: 令和6年度テスト戦略
      fiscal_year: 2024
      as_of: 2024-04-01
      base_url: https://example.jp/dx/
      license: CC-BY-4.0
    languages:
      - { code: ja, name: 日本語, path: / }
      - { code: easy, name: やさしい日本語, path: /easy/ }
    mission: 区民の生活を便利にする。
    vision: 手続がいつでもできる。
    dx_vision:
      - { number: 1, text: いつでも手続ができます。 }
    themes:
      - { id: service, number: 1, title: サービスの提供 }
    evaluation_scale:
      - { code: A, label: 目標より進んでいる }

    """

    static let initiative = """
    ---
    id: online
    number: 2
    theme: service
    title: 行政手続のオンライン化
    vision: [1]
    summary: 申請できる手続を増やす。
    kpis:
      - id: rate
        label: オンライン化率
        unit: "%"
        target: { value: ６０, comparison: at_least }
        baseline: { value: 46.0, label: 令和5年度実績 }
        actuals:
          - { date: 2024-09-30, value: 51.5 }
        evaluation: A
      - id: plan
        label: 計画書
        kind: milestone
        status: done
    schedule:
      - id: prepare
        task: 洗出し
        bars:
          - { from: Q1, to: 2024-09, label: 洗出し }
          - { from: 2025-02, to: 2025-05, spans_years: true }
        milestones:
          - { at: 2025-01, label: 口座振替 }
    ---
    本文 [リンク](https://example.jp/) と **強調**。

    """

    /// Text that becomes hostile only once decoded: YAML escapes for a bidi
    /// control and for a line break before a formula, Markdown character references.
    static let decodedHostile = """
    ---
    id: hostile
    number: 3
    theme: service
    title: "行政\\u202E手続\\U00002066"
    summary: "\\r\\n=cmd|' /C calc'!A0"
    schedule:
      - id: a
        task: "=\\u0301SUM(A1)"
    ---
    本文&#x202E;と&#8238;と[リンク](https://example.jp/ "題&#X2067;")。

    """

    static let values = "60\n６０\n60%\n1,200\n-3.50\n2024-04-01\n令和6年4月1日\n2024-13\nQ5\nq1\n2025-03\n"

    /// Markdown near the limits of E029 (the constructs that make cmark-gfm 0.29.0.gfm.6 slow).
    static let slowMarkdown = initiative + String(repeating: "![[]()", count: 49) + "\n\n"
        + String(repeating: "a <?", count: 99) + " a <![CDATA[\n\n" + String(repeating: "- ", count: 12) + "x\n\n\n\n"
        + String(repeating: "*a ", count: 200) + String(repeating: "_a*_ ", count: 90) + "\n\n"
        + "|" + String(repeating: "a|", count: 40) + "\n|" + String(repeating: "-|", count: 40) + "\nx\ny\n"

    static var all: [[UInt8]] {
        [[0] + Array(initiative.utf8), [1] + Array(siteYAML.utf8), [2] + Array(values.utf8), [3] + Array(initiative.utf8),
         [0] + Array(decodedHostile.utf8), [0] + Array(slowMarkdown.utf8)]
    }
}
