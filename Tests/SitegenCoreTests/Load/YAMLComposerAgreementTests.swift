import Foundation
import Testing
import Yams
@testable import SitegenContent

/// The composer over libyaml's events replaced `Yams.compose(yaml:, .basic)`:
/// on the real content and on texts written to be awkward, it gives the same
/// tree (text, style, tag, where each node starts) and fails with the same
/// libyaml problem at the same place, so every diagnostic stays as it was.
@Suite struct YAMLComposerAgreementTests {
    /// Texts of every shape the content uses, and malformed ones.
    static let texts: [String] = [
        "", "# comment only\n", "---\n", "a\n", "- a\n- b\n", "a: 1\nb:\n  - c\n  - d: e\n    f: |\n      one\n      two\n",
        "title: 区の目標 #1\nsummary: >-\n  折り返し\n  の文\n", "q: 'it''s'\nd: \"x\\u00e9\\ty\"\nempty:\nnull: ~\n",
        "flow: { a: [1, 2, { b: c }], d: 'e' }\n", "a: &x [1, 2]\nb: *x\n", "? complex\n: value\n", "a: !!int 1\nb: !custom x\n",
        "plain: multi\n  line\n  value\n", "%YAML 1.1\n---\na: b\n...\n", "a: b\u{3000}\n", "key with spaces: v\n\"quoted key\": v\n",
        // Malformed: each must fail the same way.
        "a: b: c\n", "a: [1, 2\nb: 3\n", "a: { b: c\n", "a: \"open\nb: c\n", "a:\n  - x\n  y: z\n", "a: 1\n---\nb: 2\n",
        "a: *nowhere\n", "a: 1\na: 2\n", "- a\nb: c\n", "a: 'x\n", "@a: b\n", "a: |\n x\n  y\n z: q\n", "a: b\n c: d\n",
    ]

    @Test(arguments: texts)
    func composesAsYamsDid(_ text: String) {
        compare(text)
    }

    @Test func composesTheRealContentAsYamsDid() throws {
        let content = Repository.root.appendingPathComponent("content")
        let files = try FileManager.default.subpathsOfDirectory(atPath: content.path).sorted()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            let yaml = file.hasSuffix(".md") ? text.components(separatedBy: "\n---\n")[0].dropFirst(4).description : text
            compare(yaml, name: file)
        }
    }

    private func compare(_ text: String, name: String? = nil) {
        let label = name ?? text
        let ours = YAMLComposer.compose(text, maximumDepth: 1000, maximumNodes: 1_000_000, removingBidiControls: false)
        let theirs = Result { try Yams.compose(yaml: text, .basic) }
        switch (ours, theirs) {
        case (.success(let ours), .success(let theirs)):
            #expect(ours.root.map(shape) == theirs.map(shape), "\(label)")
        case (.failure(let ours), .failure(let theirs)):
            #expect(describe(ours) == describe(theirs), "\(label)")
        default:
            Issue.record("one composer failed, the other did not: \(label) — ours \(ours), Yams \(theirs)")
        }
    }

    /// A node as text: kind, style, tag, mark and content.
    private func shape(_ node: YAMLNode) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@-"
        switch node {
        case .scalar(let s): return "\(s.style.rawValue)\(YAMLDuplicateKeys.resolvedTag(node))\(mark)\(s.string.debugDescription)"
        case .mapping(let m): return "{\(YAMLDuplicateKeys.resolvedTag(node))\(mark) " + m.map { shape($0.key) + ": " + shape($0.value) }.joined(separator: ", ") + "}"
        case .sequence(let s): return "[\(YAMLDuplicateKeys.resolvedTag(node))\(mark) " + s.map(shape).joined(separator: ", ") + "]"
        }
    }

    private func shape(_ node: Yams.Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@-"
        switch node {
        case .scalar(let s):
            return "\(s.style.rawValue)\(resolved(s.tag, "str"))\(mark)\(s.string.debugDescription)"
        case .mapping(let m):
            let pairs = m.map { shape($0.key) + ": " + shape($0.value) }
            return "{\(resolved(m.tag, "map"))\(mark) " + pairs.joined(separator: ", ") + "}"
        case .sequence(let s):
            let items = s.map { shape($0) }
            return "[\(resolved(s.tag, "seq"))\(mark) " + items.joined(separator: ", ") + "]"
        case .alias:
            return "alias"
        }
    }

    /// Yams' `.basic` resolution: an implicit or `!` tag is the kind's own.
    private func resolved(_ tag: Yams.Tag, _ kind: String) -> String {
        let name = tag.description
        return name.isEmpty || name == "!" ? "tag:yaml.org,2002:" + kind : name
    }

    private func describe(_ error: YAMLSyntaxError) -> String {
        switch error {
        case let .syntax(context, problem, mark):
            return "\(context.map { "\($0.text)@\($0.mark.line):\($0.mark.column)" } ?? "-") \(problem)@\(mark.line):\(mark.column)"
        case let .duplicateKey(key, first): return "duplicate \(key)@\(first.line):\(first.column)"
        case let .reader(problem): return "reader \(problem)"
        case .memory: return "memory"
        }
    }

    private func describe(_ error: any Error) -> String {
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _)?, let .parser(context, problem, mark, _)?, let .composer(context, problem, mark, _)?:
            return "\(context.map { "\($0.text)@\($0.mark.line):\($0.mark.column)" } ?? "-") \(problem)@\(mark.line):\(mark.column)"
        case let .duplicatedKeysInMapping(duplicates, context)?:
            return "duplicate \(duplicates.first ?? "")@\(context.mark.line):\(context.mark.column)"
        case let .reader(problem, _, _, _)?: return "reader \(problem)"
        default: return "other \(error)"
        }
    }
}
