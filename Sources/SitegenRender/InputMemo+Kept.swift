import SitegenSupport

// Lookups of the page, open-data and feed memos, compiled here for their types: the support
// module's generic `cached` is not specialized in this module, and 2,300 pages are looked up per edit.
extension InputMemo {
    func kept(_ key: Key, for input: Input) -> Value? {
        entries.withLock { $0[key] }.flatMap { (entry) -> Value? in entry.input == input ? entry.value : nil }
    }
}
