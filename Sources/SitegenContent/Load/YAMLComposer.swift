import CYaml
import SitegenModel

/// libyaml's reason for refusing a text, or the composer's (a repeated key).
enum YAMLSyntaxError: Error {
    /// What libyaml was reading when it failed (`while scanning a quoted scalar`), and where that started.
    struct Context {
        let text: String
        let mark: YAMLMark
    }
    /// A scanner, parser or composer error of libyaml, at `mark`.
    case syntax(context: Context?, problem: String, mark: YAMLMark)
    /// `key` is written twice in one mapping; `first` is its first occurrence.
    case duplicateKey(String, first: YAMLMark)
    case reader(problem: String)
    case memory
}

/// Builds `YAMLNode`s straight from libyaml's event stream (Yams' `compose` built
/// its own node tree, with a class instance per tag, and read the process
/// environment on every call). Keeps Yams' rules: one document, aliases resolved
/// to their anchor's node, a repeated key refused when its mapping ends.
struct YAMLComposer {
    /// What a text composes to.
    struct Composed {
        /// nil for a text with no document.
        let root: YAMLNode?
        /// The first node, in document order, nested deeper than `maximumDepth` or past `maximumNodes`.
        let limitExceededAt: YAMLMark?
        /// Scalars that had bidi controls (only looked for when asked), in document order.
        let bidiControls: [(mark: YAMLMark, removed: [Unicode.Scalar])]
    }

    /// A mapping or sequence whose end event has not come yet.
    private struct Open {
        let isMapping: Bool
        /// A mapping's keys and values, alternating.
        var items: [YAMLNode] = []
        let tag: String?
        let mark: YAMLMark
        let anchor: String?
        /// Count of `bidiControls` when it opened, to replay them for an alias to it.
        let bidiStart: Int
    }

    private let maximumDepth: Int
    private let maximumNodes: Int
    private let removesBidiControls: Bool
    private var nodeCount = 0
    private var limitExceededAt: YAMLMark?
    private var bidiControls: [(mark: YAMLMark, removed: [Unicode.Scalar])] = []
    private var anchors: [String: (node: YAMLNode, bidi: ArraySlice<(mark: YAMLMark, removed: [Unicode.Scalar])>)] = [:]
    private var open: [Open] = []

