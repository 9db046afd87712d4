import Foundation

/// A file's contents as a stage made them: UTF-8 written piece by piece (pages,
/// charts, CSV and JSON), a text, or bytes read from disk (a theme's files). Each is
/// written as it is held: turning pages into `Data` first copied every file of the
/// site once more (the easy schedule page at 10,000 initiatives was over 50 MB).
package enum FileBytes: Sendable {
    case text(String)
    case data(Data)
    /// UTF-8 written piece by piece (a page out of its templates, an easy page after its
    /// furigana, a chart file, a CSV or JSON document): written as it is.
    case buffer(ByteBuffer)

    /// The number of bytes written.
    package var count: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .data(let data): data.count
        case .buffer(let buffer): buffer.count
        }
    }

    /// The bytes, without a copy for native strings (`withUTF8` copies only a bridged one).
    package func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch self {
        case .text(var text): try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .data(let data): try data.withUnsafeBytes(body)
        case .buffer(let buffer): try buffer.withUnsafeBufferPointer { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The bytes as `Data` (a copy for text): for tests and the in-memory file system.
    package var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .data(let data): data
        case .buffer(let buffer): buffer.withUnsafeBufferPointer { Data(buffer: $0) }
        }
    }
}

extension FileBytes: Hashable {
    /// The same bytes, however they are held.
    package static func == (lhs: FileBytes, rhs: FileBytes) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard lhs.count > 0 else { return true }
        // The same buffer (a memoised page handed out again) is equal without reading it.
        return lhs.withUnsafeBytes { a in
            rhs.withUnsafeBytes { b in a.baseAddress == b.baseAddress || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    package func hash(into hasher: inout Hasher) {
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
