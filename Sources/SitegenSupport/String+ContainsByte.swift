import Foundation

extension String {
    /// Whether the byte occurs in this string's UTF-8 (memchr: the common
    /// "is there any `#`" checks before a scan stay cheap on long texts).
    package func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}
