import Testing
@testable import SitegenSupport

/// Memo keys by UTF-8 bytes: the same bytes are one key, other bytes another,
/// even when `String` calls the texts equal (a memo must give back exactly its text).
@Suite struct BytewiseTextTests {
    @Test func sameBytesAreOneKey() {
        let made = String(["目標", "値"].joined())
        var memo: [BytewiseText: Int] = [:]
        memo[BytewiseText("目標値")] = 1
        memo[BytewiseText(made)] = 2
        #expect(memo.count == 1)
        #expect(memo[BytewiseText("目標値")] == 2)
        #expect(BytewiseText("") == BytewiseText(""))
        #expect(BytewiseText("a") != BytewiseText("ab"))
        #expect(BytewiseText("ab") != BytewiseText("ba"))
    }

    @Test func canonicallyEquivalentTextsAreTwoKeys() {
        let composed = "が", decomposed = "か\u{3099}"
        #expect(composed == decomposed, "String compares by canonical equivalence")
        #expect(BytewiseText(composed) != BytewiseText(decomposed))
        var memo: [BytewiseText: String] = [:]
        memo[BytewiseText(composed)] = composed
        memo[BytewiseText(decomposed)] = decomposed
        #expect(memo.count == 2)
        #expect(memo[BytewiseText(decomposed)].map { Array($0.utf8) } == Array(decomposed.utf8))
    }

    @Test func equalKeysHashAlike() {
        let texts = ["", "a", "行政手続のオンライン化率", "2024年度 第1四半期", String(repeating: "あ", count: 300)]
        for text in texts {
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(BytewiseText(text).hashValue == BytewiseText(copy).hashValue)
        }
    }
}
