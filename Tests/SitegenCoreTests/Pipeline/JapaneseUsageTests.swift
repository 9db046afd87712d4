import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenBuild

/// Help, usage errors and `--version` as the binary prints them: Japanese, as every other message.
@Suite struct JapaneseUsageTests {
    /// The parser's own English phrases; none may reach the user.
    static let english = ["OVERVIEW", "USAGE", "Usage:", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "Show the version",
                          "Show subcommand", "Error:", "Help:", "See '", "default:", "values:", "Unknown option", "Missing",
                          "Unexpected", "unexpected", "invalid", "Please provide", "does not take", "for more information",
                          "for detailed help"]

    static func expectJapanese(_ text: String, _ invocation: [String]) {
        for phrase in english { #expect(!text.contains(phrase), "\(invocation): 「\(phrase)」 in\n\(text)") }
    }

    @Test func helpIsInJapanese() throws {
        let tree = try TestTree(files: [:], copyTheme: false)
        defer { tree.remove() }
        for invocation in [["--help"], ["-h"], ["help"], ["build", "--help"], ["check", "--help"], ["serve", "--help"],
                           ["new", "--help"], ["new", "initiative", "--help"], ["help", "fixture"]] {
            let r = try SitegenBinary.run(invocation, in: tree.root)
            #expect(r.status == 0, "\(invocation): \(r.stderr)")
            Self.expectJapanese(r.stdout + r.stderr, invocation)
            #expect(r.stdout.contains("使い方: sitegen"), "\(invocation)")
            #expect(r.stdout.contains("この説明を表示します。"), "\(invocation)")
        }
        let serve = try SitegenBinary.run(["serve", "--help"], in: tree.root).stdout
        #expect(serve.contains("オプション:") && serve.contains("(既定: 8000)") && serve.contains("--host <ADDRESS>"))
        #expect(try SitegenBinary.run(["--help"], in: tree.root).stdout.contains("サブコマンド:"))
    }

    @Test func usageErrorsAreInJapaneseAndExitTwo() throws {
        let tree = try TestTree(files: [:], copyTheme: false)
        defer { tree.remove() }
        let cases: [([String], String)] = [
            (["build", "--no-such-option"], "エラー: 知らないオプション「--no-such-option」です。"),
            (["serve", "--prot", "1"], "「--port」のことですか?"),
            (["frobnicate"], "エラー: 余分な引数「frobnicate」があります。"),
            (["build", "a", "b"], "エラー: 余分な引数が2個あります"),
            (["new", "initiative"], "エラー: 引数「<SLUG>」がありません。"),
            (["serve", "--port"], "エラー: 「--port <PORT>」の値がありません。"),
            (["serve", "--port", "abc"], "エラー: 「--port <PORT>」に「abc」は使えません。"),
            (["check", "--format", "xml"], "次のどれかにしてください: 'text'、'github'。"),
            (["build", "--force=1"], "オプション「--force」には値を付けません(「1」が付いています)。"),
            (["serve", "--host", "example.com"], "エラー: --host「example.com」は IPv4 のアドレスで書いてください"),
        ]
        for (invocation, message) in cases {
            let r = try SitegenBinary.run(invocation, in: tree.root)
            #expect(r.status == 2, "\(invocation): \(r.status)")
            #expect(r.stderr.contains(message), "\(invocation):\n\(r.stderr)")
            #expect(r.stderr.contains("使い方: sitegen"), "\(invocation):\n\(r.stderr)")
            #expect(r.stderr.contains("詳しくは「sitegen"), "\(invocation):\n\(r.stderr)")
            Self.expectJapanese(r.stderr, invocation)
        }
    }

    /// The version and the commit (unknown in a test build, which is not stamped by scripts/build).
    @Test func versionPrintsTheVersionAndTheCommit() throws {
        let tree = try TestTree(files: [:], copyTheme: false)
        defer { tree.remove() }
        let r = try SitegenBinary.run(["--version"], in: tree.root)
        #expect(r.status == 0 && r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stdout)")
        #expect(lines.first?.range(of: #"^sitegen \d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(r.stdout)")
        #expect(lines.last?.hasPrefix("コミット: ") == true && (lines.last?.count ?? 0) > 7, "\(r.stdout)")
        Self.expectJapanese(r.stdout, ["--version"])
    }
}
