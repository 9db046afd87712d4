import SitegenSupport
import SitegenModel

/// What `site.yaml` holds: everything of the `Site` but the collections read
/// from other files.
struct SiteSettings {
    var organization: Organization
    var report: Report
    var languages: [Language]
    var mission: String
    var vision: String
    var values: String
    var dxVision: [VisionItem]
    var themes: [Theme]
    var background: Background?
    var evaluationScale: [EvaluationLevel]
    var evaluationRule: EvaluationRule?
    /// `pagination.page_size`: initiatives per page of a list that is split.
    var pageSize = Site.defaultPageSize
    /// Where its texts are in the file it was read from.
    var sourceMap: SourceMap
}

/// Reads `site.yaml` into `SiteSettings`, reporting every problem it finds.
enum SiteSettingsDecoder {
    static let keys: Set<String> = ["organization", "report", "languages", "mission", "vision", "values",
                                    "dx_vision", "themes", "background", "evaluation_scale", "evaluation_rule", "pagination"]

    static func decode(_ document: YAMLDocument, diagnostics: DiagnosticCollector) -> SiteSettings? {
        guard let root = FieldReader(root: document, diagnostics: diagnostics) else {
            return nil
        }
        root.warnUnknownKeys(keys)
        var map = SourceMap(path: document.path)

        let organization = root.mapping("organization", required: true)
        organization?.warnUnknownKeys(["name"])
        let organizationName = organization?.text("name", required: true, prose: true)

        let report = decodeReport(root.mapping("report", required: true), map: &map)
        let languages = decodeLanguages(root)
        let mission = map.record(root.positionedText("mission", required: true), as: .mission)
        let vision = map.record(root.positionedText("vision", required: true), as: .vision)
        let values = map.record(root.positionedText("values"), as: .values) ?? ""

        // Sorted by number below: positions go with their item.
        var dxVision: [(item: VisionItem, text: TextPosition?)] = []
        var seenNumbers: [Int: SourceLocation] = [:]
        for item in root.mappings("dx_vision") {
            item.warnUnknownKeys(["number", "text"])
            guard let number = item.integer("number", required: true, range: 1...20),
                  let text = item.positionedText("text", required: true) else { continue }
            if let first = seenNumbers[number] {
                diagnostics.error(.duplicateNumber, "めざす姿の番号 \(number) が2回使われています。", at: item.location,
                                  hint: "最初は \(first.line)行目です。番号は1つずつにしてください。")
                continue
            }
            seenNumbers[number] = item.location
            dxVision.append((VisionItem(number: number, text: text.text), text.position))
        }

        var themes: [(theme: Theme, title: TextPosition?, summary: TextPosition?)] = []
        var themeIDs: [String: SourceLocation] = [:], themeNumbers: [Int: SourceLocation] = [:]
        let themeReaders = root.mappings("themes", required: true)
        if themeReaders.isEmpty, root.has("themes") {
            diagnostics.error(.missingField, "戦略テーマ(themes)が1つもありません。", at: root.location(of: root.value("themes")))
        }
        for item in themeReaders {
            item.warnUnknownKeys(["id", "number", "title", "summary"])
            let id = item.identifier()
            let number = item.integer("number", required: true, range: 1...99)
            let title = item.positionedText("title", required: true)
            let summary = item.positionedText("summary")
            if let id, let first = themeIDs[id] {
                diagnostics.error(.duplicateID, "戦略テーマのid「\(id)」が2回使われています。", at: item.location(of: item.value("id")),
                                  hint: "最初は \(first.line)行目です。idは重ならないようにしてください。")
                continue
            }
            // The theme stays known (no second error at every initiative that names it);
            // the error alone keeps the site from being built.
            if let number, let first = themeNumbers[number] {
                diagnostics.error(.duplicateNumber, "戦略テーマの番号 \(number) が2回使われています。", at: item.location(of: item.value("number")),
                                  hint: "最初は \(first.line)行目です。")
            }
            guard let id, let number, let title else { continue }
            themeIDs[id] = item.location(of: item.value("id"))
            if themeNumbers[number] == nil { themeNumbers[number] = item.location(of: item.value("number")) }
            themes.append((Theme(id: id, number: number, title: title.text, summary: summary?.text), title.position, summary?.position))
        }

        let background = decodeBackground(root.mapping("background"), map: &map)
        if background != nil { map[.background] = root.keyPosition("background") }

        var evaluationScale: [EvaluationLevel] = []
        for item in root.mappings("evaluation_scale") {
            item.warnUnknownKeys(["code", "label"])
            guard let code = item.text("code", required: true), let label = item.positionedText("label", required: true) else { continue }
            if evaluationScale.contains(where: { $0.code == code }) {
                diagnostics.error(.duplicateID, "評価コード「\(code)」が2回使われています。", at: item.location)
                continue
            }
            map[.evaluationLabel(evaluationScale.count)] = label.position
            evaluationScale.append(EvaluationLevel(code: code, label: label.text))
        }

        let evaluationRule = EvaluationRuleDecoder.decode(root, scale: evaluationScale)
        let pagination = root.mapping("pagination")
        pagination?.warnUnknownKeys(["page_size"])
        let pageSize = pagination?.integer("page_size", range: Site.pageSizes, example: Site.defaultPageSize)

        let sortedVision = dxVision.sorted { $0.item.number < $1.item.number }
        for (index, item) in sortedVision.enumerated() { map[.visionText(index)] = item.text }
        let sortedThemes = themes.sorted { $0.theme.number < $1.theme.number }
        for (index, theme) in sortedThemes.enumerated() {
            map[.themeTitle(index)] = theme.title
            map[.themeSummary(index)] = theme.summary
        }

        guard let organizationName, let report, let mission, let vision, let languages else { return nil }
        var settings = SiteSettings(
            organization: Organization(name: organizationName), report: report, languages: languages,
            mission: mission, vision: vision, values: values,
            dxVision: sortedVision.map(\.item), themes: sortedThemes.map(\.theme),
            background: background, evaluationScale: evaluationScale, evaluationRule: evaluationRule, sourceMap: map)
        if let pageSize { settings.pageSize = pageSize }
        return settings
    }

