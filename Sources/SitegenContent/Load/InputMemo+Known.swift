import SitegenSupport

// The content cache's lookups, compiled in this module for its types (each content file is
// looked up on every edit; the support module's generic code is not specialized here).
extension InputMemo {
    func known(_ key: Key, from input: Input) -> Value? {
        guard let entry = entries.withLock({ $0[key] }), input == entry.input else { return nil }
        return entry.value
    }
}
