#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's bytes. A cheap
    /// pre-check before a Foundation search or replacement, which compares
    /// with Unicode rules and costs far more when there is nothing to find.
    /// `memchr` jumps to each candidate first byte: charts and pages are asked
    /// this about their whole markup.
    /// The needle is read in place (no array of its bytes per call: most needles are literals).
    package func containsBytes(of needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            var haystack = self
            return haystack.withUTF8 { bytes in
                guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
                let lastStart = bytes.count - pattern.count
                var i = 0
                while i <= lastStart {
                    guard let hit = memchr(base + i, Int32(first), lastStart - i + 1) else { return false }
                    i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    var j = 1
                    while j < pattern.count, bytes[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
