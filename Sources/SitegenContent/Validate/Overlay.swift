import Foundation
import SitegenSupport
import SitegenModel

/// Applies a translation file (`X.easy.md`, `site.easy.yaml`) on top of its base.
/// A translation overlays text only: it may repeat structural values (ids,
/// numbers, dates, units, positions) but never change them, and never name an
/// id the base does not have.
struct Overlay {
    let reader: FieldReader
    var diagnostics: DiagnosticCollector { reader.diagnostics }

    /// Reports E024 when `key` is present and differs from the base value.
    func same(_ key: String, as expected: String?, in r: FieldReader? = nil) {
        let r = r ?? reader
        guard let node = r.value(key) else { return }
        let written = node.scalar?.string ?? ""
        let matches: Bool
        if let expected, let a = Double(NumberText.halfWidth(written)), let b = Double(expected) {
            matches = a == b
        } else {
            matches = NumberText.halfWidth(written).trimmingWhitespace() == (expected ?? "")
        }
        if !matches {
            diagnostics.error(.overlayChangesValue,
                "「\(key)」の値「\(written)」が元のファイルの値「\(expected ?? "(なし)")」と違います。",
                at: r.location(of: node),
                hint: "数値・日付・id・単位などは元のファイルだけで決めます。この行を削除するか、元と同じ値にしてください。")
        }
    }

    /// Reports E025 for an id that the base does not have.
    func unknown(_ what: String, _ id: String, at r: FieldReader, key: String = "id") {
        diagnostics.error(.overlayUnknownID, "\(what)「\(id)」は元のファイルにありません。", at: r.location(of: r.value(key)),
                          hint: "やさしい日本語のファイルには、元のファイルにあるidだけを書きます。")
    }

    // MARK: Initiative

    /// Bars and milestones have no id: the easy file lists them in the base file's order,
    /// no more of them; each one read is laid over the base item at its position.
    static func overlayInOrder<Item>(_ readers: [FieldReader], onto items: inout [Item], key: String, noun: String,
                                     diagnostics: DiagnosticCollector, _ overlay: (Int, FieldReader, Item) -> Item) {
        for (i, reader) in readers.enumerated() {
            guard i < items.count else {
                diagnostics.error(.overlayUnknownID, "\(key) の\(i + 1)番目は元のファイルにありません。", at: reader.location,
                                  hint: "\(noun)は元のファイルと同じ順で、同じ数だけ書きます。")
                continue
            }
            items[i] = overlay(i, reader, items[i])
        }
    }

