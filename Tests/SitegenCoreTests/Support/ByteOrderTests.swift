import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct ByteOrderTests {
    @Test func matchesTheOrderOfUTF8Bytes() {
        let samples = ["", "a", "a/b", "a-b", "a.b", "ab", "B", "b", "目黒", "目黒区", "é", "e\u{301}", "Z", "~", "0"]
        for a in samples {
            for b in samples {
                #expect(a.precedesInByteOrder(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
    }

    @Test func sortsLikeTheFileSystemNotLikeUnicodeCollation() {
        // "e\u{301}" == "é" as Swift Strings, but they are different file names.
        #expect(["é", "e\u{301}", "f"].sorted { $0.precedesInByteOrder($1) } == ["e\u{301}", "f", "é"])
    }
}
