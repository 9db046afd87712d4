import Testing
@testable import SitegenRender

/// `String(characters:)` makes the bytes the standard library's `String(_:)` makes.
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
}
