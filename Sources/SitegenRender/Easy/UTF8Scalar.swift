extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `i` (in valid UTF-8) and its length in bytes:
    /// the byte walks of the easy pages read scalars without a `String`.
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(self[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6
                | UInt32(self[i + 3] & 0x3F), 4)
    }
}
