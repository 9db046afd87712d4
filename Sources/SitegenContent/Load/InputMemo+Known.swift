import SitegenSupport

// The content cache's lookups, compiled in this module for its types (each content file is
// looked up on every edit; the support module's generic code is not specialized here).
extension InputMemo {
    func known(_ key: Key, from input: Input) -> Value? {
        entries.withLock { memo -> Value? in
            guard let index = memo.index(forKey: key), memo.values[index].input == input else { return nil }
            return memo.values[index].value
        }
    }
}
