import SitegenSupport

// Lookups of the page, open-data and feed memos, compiled here for their types: the support
// module's generic `cached` is not specialized in this module, and 2,300 pages are looked up per edit.
extension InputMemo {
    /// The kept value while its input is `input`; the input is compared where it is stored (a copy of
    /// each entry out of the lock retained every field of the input and the value).
    func kept(_ key: Key, for input: Input) -> Value? {
        entries.withLock { kept in
            kept.index(forKey: key).flatMap { (index) -> Value? in kept.values[index].input == input ? kept.values[index].value : nil }
        }
    }
}
