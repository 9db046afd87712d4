/// Finds a key written twice in one mapping, with the rules Yams' composer had
/// (so E0 messages stay as they were): keys are equal when their text (or
/// content) and resolved tag are equal, whatever their quoting; of several
/// repeated keys the one first in Yams' node order is reported, at its first
/// occurrence.
enum YAMLDuplicateKeys {
    /// The repeated key to report, or nil when every key is unique.
    static func first(in keys: [YAMLNode]) -> YAMLNode? {
        if scalarTextsDiffer(keys) { return nil }
        // Index of the first occurrence of each key that occurs again.
        var repeated: [Int] = []
        if keys.count <= 8 {
            for i in keys.indices where !repeated.contains(where: { sameKey(keys[$0], keys[i]) }) {
                if keys[..<i].contains(where: { sameKey($0, keys[i]) }) {
                    repeated.append(keys[..<i].firstIndex(where: { sameKey($0, keys[i]) })!)
                }
            }
        } else {
            // Hashing on the text keeps a hostile mapping of many keys linear.
            var firsts: [String: [Int]] = [:]
            var seen = Set<Int>()
            for (i, key) in keys.enumerated() {
                let bucket = key.string ?? "\u{0}collection"
                if let earlier = firsts[bucket]?.first(where: { sameKey(keys[$0], key) }) {
                    if seen.insert(earlier).inserted { repeated.append(earlier) }
                } else {
                    firsts[bucket, default: []].append(i)
                }
            }
        }
        return repeated.map { keys[$0] }.sorted(by: precedes).first
    }

    /// Whether every key is a scalar whose text no other key has (the usual mapping): then no
    /// two are the same key, and no tag need be resolved. Only for a few keys (pairwise).
    static func scalarTextsDiffer(_ keys: [YAMLNode]) -> Bool {
        guard keys.count <= 8 else { return false }
        for i in keys.indices {
            guard case .scalar(let key) = keys[i] else { return false }
            for j in 0..<i {
                guard case .scalar(let earlier) = keys[j], earlier.string != key.string else { return false }
            }
        }
        return true
    }

    static let stringTag = "tag:yaml.org,2002:str"

    /// The tag a node resolves to when scalars are not interpreted (Yams' `.basic`).
    static func resolvedTag(_ node: YAMLNode) -> String {
        let (tag, implicit): (String?, String) = switch node {
        case .scalar(let scalar): (scalar.tag, stringTag)
        case .mapping(let mapping): (mapping.tag, "tag:yaml.org,2002:map")
        case .sequence(let sequence): (sequence.tag, "tag:yaml.org,2002:seq")
        }
        guard let tag, tag != "!" else { return implicit }
        return tag
    }

    static func sameKey(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.string == y.string && resolvedTag(a) == resolvedTag(b)
        case (.mapping(let x), .mapping(let y)):
            return x.count == y.count && resolvedTag(a) == resolvedTag(b)
                && zip(x, y).allSatisfy { sameKey($0.key, $1.key) && sameKey($0.value, $1.value) }
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && resolvedTag(a) == resolvedTag(b) && zip(x, y).allSatisfy(sameKey)
        default:
            return false
        }
    }

    /// Yams' order of nodes: scalars by text, collections item by item (a mapping by its keys).
    static func precedes(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        func lexicographic(_ x: [YAMLNode], _ y: [YAMLNode]) -> Bool {
            for (l, r) in zip(x, y) {
                if precedes(l, r) { return true }
                if precedes(r, l) { return false }
            }
            return x.count < y.count
        }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): return x.string < y.string
        case (.mapping(let x), .mapping(let y)): return lexicographic(x.map(\.key), y.map(\.key))
        case (.sequence(let x), .sequence(let y)): return lexicographic(x.items, y.items)
        default: return false
        }
    }
}
