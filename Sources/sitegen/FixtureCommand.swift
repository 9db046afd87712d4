import ArgumentParser
import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild
import SitegenServe

extension Sitegen {
    /// Writes synthetic content for benchmarks (and, with --hugo, the same pages as a Hugo site's content).
    struct Fixture: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "性能測定用の合成コンテンツを作ります(乱数なし、同じ件数なら同じ内容)。")

        @Option(name: .long, help: ArgumentHelp("重点取組の数。", valueName: "N"))
        var initiatives: Int = 1000
        @Option(name: .long, help: ArgumentHelp("コンテンツを書くフォルダ(空か、存在しないこと)。", valueName: "DIR"))
        var out: String
        @Option(name: .long, help: ArgumentHelp("同じ内容の Hugo 用コンテンツ(content/)を書くフォルダ。", valueName: "DIR"))
        var hugo: String?

        func validate() throws {
            guard (1...99_999).contains(initiatives) else { throw ValidationError("--initiatives は 1 から 99999 までです(重点取組の番号の上限)。") }
        }

        func run() throws {
            let items = FixtureGenerator.initiatives(count: initiatives)
            try FixtureWriter.write(FixtureContent.files(initiatives: items), to: out)
            if let hugo { try FixtureWriter.write(HugoFixture.files(initiatives: items), to: hugo) }
            print("sitegen: 重点取組 \(initiatives)件の合成コンテンツを \(VisibleControls.visible(out))/ に作りました。")
        }
    }
}
