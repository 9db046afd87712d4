import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// `sitegen serve`: builds through one `BuildSession`, serves the output folder,
/// rebuilds when content or themes change, and tells open pages to reload. A failed
/// build keeps the last good site on disk and served; its diagnostics are shown in
/// the terminal and over the page (by /__sitegen/reload.js) and at /__sitegen/errors.
// Unchecked Sendable, safe because its only mutable state (build number, diagnostics, history),
// which the HTTP threads read, is touched only while `condition` is locked; builds are serialised
// by the `BuildSession` actor.
package final class LivePreview: @unchecked Sendable {
    package let options: BuildOptions
    /// Load, validate, render and write, with the memos kept between builds.
    private let session: BuildSession
    private let condition = NSCondition()
    private var buildNumber = 0
    private var diagnostics: [Diagnostic] = []
    /// Output paths each recent build changed (nil: unknown, treat as everything).
    private var history: [(build: Int, paths: Set<String>?)] = []
    private let log: @Sendable (String) -> Void

    package init(options: BuildOptions, writeIO: FileIO = .local, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.session = BuildSession(options: options, writeIO: writeIO)
        self.log = log
    }

    package struct BuildResult: Sendable {
        package let succeeded: Bool
        package let filesWritten: Int
        package let milliseconds: Double
        /// Set when the rebuild first rendered only the edited initiatives: the time
        /// until their pages were written (the rest of the site followed).
        package var editedPagesMilliseconds: Double? = nil
    }

    /// Builds (see `BuildSession.build`), publishing each step to the open pages.
    /// - Parameters:
    ///   - snapshot: the watcher's view of the files, taken just now: their
    ///     signatures are used instead of asking the file system again.
    ///   - listings: the folder listings the snapshot read, read again by the build.
    @discardableResult
    package func rebuild(changes: ChangeWatcher.Changes? = nil, snapshot: [ChangeWatcher.Entry] = [],
                         listings: FolderListings? = nil) async -> BuildResult {
        let edited = Mutex<Double?>(nil)
        let io = Self.fileIO(knowing: snapshot)
        let outcome = await session.build(changes: changes, io: listings?.remembering(io) ?? io) { step in
            edited.withLock { $0 = step.milliseconds }
            self.publish(step, label: "編集したページ")
        }
        publish(outcome, label: "サイト全体")
        return BuildResult(succeeded: outcome.succeeded, filesWritten: outcome.written, milliseconds: outcome.milliseconds,
                           editedPagesMilliseconds: edited.withLock { $0 })
    }

    /// The local file system, answering signature questions from the snapshot where it
    /// can. A file changed since then keeps its snapshot signature for this build (and
    /// its cached bytes); the next poll sees the change and builds again.
    static func fileIO(knowing snapshot: [ChangeWatcher.Entry]) -> FileIO {
        var io = FileIO.local
        guard !snapshot.isEmpty else { return io }
        var known: [String: FileSignature] = [:]
        known.reserveCapacity(snapshot.count)
        for entry in snapshot { if let signature = entry.signature { known[entry.path] = signature } }
        let signatures = known
        io.signature = { path in signatures[path] ?? FileSignature.of(path) }
        return io
    }

    /// Records a finished build, wakes the long polls, logs it.
    private func publish(_ outcome: BuildSession.Outcome, label: String) {
        condition.lock()
        buildNumber += 1
        diagnostics = outcome.diagnostics
        let number = buildNumber
        history.append((number, outcome.succeeded ? outcome.paths : nil))
        if history.count > 64 { history.removeFirst(history.count - 64) }
        condition.broadcast()
        condition.unlock()
        for d in outcome.diagnostics { log(d.description) }
        if outcome.succeeded {
            log("sitegen: ビルド \(number)(\(label)): \(outcome.written)ファイルを更新しました(\(String(format: "%.1f", outcome.milliseconds))ミリ秒)。")
        } else if outcome.partial {
            log("sitegen: ビルド \(number) は失敗しました。出力の一部のファイルだけが新しくなっています。次の作り直しで全体を書き直します。")
        } else {
            log("sitegen: ビルド \(number) は失敗しました。前のサイトを表示し続けます。")
        }
    }

    /// The edited base files when every change is an edit of an existing initiative file.
    func editedInitiativeFiles(_ changes: ChangeWatcher.Changes) -> Set<String>? { session.editedInitiatives(changes) }

    package var currentBuild: Int { condition.withLock { buildNumber } }

    /// Polls content/ and themes/ every `interval` until `shouldStop` says so; rebuilds on change.
    package var watcher: ChangeWatcher { ChangeWatcher(roots: [options.contentPath, options.themesPath]) }

    /// `initial` must be taken before the first build, so an edit made while it runs is not missed.
    package func watch(from initial: [ChangeWatcher.Entry], interval: Duration = .milliseconds(200),
                      shouldStop: @Sendable () -> Bool = { false }) async {
        let watcher = self.watcher
        var last = initial
        while !shouldStop() {
            try? await Task.sleep(for: interval)
            let (now, listings) = watcher.listedSnapshot()
            let changes = ChangeWatcher.changes(from: last, to: now)
            if !changes.isEmpty {
                last = now
                await rebuild(changes: changes, snapshot: now, listings: listings)
            }
        }
    }

    // MARK: - HTTP

    package func handle(_ request: HTTPRequest) -> HTTPServer.Response {
        switch request.path {
        case "/__sitegen/reload.js":
            return HTTPServer.Response(status: 200, contentType: "text/javascript; charset=utf-8", body: Data(Self.reloadScript.utf8))
        case "/__sitegen/build":
            return statusResponse(waitingForChangeFrom: request.queryValue("since").flatMap(Int.init),
                                  page: request.queryValue("page"))
        case "/__sitegen/errors":
            return HTTPServer.Response(status: 200, contentType: "text/html; charset=utf-8", body: errorPage())
        default:
            return staticResponse(request.path, query: request.query)
        }
    }

    /// Long poll: answers when the build number differs from `since`, or after 25 s.
    /// `reload` says whether a build since then changed the page at URL path `page`
    /// (or a stylesheet, script or image every page uses).
    func statusResponse(waitingForChangeFrom since: Int?, page: String? = nil) -> HTTPServer.Response {
        condition.lock()
        if let since {
            let deadline = Date().addingTimeInterval(25)
            while buildNumber == since && condition.wait(until: deadline) {}
        }
        let number = buildNumber
        let messages = diagnostics.filter { $0.severity == .error }.map(\.description)
        let reload = since.map { since in number != since && Self.needsReload(page, history: history, since: since) } ?? false
        condition.unlock()
        let json = "{\"build\":\(number),\"reload\":\(reload),\"errors\":[" + messages.map(Escape.jsonString).joined(separator: ",") + "]}"
        return HTTPServer.Response(status: 200, contentType: "application/json", body: Data(json.utf8))
    }

    /// Whether the builds after `since` changed what the page at `page` shows.
    static func needsReload(_ page: String?, history: [(build: Int, paths: Set<String>?)], since: Int) -> Bool {
        let later = history.filter { $0.build > since }
        // Builds older than the history, or a page we cannot name: reload to be safe.
        // The script sends location.pathname (percent-encoded) through encodeURIComponent.
        guard let page = page?.removingPercentEncoding?.removingPercentEncoding,
              let relative = StaticFileResolver.relativePath(for: page),
              let oldest = history.first?.build, oldest <= since + 1 else { return true }
        let candidates: Set<String> = [relative, relative + "/index.html"]
        for build in later {
            guard let paths = build.paths else { return true }
            if !paths.isDisjoint(with: candidates) { return true }
            if paths.contains(where: { !Self.isPageContent($0) }) { return true }
        }
        return false
    }

    /// Files shown only where they are linked (pages, data, standalone charts); anything
    /// else (CSS, scripts, images) may be used by every page.
    static func isPageContent(_ path: String) -> Bool {
        [".html", ".json", ".jsonld", ".csv", ".svg", ".xml", ".txt"].contains { path.hasSuffix($0) }
    }

    /// The file at `path`. A folder named without its trailing slash is redirected to the
    /// slash form: served as is, the page's relative links (`../kpis/`) would resolve one level too high.
    func staticResponse(_ path: String, query: String = "") -> HTTPServer.Response {
        let root = options.outputPath
        if let relative = StaticFileResolver.relativePath(for: path) {
            var candidate = root + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                guard path.hasSuffix("/") else { return HTTPServer.Response.redirect(to: path + "/", query: query) }
                candidate += "/index.html"
            }
            if let data = FileManager.default.contents(atPath: candidate) {
                let type = StaticFileResolver.contentType(for: candidate)
                return HTTPServer.Response(status: 200, contentType: type, body: type.hasPrefix("text/html") ? Self.injectReload(data) : data)
            }
        }
        let languageNotFound = path.hasPrefix("/easy/") ? root + "/easy/404.html" : root + "/404.html"
        if let page = FileManager.default.contents(atPath: languageNotFound) {
            return HTTPServer.Response(status: 404, contentType: "text/html; charset=utf-8", body: Self.injectReload(page))
        }
        return HTTPServer.Response(status: 404, contentType: "text/plain; charset=utf-8", body: Data("404 Not Found\n".utf8))
    }

    static let reloadTag = Data("<script src=\"/__sitegen/reload.js\"></script>".utf8)

    /// Adds the reload script before `</body>` (an external script, so the pages' CSP `script-src 'self'` allows it).
    static func injectReload(_ html: Data) -> Data {
        let marker = Data("</body>".utf8)
        guard let range = html.range(of: marker, options: .backwards) else { return html + reloadTag }
        var result = html
        result.insert(contentsOf: reloadTag, at: range.lowerBound)
        return result
    }

    func errorPage() -> Data {
        let errors = condition.withLock { diagnostics.filter { $0.severity == .error } }
        var page = MarkupWriter()
        page.markup("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>sitegen: ビルドのエラー</title></head><body>\n")
        if errors.isEmpty {
            page.markup("<h1>エラーはありません</h1>\n<p><a href=\"/\">サイトを表示する</a></p>\n")
        } else {
            page.markup("<h1>ビルドのエラー(")
            page.number(errors.count)
            page.markup("件)</h1>\n<p>直すと自動で作り直します。それまでは前のサイトを表示しています。</p>\n<ul>\n")
            for d in errors {
                page.markup("<li><code>")
                page.text(d.location.description)
                page.markup("</code> ")
                page.text(d.message)
                if let hint = d.hint {
                    page.markup("<br>")
                    page.text(hint)
                }
                page.markup("</li>\n")
            }
            page.markup("</ul>\n")
        }
        page.markup("<script src=\"/__sitegen/reload.js\"></script>\n</body></html>\n")
        return page.bytes.withUnsafeBufferPointer { Data($0) }
    }

    /// Long-polls the build number; reloads on change; shows build errors over the page.
    /// Text goes in with textContent, so diagnostics are never parsed as HTML.
    static let reloadScript = """
    (function () {
      "use strict";
      var build = null;
      function showErrors(errors) {
        var old = document.getElementById("sitegen-error-overlay");
        if (old) { old.remove(); }
        if (!errors.length) { return; }
        var box = document.createElement("div");
        box.id = "sitegen-error-overlay";
        box.setAttribute("role", "alert");
        var s = box.style;
        s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.zIndex = "2147483647";
        s.maxHeight = "60vh"; s.overflow = "auto"; s.background = "#fff"; s.color = "#000";
        s.border = "4px solid #b00020"; s.padding = "1em"; s.font = "16px/1.5 sans-serif";
        var title = document.createElement("strong");
        title.textContent = "ビルドのエラー(" + errors.length + "件)。前のサイトを表示しています。";
        box.appendChild(title);
        var list = document.createElement("ul");
        errors.forEach(function (e) {
          var item = document.createElement("li");
          item.textContent = e;
          list.appendChild(item);
        });
        box.appendChild(list);
        document.body.appendChild(box);
      }
      function poll() {
        var url = "/__sitegen/build" + (build === null ? "" :
          "?since=" + build + "&page=" + encodeURIComponent(location.pathname));
        fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (state) {
          if (build !== null && state.reload) { location.reload(); return; }
          build = state.build;
          showErrors(state.errors);
          poll();
        }).catch(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();

    """
}
