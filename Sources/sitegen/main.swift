import ArgumentParser
import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild
import SitegenServe

/// The `sitegen` command line. A thin layer: every piece of logic is in the Sitegen* libraries.
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "行政計画(報告書)の YAML/Markdown から、ふつうの日本語とやさしい日本語のウェブサイトとオープンデータを作ります。",
        discussion: """
        content/ のファイルを読み、output/ にサイトを作ります。誤りがあれば「ファイル:行:列」とヒントを表示し、
        output/ は変更しません。sitegen が作ったのではないフォルダには書き込みません。
        終了コード: 0 成功、1 内容のエラー、2 使い方の誤り・出力先にできないフォルダ、3 出力先を別のビルドが使用中(--no-wait)。
        """,
        version: SitegenVersion.text,
        subcommands: [Build.self, Check.self, New.self, Fixture.self, Serve.self],
        defaultSubcommand: nil)
}

struct ContentOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("コンテンツのフォルダ。", valueName: "DIR"))
    var content: String = "content"
}

/// Where a site is written and which theme draws it (`build` and `serve`).
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "出力先のフォルダ。中身は毎回作り直されます。まだないフォルダ、空のフォルダ、sitegen が作ったフォルダ(目印 .sitegen-output があるもの)だけを使います。",
        valueName: "DIR"))
    var output: String = "output"
    @Option(name: .long, help: ArgumentHelp("使うテーマの名前(themes/ の中のフォルダ名)。", valueName: "NAME"))
    var theme: String = "default"
    @Option(name: .long, help: ArgumentHelp(
        "テーマのフォルダ。既定は themes/。ないときは、リリース版に入っているテーマを使います。", valueName: "DIR"))
    var themes: String?
    @Flag(name: .long, help: ArgumentHelp(
        "sitegen が作ったのではない空でないフォルダでも、中身を消して出力先にします。コンテンツ・テーマ・プロジェクト・ホームのフォルダと「/」には使えません。"))
    var force = false
    @Flag(name: .customLong("no-wait"), help: "別のビルドが同じ出力先に書き込み中なら、待たずに終了します(終了コード 3)。")
    var noWait = false

    /// `--themes`, or where the themes are when it is not given (`InstalledFiles.themesFolder`).
    var themesFolder: String { InstalledFiles.themesFolder(named: themes) }
}

/// Exit codes beyond 0/1: a refused output folder is a usage error (2, nothing was touched);
/// an output in use by another build is 3, so that scripts can tell it apart and retry.
func failureExitCode(_ diagnostics: [Diagnostic]) -> Int32 {
    let codes = Set(diagnostics.errors.map(\.code))
    if codes.contains(.outputRefused) { return 2 }
    if codes.contains(.outputBusy) { return 3 }
    return 1
}

