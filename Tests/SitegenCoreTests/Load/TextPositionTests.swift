import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Where the validate stage records each text value (`TextPosition`): the value's
/// real start in the file, for every way YAML can write a text, and each later
/// character of the text placed where it is written.
@Suite struct TextPositionTests {
    /// The YAML starts on line 2 of the file, as front matter does.
    private func document(_ yaml: String) throws -> YAMLDocument {
        guard case .success(let document) = YAMLParser.parse(yaml, path: "f.md", firstLine: 2) else {
            Issue.record("YAML does not parse")
            throw CancellationError()
        }
        return document
    }

    private func reader(_ yaml: String) throws -> FieldReader {
        try #require(FieldReader(root: try document(yaml), diagnostics: DiagnosticCollector()))
    }

    /// The text of `key` and the `path:line:column` of its first character.
    private func start(_ yaml: String, _ key: String) throws -> (text: String, at: String) {
        let value = try #require(try reader(yaml).positionedText(key))
        let position = try #require(value.position)
        return (value.text, position.location(in: "f.md").description)
    }

    /// A value written as it reads is found by comparing bytes in place: the same answer
    /// as walking the YAML's UTF-8 from the index, at every index and for every length.
    @Test func aValueIsWrittenAtAnIndexWhenItsBytesFollow() {
        let lines = YAMLLines("id: a\ntitle: 区民の手続\nnote: \"x\"")
        let text = lines.text
        for index in text.unicodeScalars.indices + [text.endIndex] {
            for value in ["", "a", "区民", "区民の手続", "区民の手続\nnote", "\"x\"", "\"x\"!", "title: 区"] {
                #expect(lines.writes(value, at: index) == text.utf8[index...].starts(with: value.utf8), "\(value) at \(index)")
            }
        }
    }

