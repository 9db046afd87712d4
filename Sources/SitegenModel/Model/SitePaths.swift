import SitegenSupport

/// The URL layout of a generated site, in one place. Paths are relative to the
/// output folder and to a language's root (`easy/` is prefixed by `localized`).
/// Pages link to each other with relative URLs, so the site works under any
/// base path and when opened from disk.
package enum SitePaths {
    package static let home = "index.html"
    package static let kpis = "kpis/index.html"
    package static let schedule = "schedule/index.html"
    package static let background = "background/index.html"
    package static let glossary = "glossary/index.html"
    package static let data = "data/index.html"
    package static let stylesheet = "assets/style.css"
    /// Keeps the reader's furigana choice across pages (theme static file; easy pages only).
    package static let furiganaScript = "assets/furigana-switch.js"
    /// The accessibility policy and test results (試験結果), in every language.
    package static let accessibility = "accessibility/index.html"
    /// Publishing files at the output root, shared by every language.
    package static let sitemap = "sitemap.xml"
    package static let robots = "robots.txt"
    /// The 1200×630 picture shown when a page is shared (theme static file).
    package static let shareImage = "assets/og-image.png"
    /// The Atom feed of report updates, one per language (`easy/feed.xml`).
    package static let feed = "feed.xml"
    /// The KPI overview's sorting script (theme static file).
    package static let sortScript = "assets/table-sort.js"

    package static func theme(_ id: String) -> String { "themes/\(id)/index.html" }
    /// Page `page` (from 1) of a list that is split by theme (`themes`, `schedule`, `kpis`):
    /// the first at `<list>/<theme>/`, the others at `<list>/<theme>/page/<n>/`, as Hugo pages lists.
    package static func listPart(_ list: String, theme: String, page: Int) -> String {
        page <= 1 ? "\(list)/\(theme)/index.html" : "\(list)/\(theme)/page/\(page)/index.html"
    }
    package static func initiative(_ id: String) -> String { "initiatives/\(id)/index.html" }
    package static func page(_ id: String) -> String { "pages/\(id)/index.html" }
    /// Standalone chart files are shared by both languages' folders.
    package static func kpiChart(initiative: String, kpi: String, language: Language) -> String {
        localized("charts/kpi-\(initiative)-\(kpi).svg", language)
    }
    package static func kpiHistoryChart(initiative: String, kpi: String, language: Language) -> String {
        localized("charts/history-\(initiative)-\(kpi).svg", language)
    }
    package static func ganttChart(initiative: String, language: Language) -> String {
        localized("charts/gantt-\(initiative).svg", language)
    }
    package static func overallGantt(language: Language) -> String { localized("charts/gantt-all.svg", language) }
    /// The Gantt of one page of the schedule when it is split by theme.
    package static func scheduleGantt(theme: String, page: Int, language: Language) -> String {
        localized("charts/schedule/\(theme)/\(page).svg", language)
    }
    /// The progress summary of every theme (nil), or of one theme (its page `page`, from 1).
    package static func progressSummary(theme: String?, page: Int = 1, language: Language) -> String {
        if let theme, page > 1 { return localized("charts/progress-summary/\(theme)/\(page).svg", language) }
        return localized("charts/progress-summary" + (theme.map { "-" + $0 } ?? "") + ".svg", language)
    }

    /// Prefixes a language-relative path with the language folder ("easy/…").
    package static func localized(_ path: String, _ language: Language) -> String {
        language.folder.isEmpty ? path : language.folder + "/" + path
    }

    /// A relative URL from the page at `from` to the file at `to` (both output-relative).
    /// `…/index.html` targets are written as their folder (`../kpis/`).
    package static func relativeURL(from: String, to: String) -> String {
        // Output paths are ASCII in practice: bytes are characters, no Unicode rules needed.
        // Both checked on their contiguous UTF-8 (a walk of the `utf8` views cost ~1,000 instructions a path).
        var fromText = from, toText = to
        let ascii = fromText.withUTF8 { fromBytes in
            toText.withUTF8 { toBytes in
                isASCII(fromBytes) && isASCII(toBytes) ? asciiRelativeURL(fromBytes, toBytes) : nil
            }
        }
        return ascii ?? characterRelativeURL(from: from, to: to)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// `relativeURL` for any paths, on characters.
    static func characterRelativeURL(from: String, to: String) -> String {
        let fromDirs = from.split(separator: "/").dropLast().map(String.init)
        var toParts = to.split(separator: "/").map(String.init)
        var fragmentFree = toParts
        if fragmentFree.last == "index.html" { fragmentFree.removeLast(); toParts = fragmentFree + [""] }
        var common = 0
        while common < fromDirs.count, common < toParts.count - 1, fromDirs[common] == toParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromDirs.count - common)
        let rest = Array(toParts[common...])
        let joined = (ups + rest).joined(separator: "/")
        if joined.isEmpty { return "./" }
        return joined.hasPrefix("/") ? "." + joined : joined
    }

    /// `relativeURL` for ASCII paths, on bytes: same steps, same result, and no
    /// array of path parts (every page makes dozens of these links).
    static func asciiRelativeURL(from: String, to: String) -> String {
        var from = from, to = to
        return from.withUTF8 { fromBytes in to.withUTF8 { toBytes in asciiRelativeURL(fromBytes, toBytes) } }
    }

    private static func asciiRelativeURL(_ from: UnsafeBufferPointer<UInt8>, _ to: UnsafeBufferPointer<UInt8>) -> String {
        let fromDirCount = max(0, componentCount(from) - 1)
        let toCount = componentCount(to)
        var lastStart = 0
        var position = 0
        while let part = nextComponent(to, &position) { lastStart = part.lowerBound }
        let endsInFolder = toCount > 0 && UnsafeBufferPointer(rebasing: to[lastStart...]).elementsEqual(indexFile)
        let keptCount = endsInFolder ? toCount - 1 : toCount
        // Directories both paths share, from the root.
        var common = 0
        var fromPosition = 0, toPosition = 0
        while common < fromDirCount, common < toCount - 1,
              let fromPart = nextComponent(from, &fromPosition), let toPart = nextComponent(to, &toPosition),
              from[fromPart].elementsEqual(to[toPart]) { common += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(3 * (fromDirCount - common) + to.count + 1)
        for _ in 0..<(fromDirCount - common) {
            if !out.isEmpty { out.append(slash) }
            out.append(contentsOf: [dot, dot])
        }
        toPosition = 0
        var index = 0
        while index < keptCount, let part = nextComponent(to, &toPosition) {
            if index >= common {
                if !out.isEmpty { out.append(slash) }
                out.append(contentsOf: to[part])
            }
            index += 1
        }
        if out.isEmpty { return "./" }
        if endsInFolder { out.append(slash) }
        return String(decoding: out, as: UTF8.self)
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")
    private static let indexFile = Array("index.html".utf8)

    /// How many non-empty parts the path has between its slashes.
    private static func componentCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var position = 0
        while nextComponent(bytes, &position) != nil { count += 1 }
        return count
    }

    /// The next non-empty part after `position` (moved past it), as `split(separator: "/")` gives them.
    private static func nextComponent(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Range<Int>? {
        var start = position
        while start < bytes.count, bytes[start] == slash { start += 1 }
        guard start < bytes.count else {
            position = start
            return nil
        }
        var end = start
        while end < bytes.count, bytes[end] != slash { end += 1 }
        position = end
        return start..<end
    }
}
