import Foundation
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A small, valid content tree in memory that tests mutate one file at a time.
enum MiniSite {
    static let siteYAML = """
    organization:
      name: テスト区
    report:
      title: 令和6年度テスト戦略
      fiscal_year: 2024
      as_of: 2024-10-01
      base_url: https://dx.city.test/
      license: CC-BY-4.0
      source:
        - title: テスト戦略
          publisher: テスト区
    languages:
      - { code: ja, name: 日本語, path: / }
      - { code: easy, name: やさしい日本語, path: /easy/ }
    mission: 区民の生活を便利にする。
    vision: 手続がいつでもできる。
    values: 2つの戦略テーマ
    dx_vision:
      - { number: 1, text: いつでも手続ができます。 }
      - { number: 3, text: 情報を受け取れます。 }
    themes:
      - { id: service, number: 1, title: サービスの提供 }
      - { id: base, number: 2, title: 基盤の整備 }
    evaluation_scale:
      - { code: A, label: 目標より進んでいる }
      - { code: B, label: 目標どおり }

    """

    static let initiative1 = """
    ---
    id: online
    number: 1
    theme: service
    title: 行政手続のオンライン化
    vision: [1]
    summary: 申請できる手続を増やす。
    kpis:
      - id: rate
        label: オンライン化率
        unit: "%"
        target: { value: 60, comparison: at_least }
        baseline: { value: 46, label: 令和5年度実績 }
        actuals:
          - { date: 2024-09-30, value: 51.5 }
        evaluation: B
      - id: plan
        label: 計画書の完成
        kind: milestone
        status: in_progress
    schedule:
      - id: prepare
        task: 対象業務の洗出し
        bars:
          - { from: Q1, to: Q2, label: 洗出し }
        milestones:
          - { at: 2025-01, label: 口座振替 }
      - id: later
        task: 時期未定のタスク
    ---
    本文です。

    | 列 | 値 |
    |---|---|
    | a | 1 |

    """

    static let initiative2 = """
    ---
    id: network
    number: 2
    theme: base
    title: ネットワークの再構築
    vision: [3]
    summary: 障害に強いネットワークを作る。
    kpis:
      - id: outages
        label: ネットワーク障害の件数
        unit: 件
        target: { value: 0, comparison: at_most }
    ---

    """

    static let easyInitiative1 = """
    ---
    id: online
    title: てつづきを インターネットで できるように します
    summary: インターネットで できる てつづきを ふやします。
    kpis:
      - id: rate
        label: インターネットで できる てつづきの わりあい
    schedule:
      - id: prepare
        task: どの しごとを するか しらべます
        bars:
          - { label: しらべます }
    ---
    やさしい ほんぶんです。

    """

    static var files: [String: String] {
        [
            "content/site.yaml": siteYAML,
            "content/initiatives/01-online.md": initiative1,
            "content/initiatives/01-online.easy.md": easyInitiative1,
            "content/initiatives/02-network.md": initiative2,
            "content/glossary.yaml": "- { term: DX, reading: ディーエックス, text: デジタル技術による変革 }\n",
            "content/furigana.yaml": "目黒区: めぐろく\n",
            "content/pages/about.md": "---\nid: about\ntitle: このサイトについて\n---\n説明です。\n",
        ]
    }

    /// Files with some replaced (nil removes a file).
    static func files(replacing changes: [String: String?]) -> [String: String] {
        var result = files
        for (path, text) in changes { result[path] = text }
        return result
    }

    static func check(_ files: [String: String]) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let (io, _) = FileIO.memory(files)
        return ContentCheck.run(contentPath: "content", io: io)
    }

    /// `path:line:column code` of each diagnostic, the form the assertions compare.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location) \($0.code.rawValue)" }
    }
}

/// The repository root, from this file's path.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
