import SitegenSupport
import SitegenModel
import SitegenContent

/// Lints the やさしい日本語 texts for `sitegen check`: sentence rules
/// (`EasyJapaneseRules`), page length, numbers kept from the standard version,
/// and one W003 warning per file that has no easy version yet.
package enum EasyJapaneseChecker {
    /// A page's easy text longer than this many characters gets W046.
    package static let pageLengthLimit = 1_000

    /// - Parameters:
    ///   - bundle: the validated sites; the easy one is `language.isEasy`. Each
    ///     text is reported where its `SourceMap` says it is written.
    ///   - annotator: when given, MeCab decides whether a heading or label ends in a
    ///     plain-form predicate (する, した, ない); without it, the last kana decides.
    /// - Returns: diagnostics sorted by file, line and column.
    package static func check(bundle: SiteBundle, annotator: FuriganaAnnotator? = nil) -> [Diagnostic] {
        guard let easy = bundle.sites.first(where: { $0.language.isEasy }) else { return [] }
        let base = bundle.base
        let suffix = "." + easy.language.code
        let acronyms = glossaryAcronyms(easy.glossary)
        // Without a dictionary the checker still runs, with the cruder last-kana test.
        let annotator = annotator ?? (try? FuriganaAnnotator(overrides: easy.furigana))
        var out: [Diagnostic] = []
        /// The sentences of a file's field texts (nil: not the file's own text).
        func fields(_ items: [(text: String?, field: SourceMap.Field, isLabel: Bool)], in map: SourceMap) -> [EasySentence] {
            items.flatMap { text, field, isLabel -> [EasySentence] in
                guard let text, !text.isEmpty else { return [] }
                return SentenceSplitter.field(text, at: map[field], path: map.path, isLabel: isLabel)
            }
        }
        func lint(_ sentences: [EasySentence], pageAt location: SourceLocation, name: String) {
            for s in sentences { out += EasyJapaneseRules.check(s, acronyms: acronyms, endsWithPredicate: annotator?.endsWithPredicate) }
            let length = sentences.reduce(0) { $0 + $1.plain.count }
            if length > pageLengthLimit {
                out.append(Diagnostic(.longPage, "「\(name)」のやさしい日本語が\(length)字あります(\(pageLengthLimit)字くらいまでにします)。",
                                      at: location))
            }
        }
        func own(_ text: String?, _ standard: String?) -> String? { text == standard ? nil : text }

        // Initiatives. Only text the easy file itself gives is linted: a field it
        // leaves out shows the standard text, which is not the easy writer's to fix.
        for initiative in easy.initiatives {
            if initiative.isFallback {
                out.append(missingTranslation(initiative.location.path, suffix: suffix))
                continue
            }
            let path = initiative.location.path
            let original = base.initiatives.first(where: { $0.id == initiative.id })
            var items: [(text: String?, field: SourceMap.Field, isLabel: Bool)] = [
                (own(initiative.title, original?.title), .title, true),
                (own(initiative.summary, original?.summary), .summary, false),
            ]
            for (k, kpi) in initiative.kpis.enumerated() {
                let o = original?.kpis.first(where: { $0.id == kpi.id })
                items += [(own(kpi.label, o?.label), .kpiLabel(k), true), (own(kpi.note, o?.note), .kpiNote(k), true),
                          (own(kpi.baseline?.label, o?.baseline?.label), .baselineLabel(k), true),
                          (own(kpi.baseline?.note, o?.baseline?.note), .baselineNote(k), true),
                          (own(kpi.target?.text, o?.target?.text), .targetText(k), true),
                          (own(kpi.baseline?.text, o?.baseline?.text), .baselineText(k), true)]
            }
            for (t, task) in initiative.schedule.enumerated() {
                let o = original?.schedule.first(where: { $0.id == task.id })
                items.append((own(task.task, o?.task), .task(t), true))
                for (i, bar) in task.bars.enumerated() {
                    items.append((own(bar.label, o.flatMap { i < $0.bars.count ? $0.bars[i].label : nil }), .barLabel(task: t, bar: i), true))
                }
                for (i, milestone) in task.milestones.enumerated() {
                    items.append((own(milestone.label, o.flatMap { i < $0.milestones.count ? $0.milestones[i].label : nil }),
                                  .milestoneLabel(task: t, milestone: i), true))
                }
            }
            if initiative.notes != original?.notes { items += initiative.notes.enumerated().map { ($1, .note($0), true) } }
            var sentences = fields(items, in: initiative.sourceMap)
            if initiative.body != original?.body {
                sentences += SentenceSplitter.markdown(initiative.body, path: path, firstLine: initiative.bodyStartLine)
            }
            lint(sentences, pageAt: SourceLocation(path: path), name: initiative.title)
            if let original {
                out += missingNumbers(original, in: initiative)
            }
        }

        // Free pages.
        for page in easy.pages {
            if page.isFallback {
                out.append(missingTranslation(page.location.path, suffix: suffix))
                continue
            }
            let path = page.location.path
            let original = base.pages.first(where: { $0.id == page.id })
            var sentences = fields([(own(page.title, original?.title), .title, true),
                                    (own(page.summary, original?.summary), .summary, false)], in: page.sourceMap)
            if page.body != original?.body {
                sentences += SentenceSplitter.markdown(page.body, path: path, firstLine: page.location.line)
            }
            lint(sentences, pageAt: SourceLocation(path: path), name: page.title)
        }

        // Texts of site.yaml. They are shown on two pages, and each page's length is
        // what a reader faces: the top page (report, mission … themes) and the
        // background page. Evaluation labels appear only inside KPI charts.
        if easy.isFallback {
            out.append(missingTranslation(base.sourceMap.path, suffix: suffix))
        } else {
            let map = easy.sourceMap
            let labels = (home: "トップページ", background: "背景のページ")  // names in messages, not page words
            var top: [(text: String?, field: SourceMap.Field, isLabel: Bool)] = [
                (own(easy.report.title, base.report.title), .reportTitle, true),
                (own(easy.report.description, base.report.description), .reportDescription, false),
                (own(easy.mission, base.mission), .mission, false), (own(easy.vision, base.vision), .vision, false),
                (own(easy.values, base.values), .values, true),
            ]
            top += zip(easy.dxVision, base.dxVision).enumerated().map { i, pair in (own(pair.0.text, pair.1.text), .visionText(i), false) }
            for (i, (t, b)) in zip(easy.themes, base.themes).enumerated() {
                top += [(own(t.title, b.title), .themeTitle(i), true), (own(t.summary, b.summary), .themeSummary(i), false)]
            }
            var topSentences = fields(top, in: map)
            if easy.report.introduction != base.report.introduction {
                topSentences += SentenceSplitter.markdown(easy.report.introduction, at: map[.introduction], path: map.path)
            }
            lint(topSentences, pageAt: SourceLocation(path: map.path), name: labels.home)

            if let e = easy.background, let b = base.background {
                var items: [(text: String?, field: SourceMap.Field, isLabel: Bool)] = [
                    (own(e.policy, b.policy), .policy, true), (own(e.priorityIssueTitle, b.priorityIssueTitle), .priorityIssueTitle, true),
                    (own(e.conclusion, b.conclusion), .conclusion, false),
                ]
                if e.achievements != b.achievements { items += e.achievements.enumerated().map { ($1, .achievement($0), true) } }
                if e.challenges != b.challenges { items += e.challenges.enumerated().map { ($1, .challenge($0), true) } }
                if e.towardNextYear != b.towardNextYear { items += e.towardNextYear.enumerated().map { ($1, .towardNextYear($0), true) } }
                lint(fields(items, in: map), pageAt: map.location(of: .background) ?? SourceLocation(path: map.path), name: labels.background)
            }

            let scale = zip(easy.evaluationScale, base.evaluationScale).enumerated().map { i, pair in
                (text: own(pair.0.label, pair.1.label), field: SourceMap.Field.evaluationLabel(i), isLabel: true)
            }
            for sentence in fields(scale, in: map) {
                out += EasyJapaneseRules.check(sentence, acronyms: acronyms, endsWithPredicate: annotator?.endsWithPredicate)
            }
        }
        return Array(Set(out)).sorted()
    }

    /// Every text of an easy initiative as shown on its page (own or standard).
    static func easyTexts(of i: Initiative) -> [String] {
        var texts = [i.title, i.summary, i.body] + i.notes
        for kpi in i.kpis {
            texts += [kpi.label, kpi.note, kpi.target?.text, kpi.baseline?.label, kpi.baseline?.note, kpi.baseline?.text].compactMap { $0 }
        }
        for task in i.schedule { texts += [task.task] + task.bars.compactMap(\.label) + task.milestones.map(\.label) }
        return texts
    }

    /// W003 at the standard file, naming the easy file to write.
    static func missingTranslation(_ path: String, suffix: String) -> Diagnostic {
        let easyPath: String
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") {
            easyPath = String(path[..<dot]) + suffix + String(path[dot...])
        } else {
            easyPath = path + suffix
        }
        return Diagnostic(.missingTranslation, "「\(path)」のやさしい日本語の版「\(easyPath)」がありません。元の文がそのまま表示されます。",
                          at: SourceLocation(path: path),
                          hint: "「\(easyPath)」を作り、title・summary・本文などをやさしい日本語で書いてください。")
    }

    /// Acronyms the glossary explains: each term, and each Latin word in a term (J-LIS, AI in 生成AI).
    static func glossaryAcronyms(_ glossary: [GlossaryEntry]) -> Set<String> {
        var out: Set<String> = []
        for entry in glossary {
            let term = EasyJapaneseRules.halfWidth(entry.term)
            out.insert(term)
            out.formUnion(EasyJapaneseRules.latinWords(in: term))
        }
        return out
    }

    /// E046: each KPI target and baseline figure, and each milestone month, of the
    /// standard version must appear in the easy version's texts. Each is reported
    /// where the easy file writes that KPI or task (its label, note or id), or else
    /// at the start of its body, where the figure can be written.
    static func missingNumbers(_ original: Initiative, in easy: Initiative) -> [Diagnostic] {
        let joined = easyTexts(of: easy).map { EasyJapaneseRules.halfWidth(ManualRuby.stripped($0)) }.joined(separator: "\n")
        let figures = numbers(in: joined)
        let map = easy.sourceMap
        let body = SourceLocation(path: map.path, line: easy.bodyStartLine)
        var out: [Diagnostic] = []
        for (k, kpi) in original.kpis.enumerated() {
            let at = map.location(of: .kpiLabel(k)) ?? map.location(of: .kpiNote(k)) ?? map.location(of: .kpiID(k)) ?? body
            let values = [("目標", "target.value", kpi.target?.value), ("基準", "baseline.value", kpi.baseline?.value)]
            for (what, field, quantity) in values {
                guard let quantity, !figures.contains(where: { $0.text == quantity.text || $0.value == quantity.value }) else { continue }
                out.append(Diagnostic(.missingNumber,
                    "KPI「\(kpi.label)」(kpis[\(k + 1)] の \(field))の\(what)の数字「\(kpi.formatted(quantity))」が、やさしい日本語の版にありません。",
                    at: at,
                    hint: "この KPI の label か note、または本文に「\(kpi.formatted(quantity))」を書いてください。元のページの数字は、やさしい日本語の版にも同じ数字で書きます。"))
            }
        }
        for (t, task) in original.schedule.enumerated() {
            // A milestone the source places by quarter has no month to keep.
            for (m, milestone) in task.milestones.enumerated() where milestone.quarter == nil && !joined.containsMonth(milestone.month.month) {
                let at = map.location(of: .milestoneLabel(task: t, milestone: m)) ?? map.location(of: .task(t))
                    ?? map.location(of: .taskID(t)) ?? body
                out.append(Diagnostic(.missingNumber,
                    "節目「\(milestone.label)」(schedule[\(t + 1)].milestones[\(m + 1)] の at)の月「\(milestone.month.month)月」が、やさしい日本語の版にありません。",
                    at: at,
                    hint: "この節目の label、タスクの task、または本文に「\(milestone.month.month)月」を書いてください。"))
            }
        }
        return out
    }

    /// Figures written in the text (1,000 → 1000; 90.00 kept as written).
    static func numbers(in text: String) -> [(text: String, value: Double)] {
        var out: [(String, Double)] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c.isASCII, c.isNumber {
                current.append(c)
            } else if (c == "." || c == ","), !current.isEmpty, i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                if c == "." { current.append(c) }
            } else if !current.isEmpty {
                if let v = Double(current) { out.append((current, v)) }
                current = ""
            }
        }
        if let v = Double(current) { out.append((current, v)) }
        return out
    }
}

private extension String {
    /// "1月" with no digit right before the month number (so 11月 is not 1月).
    func containsMonth(_ month: Int) -> Bool {
        let needle = "\(month)月"
        var search = startIndex..<endIndex
        while let r = range(of: needle, range: search) {
            if r.lowerBound == startIndex || !self[index(before: r.lowerBound)].isNumber { return true }
            search = r.upperBound..<endIndex
        }
        return false
    }
}
