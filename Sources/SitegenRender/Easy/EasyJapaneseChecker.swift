import SitegenSupport
import SitegenModel
import SitegenContent

/// Lints the やさしい日本語 texts for `sitegen check`: sentence rules
/// (`EasyJapaneseRules`), page length, figures that match the standard version
/// (`EasyFigureCheck`),
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
        func fields(_ items: [FieldText], in map: SourceMap) -> [EasySentence] {
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
        /// False (after W003 at the standard file) when the easy file is not written.
        func written(_ isFallback: Bool, at path: String) -> Bool {
            if isFallback { out.append(missingTranslation(path, suffix: suffix)) }
            return !isFallback
        }
        /// Lints a page's own sentences and checks the figures they state (E046).
        func page(_ sentences: [EasySentence], at location: SourceLocation, name: String,
                  known: EasyFigureCheck.Known, standardPath: String) {
            lint(sentences, pageAt: location, name: name)
            out += EasyFigureCheck.check(sentences, known: known, standardPath: standardPath)
        }

        // Initiatives. Only text the easy file itself gives is linted: a field it
        // leaves out shows the standard text, which is not the easy writer's to fix.
        for initiative in easy.initiatives where written(initiative.isFallback, at: initiative.location.path) {
            guard let original = base.initiatives.first(where: { $0.id == initiative.id }) else { continue }
            var sentences = fields(ownTexts(of: initiative, standard: original), in: initiative.sourceMap)
            if initiative.body != original.body {
                sentences += SentenceSplitter.markdown(initiative.body, path: initiative.location.path, firstLine: initiative.bodyStartLine)
            }
            page(sentences, at: SourceLocation(path: initiative.location.path), name: initiative.title,
                 known: EasyFigureCheck.known(original, in: base), standardPath: original.location.path)
        }

        // Free pages.
        for easyPage in easy.pages where written(easyPage.isFallback, at: easyPage.location.path) {
            guard let original = base.pages.first(where: { $0.id == easyPage.id }) else { continue }
            var sentences = fields([(own(easyPage.title, original.title), .title, true),
                                    (own(easyPage.summary, original.summary), .summary, false)], in: easyPage.sourceMap)
            if easyPage.body != original.body {
                sentences += SentenceSplitter.markdown(easyPage.body, path: easyPage.location.path, firstLine: easyPage.location.line)
            }
            page(sentences, at: SourceLocation(path: easyPage.location.path), name: easyPage.title,
                 known: EasyFigureCheck.known(original, in: base), standardPath: original.location.path)
        }

        // Texts of site.yaml. They are shown on two pages, and each page's length is
        // what a reader faces: the top page (report, mission … themes) and the
        // background page. Evaluation labels appear only inside KPI charts.
        if written(easy.isFallback, at: base.sourceMap.path) {
            let siteFigures = EasyFigureCheck.known(site: base)
            let map = easy.sourceMap
            let labels = (home: "トップページ", background: "背景のページ")  // names in messages, not page words
            var top: [FieldText] = [
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
            page(topSentences, at: SourceLocation(path: map.path), name: labels.home, known: siteFigures, standardPath: base.sourceMap.path)

            if let e = easy.background, let b = base.background {
                var items: [FieldText] = [
                    (own(e.policy, b.policy), .policy, true), (own(e.priorityIssueTitle, b.priorityIssueTitle), .priorityIssueTitle, true),
                    (own(e.conclusion, b.conclusion), .conclusion, false),
                ]
                if e.achievements != b.achievements { items += e.achievements.enumerated().map { ($1, .achievement($0), true) } }
                if e.challenges != b.challenges { items += e.challenges.enumerated().map { ($1, .challenge($0), true) } }
                if e.towardNextYear != b.towardNextYear { items += e.towardNextYear.enumerated().map { ($1, .towardNextYear($0), true) } }
                page(fields(items, in: map), at: map.location(of: .background) ?? SourceLocation(path: map.path), name: labels.background,
                     known: siteFigures, standardPath: base.sourceMap.path)
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

    /// A text of an easy file, where it is written, and whether it is a label.
    typealias FieldText = (text: String?, field: SourceMap.Field, isLabel: Bool)

    /// The texts the easy initiative writes itself (nil where it shows the standard text).
    static func ownTexts(of initiative: Initiative, standard original: Initiative) -> [FieldText] {
        func own(_ text: String?, _ standard: String?) -> String? { text == standard ? nil : text }
        var items: [FieldText] = [
            (own(initiative.title, original.title), .title, true),
            (own(initiative.summary, original.summary), .summary, false),
        ]
        for (k, kpi) in initiative.kpis.enumerated() {
            let o = original.kpis.first(where: { $0.id == kpi.id })
            items += [(own(kpi.label, o?.label), .kpiLabel(k), true), (own(kpi.note, o?.note), .kpiNote(k), true),
                      (own(kpi.baseline?.label, o?.baseline?.label), .baselineLabel(k), true),
                      (own(kpi.baseline?.note, o?.baseline?.note), .baselineNote(k), true),
                      (own(kpi.target?.text, o?.target?.text), .targetText(k), true),
                      (own(kpi.baseline?.text, o?.baseline?.text), .baselineText(k), true)]
        }
        for (t, task) in initiative.schedule.enumerated() {
            let o = original.schedule.first(where: { $0.id == task.id })
            items.append((own(task.task, o?.task), .task(t), true))
            for (i, bar) in task.bars.enumerated() {
                items.append((own(bar.label, o.flatMap { i < $0.bars.count ? $0.bars[i].label : nil }), .barLabel(task: t, bar: i), true))
            }
            for (i, milestone) in task.milestones.enumerated() {
                items.append((own(milestone.label, o.flatMap { i < $0.milestones.count ? $0.milestones[i].label : nil }),
                              .milestoneLabel(task: t, milestone: i), true))
            }
        }
        if initiative.notes != original.notes { items += initiative.notes.enumerated().map { ($1, .note($0), true) } }
        return items
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