    static func decodeReport(_ report: FieldReader?, map: inout SourceMap) -> Report? {
        guard let report else { return nil }
        report.warnUnknownKeys(["title", "fiscal_year", "as_of", "base_url", "license", "description", "introduction", "source",
                                 "editions"])
        let title = report.positionedText("title", required: true)
        let fiscalYear = report.integer("fiscal_year", required: true, range: 1989...2200, example: 2024)
        // Optional: a report that states no date is shown with its fiscal year only.
        let asOf = report.date("as_of")
        let baseURL: String? = report.text("base_url").flatMap { url -> String? in
            guard BaseURL.isValid(url) else {
                report.diagnostics.error(.invalidURL, "base_url「\(url)」は http:// か https:// で始まり、ホスト名とパスだけのURLで書いてください(「?」「#」「ユーザー名@」や、% の後に16進数2桁がない書き方は使えません)。",
                                         at: report.location(of: report.value("base_url")),
                                         hint: "例: https://www.city.example.jp/dx/")
                return nil
            }
            if BaseURL.isExample(url) {
                report.diagnostics.warning(.exampleURL, "base_url「\(url)」は例の URL です。このまま公開すると、正規URL・サイトマップ・オープンデータが存在しない場所を指します。",
                                           at: report.location(of: report.value("base_url")))
            }
            return BaseURL.normalized(url)
        }
        let license = report.text("license") ?? "CC-BY-4.0"
        MarkdownComplexity.check(report, key: "introduction")
        var sources: [SourceDocument] = []
        for item in report.mappings("source") {
            item.warnUnknownKeys(["title", "publisher", "path", "url"])
            guard let title = item.text("title", required: true, prose: true) else { continue }
            sources.append(SourceDocument(title: title, publisher: item.text("publisher", prose: true) ?? "",
                                          path: item.text("path"), url: item.text("url")))
        }
        let editions = EditionsDecoder.decode(report, reportYear: fiscalYear, reportTitle: title?.text)
        guard let title, let fiscalYear, report.value("base_url") == nil || baseURL != nil,
              report.value("as_of") == nil || asOf != nil else { return nil }
        map[.reportTitle] = title.position
        return Report(title: title.text, fiscalYear: fiscalYear, asOf: asOf, baseURL: baseURL ?? BaseURL.localPreview, license: license,
                      description: map.record(report.positionedText("description"), as: .reportDescription) ?? title.text,
                      introduction: map.record(report.positionedText("introduction"), as: .introduction) ?? "",
                      sources: sources, editions: editions)
    }

