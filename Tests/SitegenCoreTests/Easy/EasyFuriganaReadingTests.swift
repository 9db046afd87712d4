import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct EasyFuriganaReadingTests {
    @Test func realOverridesAreLoaded() {
        #expect(FuriganaFixture.overrides.count >= 60)
        #expect(FuriganaFixture.overrides.contains(FuriganaOverride(surface: "目黒区", reading: "めぐろく")))
    }

    @Test(arguments: ContentReadings.cases.map { [$0.surface, $0.reading] })
    func readsContentWords(_ pair: [String]) throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.kana(pair[0]) == pair[1], "\(pair[0])")
    }

    @Test func theReadingListIsLargeAndUnique() {
        #expect(ContentReadings.cases.count >= 200)
        #expect(Set(ContentReadings.cases.map(\.surface)).count == ContentReadings.cases.count)
        // Expected readings are hiragana only: they were written by hand, not copied from MeCab.
        for c in ContentReadings.cases {
            #expect(c.reading.unicodeScalars.allSatisfy { Kana.isHiragana($0) }, "\(c.surface)")
        }
    }

    @Test(arguments: [
        ("目黒区", "めぐろく"), ("碑文谷", "ひもんや"), ("洗足", "せんぞく"), ("五本木", "ごほんぎ"),
        ("自由が丘", "じゆうがおか"), ("中目黒", "なかめぐろ"), ("駒場", "こまば"), ("青葉台", "あおばだい"),
        ("目黒本町", "めぐろほんちょう"), ("上目黒", "かみめぐろ"), ("祐天寺", "ゆうてんじ"), ("柿の木坂", "かきのきざか"),
    ])
    func readsMeguroPlaceNames(_ surface: String, _ reading: String) throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.kana(surface) == reading)
    }

    @Test func placeNameRubyKeepsTheWrittenKana() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.segments("自由が丘") == [.ruby(base: "自由", reading: "じゆう"), .text("が"), .ruby(base: "丘", reading: "おか")])
        #expect(a.html("中目黒に行きます") == "<ruby>中目黒<rt>なかめぐろ</rt></ruby>に<ruby>行<rt>い</rt></ruby>きます")
    }

    @Test func longestOverrideWins() throws {
        let a = try FuriganaAnnotator(overrides: [
            FuriganaOverride(surface: "目黒", reading: "めぐろ"),
            FuriganaOverride(surface: "目黒区", reading: "めぐろく"),
        ])
        #expect(a.segments("目黒区") == [.ruby(base: "目黒区", reading: "めぐろく")])
        #expect(a.segments("目黒川") .first == .ruby(base: "目黒", reading: "めぐろ"))
    }

    @Test func overridesBeatTheAnalyser() throws {
        let plain = try FuriganaAnnotator(overrides: [])
        #expect(plain.kana("洗足") == "せんそく")   // IPAdic's reading, the reason for the override
        let a = try FuriganaFixture.annotator()
        #expect(a.kana("洗足") == "せんぞく")
    }
}
