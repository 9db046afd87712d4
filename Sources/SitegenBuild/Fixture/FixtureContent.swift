import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// Writes a fixture as a `content/` tree (site.yaml, initiatives with easy
/// siblings, an about page, glossary) that `sitegen build` accepts as is.
package enum FixtureContent {
    /// Every file of the tree by path relative to the content folder, sorted by path.
    package static func files(initiatives: [FixtureInitiative]) -> [OutputFile] {
        var files: [OutputFile] = [
            OutputFile(path: "site.yaml", text: siteYAML(count: initiatives.count)),
            OutputFile(path: "site.easy.yaml", text: siteEasyYAML(count: initiatives.count)),
            OutputFile(path: "glossary.yaml", text: glossaryYAML),
            OutputFile(path: "glossary.easy.yaml", text: glossaryEasyYAML),
            OutputFile(path: "pages/about.md", text: "---\nid: about\ntitle: このサイトについて\nsummary: ベンチマーク用の合成データです。\n---\nこのサイトは性能測定のために自動生成された合成データです。\n"),
            OutputFile(path: "pages/about.easy.md", text: "---\nid: about\ntitle: このサイトについて\nsummary: はかるための、作ったデータです。\n---\nこのサイトは、はやさをはかるために作りました。\n"),
        ]
        for initiative in initiatives {
            files.append(OutputFile(path: "initiatives/\(initiative.fileStem).md", text: initiativeMarkdown(initiative)))
            files.append(OutputFile(path: "initiatives/\(initiative.fileStem).easy.md", text: easyMarkdown(initiative)))
        }
        return files.sorted { $0.path.precedesInByteOrder($1.path) }
    }

    static func siteYAML(count: Int) -> String {
        var y = """
        organization:
          name: 合成区
        report:
          title: 合成データによるデジタル戦略(\(count)件)
          fiscal_year: 2024
          as_of: 2025-03-31
          base_url: https://fixture.sitegen.test/
          license: CC-BY-4.0
          description: 性能測定のための合成データです。
          introduction: |
            この報告書は性能測定のための合成データです。

            - 取組の数: \(count)
            - 言語: 日本語とやさしい日本語
          source:
            - title: 合成データ
              publisher: sitegen
        languages:
          - { code: ja, name: 日本語, path: / }
          - { code: easy, name: やさしい日本語, path: /easy/ }
        mission: デジタル技術を活用し、区民サービスの向上と業務の効率化を実現する。
        vision: 区民が区政の利便性をより実感できるようになっている。
        values: ありたい姿を実現するための4つの戦略テーマと重点取組
        dx_vision:
          - { number: 1, text: 時間や場所に関係なく、区の手続や相談ができます。 }
          - { number: 2, text: 窓口での手続きは、1か所で、短時間に完了できます。 }
          - { number: 3, text: 一人一人に合った情報やサービスを受け取ることができます。 }
          - { number: 5, text: 区が持っているデータを手軽に活用することができます。 }
          - { number: 8, text: 職員の働き方改革を通じ、より区民に寄り添ったサービスを行います。 }
          - { number: 9, text: だれ一人取り残されない、みんなが暮らしやすいまちになります。 }
        themes:

        """
        for (n, theme) in FixtureGenerator.themes.enumerated() {
            y += "  - { id: \(theme.id), number: \(n + 1), title: \(theme.title) }\n"
        }
        return y
    }

    static func siteEasyYAML(count: Int) -> String {
        var y = """
        organization:
          name: 合成区
        report:
          title: 作ったデータのデジタルの計画(\(count))
          description: はやさをはかるために作ったデータです。
          introduction: |
            この計画は、はやさをはかるために作りました。
        mission: デジタルを使って、区のサービスをよくします。
        vision: 区に住む人が、もっと便利だと思えるようにします。
        values: 4つのテーマと、大事な取り組み
        dx_vision:
          - { number: 1, text: いつでも、どこでも、区の手続きができます。 }
          - { number: 2, text: まどぐちの手続きが、すぐに終わります。 }
          - { number: 3, text: 自分に合った情報がとどきます。 }
          - { number: 5, text: 区のデータを、かんたんに使えます。 }
          - { number: 8, text: 職員の働き方を変えて、もっとしんせつにします。 }
          - { number: 9, text: だれでも、くらしやすいまちになります。 }
        themes:

        """
        for theme in FixtureGenerator.themes {
            y += "  - { id: \(theme.id), title: \(theme.easy) }\n"
        }
        return y
    }

    static let glossaryYAML = """
    - term: DX
      reading: ディーエックス
      text: デジタル・トランスフォーメーションの略。デジタル技術で仕事やサービスを変えていくことです。
    - term: KPI
      reading: ケーピーアイ
      text: 重要業績評価指標。目標の達成度を測る指標です。
    - term: ICT
      reading: アイシーティー
      text: 情報通信技術のことです。

    """

    static let glossaryEasyYAML = """
    - term: DX
      text: デジタルの技術で、仕事のやり方を変えることです。
    - term: KPI
      text: 目標まで、どれだけすすんだかを見る数です。
    - term: ICT
      text: コンピューターやインターネットの技術です。

    """

    package static func initiativeMarkdown(_ i: FixtureInitiative) -> String {
        var y = "---\nid: \(i.id)\nnumber: \(i.index)\ntheme: \(i.theme)\ntitle: \(i.title)\n"
        y += "vision: [\(i.vision.map(String.init).joined(separator: ", "))]\nsummary: \(i.summary)\nkpis:\n"
        for kpi in i.kpis {
            y += "  - id: \(kpi.id)\n    label: \(kpi.label)\n"
            switch kpi.shape {
            case let .number(unit, target, comparison, baseline, actuals):
                y += "    unit: \"\(unit)\"\n    target: { value: \(target), comparison: \(comparison) }\n"
                if let baseline { y += "    baseline: { value: \(baseline), label: 令和5年度実績 }\n" }
                if !actuals.isEmpty {
                    y += "    actuals:\n"
                    for a in actuals { y += "      - { date: \(a.date), value: \(a.value) }\n" }
                }
            case let .milestone(status):
                y += "    kind: milestone\n    status: \(status)\n"
            }
            y += "    note: \(kpi.note)\n"
        }
        y += scheduleYAML(i.schedule, task: \.task, bar: { "{ from: \($0.from), to: \($0.to), label: \($0.label) }" },
                          milestone: { "{ at: \($0.at), label: \($0.label) }" })
        return y + "---\n" + i.body
    }

    package static func easyMarkdown(_ i: FixtureInitiative) -> String {
        var y = "---\nid: \(i.id)\ntitle: \(i.easyTitle)\nsummary: \(i.easySummary)\nkpis:\n"
        for kpi in i.kpis { y += "  - id: \(kpi.id)\n    label: \(kpi.easyLabel)\n" }
        y += scheduleYAML(i.schedule, task: \.easyTask, bar: { "label: \($0.easyLabel)" }, milestone: { "label: \($0.easyLabel)" })
        return y + "---\n" + i.easyBody
    }

    /// The `schedule:` block of a front matter; each bar and milestone on one line.
    private static func scheduleYAML(_ tasks: [FixtureInitiative.Task], task: (FixtureInitiative.Task) -> String,
                                     bar: (FixtureInitiative.Task.Bar) -> String,
                                     milestone: (FixtureInitiative.Task.Milestone) -> String) -> String {
        var y = "schedule:\n"
        for t in tasks {
            y += "  - id: \(t.id)\n    task: \(task(t))\n"
            if !t.bars.isEmpty { y += "    bars:\n" + t.bars.map { "      - \(bar($0))\n" }.joined() }
            if !t.milestones.isEmpty { y += "    milestones:\n" + t.milestones.map { "      - \(milestone($0))\n" }.joined() }
        }
        return y
    }
}
