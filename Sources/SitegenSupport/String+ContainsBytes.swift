extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's bytes. A cheap
    /// pre-check before a Foundation search or replacement, which compares
    /// with Unicode rules and costs far more when there is nothing to find.
    package func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var haystack = self
        return haystack.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            let lastStart = bytes.count - pattern.count
            while i <= lastStart {
                if bytes[i] == first {
                    var j = 1
                    while j < pattern.count, bytes[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
