import Foundation
import SitegenSupport

/// A content file decoded to text, with line ends normalised to LF.
/// `path` is what diagnostics show (relative to where sitegen runs).
package struct SourceText: Sendable, Hashable {
    package let path: String
    package let text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Turns bytes into text the way ward staff's editors write them: UTF-8, with or
/// without BOM, LF or CRLF. Everything else is refused with a Japanese hint.
package enum SourceDecoder {
    /// Files larger than this are refused before parsing (a 50 MB YAML file would
    /// otherwise take the build down with it).
    package static let maximumBytes = 4 * 1024 * 1024

    package static func decode(_ data: Data, path: String) -> Result<SourceText, Diagnostic> {
        let start = SourceLocation(path: path)
        if data.count > maximumBytes {
            return .failure(Diagnostic(.fileTooLarge,
                "ファイルが大きすぎます(\(data.count / 1024 / 1024)MB)。1ファイル\(maximumBytes / 1024 / 1024)MBまでです。",
                at: start, hint: "内容を複数のファイルに分けるか、不要な部分を削除してください。"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(.invalidEncoding, "ファイルがUTF-16で保存されています。", at: start))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let loc = location(ofByte: nul, in: bytes, path: path)
            return .failure(Diagnostic(.invalidEncoding, "ファイルにNUL文字(0x00)が含まれています。テキストファイルではない可能性があります。",
                                       at: loc, hint: "テキストエディタでUTF-8の文字だけで保存し直してください。"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            let loc = location(ofByte: bad, in: bytes, path: path)
            let message = looksLikeShiftJIS(bytes)
                ? "ファイルがShift_JIS(CP932)で保存されているようです。UTF-8で保存してください。"
                : "ファイルの文字コードがUTF-8ではありません(\(loc.line)行目に読めないバイトがあります)。UTF-8で保存してください。"
            return .failure(Diagnostic(.invalidEncoding, message, at: loc))
        }
        // CRLF and lone CR become LF; line numbers stay the same. (A byte check: Foundation's
        // `contains` compared character clusters and was most of the load stage.)
        let normalised = text.containsByte(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            : text
        return .success(SourceText(path: path, text: normalised))
    }

    /// Index of the first byte that does not start or continue valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return bytes.count
    }

    /// Shift_JIS lead bytes followed by valid trail bytes, in most of the non-ASCII text.
    static func looksLikeShiftJIS(_ bytes: [UInt8]) -> Bool {
        var pairs = 0, nonASCII = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            nonASCII += 1
            if (0x81...0x9F).contains(b) || (0xE0...0xFC).contains(b), i + 1 < bytes.count,
               (0x40...0x7E).contains(bytes[i + 1]) || (0x80...0xFC).contains(bytes[i + 1]) {
                pairs += 1
                i += 2
            } else if (0xA1...0xDF).contains(b) {
                pairs += 1 // half-width katakana
                i += 1
            } else {
                i += 1
            }
        }
        return nonASCII > 0 && pairs * 2 >= nonASCII
    }

    static func location(ofByte index: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, lineStart = 0
        for i in 0..<min(index, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = (String(validating: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self)?.count ?? (index - lineStart)) + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
