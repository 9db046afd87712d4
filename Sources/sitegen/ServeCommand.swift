import ArgumentParser
import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild
import SitegenServe

extension Sitegen {
    /// Live preview on 127.0.0.1 (or `--host`): build, serve, watch, rebuild, reload the browser.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "サイトを作って http://127.0.0.1:8000/ で表示し、ファイルを直すたびに作り直してブラウザを再読み込みします。",
            discussion: """
            ふだんは、このパソコンの中(127.0.0.1)からだけ見られます。スマートフォンなどで見るときは --host 0.0.0.0 を付けます。
            そのあいだは、同じネットワークのだれでもプレビューとエラーの一覧(ファイルの場所や下書きの文)を見られます。Ctrl+C で止めます。
            """)

        @OptionGroup var contentOption: ContentOption
        @OptionGroup var site: SiteOptions
        @Option(name: .long, help: ArgumentHelp("待ち受けるポート番号(0 なら空いている番号)。", valueName: "PORT"))
        var port: Int = 8000
        @Option(name: .long, help: ArgumentHelp(
            "待ち受けるアドレス(IPv4)。既定の 127.0.0.1 はこのパソコンの中だけ。0.0.0.0 はすべてのネットワークに開き、同じネットワークのスマートフォンなどから見られます。",
            valueName: "ADDRESS"))
        var host: String = ListenAddress.loopback.text

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port は 0 から 65535 までです。") }
            guard ListenAddress(host) != nil else {
                throw ValidationError("--host「\(VisibleControls.visible(host))」は IPv4 のアドレスで書いてください(例: 0.0.0.0 はすべてのネットワーク、192.168.1.10 はそのアドレスだけ)。")
            }
        }

        func run() async throws {
            let options = BuildOptions(contentPath: contentOption.content, outputPath: site.output, themesPath: site.themesFolder,
                                       themeName: site.theme, force: site.force, waitForOutput: !site.noWait)
            // The same rule as build: refused before anything is read or written.
            if let refusal = options.outputRefusal(io: .local) {
                printDiagnostics([refusal], format: .text)
                throw ExitCode(failureExitCode([refusal]))
            }
            let log: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
            FreedMemory.keepForReuse()
            let preview = LivePreview(options: options, log: log)
            // The port first: when it is taken, stop before anything is built or written.
            let server: HTTPServer
            do {
                server = try HTTPServer(port: UInt16(port), address: ListenAddress(host) ?? .loopback, log: log) { preview.handle($0) }
            } catch {
                FileHandle.standardError.write(Data(("sitegen: \(error)\n"
                    + "sitegen: サイトは作っていません(\(VisibleControls.visible(FileIO.folder(site.output)))/ は前のままです)。\n").utf8))
                throw ExitCode(1)
            }
            // The preview writes into the output for as long as it runs: no build may share it.
            let outputLock: FolderLock
            switch OutputLocking.acquire(output: options.outputPath, wait: options.waitForOutput, io: .local,
                                         notice: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
            case .success(let lock): outputLock = lock
            case .failure(let busy):
                server.stop()
                printDiagnostics([busy], format: .text)
                throw ExitCode(failureExitCode([busy]))
            }
            defer { withExtendedLifetime(outputLock) {} }
            let initial = preview.watcher.snapshot()
            await preview.rebuild(snapshot: initial)
            server.start()
            FileHandle.standardOutput.write(Data(Self.startMessage(server).utf8))
            await preview.watch(from: initial)
        }

        /// Where to open the preview; opened beyond this computer, who else can see it.
        static func startMessage(_ server: HTTPServer) -> String {
            let urls = server.address.browsableAddresses().map { "http://\($0):\(server.port)/" }
            var text = "sitegen: \(urls.joined(separator: " と ")) で表示しています。Ctrl+C で止めます。\n"
            if !server.address.isLoopback {
                text += "sitegen: 注意: --host \(server.address) で開いています。同じネットワークのだれでも、"
                    + "このプレビューとエラーの一覧(ファイルの場所や下書きの文)を見られます。確認が終わったら Ctrl+C で止めてください。\n"
            }
            return text
        }
    }
}
