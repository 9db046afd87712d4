/// Where a node starts in its YAML text: line and column from 1, the column
/// counted in Unicode scalars (as libyaml counts).
package struct YAMLMark: Sendable, Equatable {
    package let line: Int
    package let column: Int
}

/// A node of a YAML document as `YAMLComposer` builds it: scalars stay the
/// text written (the decoders interpret it), every node knows where it starts.
package enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    package struct Scalar: Sendable {
        /// libyaml's scalar styles, with its numbering.
        package enum Style: Int, Sendable {
            case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
        }
        package let string: String
        package let style: Style
        /// The tag written before it (`!!str`), nil when none.
        package let tag: String?
        package let mark: YAMLMark?
    }

    package struct Mapping: RandomAccessCollection, Sendable {
        package typealias Pair = (key: YAMLNode, value: YAMLNode)
        package let pairs: [Pair]
        package let tag: String?
        package let mark: YAMLMark?

        package init(_ pairs: [Pair], tag: String? = nil, mark: YAMLMark? = nil) {
            self.pairs = pairs
            self.tag = tag
            self.mark = mark
        }
        package var startIndex: Int { pairs.startIndex }
        package var endIndex: Int { pairs.endIndex }
        package subscript(position: Int) -> Pair { pairs[position] }
    }

    package struct Sequence: RandomAccessCollection, Sendable {
        package let items: [YAMLNode]
        package let tag: String?
        package let mark: YAMLMark?

        package var startIndex: Int { items.startIndex }
        package var endIndex: Int { items.endIndex }
        package subscript(position: Int) -> YAMLNode { items[position] }
    }

    package var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    package var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    package var sequence: Sequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// The text of a scalar; nil for a mapping or a sequence.
    package var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// Whether this is the scalar `key` (mapping keys are looked up this way).
    func isScalar(_ key: String) -> Bool {
        if case .scalar(let scalar) = self { return scalar.string == key }
        return false
    }

    package var mark: YAMLMark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }
}