    static func initiative(_ base: Initiative, source: SourceText, diagnostics: DiagnosticCollector) -> Initiative? {
        guard let (document, split) = FrontMatter.parse(source, diagnostics: diagnostics),
              let reader = FieldReader(root: document, diagnostics: diagnostics) else { return nil }
        let o = Overlay(reader: reader)
        reader.warnUnknownKeys(InitiativeDecoder.keys)
        o.same("id", as: base.id)
        o.same("number", as: String(base.number))
        o.same("theme", as: base.theme)
        if let v = reader.value("vision") {
            let written: [Int] = {
                if case .sequence(let seq) = v { return seq.compactMap { $0.scalar.flatMap { NumberText.integer($0.string) } } }
                return v.scalar.flatMap { NumberText.integer($0.string) }.map { [$0] } ?? []
            }()
            if written != base.vision {
                diagnostics.error(.overlayChangesValue, "vision が元のファイル(\(base.vision))と違います。", at: reader.location(of: v),
                                  hint: "めざす姿の番号は元のファイルだけで決めます。この行を削除してください。")
            }
        }

        var map = SourceMap(path: source.path)
        var kpis = base.kpis
        for k in reader.mappings("kpis") {
            k.warnUnknownKeys(InitiativeDecoder.kpiKeys)
            guard let id = k.text("id", required: true) else { continue }
            guard let index = kpis.firstIndex(where: { $0.id == id }) else { o.unknown("KPI", id, at: k); continue }
            map[.kpiID(index)] = k.valuePosition("id")
            let kpi = kpis[index]
            o.same("kind", as: kpi.kind.rawValue, in: k)
            o.same("unit", as: kpi.unit, in: k)
            o.same("status", as: kpi.status?.rawValue, in: k)
            o.same("evaluation", as: kpi.evaluation, in: k)
            var target = kpi.target
            if let t = k.mapping("target") {
                o.same("value", as: kpi.target?.value.text, in: t)
                o.same("comparison", as: kpi.target?.comparison.rawValue, in: t)
                o.same("scope", as: kpi.target?.scope, in: t)
                if let old = kpi.target {
                    let text = t.positionedText("text")
                    FigureWording.check(text, of: old.value, in: t, what: "目標")
                    target = KPI.Target(value: old.value, comparison: old.comparison,
                                        text: map.record(text, as: .targetText(index)) ?? old.text, scope: old.scope)
                }
            }
            var baseline = kpi.baseline
            if let b = k.mapping("baseline") {
                o.same("value", as: kpi.baseline?.value.text, in: b)
                o.same("scope", as: kpi.baseline?.scope, in: b)
                if let old = kpi.baseline {
                    let text = b.positionedText("text")
                    FigureWording.check(text, of: old.value, in: b, what: "基準値")
                    baseline = KPI.Baseline(value: old.value,
                                            label: map.record(b.positionedText("label"), as: .baselineLabel(index)) ?? old.label,
                                            note: map.record(b.positionedText("note"), as: .baselineNote(index)) ?? old.note,
                                            text: map.record(text, as: .baselineText(index)) ?? old.text, scope: old.scope)
                }
            }
            if let actuals = k.list("actuals"), actuals.count != kpi.actuals.count {
                diagnostics.error(.overlayChangesValue, "actuals の数が元のファイルと違います。", at: k.location(of: k.value("actuals")),
                                  hint: "実績値は元のファイルだけに書きます。")
            }
            for (i, a) in k.mappings("actuals").enumerated() where i < kpi.actuals.count {
                o.same("date", as: kpi.actuals[i].date.iso, in: a)
                o.same("value", as: kpi.actuals[i].value.text, in: a)
            }
            kpis[index] = KPI(id: kpi.id, label: map.record(k.positionedText("label"), as: .kpiLabel(index)) ?? kpi.label,
                              kind: kpi.kind, unit: kpi.unit, target: target, baseline: baseline, actuals: kpi.actuals,
                              status: kpi.status, note: map.record(k.positionedText("note"), as: .kpiNote(index)) ?? kpi.note,
                              evaluation: kpi.evaluation, location: kpi.location)
        }

        var schedule = base.schedule
        for t in reader.mappings("schedule") {
            t.warnUnknownKeys(InitiativeDecoder.taskKeys)
            guard let id = t.text("id", required: true) else { continue }
            guard let index = schedule.firstIndex(where: { $0.id == id }) else { o.unknown("スケジュール", id, at: t); continue }
            map[.taskID(index)] = t.valuePosition("id")
            let task = schedule[index]
            var bars = task.bars
            Self.overlayInOrder(t.mappings("bars"), onto: &bars, key: "bars", noun: "バー", diagnostics: diagnostics) { i, b, old in
                o.same("from", as: old.from.description, in: b)
                o.same("to", as: old.to.description, in: b)
                return ScheduleBar(from: old.from, to: old.to,
                                   label: map.record(b.positionedText("label"), as: .barLabel(task: index, bar: i)) ?? old.label,
                                   spansYears: old.spansYears, startMonth: old.startMonth, endMonth: old.endMonth)
            }
            var milestones = task.milestones
            Self.overlayInOrder(t.mappings("milestones"), onto: &milestones, key: "milestones", noun: "節目",
                                diagnostics: diagnostics) { i, m, old in
                o.same("at", as: old.at.description, in: m)
                return ScheduleMilestone(
                    at: old.at, label: map.record(m.positionedText("label"), as: .milestoneLabel(task: index, milestone: i)) ?? old.label,
                    month: old.month)
            }
            schedule[index] = ScheduleTask(id: task.id, task: map.record(t.positionedText("task"), as: .task(index)) ?? task.task,
                                           bars: bars, milestones: milestones, location: task.location)
        }
        let notes = reader.notes(recordingIn: &map)
        split.checkInitiativeText(of: source, diagnostics: diagnostics)
        let body = split.body.isBlank ? base.body : split.body
        return Initiative(id: base.id, number: base.number, theme: base.theme,
                          title: map.record(reader.positionedText("title"), as: .title) ?? base.title, vision: base.vision,
                          summary: map.record(reader.positionedText("summary"), as: .summary) ?? base.summary,
                          kpis: kpis, schedule: schedule, notes: notes.isEmpty ? base.notes : notes, body: body,
                          location: SourceLocation(path: source.path), bodyStartLine: split.bodyStartLine, sourceMap: map)
    }

