import Foundation
import SitegenSupport
import SitegenModel

/// What an initiative is checked against: the parts of `site.yaml` it refers to.
struct ReferenceContext: Sendable, Hashable {
    var fiscalYear: FiscalYear?
    var themeIDs: Set<String>?
    var visionNumbers: Set<Int>?
    var evaluationCodes: Set<String>?
    /// The report's date (`as_of`), when it states one: no actual may be later.
    var asOf: CalendarDate?

    /// The references of a validated site (live preview patches a bundle it already has).
    init(site: Site) {
        fiscalYear = FiscalYear(site.report.fiscalYear)
        themeIDs = Set(site.themes.map(\.id))
        visionNumbers = Set(site.dxVision.map(\.number))
        evaluationCodes = Set(site.evaluationScale.map(\.code))
        asOf = site.report.asOf
    }

    init(settings: SiteSettings?) {
        fiscalYear = settings.map { FiscalYear($0.report.fiscalYear) }
        themeIDs = settings.map { Set($0.themes.map(\.id)) }
        visionNumbers = settings.map { Set($0.dxVision.map(\.number)) }
        evaluationCodes = settings.map { Set($0.evaluationScale.map(\.code)) }
        asOf = settings?.report.asOf
    }
}

/// Reads one initiative file (front matter + Markdown body).
enum InitiativeDecoder {
    static let keys: Set<String> = ["id", "number", "theme", "title", "vision", "summary", "kpis", "schedule", "notes"]
    static let kpiKeys: Set<String> = ["id", "label", "kind", "unit", "target", "baseline", "actuals", "status", "note", "evaluation"]
    static let taskKeys: Set<String> = ["id", "task", "bars", "milestones"]

    static func decode(_ source: SourceText, references: ReferenceContext, diagnostics: DiagnosticCollector) -> Initiative? {
        guard let (document, split) = FrontMatter.parse(source, diagnostics: diagnostics) else { return nil }
        guard let root = FieldReader(root: document, diagnostics: diagnostics) else { return nil }
        if document.root == nil {
            diagnostics.error(.missingField, "フロントマターが空です。", at: SourceLocation(path: source.path, line: 1),
                              hint: "id, number, theme, title, summary などの項目を書いてください(sitegen new initiative で雛形を作れます)。")
            return nil
        }
        root.warnUnknownKeys(keys)

        let id = root.identifier()
        let number = root.integer("number", required: true, range: 1...99_999)
        let theme = root.text("theme", required: true)
        if let theme, let known = references.themeIDs, !known.contains(theme) {
            diagnostics.error(.unknownTheme, "戦略テーマ「\(theme)」は site.yaml の themes にありません。",
                              at: root.location(of: root.value("theme")),
                              hint: "次のどれかを書いてください: \(known.sorted().joined(separator: ", "))")
        }
        var map = SourceMap(path: source.path)
        map[.id] = root.valuePosition("id")
        map[.number] = root.valuePosition("number")
        let title = map.record(root.positionedText("title", required: true), as: .title)
        let summary = map.record(root.positionedText("summary", required: true), as: .summary)
        let (vision, visionWording) = decodeVision(root, references: references)
        let kpis = decodeKPIs(root, references: references, map: &map)
        let schedule = decodeSchedule(root, references: references, map: &map)
        let notes = root.notes(recordingIn: &map)
        split.checkInitiativeText(of: source, diagnostics: diagnostics)

        guard let id, let number, let theme, let title, let summary else { return nil }
        return Initiative(id: id, number: number, theme: theme, title: title, vision: vision, visionWording: visionWording,
                          summary: summary,
                          kpis: kpis, schedule: schedule, notes: notes, body: split.body,
                          location: SourceLocation(path: source.path), bodyStartLine: split.bodyStartLine, sourceMap: map)
    }

    /// The めざす姿 numbers, and the wording of those the initiative quotes in words of its own
    /// (`- { number: 8, text: … }`).
    static func decodeVision(_ root: FieldReader, references: ReferenceContext) -> ([Int], [Int: String]) {
        guard let node = root.value("vision") else { return ([], [:]) }
        // `vision: 1` is accepted as `[1]`.
        let items: [YAMLNode]
        if case .sequence(let seq) = node { items = Array(seq) } else { items = [node] }
        var result: [Int] = []
        var wording: [Int: String] = [:]
        for item in items {
            var numberNode = item
            var text: String?
            if case .mapping = item,
               let entry = FieldReader(item, document: root.document, diagnostics: root.diagnostics, context: "vision") {
                entry.warnUnknownKeys(["number", "text"])
                guard let number = entry.value("number") else {
                    root.diagnostics.error(.missingField, "vision の項目に number(めざす姿の番号)がありません。", at: root.location(of: item),
                                           hint: "例: - { number: 8, text: 職員の働き方や業務改革などを通じ、… }")
                    continue
                }
                numberNode = number
                text = entry.text("text", required: true)
            }
            guard let s = numberNode.scalar?.string, let n = NumberText.integer(s) else {
                root.diagnostics.error(.invalidNumber, "vision には めざす姿の番号(整数)を書いてください。", at: root.location(of: numberNode),
                                       hint: "例: vision: [1, 3]、資料の書き方が site.yaml と違うときは - { number: 8, text: … }")
                continue
            }
            if let text { wording[n] = text }
            if let known = references.visionNumbers, !known.contains(n) {
                root.diagnostics.error(.unknownVision, "めざす姿 \(n) は site.yaml の dx_vision にありません。", at: root.location(of: item),
                    hint: "使える番号: \(known.sorted().map(String.init).joined(separator: ", "))")
                continue
            }
            if !result.contains(n) { result.append(n) }
        }
        return (result, wording)
    }

