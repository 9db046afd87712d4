import Testing
@testable import SitegenBuild

/// The writer refuses any output path that could leave the staging folder. The check
/// runs on bytes; it must refuse exactly what the rule on path parts refuses.
@Suite struct SafeRelativePathTests {
    /// The rule as first written, on `String` parts.
    private func byParts(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    @Test func refusesWhatThePartsRuleRefuses() {
        let parts = ["a", ".", "..", "...", ".a", "a.", "..a", "", "index.html", "\\", "a\\b", "\0", "目黒", ".\u{301}"]
        var checked = 0
        for first in parts {
            for second in parts {
                for path in [first, first + "/" + second, "/" + first, first + "/", first + "//" + second,
                             first + "/" + second + "/" + first] {
                    #expect(OutputWriter.isSafeRelativePath(path) == byParts(path), "\(path.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == 14 * 14 * 6)
    }

    @Test func knownPaths() {
        #expect(OutputWriter.isSafeRelativePath("easy/initiatives/08-security/index.html"))
        #expect(OutputWriter.isSafeRelativePath("assets/.well-known...css"))
        #expect(!OutputWriter.isSafeRelativePath("../outside.html"))
        #expect(!OutputWriter.isSafeRelativePath("easy/./index.html"))
        #expect(!OutputWriter.isSafeRelativePath("/etc/passwd"))
        #expect(!OutputWriter.isSafeRelativePath("charts\\gantt.svg"))
    }
}