    /// A mark's column is found by walking its line's UTF-8: the same stop, count and
    /// ASCII-ness as walking its scalars, for every mark (past the line's end too).
    @Test func walkingTheBytesIsWalkingTheScalars() throws {
        let lines = YAMLLines("id: a\ntitle: 区民の手続 e\u{301}\n\n  - 👨‍👩‍👧 🇯🇵\nlast")
        for line in 1...lines.starts.count {
            for column in 1...16 {
                let mark = YAMLMark(line: line, column: column)
                let bytes = try #require(lines.scalarsInUTF8(upTo: mark))
                let scalars = lines.scalars(upTo: mark)
                #expect(bytes.index == scalars.index && bytes.counted == scalars.counted && bytes.ascii == scalars.ascii,
                        "\(line):\(column)")
            }
        }
    }

    /// The file's character at a location (the YAML is lines 2… of the file).
    private func character(in yaml: String, at location: SitegenModel.SourceLocation) -> Character? {
        let lines = ("---\n" + yaml).split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        guard location.column <= line.count else { return nil }
        return line[line.index(line.startIndex, offsetBy: location.column - 1)]
    }

    /// Every character of the text but spaces and breaks (which YAML may fold)
    /// is placed on the same character of the file.
    private func everyCharacterIsWhereItIsWritten(_ yaml: String, _ key: String) throws {
        let value = try #require(try reader(yaml).positionedText(key))
        let position = try #require(value.position)
        for (offset, c) in value.text.enumerated() where !c.isWhitespace {
            let location = position.location(in: "f.md", offset: offset)
            #expect(character(in: yaml, at: location) == c, "「\(c)」 (\(offset)) placed at \(location)")
        }
    }

    @Test func plainValueOnOneLine() throws {
        let yaml = "id: a\ntitle: やさしい ことば\n"
        #expect(try start(yaml, "title") == ("やさしい ことば", "f.md:3:8"))
        try everyCharacterIsWhereItIsWritten(yaml, "title")
    }

    @Test func quotedValuesStartAfterTheirQuote() throws {
        let yaml = "a: 'いい ''ことば'' です'\nb: \"「ことば」\\\"です\\u3042\"\n"
        #expect(try start(yaml, "a") == ("いい 'ことば' です", "f.md:2:5"))
        #expect(try start(yaml, "b") == ("「ことば」\"ですあ", "f.md:3:5"))
        try everyCharacterIsWhereItIsWritten(yaml, "a")
        // The escapes: 「"」 is written as \" (at the backslash), あ as \u3042.
        let b = try #require(try reader(yaml).positionedText("b")?.position)
        #expect(b.location(in: "f.md", offset: 5).description == "f.md:3:10")
        #expect(b.location(in: "f.md", offset: 6).description == "f.md:3:12")
        #expect(b.location(in: "f.md", offset: 8).description == "f.md:3:14")
    }

    @Test func leadingSpacesTheModelTrimsAreSkipped() throws {
        let yaml = "title: \u{3000}ぜんかくの あき\nnote: \"  まえに あき\"\n"
        #expect(try start(yaml, "title") == ("ぜんかくの あき", "f.md:2:9"))
        #expect(try start(yaml, "note") == ("まえに あき", "f.md:3:10"))
    }

    @Test func plainValueFoldedOverLines() throws {
        let yaml = "summary: いちばんめの ぎょうです。\n  にばんめの ぎょうです。\n\n  さんばんめです。\nnext: x\n"
        let (text, at) = try start(yaml, "summary")
        #expect(text == "いちばんめの ぎょうです。 にばんめの ぎょうです。\nさんばんめです。")
        #expect(at == "f.md:2:10")
        try everyCharacterIsWhereItIsWritten(yaml, "summary")
        let position = try #require(try reader(yaml).positionedText("summary")?.position)
        #expect(position.location(in: "f.md", offset: 14).description == "f.md:3:3")
        #expect(position.location(in: "f.md", offset: 27).description == "f.md:5:3")
    }

    @Test func quotedValueFoldedOverLines() throws {
        let yaml = "summary: \"いちばんめ。\n    にばんめ。\\\n    つづき。\"\n"
        let (text, at) = try start(yaml, "summary")
        #expect(text == "いちばんめ。 にばんめ。つづき。")
        #expect(at == "f.md:2:11")
        try everyCharacterIsWhereItIsWritten(yaml, "summary")
    }

    @Test func blockScalarsStartOnTheLineAfterTheirIndicator() throws {
        let yaml = "folded: >\n  いちばんめ。\n  にばんめ。\n\n  さんばんめ。\nliteral: |-\n    ひとつめ。\n      ふたつめ。\n    みっつめ。\n"
        let folded = try start(yaml, "folded")
        #expect(folded == ("いちばんめ。 にばんめ。\nさんばんめ。", "f.md:3:3"))
        try everyCharacterIsWhereItIsWritten(yaml, "folded")
        let literal = try start(yaml, "literal")
        #expect(literal == ("ひとつめ。\n  ふたつめ。\nみっつめ。", "f.md:8:5"))
        try everyCharacterIsWhereItIsWritten(yaml, "literal")
    }

    @Test func listItemsAndFlowMappings() throws {
        let yaml = "notes:\n  - ひとつめ\n  - \"ふたつめ\"\nkpis:\n  - { id: a, label: 葛\u{E0100}飾の まど, note: ノート }\n"
        let notes = try reader(yaml).positionedTextList("notes")
        #expect(notes.map(\.text) == ["ひとつめ", "ふたつめ"])
        #expect(notes.compactMap { $0.position?.location(in: "f.md").description } == ["f.md:3:5", "f.md:4:6"])
        // libyaml counts columns in Unicode scalars; the model counts characters
        // as editors show them (葛 with its variation selector is one).
        let kpi = try #require(try reader(yaml).mappings("kpis").first)
        #expect(kpi.positionedText("note")?.position?.location(in: "f.md").description == "f.md:6:35")
        #expect(kpi.location(of: kpi.value("note")).description == "f.md:6:35")
        let label = try #require(kpi.positionedText("label")?.position)
        #expect(label.location(in: "f.md").description == "f.md:6:21")
        #expect(label.location(in: "f.md", offset: 2).description == "f.md:6:23")
    }

    @Test func keysAndValuesOfIdsAndNumbers() throws {
        let yaml = "# id: wrong\nid: 'online'\nnumber:   7\nbackground:\n  id: nested\n"
        let r = try reader(yaml)
        #expect(r.valuePosition("id")?.location(in: "f.md").description == "f.md:3:5")
        #expect(r.valuePosition("number")?.location(in: "f.md").description == "f.md:4:11")
        #expect(r.keyPosition("background")?.location(in: "f.md").description == "f.md:5:1")
    }
}