    /// - Parameter removingBidiControls: take bidi controls out of every scalar (keys too), noting where.
    static func compose(_ yaml: String, maximumDepth: Int, maximumNodes: Int,
                        removingBidiControls: Bool) -> Result<Composed, YAMLSyntaxError> {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .failure(.memory) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composer = YAMLComposer(maximumDepth: maximumDepth, maximumNodes: maximumNodes,
                                        removesBidiControls: removingBidiControls)
            do throws(YAMLSyntaxError) {
                let root = try composer.document(&parser)
                return .success(Composed(root: root, limitExceededAt: composer.limitExceededAt,
                                         bidiControls: composer.bidiControls))
            } catch {
                return .failure(error)
            }
        }
    }

    private init(maximumDepth: Int, maximumNodes: Int, removesBidiControls: Bool) {
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
        self.removesBidiControls = removesBidiControls
    }

    /// The stream's only document (nil when there is none), as Yams' `singleRoot` read it.
    private mutating func document(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) -> YAMLNode? {
        try Self.skip(&parser) // stream start
        var event = try Self.next(&parser)
        let isEnd = event.type == YAML_STREAM_END_EVENT
        yaml_event_delete(&event)
        if isEnd { return nil }
        let root = try node(&parser)
        try Self.skip(&parser) // document end
        event = try Self.next(&parser)
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_STREAM_END_EVENT else {
            throw .syntax(context: .init(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1)),
                          problem: "but found another document", mark: Self.mark(event.start_mark))
        }
        return root
    }

    /// Reads events up to the end of the next node (iteratively: nesting costs no stack).
    private mutating func node(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) -> YAMLNode {
        while true {
            var event = try Self.next(&parser)
            defer { yaml_event_delete(&event) }
            let mark = Self.mark(event.start_mark)
            let finished: YAMLNode
            switch event.type {
            case YAML_SCALAR_EVENT:
                count(at: mark)
                let bidiStart = bidiControls.count
                finished = scalar(event.data.scalar, mark: mark)
                if let anchor = Self.string(event.data.scalar.anchor) { anchors[anchor] = (finished, bidiControls[bidiStart...]) }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                count(at: mark)
                let start = event.data.sequence_start // a mapping start has the same layout
                var opened = Open(isMapping: event.type == YAML_MAPPING_START_EVENT, tag: start.implicit != 0 ? nil : Self.string(start.tag),
                                  mark: mark, anchor: Self.string(start.anchor), bidiStart: bidiControls.count)
                // Room for a few items at once: growing from one item copied each collection's items three or four times.
                opened.items.reserveCapacity(8)
                open.append(opened)
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let done = open.removeLast()
                if done.isMapping {
                    let keys = stride(from: 0, to: done.items.count, by: 2).map { done.items[$0] }
                    if let repeated = YAMLDuplicateKeys.first(in: keys) {
                        throw .duplicateKey(repeated.string ?? "<uncovertable>", first: repeated.mark ?? YAMLMark(line: 0, column: 0))
                    }
                    let pairs = stride(from: 0, to: done.items.count - 1, by: 2).map { (key: done.items[$0], value: done.items[$0 + 1]) }
                    finished = .mapping(YAMLNode.Mapping(pairs, tag: done.tag, mark: done.mark))
                } else {
                    finished = .sequence(YAMLNode.Sequence(items: done.items, tag: done.tag, mark: done.mark))
                }
                if let anchor = done.anchor { anchors[anchor] = (finished, bidiControls[done.bidiStart...]) }
            case YAML_ALIAS_EVENT:
                guard let name = Self.string(event.data.alias.anchor), let anchored = anchors[name] else {
                    throw .syntax(context: nil, problem: "found undefined alias", mark: mark)
                }
                // The alias stands for a copy of its anchor's node: counted, and warned about, again.
                if limitExceededAt == nil { count(anchored.node, depth: open.count) }
                bidiControls.append(contentsOf: anchored.bidi)
                finished = anchored.node
            default:
                continue // stream and document events: not inside a node
            }
            if open.isEmpty { return finished }
            open[open.count - 1].items.append(finished)
        }
    }

    private mutating func scalar(_ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar, mark: YAMLMark) -> YAMLNode {
        var string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        if removesBidiControls, let (text, removed) = BidiControls.removing(from: string) {
            string = text
            bidiControls.append((mark, removed))
        }
        let tag = data.quoted_implicit == 1 ? YAMLDuplicateKeys.stringTag : Self.string(data.tag)
        return .scalar(YAMLNode.Scalar(string: string, style: YAMLNode.Scalar.Style(rawValue: Int(data.style.rawValue)) ?? .any,
                                       tag: tag, mark: mark))
    }

    /// Counts a node that starts at `mark`, one level inside the open collections.
    private mutating func count(at mark: YAMLMark) {
        nodeCount += 1
        if limitExceededAt == nil, open.count > maximumDepth || nodeCount > maximumNodes { limitExceededAt = mark }
    }

    /// Counts every node of an alias's copy, as if written out at `depth`.
    private mutating func count(_ node: YAMLNode, depth: Int) {
        nodeCount += 1
        if depth > maximumDepth || nodeCount > maximumNodes {
            limitExceededAt = node.mark
            return
        }
        switch node {
        case .scalar: break
        case .mapping(let mapping):
            for pair in mapping where limitExceededAt == nil {
                count(pair.key, depth: depth + 1)
                if limitExceededAt == nil { count(pair.value, depth: depth + 1) }
            }
        case .sequence(let sequence):
            for item in sequence where limitExceededAt == nil { count(item, depth: depth + 1) }
        }
    }

    private static func next(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser) }
        return event
    }

    private static func skip(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) {
        var event = try next(&parser)
        yaml_event_delete(&event)
    }

    private static func error(of parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { YAMLSyntaxError.Context(text: String(cString: $0), mark: mark(parser.context_mark)) }
            return .syntax(context: context, problem: problem, mark: mark(parser.problem_mark))
        default:
            return .memory
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.flatMap { String.decodeCString($0, as: UTF8.self, repairingInvalidCodeUnits: true)?.result }
    }
}