    static func decodeLanguages(_ root: FieldReader) -> [Language]? {
        let readers = root.mappings("languages")
        if readers.isEmpty {
            return [Language(code: "ja", name: Language.knownNames["ja"]!, path: "/"),
                    Language(code: "easy", name: Language.knownNames["easy"]!, path: "/easy/")]
        }
        var languages: [Language] = []
        var ok = true
        for (index, item) in readers.enumerated() {
            item.warnUnknownKeys(["code", "name", "path"])
            guard let code = item.text("code", required: true) else { ok = false; continue }
            // The shared content model leaves out the names of the two known codes.
            guard let name = item.text("name", prose: true) ?? Language.knownNames[code] else {
                root.diagnostics.error(.missingField, "言語「\(code)」の名前(name)がありません。", at: item.location,
                    hint: "ja と easy 以外の言語には、言語の切り替えに出す名前を書きます。例: { code: \(code), name: English, path: /\(code)/ }")
                ok = false
                continue
            }
            let path = item.text("path") ?? (index == 0 ? "/" : "/\(code)/")
            let validCode = code.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "-") }
            let segments = path.split(separator: "/")
            let validPath = path.hasPrefix("/") && path.hasSuffix("/") && segments.allSatisfy { Identifier.isValid(String($0)) }
                && (index == 0 ? segments.isEmpty : segments.count == 1)
            if !validCode || !validPath {
                root.diagnostics.error(.invalidLanguage,
                    index == 0 ? "最初の言語(基本の言語)の path は「/」にしてください。" : "言語「\(code)」の設定が正しくありません。",
                    at: item.location, hint: "code は半角小文字、path は「/easy/」のように/で囲んだ1段のフォルダ名です。")
                ok = false
                continue
            }
            if languages.contains(where: { $0.code == code || $0.path == path }) {
                root.diagnostics.error(.duplicateID, "言語「\(code)」が2回設定されています。", at: item.location)
                ok = false
                continue
            }
            languages.append(Language(code: code, name: name, path: path))
        }
        return ok && !languages.isEmpty ? languages : nil
    }

    static func decodeBackground(_ reader: FieldReader?, map: inout SourceMap) -> Background? {
        guard let reader else { return nil }
        reader.warnUnknownKeys(["current_state", "priority_issue", "toward_next_year", "conclusion"])
        let current = reader.mapping("current_state")
        current?.warnUnknownKeys(["policy", "achievements", "challenges"])
        let issue = reader.mapping("priority_issue")
        issue?.warnUnknownKeys(["title", "source"])
        func list(_ items: [PositionedText], _ field: (Int) -> SourceMap.Field) -> [String] {
            for (index, item) in items.enumerated() { map[field(index)] = item.position }
            return items.map(\.text)
        }
        return Background(
            policy: map.record(current?.positionedText("policy"), as: .policy),
            achievements: list(current?.positionedTextList("achievements") ?? [], SourceMap.Field.achievement),
            challenges: list(current?.positionedTextList("challenges") ?? [], SourceMap.Field.challenge),
            priorityIssueTitle: map.record(issue?.positionedText("title"), as: .priorityIssueTitle),
            priorityIssueSource: issue?.text("source", prose: true),
            towardNextYear: list(reader.positionedTextList("toward_next_year"), SourceMap.Field.towardNextYear),
            conclusion: map.record(reader.positionedText("conclusion"), as: .conclusion))
    }
}

/// The site's absolute root URL: `http(s)://host[:port]/path/`. Every canonical
/// link, the sitemap and the open data are made by appending to it, so a query
/// or fragment (`…?x=1#frag` made every canonical end in `#frag/`), user
/// information or a broken `%` escape is refused rather than carried everywhere.
package enum BaseURL {
    package static func isValid(_ url: String) -> Bool {
        let lower = url.lowercased()
        let schemeLength: Int
        if lower.hasPrefix("https://") { schemeLength = 8 } else if lower.hasPrefix("http://") { schemeLength = 7 } else { return false }
        let rest = Array(url.utf8.dropFirst(schemeLength))
        let authorityEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.count
        return isValidAuthority(rest[..<authorityEnd]) && isValidPath(rest[authorityEnd...])
    }

    /// A host name or IPv4 address, or an IPv6 address in brackets, with an optional port; no user information.
    private static func isValidAuthority(_ bytes: ArraySlice<UInt8>) -> Bool {
        var host = bytes
        if let colon = bytes.lastIndex(of: UInt8(ascii: ":")), !bytes.contains(UInt8(ascii: "]")) || bytes[bytes.index(before: colon)] == UInt8(ascii: "]") {
            let port = bytes[bytes.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(isDigit) else { return false }
            host = bytes[..<colon]
        }
        if host.first == UInt8(ascii: "[") {
            guard host.last == UInt8(ascii: "]"), host.count > 2 else { return false }
            return host.dropFirst().dropLast().allSatisfy { isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
        }
        guard !host.isEmpty, host.first != UInt8(ascii: "."), host.first != UInt8(ascii: "-") else { return false }
        return host.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// Path characters of RFC 3986 (unreserved, sub-delimiters, ":" "@" "/") and
    /// complete `%XX` escapes; no query, no fragment.
    private static func isValidPath(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.endIndex, isHexDigit(bytes[i + 1]), isHexDigit(bytes[i + 2]) else { return false }
                i += 3
                continue
            }
            guard isLetter(b) || isDigit(b) || "-._~!$&'()*+,;=:@/".utf8.contains(b) else { return false }
            i += 1
        }
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }

    /// Always ends in `/`.
    package static func normalized(_ url: String) -> String { url.hasSuffix("/") ? url : url + "/" }
}