extension Sitegen {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "サイトを作ります(content/ → output/)。",
            discussion: "新しいサイトを一時フォルダに作り、全部できてから output/ と入れ替えます。失敗したときは前の output/ が残ります。")

        @OptionGroup var contentOption: ContentOption
        @OptionGroup var site: SiteOptions
        @Option(name: .customLong("base-url"),
                help: ArgumentHelp("公開先のURL。site.yaml の report.base_url の代わりに使います(正規URL・サイトマップ・オープンデータ用)。", valueName: "URL"))
        var baseURL: String?
        @Flag(name: .long, help: ArgumentHelp(
            "公開用のビルドにします。仮の文章(【仮】)、sitegen new のひな形の文、例の URL(example.jp など)が残っているとき、公開先の URL がないときは、何も書かずにエラーで止まります。"))
        var release = false
        @Flag(name: .customLong("file-links"), help: ArgumentHelp(
            "確認用のサイトにします。共有フォルダなどに置き、ブラウザでファイルとして開いて(file://)見るためのもので、ページへのリンクを「…/index.html」の形にします。公開用(--release)には使えません。"))
        var fileLinks = false

        func validate() throws {
            if fileLinks && release {
                throw ValidationError("--file-links は確認用のサイトを作ります。公開用のビルド(--release)とは一緒に使えません。")
            }
        }

        func run() throws {
            let clock = ContinuousClock()
            let start = clock.now
            let options = BuildOptions(contentPath: contentOption.content, outputPath: site.output, themesPath: site.themesFolder,
                                       themeName: site.theme, baseURL: baseURL, force: site.force, waitForOutput: !site.noWait,
                                       release: release, fileLinks: fileLinks)
            let report = BuildPipeline.run(options, notice: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
            printDiagnostics(report.diagnostics, format: .text)
            guard report.succeeded else {
                printSummary(report.diagnostics, failureNote: "サイトは更新していません(\(VisibleControls.visible(site.output))/ は前のままです)。")
                throw ExitCode(failureExitCode(report.diagnostics))
            }
            let ms = Int((clock.now - start) / .milliseconds(1))
            print("sitegen: \(report.pageCount)ページ、\(report.fileCount)ファイルを \(VisibleControls.visible(site.output))/ に作りました(\(ms)ミリ秒)。")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "サイトは作らずに、コンテンツの誤りを調べます。")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, github
        }

        @OptionGroup var contentOption: ContentOption
        @Flag(name: .long, help: "警告もエラーとして扱います(CI用)。")
        var strict = false
        @Option(name: .long, help: ArgumentHelp("出力の形: text(既定)か github(GitHub Actions の注釈)。", valueName: "FORMAT"))
        var format: Format = .text

            @Option(name: .long, help: ArgumentHelp(
            "テーマのフォルダ。中のテンプレートに仮の文章がないかも調べます。既定は themes/。ないときは、リリース版に入っているテーマを使います。",
            valueName: "DIR"))
        var themes: String?
        @Option(name: .long, help: ArgumentHelp("使うテーマの名前(themes/ の中のフォルダ名)。", valueName: "NAME"))
        var theme: String = "default"

        func run() throws {
            let themeFolder = FileIO.folder(InstalledFiles.themesFolder(named: themes)) + "/" + theme
            var diagnostics = SiteCheck.run(contentPath: contentOption.content, themeFolder: themeFolder, io: .local)
                + PlaceholderScan.scanTemplates(themeFolder: themeFolder, io: .local)
            if strict {
                diagnostics = diagnostics.map {
                    Diagnostic($0.code, $0.message, at: $0.location, hint: $0.hint, severity: .error)
                }
            }
            printDiagnostics(diagnostics, format: format)
            if diagnostics.hasErrors {
                printSummary(diagnostics, failureNote: nil)
                throw ExitCode(1)
            }
            print("sitegen: 問題は見つかりませんでした(警告 \(diagnostics.warnings.count)件)。")
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "新しいファイルのひな形を作ります。",
            subcommands: [NewInitiativeCommand.self])
    }

    struct NewInitiativeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "initiative",
            abstract: "新しい重点取組のファイルを、次の空き番号で作ります。")

        @Argument(help: ArgumentHelp("URLになる名前(半角の小文字英字・数字・ハイフン)。例: new-service", valueName: "SLUG"))
        var slug: String
        @OptionGroup var contentOption: ContentOption

        func run() throws {
            switch NewInitiative.create(slug: slug, contentPath: contentOption.content, io: .local) {
            case .success(let result):
                let easy = result.easyPath.map { "と、やさしい日本語の版 \(VisibleControls.visible($0)) " } ?? ""
                print("sitegen: \(VisibleControls.visible(result.path)) \(easy)を作りました(重点取組 \(result.number))。中の「ここに…」を書き換えてください。")
            case .failure(let diagnostic):
                printDiagnostics([diagnostic], format: .text)
                throw ExitCode(1)
            }
        }
    }
}

func printDiagnostics(_ diagnostics: [Diagnostic], format: Sitegen.Check.Format) {
    for d in diagnostics {
        let line = format == .github ? d.githubAnnotation : d.description
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

func printSummary(_ diagnostics: [Diagnostic], failureNote: String?) {
    var text = "sitegen: エラー \(diagnostics.errors.count)件、警告 \(diagnostics.warnings.count)件。"
    if let failureNote { text += failureNote }
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a command's `async` `run()`: called through the existential, the synchronous
/// `run()` (ArgumentParser's default, which prints the help) would be chosen.
func runAsynchronously<Command: AsyncParsableCommand>(_ command: Command) async throws {
    var command = command
    try await command.run()
}

// Usage errors exit with 2 (not ArgumentParser's 64), content errors with 1.
do {
    var command = try Sitegen.parseAsRoot()
    // `serve` runs its builds through an actor (the build session); the other commands are synchronous.
    if let asynchronous = command as? AsyncParsableCommand {
        try await runAsynchronously(asynchronous)
    } else {
        try command.run()
    }
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = Sitegen.exitCode(for: error)
    // Help, usage errors and the version, in Japanese (the parser's own words are English);
    // usage messages repeat the arguments as typed: shown without their control characters.
    let message = VisibleControls.visible(JapaneseUsage.translate(Sitegen.fullMessage(for: error)), keeping: ["\n"])
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
}
