import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent

/// The composer over libyaml's events: the tree, where each node starts, and
/// what it refuses, with the diagnostics `YAMLParser` makes of it.
@Suite struct YAMLComposerTests {
    private func compose(_ yaml: String, maximumDepth: Int = YAMLParser.maximumDepth, maximumNodes: Int = YAMLParser.maximumNodes,
                         removingBidiControls: Bool = false) throws -> YAMLComposer.Composed {
        switch YAMLComposer.compose(yaml, maximumDepth: maximumDepth, maximumNodes: maximumNodes,
                                    removingBidiControls: removingBidiControls) {
        case .success(let composed): return composed
        case .failure(let error):
            Issue.record("does not compose: \(error)")
            throw CancellationError()
        }
    }

    private func root(_ yaml: String) throws -> YAMLNode {
        try #require(try compose(yaml).root)
    }

    private func failure(_ yaml: String, firstLine: Int = 1) -> Diagnostic? {
        if case .failure(let d) = YAMLParser.parse(yaml, path: "f.md", firstLine: firstLine) { return d }
        return nil
    }

    /// `line:column` of a node's mark.
    private func at(_ node: YAMLNode?) -> String {
        node?.mark.map { "\($0.line):\($0.column)" } ?? "none"
    }

    @Test func keysValuesAndItemsKnowWhereTheyStart() throws {
        let mapping = try #require(try root("id: a\ntitle:   長い題名\nkpis:\n  - id: rate\n    label: 割合\n  - x\n").mapping)
        #expect(mapping.map { $0.key.string } == ["id", "title", "kpis"])
        #expect(mapping.map { at($0.key) } == ["1:1", "2:1", "3:1"])
        #expect(mapping.map { at($0.value) } == ["1:5", "2:10", "4:3"])
        let items = try #require(mapping[2].value.sequence)
        #expect(items.map(at) == ["4:5", "6:5"])
        let first = try #require(items[0].mapping)
        #expect(first.map { at($0.key) } == ["4:5", "5:5"])
        #expect(first.map { $0.value.string } == ["rate", "割合"])
        #expect(at(first[1].value) == "5:12")
    }

    @Test func nestedMappingsAndFlowCollections() throws {
        let mapping = try #require(try root("target: { value: 80, unit: \"%\" }\nvision: [1, 3]\nbase:\n  year: 2023\n  inner:\n    deep: yes\n").mapping)
        let target = try #require(mapping[0].value.mapping)
        #expect(target.map { $0.key.string } == ["value", "unit"])
        #expect(target.map { at($0.value) } == ["1:18", "1:28"])
        #expect(target[1].value.scalar?.style == .doubleQuoted)
        #expect(at(mapping[0].value) == "1:9")
        let vision = try #require(mapping[1].value.sequence)
        #expect(vision.map(\.string) == ["1", "3"])
        #expect(vision.map(at) == ["2:10", "2:13"])
        let deep = try #require(mapping[2].value.mapping?[1].value.mapping?[0])
        #expect(deep.key.string == "deep")
        #expect(deep.value.string == "yes") // not a boolean: scalars stay their text
        #expect(at(deep.value) == "6:11")
    }

    @Test func scalarStylesAndMultiLineValues() throws {
        let yaml = "plain: a\n  b\nsingle: 'it''s'\ndouble: \"x\\ty\"\nliteral: |\n  one\n  two\nfolded: >-\n  one\n  two\nempty:\n"
        let mapping = try #require(try root(yaml).mapping)
        let values = mapping.map { $0.value.scalar }
        #expect(values.map { $0?.string } == ["a b", "it's", "x\ty", "one\ntwo\n", "one two", ""])
        #expect(values.map { $0?.style } == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
        // A block scalar starts at its indicator, a quoted one at its quote.
        #expect(mapping.map { at($0.value) } == ["1:8", "3:9", "4:9", "5:10", "8:9", "11:7"])
    }

    @Test func tagsAreKeptAndQuotedScalarsAreStrings() throws {
        let mapping = try #require(try root("a: !!int 1\nb: '1'\nc: 1\n").mapping)
        #expect(mapping.map { $0.value.scalar?.tag } == ["tag:yaml.org,2002:int", "tag:yaml.org,2002:str", nil])
    }

    @Test func anEmptyTextHasNoDocumentAndABareMarkerAnEmptyScalar() throws {
        #expect(try compose("").root == nil)
        #expect(try compose("# only a comment\n").root == nil)
        #expect(try root("---\n").string == "")
    }

    @Test func aliasesStandForTheirAnchorsNode() throws {
        let mapping = try #require(try root("a: &x [1, 2]\nb: *x\n").mapping)
        #expect(mapping[1].value.sequence?.map(\.string) == ["1", "2"])
        #expect(at(mapping[1].value) == "1:4") // the copy is the anchored node
    }

