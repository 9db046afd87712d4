import Foundation
import SitegenSupport
import SitegenModel

/// Stage 2+3: interprets the loaded files, checks them and every cross-reference
/// between them, and assembles one `Site` per language. Returns every diagnostic
/// of the run; a bundle only when there is no error.
package enum ContentValidator {
    /// - Parameter cache: kept by `sitegen serve`; unchanged initiative files are not decoded again.
    package static func validate(_ content: LoadedContent, cache: ContentCache? = nil) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()

        // site.yaml first: the other files refer to it.
        var settings: SiteSettings?
        if let site = content.site {
            if case .success(let document) = parseYAML(site.base, diagnostics: diagnostics) {
                if document.root == nil {
                    diagnostics.error(.missingContent, "site.yaml が空です。", at: SourceLocation(path: site.base.path))
                } else {
                    settings = SiteSettingsDecoder.decode(document, diagnostics: diagnostics)
                }
            }
        }
        // Equal to the previous build's: the previous value (its sets compare by identity).
        let references = cache?.interned(ReferenceContext(settings: settings)) ?? ReferenceContext(settings: settings)

        // Each file is decoded on its own (all cores); diagnostics are merged and sorted after.
        // With a cache, the files it holds are taken in one pass and only the others go to the cores.
        let decoded = cache.map { cache in
            cache.decodedInOrder.values(content.initiatives.map { InitiativeInput(source: $0.base, references: references) },
                                        known: { cache.initiatives.cached($0.source.path, for: $0) }) { input in
                decodeInitiative(input.source, references: input.references, cache: cache)
            }
        } ?? ParallelMap.map(content.initiatives) { source in decodeInitiative(source.base, references: references, cache: nil) }
        var initiatives: [(Initiative, LocalizedSource)] = []
        for (result, source) in zip(decoded, content.initiatives) {
            diagnostics.append(contentsOf: result.diagnostics)
            if let initiative = result.initiative { initiatives.append((initiative, source)) }
        }
        checkUnique(initiatives, key: \.0.id, what: "重点取組のid", code: .duplicateID, diagnostics: diagnostics) {
            $0.0.sourceMap.location(of: .id) ?? $0.0.location
        }
        checkUnique(initiatives, key: { String($0.0.number) }, what: "重点取組の番号", code: .duplicateNumber, diagnostics: diagnostics) {
            $0.0.sourceMap.location(of: .number) ?? $0.0.location
        }
        if content.initiatives.isEmpty && content.site != nil {
            diagnostics.warning(.missingContent, "重点取組のファイルが1つもありません。",
                                at: SourceLocation(path: content.contentPath + "/initiatives"),
                                hint: "sitegen new initiative SLUG で雛形を作れます。")
        }

        var pages: [(Page, LocalizedSource)] = []
        for source in content.pages {
            if let page = PageDecoder.decode(source.base, diagnostics: diagnostics) { pages.append((page, source)) }
        }
        checkUnique(pages, key: \.0.id, what: "ページのid", code: .duplicateID, diagnostics: diagnostics) {
            $0.0.sourceMap.location(of: .id) ?? SourceLocation(path: $0.0.location.path)
        }

        var glossary: [GlossaryEntry] = []
        if let g = content.glossary, case .success(let document) = parseYAML(g.base, diagnostics: diagnostics) {
            glossary = GlossaryDecoder.decode(document, diagnostics: diagnostics)
        }
        var furigana: [FuriganaOverride] = []
        if let f = content.furigana, case .success(let document) = parseYAML(f, diagnostics: diagnostics) {
            furigana = FuriganaDecoder.decode(document, diagnostics: diagnostics)
        }

        for orphan in content.orphanTranslations {
            diagnostics.error(.overlayUnknownID, "「\(orphan.path)」に対応する元のファイルがありません。",
                              at: SourceLocation(path: orphan.path),
                              hint: "ファイル名を元のファイルと同じにしてください(例: 01-online-procedures.md と 01-online-procedures.easy.md)。")
        }

        guard let settings, !diagnostics.hasErrors else { return (nil, diagnostics.sorted) }

        // Positions are sorted, not the (initiative, files) pairs (numbers are unique here).
        let sortedInitiatives = initiatives.indices.sorted { initiatives[$0].0.number < initiatives[$1].0.number }.map { initiatives[$0] }
        let sortedPages = pages.sorted { $0.1.stem.precedesInByteOrder($1.1.stem) }
        var sites: [Site] = []
        for language in settings.languages {
            let isBase = language == settings.languages[0]
            func translation(_ source: LocalizedSource?) -> SourceText? {
                isBase ? nil : source?.translations[language.code]
            }
            var localSettings = settings
            var siteFallback = false
            if !isBase {
                if let t = translation(content.site), case .success(let document) = parseYAML(t, diagnostics: diagnostics) {
                    localSettings = Overlay.settings(settings, document: document, diagnostics: diagnostics)
                } else {
                    siteFallback = true
                }
            }
            // The base language's initiatives are the decoded ones (not handed to the cores).
            let localInitiatives = isBase ? sortedInitiatives.map(\.0)
                : overlaid(sortedInitiatives, language: language.code, references: references, cache: cache, diagnostics: diagnostics)
            let localPages: [Page] = sortedPages.map { base, source in
                guard !isBase else { return base }
                guard let t = translation(source) else { return base.asFallback() }
                return Overlay.page(base, source: t, diagnostics: diagnostics) ?? base.asFallback()
            }
            var localGlossary = glossary
            if !isBase, let t = translation(content.glossary), case .success(let document) = parseYAML(t, diagnostics: diagnostics) {
                localGlossary = Overlay.glossary(glossary, document: document, diagnostics: diagnostics)
            }
            sites.append(Site(
                language: language, organization: localSettings.organization, report: localSettings.report,
                languages: settings.languages, mission: localSettings.mission, vision: localSettings.vision,
                values: localSettings.values, dxVision: localSettings.dxVision, themes: localSettings.themes,
                background: localSettings.background, evaluationScale: localSettings.evaluationScale,
                evaluationRule: settings.evaluationRule, pageSize: settings.pageSize, initiatives: localInitiatives, pages: localPages, glossary: localGlossary, furigana: furigana,
                isFallback: siteFallback, sourceMap: localSettings.sourceMap))
        }
        // Translations for languages site.yaml does not list.
        let codes = Set(settings.languages.map(\.code))
        let all = [content.site, content.glossary].compactMap { $0 } + content.initiatives + content.pages
        for source in all {
            for (code, text) in source.translations.sorted(by: { $0.key < $1.key }) where !codes.contains(code) {
                diagnostics.error(.invalidLanguage, "言語「\(code)」は site.yaml の languages にありません。",
                                  at: SourceLocation(path: text.path),
                                  hint: "ファイル名の「.\(code).」を確認するか、site.yaml の languages に追加してください。")
            }
        }
        if diagnostics.hasErrors { return (nil, diagnostics.sorted) }
        return (SiteBundle(sites: sites), diagnostics.sorted)
    }

    /// One initiative file on its own (from the cache while its text and the references are unchanged).
    static func decodeInitiative(_ source: SourceText, references: ReferenceContext, cache: ContentCache?) -> DecodedInitiative {
        func decode() -> DecodedInitiative {
            let local = DiagnosticCollector()
            let initiative = InitiativeDecoder.decode(source, references: references, diagnostics: local)
            return DecodedInitiative(initiative: initiative, diagnostics: local.diagnostics)
        }
        let input = InitiativeInput(source: source, references: references)
        return cache?.initiatives.value(source.path, for: input, compute: decode) ?? decode()
    }

    /// An initiative in another language: its translation laid over the base, or the
    /// base marked as a fallback where there is no translation (or it cannot be used).
    static func overlayInitiative(_ base: Initiative, baseSource: SourceText, translation: SourceText?,
                                  references: ReferenceContext, cache: ContentCache?) -> (Initiative, [Diagnostic]) {
        guard let translation else { return (base.asFallback(), []) }
        func overlay() -> DecodedInitiative {
            let local = DiagnosticCollector()
            return DecodedInitiative(initiative: Overlay.initiative(base, source: translation, diagnostics: local),
                                     diagnostics: local.diagnostics)
        }
        let input = OverlayInput(base: baseSource, translation: translation, references: references)
        let result = cache?.overlays.value(translation.path, for: input, compute: overlay) ?? overlay()
        return (result.initiative ?? base.asFallback(), result.diagnostics)
    }

    /// The initiatives of a language after the base one: each translation laid over its base,
    /// on all cores (with a cache, those it holds are taken in one pass first).
    static func overlaid(_ initiatives: [(Initiative, LocalizedSource)], language: String, references: ReferenceContext,
                         cache: ContentCache?, diagnostics: DiagnosticCollector) -> [Initiative] {
        let items = initiatives.map { OverlayItem(base: $0.0, baseSource: $0.1.base, translation: $0.1.translations[language],
                                                  references: references) }
        let overlay: @Sendable (OverlayItem) -> (Initiative, [Diagnostic]) = { item in
            overlayInitiative(item.base, baseSource: item.baseSource, translation: item.translation, references: references, cache: cache)
        }
        let overlaid = cache.map { cache in
            cache.overlaidInOrder(language).values(items, known: { item in
                knownOverlay(item.base, baseSource: item.baseSource, translation: item.translation, references: references, cache: cache)
            }, compute: overlay)
        } ?? ParallelMap.map(items, overlay)
        overlaid.forEach { diagnostics.append(contentsOf: $0.1) }
        return overlaid.map(\.0)
    }

    /// `overlayInitiative`'s result when it needs no work: no translation, or one the cache holds.
    static func knownOverlay(_ base: Initiative, baseSource: SourceText, translation: SourceText?,
                             references: ReferenceContext, cache: ContentCache) -> (Initiative, [Diagnostic])? {
        guard let translation else { return (base.asFallback(), []) }
        let input = OverlayInput(base: baseSource, translation: translation, references: references)
        return cache.overlays.cached(translation.path, for: input).map { ($0.initiative ?? base.asFallback(), $0.diagnostics) }
    }

    static func parseYAML(_ source: SourceText, diagnostics: DiagnosticCollector) -> Result<YAMLDocument, Diagnostic> {
        let result = YAMLParser.parse(source.text, path: source.path)
        switch result {
        case .success(let document): diagnostics.append(contentsOf: document.warnings)
        case .failure(let d): diagnostics.report(d)
        }
        return result
    }

    /// Reports each value (an id, a number) that an earlier file already has, at
    /// the value in the later file, so that a clash points at the line to change.
    /// `location` is asked only where there is a clash (not for every file of every build).
    static func checkUnique<Item>(_ items: [Item], key: (Item) -> String, what: String, code: DiagnosticCode,
                                  diagnostics: DiagnosticCollector, location: (Item) -> SourceLocation) {
        var first: [String: Int] = [:]
        first.reserveCapacity(items.count)
        for index in items.indices {
            let value = key(items[index])
            if let earlier = first[value] {
                diagnostics.error(code, "\(what)「\(value)」が「\(location(items[earlier]).path)」と重なっています。",
                                  at: location(items[index]), hint: "\(what)はファイルごとに違うものにしてください。")
            } else {
                first[value] = index
            }
        }
    }
}

extension Initiative {
    /// The same initiative marked as shown in the base language.
    func asFallback() -> Initiative {
        Initiative(id: id, number: number, theme: theme, title: title, vision: vision, visionWording: visionWording,
                   summary: summary, kpis: kpis,
                   schedule: schedule, notes: notes, body: body, location: location, bodyStartLine: bodyStartLine,
                   isFallback: true, sourceMap: sourceMap)
    }
}

extension Page {
    func asFallback() -> Page {
        Page(id: id, title: title, summary: summary, body: body, location: location, isFallback: true, sourceMap: sourceMap)
    }
}