    static func decodeKPIs(_ root: FieldReader, references: ReferenceContext, map: inout SourceMap) -> [KPI] {
        var kpis: [KPI] = []
        var seen: [String: Int] = [:]
        for item in root.mappings("kpis") {
            item.warnUnknownKeys(kpiKeys)
            let id = item.identifier()
            let positionedLabel = item.positionedText("label", required: true)
            let label = positionedLabel?.text
            let kind = item.choice("kind", as: KPI.Kind.self) ?? .number
            let unit = item.text("unit", prose: true)
            var target: KPI.Target?
            var targetText: PositionedText?
            var status: KPI.Status?
            switch kind {
            case .number:
                // A target in the wrong shape (`target: 20`) is one error (E006), not also E021.
                if let written = item.value("target"), case .scalar(let scalar) = written {
                    let value = scalar.string.trimmingWhitespace()
                    item.diagnostics.error(.wrongType,
                        "「\(item.context).target」は値と比べ方の組で書きます(書かれている値: \(value))。",
                        at: item.location(of: written),
                        hint: "target: { value: \(value), comparison: at_least } のように書きます(at_least は以上、at_most は以内)。")
                } else if let t = item.mapping("target") {
                    t.warnUnknownKeys(["value", "comparison", "text", "scope", "date"])
                    let value = t.quantity("value", required: true)
                    let comparison = t.choice("comparison", as: KPI.Comparison.self) ?? .atLeast
                    targetText = t.positionedText("text")
                    if let value {
                        FigureWording.check(targetText, of: value, in: t, what: "目標")
                        target = KPI.Target(value: value, comparison: comparison, text: targetText?.text, scope: t.text("scope"),
                                            date: t.date("date"))
                    }
                } else if !item.has("target") {
                    item.diagnostics.error(.missingTarget, "KPI「\(label ?? id ?? "")」に目標(target)がありません。", at: item.location,
                        hint: "target: { value: 60, comparison: at_least } のように書きます。数値のない目標なら kind: milestone にします。")
                }
                if item.has("status") {
                    item.diagnostics.warning(.unknownKey, "status は kind: milestone のKPIだけで使われます。", at: item.location(of: item.value("status")))
                }
            case .milestone:
                // No status is shown unless the source gives one.
                status = item.choice("status", as: KPI.Status.self)
                if item.has("target") {
                    item.diagnostics.warning(.unknownKey, "kind: milestone のKPIでは target は使われません。", at: item.location(of: item.value("target")))
                }
            }
            var baseline: KPI.Baseline?
            var baselineLabel: PositionedText?, baselineNote: PositionedText?, baselineText: PositionedText?
            if let b = item.mapping("baseline") {
                b.warnUnknownKeys(["value", "label", "note", "text", "scope", "date"])
                if let value = b.quantity("value", required: true) {
                    baselineLabel = b.positionedText("label")
                    baselineNote = b.positionedText("note")
                    baselineText = b.positionedText("text")
                    FigureWording.check(baselineText, of: value, in: b, what: "基準値")
                    let label = baselineLabel?.text ?? (references.fiscalYear.map { JapaneseEra.fiscalYearLabel($0.startYear - 1) + "実績" } ?? "前年度実績")
                    baseline = KPI.Baseline(value: value, label: label, note: baselineNote?.text, text: baselineText?.text,
                                            scope: b.text("scope"), date: b.date("date"))
                }
            }
            var actuals: [KPI.Actual] = []
            var actualDates: [(reader: FieldReader, date: CalendarDate)] = []
            for a in item.mappings("actuals") {
                a.warnUnknownKeys(["date", "value", "note"])
                let date = a.date("date", required: true)
                let value = a.quantity("value", required: true)
                if let date { actualDates.append((a, date)) }
                if let date, let value { actuals.append(KPI.Actual(date: date, value: value, note: a.text("note", prose: true))) }
            }
            ActualChecks.check(item, kind: kind, dates: actualDates, references: references)
            let evaluation = item.text("evaluation")
            if let evaluation, let codes = references.evaluationCodes, !codes.contains(evaluation) {
                item.diagnostics.error(.unknownEvaluation, "評価コード「\(evaluation)」は site.yaml の evaluation_scale にありません。",
                    at: item.location(of: item.value("evaluation")),
                    hint: codes.isEmpty ? "site.yaml に evaluation_scale を定義してください。" : "使えるコード: \(codes.sorted().joined(separator: ", "))")
            }
            guard let id, let label else { continue }
            if let first = seen[id] {
                item.diagnostics.error(.duplicateID, "KPIのid「\(id)」が2回使われています。", at: item.location(of: item.value("id")),
                                       hint: "最初は \(first)行目です。")
                continue
            }
            seen[id] = item.location(of: item.value("id")).line
            let index = kpis.count
            map[.kpiLabel(index)] = positionedLabel?.position
            map[.baselineLabel(index)] = baselineLabel?.position
            map[.baselineNote(index)] = baselineNote?.position
            map[.targetText(index)] = targetText?.position
            map[.baselineText(index)] = baselineText?.position
            let kpi = KPI(id: id, label: label, kind: kind, unit: unit, target: target, baseline: baseline,
                          actuals: actuals.sorted { $0.date < $1.date }, status: status,
                          note: map.record(item.positionedText("note"), as: .kpiNote(index)),
                          evaluation: evaluation, location: item.location)
            ActualChecks.checkProgress(item, kpi, dates: actualDates, references: references)
            kpis.append(kpi)
        }
        return kpis
    }

