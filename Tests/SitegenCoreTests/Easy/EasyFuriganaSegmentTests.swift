import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct EasyFuriganaSegmentTests {
    @Test func okuriganaStayOutsideTheRuby() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html("進めます") == "<ruby>進<rt>すす</rt></ruby>めます")
        #expect(a.segments("取り組み") == [
            .ruby(base: "取", reading: "と"), .text("り"), .ruby(base: "組", reading: "く"), .text("み"),
        ])
        #expect(a.segments("引き続き") == [
            .ruby(base: "引", reading: "ひ"), .text("き"), .ruby(base: "続", reading: "つづ"), .text("き"),
        ])
        #expect(a.html("新しい") == "<ruby>新<rt>あたら</rt></ruby>しい")
    }

    @Test func wordsOfKanaAreKeptAsWrittenAndNotCounted() throws {
        // Most of MeCab's words hold no kanji (の, を, ます, 。): kept as they are, no ruby, no count.
        let a = try FuriganaFixture.annotator()
        let text = "これは、区民のための おしらせです。ページを みてください。"
        let (segments, statistics) = a.segmentsCounted(text)
        #expect(segments.map(\.base).joined() == text)
        #expect(segments.filter { if case .ruby = $0 { true } else { false } }.map(\.base) == ["区民"])
        #expect(statistics.annotated == 1)
        #expect(statistics.unread == 0)
    }

    @Test func segmentsAppendedMergedAreTheMergedList() {
        let lists: [[RubySegment]] = [
            [], [.text("")], [.text("あ"), .text(""), .text("い")],
            [.ruby(base: "区", reading: "く"), .text("の"), .text(""), .text("ため"), .ruby(base: "民", reading: "みん")],
            [.text(""), .ruby(base: "取", reading: "と"), .text("り"), .ruby(base: "組", reading: "く"), .text("み"), .text("を"), .text("")],
        ]
        for list in lists {
            var appended: [RubySegment] = []
            appended.appendMerged(contentsOf: Array(list.prefix(2)))
            for segment in list.dropFirst(2) { appended.appendMerged(segment) }
            #expect(appended == list.merged(), "\(list)")
        }
    }

    @Test func alignmentSplitsOnlyWhereTheKanaMatch() {
        #expect(ReadingAlignment.segments(surface: "書かなければ", reading: "かかなければ")
                == [.ruby(base: "書", reading: "か"), .text("かなければ")])
        #expect(ReadingAlignment.segments(surface: "申請", reading: "しんせい") == [.ruby(base: "申請", reading: "しんせい")])
        // Kana that do not occur in the reading: one ruby over the whole word, not a wrong split.
        #expect(ReadingAlignment.segments(surface: "取り組み", reading: "しゅとく") == [.ruby(base: "取り組み", reading: "しゅとく")])
        #expect(ReadingAlignment.segments(surface: "ひらがな", reading: "ひらがな") == [.text("ひらがな")])
    }

    @Test func everyKanjiInASentenceGetsRuby() throws {
        let a = try FuriganaFixture.annotator()
        let text = "区民の利便性向上を図るため、行政手続のオンライン化を進めます。"
        let segments = a.segments(text)
        #expect(segments.map(\.base).joined() == text)
        for case .text(let plain) in segments { #expect(!Kana.containsKanji(plain), "\(plain)") }
        #expect(a.kana(text) == "くみんのりべんせいこうじょうをはかるため、ぎょうせいてつづきのオンラインかをすすめます。")
    }

    @Test(arguments: [
        ("4月", "4<ruby>月<rt>がつ</rt></ruby>"),
        ("9月", "9<ruby>月<rt>がつ</rt></ruby>"),
        ("7月", "7<ruby>月<rt>がつ</rt></ruby>"),
        ("4月1日", "4<ruby>月<rt>がつ</rt></ruby><ruby>1日<rt>ついたち</rt></ruby>"),
        ("2日", "<ruby>2日<rt>ふつか</rt></ruby>"),
        ("10日", "<ruby>10日<rt>とおか</rt></ruby>"),
        ("14日", "<ruby>14日<rt>じゅうよっか</rt></ruby>"),
        ("20日", "<ruby>20日<rt>はつか</rt></ruby>"),
        ("24日", "<ruby>24日<rt>にじゅうよっか</rt></ruby>"),
        ("1日に", "1<ruby>日<rt>にち</rt></ruby>に"),
        ("15日", "15<ruby>日<rt>にち</rt></ruby>"),
        ("1人", "<ruby>1人<rt>ひとり</rt></ruby>"),
        ("2人", "<ruby>2人<rt>ふたり</rt></ruby>"),
        ("3人", "3<ruby>人<rt>にん</rt></ruby>"),
        ("1つ", "<ruby>1つ<rt>ひとつ</rt></ruby>"),
        ("4時", "4<ruby>時<rt>じ</rt></ruby>"),
        ("1か所", "1か<ruby>所<rt>しょ</rt></ruby>"),
        ("1回", "1<ruby>回<rt>かい</rt></ruby>"),
        ("3件", "3<ruby>件<rt>けん</rt></ruby>"),
        ("6課", "6<ruby>課<rt>か</rt></ruby>"),
        ("2024年", "2024<ruby>年<rt>ねん</rt></ruby>"),
        ("2024年度", "2024<ruby>年度<rt>ねんど</rt></ruby>"),
        ("24時間365日", "24<ruby>時間<rt>じかん</rt></ruby>365<ruby>日<rt>にち</rt></ruby>"),
        ("12課中2件", "12<ruby>課<rt>か</rt></ruby><ruby>中<rt>ちゅう</rt></ruby>2<ruby>件<rt>けん</rt></ruby>"),
        ("3か月", "3か<ruby>月<rt>げつ</rt></ruby>"),
        ("1万人", "1<ruby>万<rt>まん</rt></ruby><ruby>人<rt>にん</rt></ruby>"),
        ("１０分", "１０<ruby>分<rt>ぷん</rt></ruby>"),
        ("5分", "5<ruby>分<rt>ふん</rt></ruby>"),
        // The figure's value and last digit (`CounterReadings.FigureDigits`).
        ("1万本", "1<ruby>万<rt>まん</rt></ruby><ruby>本<rt>ぽん</rt></ruby>"),
        ("3本", "3<ruby>本<rt>ぼん</rt></ruby>"),
        ("3階", "3<ruby>階<rt>がい</rt></ruby>"),
        ("1,002人", "1,002<ruby>人<rt>にん</rt></ruby>"),
        ("1.5日", "1.5<ruby>日<rt>にち</rt></ruby>"),
        ("２日", "<ruby>２日<rt>ふつか</rt></ruby>"),
        ("000000000002日", "<ruby>000000000002日<rt>ふつか</rt></ruby>"),
        ("0000000000002日", "0000000000002<ruby>日<rt>にち</rt></ruby>"),
    ])
    func countersReadByRule(_ text: String, _ html: String) throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html(text).markup == html)
    }

    @Test func digitsAloneGetNoRuby() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html("64.2%") == "64.2%")
        #expect(a.segments("令和6年度") == [
            .ruby(base: "令和", reading: "れいわ"), .text("6"), .ruby(base: "年度", reading: "ねんど"),
        ])
    }

    @Test func manualMarkupOverridesEverything() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html("{目黒区|めぐろ}です") == "<ruby>目黒区<rt>めぐろ</rt></ruby>です")
        #expect(a.segments("{生|なま}の{声|こえ}") == [
            .ruby(base: "生", reading: "なま"), .text("の"), .ruby(base: "声", reading: "こえ"),
        ])
        // Incomplete marks stay text; the kanji in them still get automatic ruby.
        #expect(a.html("{区民}") == "{<ruby>区民<rt>くみん</rt></ruby>}")
        #expect(ManualRuby.stripped("{漢字|かんじ}と{かな") == "漢字と{かな")
    }

    @Test func textIsEscaped() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.html("<script>alert(1)</script>区民") ==
                "&lt;script&gt;alert(1)&lt;/script&gt;<ruby>区民<rt>くみん</rt></ruby>")
        #expect(a.html("A&B \"区\"") == "A&amp;B &quot;<ruby>区<rt>く</rt></ruby>&quot;")
        #expect(a.html("{漢字|<b>}") == "<ruby>漢字<rt>&lt;b&gt;</rt></ruby>")
    }

    /// In a page's text (already HTML), a reading written by hand is escaped into the bytes as it is added.
    @Test func aReadingAddedToHTMLTextIsEscaped() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.annotatedHTMLText("{漢字|\"か'ん\"}です") == "<ruby>漢字<rt>&quot;か&#39;ん&quot;</rt></ruby>です")
    }

    @Test func spacesAndNewlinesAreKept() throws {
        let a = try FuriganaFixture.annotator()
        let text = "区民 の\n  手続"
        #expect(a.segments(text).map(\.base).joined() == text)
    }

    @Test func sameTextSameOutput() throws {
        let a = try FuriganaFixture.annotator()
        let b = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        let text = "既に実証実験を行い、業務への活用の可能性が確認できた生成AIの業務活用を広げる。"
        #expect(a.html(text) == b.html(text))
        #expect(a.html(text) == a.html(text))
    }

    @Test func statisticsCountEachSource() throws {
        let a = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        _ = a.segments("目黒区は4月に{申請|しんせい}を受け付けます")
        let s = a.statistics
        #expect(s.overrides == 1)   // 目黒区
        #expect(s.counters == 1)    // 4月
        #expect(s.manual == 1)      // 申請
        #expect(s.analyser == 1)    // 受け付け (ます has no kanji)
        #expect(s.unread == 0)
        #expect(s.annotated == 4)
        a.resetStatistics()
        #expect(a.statistics == FuriganaStatistics())
    }

    @Test func concurrentCallsAgree() async throws {
        let a = try FuriganaFixture.annotator()
        let texts = ContentReadings.cases.map(\.surface)
        let expected = texts.map { a.kana($0) }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (i, t) in texts.enumerated() { group.addTask { (i, a.kana(t)) } }
            var out = Array(repeating: "", count: texts.count)
            for await (i, r) in group { out[i] = r }
            return out
        }
        #expect(results == expected)
    }

    @Test func missingDictionaryIsAClearJapaneseError() {
        #expect(throws: FuriganaError.self) { try FuriganaAnnotator(dictionaryPath: "/nonexistent/dic", overrides: []) }
        do {
            _ = try MeCabDictionary.locate(explicit: nil, environment: [MeCabDictionary.environmentVariable: "/nonexistent"])
            Issue.record("expected an error")
        } catch let error as FuriganaError {
            #expect(error.description.contains("辞書"))
            #expect(error.diagnostic().code == .furiganaUnavailable)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func dictionaryIsFoundWithoutConfiguration() throws {
        let path = try MeCabDictionary.locate(explicit: nil, environment: [:])
        #expect(MeCabDictionary.isDictionary(path))
    }
}
