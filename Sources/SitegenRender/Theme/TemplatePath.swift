/// A name in a template tag (`strings.kpiTable.target`, `.`, `.label`, `empty(notes)`),
/// split into its keys once, when the template is compiled, and resolved as
/// swift-mustache resolves it: the first key is looked up from the innermost section
/// outwards, the others inside what it found; a leading `.` looks in the innermost only.
struct TemplatePath: Sendable, Hashable {
    /// swift-mustache's transforms that the compiled form applies.
    enum Transform: String, Sendable, Hashable {
        /// `empty(list)`: whether a list has no items (nothing for any other value).
        case empty
    }

    enum Start: Sendable, Hashable {
        /// `.`: the innermost value itself.
        case current
        /// `.name`: from the innermost value, without climbing.
        case innermost
        /// `name`: the first section outwards that has the first key.
        case climbing
    }

    let start: Start
    let keys: [String]
    let transform: Transform?

    init(_ name: String, transform: Transform? = nil) {
        self.transform = transform
        if name == "." {
            start = .current
            keys = []
        } else {
            start = name.first == "." ? .innermost : .climbing
            keys = name.split(separator: ".").map(String.init)
        }
    }

    /// The value the name stands for, with `stack` the sections' values, outermost first.
    func resolve(in stack: [TemplateValue]) -> TemplateValue? {
        guard let transform else { return find(in: stack) }
        switch (transform, find(in: stack)) {
        case (.empty, .list(let items)?): return .flag(items.isEmpty)
        default: return nil
        }
    }

    private func find(in stack: [TemplateValue]) -> TemplateValue? {
        switch start {
        case .current:
            return stack.last
        case .innermost:
            return stack.last.flatMap { Self.follow(keys[...], from: $0) }
        case .climbing:
            guard let first = keys.first else { return stack.last }
            // The sections' dictionaries are looked into where they are: no copy of each
            // section's value on the way out (most names are found in one of the first).
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let values) = stack[level], let found = values[first] {
                    return keys.count == 1 ? found : Self.follow(keys.dropFirst(), from: found)
                }
                level -= 1
            }
            return nil
        }
    }

    private static func follow(_ keys: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for key in keys {
            guard let child = value.child(key) else { return nil }
            value = child
        }
        return value
    }
}
