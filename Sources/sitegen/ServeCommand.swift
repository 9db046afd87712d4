import ArgumentParser
import Foundation
import SitegenCore

extension Sitegen {
    /// Live preview on 127.0.0.1: build, serve, watch, rebuild, reload the browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "サイトを作って http://127.0.0.1:8000/ で表示し、ファイルを直すたびに作り直してブラウザを再読み込みします。",
            discussion: "このパソコンの中(127.0.0.1)からだけ見られます。Ctrl+C で止めます。")

        @OptionGroup var contentOption: ContentOption
        @OptionGroup var site: SiteOptions
        @Option(name: .long, help: ArgumentHelp("待ち受けるポート番号(0 なら空いている番号)。", valueName: "PORT"))
        var port: Int = 8000

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port は 0 から 65535 までです。") }
        }

        func run() throws {
            let log: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
            let preview = LivePreview(options: BuildOptions(contentPath: contentOption.content, outputPath: site.output,
                                                            themesPath: site.themes, themeName: site.theme),
                                      log: log)
            // The port first: when it is taken, stop before anything is built or written.
            let server: HTTPServer
            do {
                server = try HTTPServer(port: UInt16(port), log: log) { preview.handle($0) }
            } catch {
                FileHandle.standardError.write(Data(("sitegen: \(error)\n"
                    + "sitegen: サイトは作っていません(\(FileIO.folder(site.output))/ は前のままです)。\n").utf8))
                throw ExitCode(1)
            }
            let initial = preview.watcher.snapshot()
            preview.rebuild(snapshot: initial)
            server.start()
            FileHandle.standardOutput.write(Data("sitegen: http://127.0.0.1:\(server.port)/ で表示しています。Ctrl+C で止めます。\n".utf8))
            preview.watch(from: initial)
        }
    }
}
