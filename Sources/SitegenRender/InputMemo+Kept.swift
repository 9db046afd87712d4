import SitegenSupport

// `InputMemo.cached`, compiled in this module for its types: this toolchain does not specialize
// the support module's generic code here, and 2,300 pages are looked up per edit.
// (The content module has the same lookup, for its cache.)
extension InputMemo {
    func kept(_ key: Key, for input: Input) -> Value? {
        guard let entry = entries.withLock({ $0[key] }), entry.input == input else { return nil }
        return entry.value
    }
}