    // MARK: Page

    static func page(_ base: Page, source: SourceText, diagnostics: DiagnosticCollector) -> Page? {
        guard let (document, split) = FrontMatter.parse(source, diagnostics: diagnostics),
              let reader = FieldReader(root: document, diagnostics: diagnostics) else { return nil }
        reader.warnUnknownKeys(["id", "title", "summary"])
        Overlay(reader: reader).same("id", as: base.id)
        MarkdownComplexity.check(split.body, bodyStartLine: split.bodyStartLine, path: source.path, diagnostics: diagnostics)
        let body = split.body.isBlank ? base.body : split.body
        var map = SourceMap(path: source.path)
        return Page(id: base.id, title: map.record(reader.positionedText("title"), as: .title) ?? base.title,
                    summary: map.record(reader.positionedText("summary"), as: .summary) ?? base.summary,
                    body: body, location: SourceLocation(path: source.path, line: split.bodyStartLine), sourceMap: map)
    }

    // MARK: Glossary

    static func glossary(_ base: [GlossaryEntry], document: YAMLDocument, diagnostics: DiagnosticCollector) -> [GlossaryEntry] {
        let overlay = GlossaryDecoder.decode(document, diagnostics: diagnostics)
        for entry in overlay where !base.contains(where: { $0.term == entry.term }) {
            diagnostics.error(.overlayUnknownID, "用語「\(entry.term)」は元の glossary.yaml にありません。",
                              at: SourceLocation(path: document.path, line: document.lineOffset + 1),
                              hint: "やさしい日本語の用語集には、元の用語集にある term だけを書きます。")
        }
        return base.map { entry in
            guard let easy = overlay.first(where: { $0.term == entry.term }) else { return entry }
            return GlossaryEntry(term: entry.term, reading: easy.reading ?? entry.reading, text: easy.text)
        }
    }

    // MARK: Site

