import Foundation
import SitegenSupport
import SitegenModel

/// A YAML text and where its lines start, to find what libyaml's marks (line and
/// column in Unicode scalars) point at, and to count columns in characters.
struct YAMLLines: Sendable {
    let text: String
    /// Index of the first character of each line; line n starts at `starts[n - 1]`.
    let starts: [String.Index]
    /// Whether any `#` is written (without one, no value can be followed by a comment).
    let containsHash: Bool

    init(_ text: String) {
        self.text = text
        containsHash = text.containsByte(UInt8(ascii: "#"))
        // Byte offsets found in the contiguous UTF-8, then made indices (O(1) on native strings).
        var copy = text
        let offsets: [Int] = copy.withUTF8 { bytes in
            var offsets = [0]
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { offsets.append(offset + 1) }
            return offsets
        }
        starts = offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether the YAML has `value`'s UTF-8 at `index` (a scalar written as it reads): its bytes
    /// compared in place, not walked index by index.
    func writes(_ value: String, at index: String.Index) -> Bool {
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: index)
        let compared = text.utf8.withContiguousStorageIfAvailable { yaml in
            value.utf8.withContiguousStorageIfAvailable { value in
                yaml.count - offset >= value.count && value.elementsEqual(yaml[offset..<offset + value.count])
            }
        }
        return (compared ?? nil) ?? text.utf8[index...].starts(with: value.utf8)
    }

    /// The index a mark points at, and its column counted in characters (a
    /// letter with a combining mark or a variation selector is one column).
    func position(of mark: YAMLMark) -> (index: String.Index, column: Int)? {
        guard mark.line >= 1, mark.line <= starts.count, mark.column >= 1 else { return nil }
        let (index, counted, ascii) = scalarsInUTF8(upTo: mark) ?? scalars(upTo: mark)
        let column = ascii ? mark.column : text[starts[mark.line - 1]..<index].count + 1 + (mark.column - counted)
        return (index, column)
    }

    /// Walks the mark's line scalar by scalar up to its column (or the line's end): where it
    /// stopped, the scalars counted (from 1), and whether all were ASCII.
    func scalars(upTo mark: YAMLMark) -> (index: String.Index, counted: Int, ascii: Bool) {
        let scalars = text.unicodeScalars
        var index = starts[mark.line - 1], counted = 1, ascii = true
        while counted < mark.column, index < scalars.endIndex, scalars[index] != "\n" {
            if !scalars[index].isASCII { ascii = false }
            index = scalars.index(after: index)
            counted += 1
        }
        return (index, counted, ascii)
    }

    /// The same walk in the contiguous UTF-8 (a scalar is a lead byte and the continuation
    /// bytes after it): no scalar is decoded. nil when the text is not contiguous.
    func scalarsInUTF8(upTo mark: YAMLMark) -> (index: String.Index, counted: Int, ascii: Bool)? {
        let utf8 = text.utf8
        let walked: (offset: Int, counted: Int, ascii: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var offset = utf8.distance(from: utf8.startIndex, to: starts[mark.line - 1]), counted = 1, ascii = true
            while counted < mark.column, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
                if bytes[offset] >= 0x80 { ascii = false }
                offset += 1
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                counted += 1
            }
            return (offset, counted, ascii)
        }
        return walked.map { (utf8.index(utf8.startIndex, offsetBy: $0.offset), $0.counted, $0.ascii) }
    }

    /// Walks `text` (a scalar's value) and the YAML from `start` (where the scalar's
    /// content begins, at `line`:`column`) together, and notes each character that
    /// does not follow on from the one before: what YAML takes out between them
    /// (line breaks and indentation of folded lines, quotes, escapes) is skipped.
    /// Stops where the two differ in a way none of that explains: the rest of
    /// the text is then placed as following on from the last character found.
    func align(_ value: String, from start: String.Index, line: Int, column: Int, style: YAMLNode.Scalar.Style) -> TextPosition? {
        let raw = text[start...]
        var r = raw.startIndex
        var line = line, column = column
        var first: (line: Int, column: Int)?
        var expected = (line: 0, column: 0)
        var jumps: [TextPosition.Jump] = []
        var offset = 0

        func advance() {
            if raw[r] == "\n" { line += 1; column = 1 } else { column += 1 }
            r = raw.index(after: r)
        }
        func found(at position: (line: Int, column: Int)) {
            if first == nil {
                first = position
            } else if position != expected {
                jumps.append(TextPosition.Jump(offset: offset, line: position.line, column: position.column))
            }
            expected = (position.line, position.column + 1)
        }

        characters: for c in value {
            defer { offset += 1 }
            while r < raw.endIndex {
                let x = raw[r]
                if style == .doubleQuoted, x == "\\" {
                    let at = (line, column)
                    advance()
                    guard r < raw.endIndex else { break characters }
                    let kind = raw[r]
                    advance()
                    // An escaped line break stands for nothing; the next line's indentation goes too.
                    if kind == "\n" { continue }
                    let digits = kind == "x" ? 2 : kind == "u" ? 4 : kind == "U" ? 8 : 0
                    var hex = ""
                    while hex.count < digits, r < raw.endIndex, raw[r].isHexDigit { hex.append(raw[r]); advance() }
                    // A bidi control written as an escape was taken out of the text (W006).
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value), BidiControls.isControl(scalar) { continue }
                    found(at: at)
                    continue characters
                }
                if x == c {
                    found(at: (line, column))
                    advance()
                    // '' in a single-quoted scalar is one quote.
                    if style == .singleQuoted, c == "'", r < raw.endIndex, raw[r] == "'" { advance() }
                    continue characters
                }
                if x.isWhitespace {
                    if c.isWhitespace {
                        // A line break folded into a space, or kept as one: the run of
                        // breaks and indentation in the file gives this one character.
                        found(at: (line, column))
                        while r < raw.endIndex, raw[r].isWhitespace { advance() }
                        continue characters
                    }
                    advance() // indentation, a folded line break, a trimmed space
                    continue
                }
                if c.isWhitespace { continue characters } // a space or break the file writes otherwise
                if x == "'" || x == "\"" { advance(); continue } // an opening quote
                break characters
            }
            break
        }
        guard let first else { return nil }
        return TextPosition(line: first.line, column: first.column, jumps: jumps)
    }
}
