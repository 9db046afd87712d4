extension Array {
    /// Whether both arrays are the same storage (one was handed out again, not rebuilt):
    /// true says they are equal without reading an element. False says nothing.
    func sharesStorage(with other: [Element]) -> Bool {
        withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count } }
    }
}