    static func decodeSchedule(_ root: FieldReader, references: ReferenceContext, map: inout SourceMap) -> [ScheduleTask] {
        var tasks: [ScheduleTask] = []
        var seen: [String: Int] = [:]
        for item in root.mappings("schedule") {
            item.warnUnknownKeys(taskKeys)
            let id = item.identifier()
            let task = item.positionedText("task", required: true)
            var bars: [ScheduleBar] = []
            var barLabels: [TextPosition?] = [], milestoneLabels: [TextPosition?] = []
            for b in item.mappings("bars") {
                b.warnUnknownKeys(["from", "to", "label", "spans_years"])
                let spans = b.text("spans_years").map { $0 == "true" || $0 == "yes" } ?? false
                let from = position(b, "from", references: references, spansYears: spans)
                let to = position(b, "to", references: references, spansYears: spans)
                guard let from, let to, let year = references.fiscalYear else { continue }
                let start = from.start(in: year), end = to.end(in: year)
                if start > end {
                    b.diagnostics.error(.rangeReversed, "開始(from: \(from))が終了(to: \(to))より後になっています。",
                                        at: b.location(of: b.value("from")), hint: "from と to を入れ替えてください。")
                    continue
                }
                let label = b.positionedText("label")
                barLabels.append(label?.position)
                bars.append(ScheduleBar(from: from, to: to, label: label?.text, spansYears: spans, startMonth: start, endMonth: end))
            }
            var milestones: [ScheduleMilestone] = []
            for m in item.mappings("milestones") {
                m.warnUnknownKeys(["at", "label"])
                let at = position(m, "at", references: references, spansYears: false)
                let label = m.positionedText("label", required: true)
                guard let at, let label, let year = references.fiscalYear else { continue }
                milestoneLabels.append(label.position)
                milestones.append(ScheduleMilestone(at: at, label: label.text, month: at.start(in: year)))
            }
            guard let id, let task else { continue }
            if let first = seen[id] {
                item.diagnostics.error(.duplicateID, "スケジュールのid「\(id)」が2回使われています。", at: item.location(of: item.value("id")),
                                       hint: "最初は \(first)行目です。")
                continue
            }
            seen[id] = item.location(of: item.value("id")).line
            let index = tasks.count
            map[.task(index)] = task.position
            for (bar, position) in barLabels.enumerated() { map[.barLabel(task: index, bar: bar)] = position }
            for (milestone, position) in milestoneLabels.enumerated() { map[.milestoneLabel(task: index, milestone: milestone)] = position }
            tasks.append(ScheduleTask(id: id, task: task.text, bars: bars, milestones: milestones, location: item.location))
        }
        return tasks
    }

    static func position(_ reader: FieldReader, _ key: String, references: ReferenceContext, spansYears: Bool) -> SchedulePosition? {
        guard let raw = reader.text(key, required: true) else { return nil }
        let normalised = NumberText.halfWidth(raw).uppercased()
        guard let position = SchedulePosition(normalised) else {
            reader.diagnostics.error(.invalidSchedulePosition, "「\(key)」の「\(raw)」は月・四半期として読めません。",
                                     at: reader.location(of: reader.value(key)))
            return nil
        }
        if case .month(let month) = position, let year = references.fiscalYear, !year.contains(month), !spansYears {
            reader.diagnostics.error(.outsideFiscalYear,
                "「\(key): \(raw)」は\(year.label)(\(year.firstMonth.iso)〜\(year.lastMonth.iso))の外です。",
                at: reader.location(of: reader.value(key)),
                hint: "年度をまたぐタスクなら spans_years: true を書いてください。年の書き間違い(4〜12月は\(year.startYear)年、1〜3月は\(year.startYear + 1)年)も確認してください。")
            return nil
        }
        return position
    }
}
