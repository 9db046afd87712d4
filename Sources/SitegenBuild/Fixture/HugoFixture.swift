import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// The same fixture as Hugo content (`content/ja/…`, `content/easy/…`), for
/// the benchmark's Hugo site in bench/hugo/. Numbers are passed as numbers and
/// schedule positions as month offsets (0 = April) so Hugo's templates draw
/// the KPI bars and the Gantt chart themselves, as sitegen's renderer does.
package enum HugoFixture {
    package static func files(initiatives: [FixtureInitiative]) -> [OutputFile] {
        var files: [OutputFile] = []
        for (language, easy) in [("ja", false), ("easy", true)] {
            let root = "content/\(language)/"
            files.append(OutputFile(path: root + "_index.md", text: "---\ntitle: \(easy ? "作ったデータのデジタルの計画" : "合成データによるデジタル戦略")\n---\n"))
            files.append(OutputFile(path: root + "initiatives/_index.md", text: "---\ntitle: \(easy ? "取り組み" : "重点取組")\n---\n"))
            files.append(OutputFile(path: root + "kpis.md", text: "---\ntitle: \(easy ? "目標" : "目標・指標")\nlayout: kpis\n---\n"))
            files.append(OutputFile(path: root + "schedule.md", text: "---\ntitle: \(easy ? "スケジュール" : "スケジュール")\nlayout: schedule\n---\n"))
            for (n, theme) in FixtureGenerator.themes.enumerated() {
                files.append(OutputFile(path: root + "themes/\(theme.id)/_index.md",
                                        text: "---\ntitle: \(easy ? theme.easy : theme.title)\nweight: \(n + 1)\n---\n"))
            }
            for initiative in initiatives {
                files.append(OutputFile(path: root + "initiatives/\(initiative.id).md", text: page(initiative, easy: easy)))
            }
        }
        return files.sorted { $0.path.precedesInByteOrder($1.path) }
    }

    static func page(_ i: FixtureInitiative, easy: Bool) -> String {
        var y = "---\ntitle: \(easy ? i.easyTitle : i.title)\nweight: \(i.index)\nnumber: \(i.index)\n"
        y += "summary: \(easy ? i.easySummary : i.summary)\nthemes: [\(i.theme)]\nkpis:\n"
        for kpi in i.kpis {
            y += "  - label: \(easy ? kpi.easyLabel : kpi.label)\n    note: \(kpi.note)\n"
            switch kpi.shape {
            case let .number(unit, target, comparison, baseline, actuals):
                let shown = actuals.last?.value ?? baseline ?? "0"
                y += "    kind: number\n    unit: \"\(unit)\"\n    target: \(target)\n    comparison: \(comparison)\n"
                y += "    value: \(shown)\n    valueText: \"\(shown)\"\n    targetText: \"\(target)\"\n"
                y += "    shows: \(actuals.isEmpty ? "baseline" : "actual")\n"
            case let .milestone(status):
                y += "    kind: milestone\n    status: \(status)\n"
            }
        }
        y += "schedule:\n"
        for task in i.schedule {
            y += "  - task: \(easy ? task.easyTask : task.task)\n    bars:\n"
            for b in task.bars {
                y += "      - { from: \(month(b.from, end: false)), to: \(month(b.to, end: true)), label: \(easy ? b.easyLabel : b.label) }\n"
            }
            if task.bars.isEmpty { y += "      []\n" }
            y += "    milestones:\n"
            for m in task.milestones { y += "      - { at: \(month(m.at, end: false)), label: \(easy ? m.easyLabel : m.label) }\n" }
            if task.milestones.isEmpty { y += "      []\n" }
        }
        return y + "---\n" + (easy ? i.easyBody : i.body)
    }

    /// Month offset in the fiscal year: `Q2` → 3 (start) or 5 (end), `2024-07` → 3.
    static func month(_ position: String, end: Bool) -> Int {
        if position.hasPrefix("Q"), let q = Int(position.dropFirst()) { return (q - 1) * 3 + (end ? 2 : 0) }
        return FixtureGenerator.months.firstIndex(of: position) ?? 0
    }
}
