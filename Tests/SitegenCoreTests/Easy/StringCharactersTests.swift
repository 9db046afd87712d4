import Testing
@testable import SitegenRender

/// `String(characters:)` and `String(scalars:)` make the bytes the standard library's own makes.
@Suite struct StringCharactersTests {
    @Test func theSameBytesAsTheGenericInitializer() {
        let characters: [Character] = ["区", "民", "e", "\u{301}", "が", "\r\n", "𠮷", "🇯🇵", " ", "Ａ"]
        for start in characters.indices {
            for end in start...characters.count {
                let slice = characters[start..<end]
                #expect(Array(String(characters: slice).utf8) == Array(String(slice).utf8))
            }
        }
        #expect(String(characters: [Character]()) == "")
    }

    @Test func scalarsGiveTheBytesOfTheScalarView() {
        // One to four UTF-8 bytes each, a combining mark, and the chart annotation characters.
        let scalars: [Unicode.Scalar] = ["a", "é", "\u{301}", "区", "\u{FFF9}", "く", "\u{FFFA}", "\u{FFFB}", "𠮷", "\u{7F}", "\u{80}", "\u{10FFFF}"]
        for start in scalars.indices {
            for end in start...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(Array(String(scalars: scalars[start..<end]).utf8) == Array(String(view).utf8))
            }
        }
    }
}
