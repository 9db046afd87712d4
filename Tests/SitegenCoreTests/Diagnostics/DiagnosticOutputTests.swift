import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What a diagnostic prints is exactly its own lines: control characters from
/// content are shown as `<U+XXXX>`, and the GitHub form escapes its properties.
@Suite struct DiagnosticOutputTests {
    static let escapes = "\u{1B}]0;evil\u{07}\u{1B}[2J\r\u{9B}31m\u{202E}\u{7F}\u{85}\u{2028}\t\n"

    static func hostile(_ path: String = "content/pages/" + escapes + ".md") -> Diagnostic {
        Diagnostic(.frontMatter, "値「" + escapes + "」を読めません。", at: SourceLocation(path: path, line: 3, column: 2),
                   hint: "ヒント" + escapes)
    }

    /// Scalars a terminal would act on, other than the line feeds between lines.
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && VisibleControls.isHidden($0) }
    }

    @Test func textFormShowsEveryControlCharacterVisibly() {
        let text = Self.hostile().description
        #expect(Self.rawControls(text).isEmpty, "\(text.debugDescription)")
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 2, "\(text.debugDescription)")
        #expect(text.hasPrefix("content/pages/<U+001B>]0;evil<U+0007><U+001B>[2J<U+000D><U+009B>31m<U+202E><U+007F><U+0085><U+2028><U+0009><U+000A>.md:3:2: エラー[E004]: "))
        #expect(text.contains("\n  ヒント: ヒント<U+001B>]0;evil"))
    }

    @Test func plainTextIsPrintedUnchanged() {
        let d = Diagnostic(.frontMatter, "区民の手続(2024)", at: SourceLocation(path: "content/pages/a b.md"), hint: "ヒント")
        #expect(d.description == "content/pages/a b.md:1:1: エラー[E004]: 区民の手続(2024)\n  ヒント: ヒント")
    }

    @Test func githubFormEscapesFileNamesAndMessages() {
        let d = Diagnostic(.bidiControl, "100% \r\nです, : 済", at: SourceLocation(path: "a\n::error::x,line=1:%b.md", line: 4, column: 5),
                           hint: "h")
        #expect(d.githubAnnotation
                == "::warning file=a%0A%3A%3Aerror%3A%3Ax%2Cline=1%3A%25b.md,line=4,col=5,title=W006::100%25 %0D%0Aです, : 済 ヒント: h")
    }

    @Test func githubFormShowsOtherControlsVisiblyOnOneLine() {
        let line = Self.hostile().githubAnnotation
        #expect(Self.rawControls(line).isEmpty, "\(line.debugDescription)")
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("::error file=content/pages/<U+001B>]0;evil<U+0007><U+001B>[2J%0D<U+009B>31m"))
        #expect(line.components(separatedBy: "::").count == 3, "only the command's own :: separators")
    }

    /// The built command with content files named with escape sequences: stderr
    /// has no raw control byte except the line feeds, in both output forms.
    @Test func commandLinePrintsFileNamesWithoutControlBytes() throws {
        var files = MiniSite.files
        files["content/pages/\u{1B}]0;evil\u{07}\u{1B}[2J.md"] = "no front matter\n"
        files["content/\u{1B}[32mOK\u{1B}[0m\r\u{9B}2K.txt"] = "stray\n"
        files["content/pages/x\n::error::x.md"] = "no front matter\n"
        let tree = try TestTree(files: files, copyTheme: false)
        defer { tree.remove() }
        for format in ["text", "github"] {
            let r = try SitegenBinary.run(["check", "--format", format], in: tree.root)
            #expect(r.status == 1, "\(r.stderr)")
            let bytes = Array(r.stderr.utf8) + Array(r.stdout.utf8)
            #expect(!bytes.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }, "\(format): \(r.stderr.debugDescription)")
            #expect(Self.rawControls(r.stderr).isEmpty && Self.rawControls(r.stdout).isEmpty, "\(format): \(r.stderr.debugDescription)")
            #expect(r.stderr.contains("<U+001B>]0;evil<U+0007><U+001B>[2J.md"), "\(format): \(r.stderr)")
            if format == "github" {
                for line in r.stderr.split(separator: "\n") {
                    #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("sitegen:"), "\(line)")
                }
            }
        }
    }
}