    @Test func malformedYAMLIsReportedWhereItGoesWrong() {
        #expect(failure("id: a\ntitle: [a, b\nsummary: c\n")?.summary
                == "f.md:2:8 E003 かっこ「[」が閉じられていないか、中の区切りの「,」が足りません。")
        #expect(failure("a: b\n c: d\n")?.summary == "f.md:2:3 E003 YAMLの書き方に誤りがあります(「:」の使い方が正しくありません。値に「:」を含めるときは\"\"で囲みます)。")
        #expect(failure("a: 1\n---\nb: 2\n")?.summary == "f.md:2:1 E003 YAMLの書き方に誤りがあります(but found another document)。")
        #expect(failure("a:\n  - x\n  y: z\n")?.summary == "f.md:3:3 E003 YAMLの書き方に誤りがあります(did not find expected '-' indicator)。")
    }

    @Test func anUndefinedAliasIsAnError() {
        guard case .failure(.syntax(_, let problem, let mark)) = YAMLComposer.compose("a: *nowhere\n", maximumDepth: 32, maximumNodes: 100,
                                                                                     removingBidiControls: false) else {
            Issue.record("an undefined alias composed")
            return
        }
        #expect(problem == "found undefined alias")
        #expect(mark == YAMLMark(line: 1, column: 4))
    }

    @Test func repeatedKeysAreFoundWhateverTheirQuoting() {
        let d = failure("id: a\n\"title\": x\nlist:\n  - b: 1\n    b: 2\ntitle: y\n")
        // The inner mapping ends first, so its repeated key is the one reported.
        #expect(d?.summary == "f.md:5:5 E005 項目「b」が同じ場所に2回書かれています。")
        #expect(d?.hint == "最初の「b」は4行目です。どちらか1つにまとめてください。")
        #expect(failure("id: a\n'title': x\ntitle: y\n")?.code == .duplicateKey)
        #expect(failure("a: 1\n!!int a: 2\n") == nil) // another tag: another key
        // Of several repeated keys, the first in text order is reported.
        let several = failure("z: 1\nb: 1\nz: 2\nb: 2\nc: 0\nd: 0\ne: 0\nf: 0\ng: 0\nh: 0\n")
        #expect(several?.message == "項目「b」が同じ場所に2回書かれています。")
        #expect(several?.location.line == 4)
    }

    @Test func nestingAndNodeCountAreLimited() throws {
        // The mapping is depth 0, so its value can open `maximumDepth` brackets.
        let depth = YAMLParser.maximumDepth
        let deepest = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(failure(deepest) == nil)
        let tooDeep = "a: " + String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(failure(tooDeep)?.summary == "f.md:1:\(4 + depth) E027 入れ子が深すぎるか、項目が多すぎます。")
        // The node budget counts an alias's copy again: 16 nodes, the 11th is `2` in the first copy.
        let aliased = "a: &x [1, 2, 3]\nb: [*x, *x]\n"
        #expect(try compose(aliased, maximumNodes: 10).limitExceededAt == YAMLMark(line: 1, column: 11))
        #expect(try compose(aliased, maximumNodes: 15).limitExceededAt == YAMLMark(line: 1, column: 14))
        #expect(try compose(aliased, maximumNodes: 16).limitExceededAt == nil)
        // A syntax error later in the text is still the one reported.
        #expect(failure(tooDeep + "\nb: [")?.code == .yamlSyntax)
    }

    @Test func bidiControlsWrittenAsEscapesAreRemovedWithAWarningEach() throws {
        let composed = try compose("a: &x \"x\\u202Ey\"\nb: *x\n", removingBidiControls: true)
        #expect(composed.root?.mapping?.map { $0.value.string } == ["xy", "xy"])
        // Where the scalar starts: its anchor; the alias's copy warns again at it.
        #expect(composed.bidiControls.map(\.mark) == [YAMLMark(line: 1, column: 4), YAMLMark(line: 1, column: 4)])
        guard case .success(let document) = YAMLParser.parse("a: b\nsummary: \"区の\\u202E目標\"\n", path: "f.md", firstLine: 2) else {
            Issue.record("does not parse")
            return
        }
        #expect(document.warnings.map { "\($0.location) \($0.code.rawValue)" } == ["f.md:3:10 W006"])
        #expect(document.root?.mapping?[1].value.string == "区の目標")
    }
}

private extension Diagnostic {
    /// `path:line:column CODE message`, the part of a diagnostic these tests compare.
    var summary: String {
        "\(location) \(code.rawValue) \(message)"
    }
}