    static func settings(_ base: SiteSettings, document: YAMLDocument, diagnostics: DiagnosticCollector) -> SiteSettings {
        guard let reader = FieldReader(root: document, diagnostics: diagnostics) else { return base }
        let o = Overlay(reader: reader)
        reader.warnUnknownKeys(SiteSettingsDecoder.keys)
        var s = base
        var map = SourceMap(path: document.path)
        if reader.has("languages") {
            diagnostics.error(.overlayChangesValue, "languages は site.yaml だけに書きます。", at: reader.location(of: reader.value("languages")))
        }
        if reader.has("evaluation_rule") {
            diagnostics.error(.overlayChangesValue, "評価の決め方(evaluation_rule)は site.yaml だけに書きます(決め方と、それを決めたのが区かこのサイトかは、どの言語のページでも同じです)。",
                              at: reader.location(of: reader.value("evaluation_rule")))
        }
        if reader.has("pagination") {
            diagnostics.error(.overlayChangesValue, "pagination は site.yaml だけに書きます(どの言語のページも、同じように分けます)。",
                              at: reader.location(of: reader.value("pagination")))
        }
        if let org = reader.mapping("organization") {
            s.organization = Organization(name: org.text("name", prose: true) ?? base.organization.name)
        }
        if let r = reader.mapping("report") {
            o.same("fiscal_year", as: String(base.report.fiscalYear), in: r)
            o.same("as_of", as: base.report.asOf?.iso, in: r)
            o.same("license", as: base.report.license, in: r)
            if r.has("editions") {
                diagnostics.error(.overlayChangesValue, "これまでの版(editions)は site.yaml だけに書きます(題名は公表されたとおりに、どの言語のページにも出します)。",
                                  at: r.location(of: r.value("editions")))
            }
            if let url = r.text("base_url"), BaseURL.normalized(url) != base.report.baseURL {
                o.same("base_url", as: base.report.baseURL, in: r)
            }
            MarkdownComplexity.check(r, key: "introduction")
            let b = base.report
            s.report = Report(title: map.record(r.positionedText("title"), as: .reportTitle) ?? b.title, fiscalYear: b.fiscalYear,
                              asOf: b.asOf, baseURL: b.baseURL, license: b.license,
                              description: map.record(r.positionedText("description"), as: .reportDescription) ?? b.description,
                              introduction: map.record(r.positionedText("introduction"), as: .introduction) ?? b.introduction,
                              sources: b.sources, editions: b.editions)
        }
        s.mission = map.record(reader.positionedText("mission"), as: .mission) ?? base.mission
        s.vision = map.record(reader.positionedText("vision"), as: .vision) ?? base.vision
        s.values = map.record(reader.positionedText("values"), as: .values) ?? base.values
        for item in reader.mappings("dx_vision") {
            guard let n = item.integer("number", required: true) else { continue }
            guard let index = s.dxVision.firstIndex(where: { $0.number == n }) else {
                o.unknown("めざす姿", String(n), at: item, key: "number")
                continue
            }
            s.dxVision[index] = VisionItem(number: n, text: map.record(item.positionedText("text"), as: .visionText(index)) ?? s.dxVision[index].text)
        }
        for item in reader.mappings("themes") {
            guard let id = item.text("id", required: true) else { continue }
            guard let index = s.themes.firstIndex(where: { $0.id == id }) else { o.unknown("戦略テーマ", id, at: item); continue }
            let t = s.themes[index]
            o.same("number", as: String(t.number), in: item)
            s.themes[index] = Theme(id: id, number: t.number, title: map.record(item.positionedText("title"), as: .themeTitle(index)) ?? t.title,
                                    summary: map.record(item.positionedText("summary"), as: .themeSummary(index)) ?? t.summary)
        }
        // Its positions are kept only where the base has a background for it to replace.
        var withBackground = map
        if let easyBackground = SiteSettingsDecoder.decodeBackground(reader.mapping("background"), map: &withBackground),
           let b = base.background {
            map = withBackground
            map[.background] = reader.keyPosition("background")
            func list(_ easy: [String], _ base: [String]) -> [String] { easy.isEmpty ? base : easy }
            s.background = Background(
                policy: easyBackground.policy ?? b.policy,
                achievements: list(easyBackground.achievements, b.achievements),
                challenges: list(easyBackground.challenges, b.challenges),
                priorityIssueTitle: easyBackground.priorityIssueTitle ?? b.priorityIssueTitle,
                priorityIssueSource: easyBackground.priorityIssueSource ?? b.priorityIssueSource,
                towardNextYear: list(easyBackground.towardNextYear, b.towardNextYear),
                conclusion: easyBackground.conclusion ?? b.conclusion)
        }
        for item in reader.mappings("evaluation_scale") {
            guard let code = item.text("code", required: true) else { continue }
            guard let index = s.evaluationScale.firstIndex(where: { $0.code == code }) else {
                o.unknown("評価コード", code, at: item, key: "code")
                continue
            }
            s.evaluationScale[index] = EvaluationLevel(
                code: code, label: map.record(item.positionedText("label"), as: .evaluationLabel(index)) ?? s.evaluationScale[index].label)
        }
        s.sourceMap = map
        return s
    }
}
