// The parsing rules below follow swift-mustache's parser (Sources/Mustache/Template+Parser.swift at 2.1.1),
// part of the Hummingbird server framework project, Copyright (c) the Hummingbird authors,
// licensed under the Apache License 2.0 (SPDX-License-Identifier: Apache-2.0).

import SitegenSupport

/// swift-mustache's parser (`MustacheTemplate.parse`, at the pinned version) ported to
/// UTF-8 bytes, straight to `CompiledTemplate.Node`s: parsing the theme with swift-mustache
/// and reading its parse back through reflection cost about 4% of a build's instructions.
/// Same rules step by step (standalone lines, the whitespace before a tag, partial
/// indentation, names and transforms), on the templates where a byte is a `Character`
/// of its own; anything else (CR, combining marks, set delimiters, inheritance, blocks,
/// pragmas, dynamic partials, every syntax error) gives nil, and the template then takes
/// swift-mustache's parser, so a template is never read differently.
enum TemplateParser {
    /// The template's nodes, or nil when swift-mustache must parse it.
    static func nodes(_ text: String) -> [CompiledTemplate.Node]? {
        guard text.unicodeScalars.allSatisfy(isOwnCharacter) else { return nil }
        var reader = Reader(bytes: Array(text.utf8))
        return reader.parse(section: nil)
    }

    /// A scalar that is a `Character` of its own whatever its neighbours, and a newline as a
    /// `Character` only when it is "\n": tab, line feed, printable ASCII and `SimpleText`'s scalars.
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E: true
        case 0x80...: TextMetrics.SimpleText.isStandalone(scalar)
        default: false
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        private static let lineFeed = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")

        var reachedEnd: Bool { position == bytes.count }
        /// The byte at the position; 0 at the end, as swift-mustache's "\0".
        var current: UInt8 { reachedEnd ? 0 : bytes[position] }

        /// `MustacheTemplate.parse(_:state:)`: nodes up to the end of `section` (its name and
        /// transforms), or of the template when nil. `newLine`: the section starts a line.
        mutating func parse(section: (name: String, transforms: [String])?, newLine startsLine: Bool = true) -> [CompiledTemplate.Node]? {
            var nodes: [CompiledTemplate.Node] = []
            var newLine = startsLine
            var whiteSpaceBefore: Range<Int> = position..<position
            while !reachedEnd {
                if newLine { whiteSpaceBefore = read(while: { $0 == Self.space || $0 == Self.tab }) }
                guard let text = readUntilTagOrNewline() else { return nil }
                if current == Self.lineFeed {
                    // A line feed right after "{{" ends the line too: that "{{" is dropped, as there.
                    position += 1
                    nodes.append(.text(string(whiteSpaceBefore) + string(text) + "\n"))
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(string(whiteSpaceBefore) + string(text)))
                    whiteSpaceBefore = position..<position
                    newLine = false
                }
                if reachedEnd { break }
                var setNewLine = false
                switch current {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inverted = current == UInt8(ascii: "^")
                    position += 1
                    guard let (name, transforms) = readName() else { return nil }
                    if isStandalone(newLine) {
                        setNewLine = true
                    } else if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(string(whiteSpaceBefore)))
                        whiteSpaceBefore = position..<position
                    }
                    guard let inner = parse(section: (name, transforms), newLine: setNewLine),
                          let path = CompiledTemplate.path(name, transforms) else { return nil }
                    nodes.append(.section(path, inner, inverted: inverted))
                case UInt8(ascii: "/"):
                    position += 1
                    guard let (name, transforms) = readName(), let section,
                          name == section.name, transforms == section.transforms else { return nil }
                    if !isStandalone(newLine), !whiteSpaceBefore.isEmpty { nodes.append(.text(string(whiteSpaceBefore))) }
                    return nodes
                case UInt8(ascii: "!"):
                    position += 1
                    guard skipComment() else { return nil }
                    setNewLine = isStandalone(newLine)
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    let braced = current == Self.open
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(string(whiteSpaceBefore)))
                        whiteSpaceBefore = position..<position
                    }
                    position += 1
                    guard let (name, transforms) = readName(), !braced || readByte(Self.close),
                          let path = CompiledTemplate.path(name, transforms) else { return nil }
                    nodes.append(.variable(path, escaped: false))
                case UInt8(ascii: ">"):
                    position += 1
                    _ = read(while: Self.isWhitespace)
                    // `{{>*name}}` (a dynamic partial) is swift-mustache's.
                    guard current != UInt8(ascii: "*"), let name = readPartialName() else { return nil }
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(string(whiteSpaceBefore))) }
                    if isStandalone(newLine) {
                        setNewLine = true
                        nodes.append(.partial(name, indentation: string(whiteSpaceBefore)))
                    } else {
                        nodes.append(.partial(name, indentation: nil))
                    }
                    whiteSpaceBefore = position..<position
                case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="), UInt8(ascii: "%"):
                    return nil   // inheritance, blocks, delimiters, pragmas: swift-mustache's
                default:
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(string(whiteSpaceBefore)))
                        whiteSpaceBefore = position..<position
                    }
                    guard let (name, transforms) = readName(), let path = CompiledTemplate.path(name, transforms) else { return nil }
                    nodes.append(.variable(path, escaped: true))
                }
                newLine = setNewLine
            }
            // The template ended inside a section.
            return section == nil ? nodes : nil
        }

        /// `readUntilDelimiterOrNewline`: the text up to a line feed (not read) or past a "{{";
        /// nil where swift-mustache throws (a "{" with less than two characters left).
        mutating func readUntilTagOrNewline() -> Range<Int>? {
            let start = position
            while !reachedEnd {
                let byte = bytes[position]
                if byte == Self.lineFeed { return start..<position }
                if byte == Self.open {
                    guard position + 2 <= bytes.count else { return nil }
                    if bytes[position + 1] == Self.open {
                        position += 2
                        return start..<position - 2
                    }
                }
                position += 1
            }
            return start..<position
        }

        /// `parseName`: a name and its transforms up to "}}"; nil where swift-mustache throws.
        mutating func readName() -> (String, [String])? {
            _ = read(while: Self.isWhitespace)
            let text = read(while: Self.isNameByte)
            _ = read(while: Self.isWhitespace)
            guard readCloseDelimiter() else { return nil }
            // `name` or `t1(t2(name))`: transforms outermost first.
            var transforms: [String] = []
            var rest = text
            while true {
                let wordEnd = rest.firstIndex { bytes[$0] == UInt8(ascii: "(") || bytes[$0] == UInt8(ascii: ")") } ?? rest.upperBound
                if wordEnd == rest.upperBound {
                    if transforms.isEmpty { return (string(text), []) }
                    return nil   // a transform whose parameter never closes
                }
                if bytes[wordEnd] == UInt8(ascii: "(") {
                    transforms.append(string(rest.lowerBound..<wordEnd))
                    rest = wordEnd + 1..<rest.upperBound
                    continue
                }
                // ")": one for each transform, and nothing after them.
                let closing = wordEnd..<rest.upperBound
                guard !transforms.isEmpty, closing.count == transforms.count,
                      closing.allSatisfy({ bytes[$0] == UInt8(ascii: ")") }) else { return nil }
                return (string(rest.lowerBound..<wordEnd), transforms)
            }
        }

        /// `parsePartialName`.
        mutating func readPartialName() -> String? {
            _ = read(while: Self.isWhitespace)
            let text = read(while: Self.isPartialNameByte)
            _ = read(while: Self.isWhitespace)
            guard readCloseDelimiter() else { return nil }
            return string(text)
        }

        /// `parseComment`: past the first "}}"; false without one.
        mutating func skipComment() -> Bool {
            while position + 1 < bytes.count {
                if bytes[position] == Self.close, bytes[position + 1] == Self.close {
                    position += 2
                    return true
                }
                position += 1
            }
            return false
        }

        /// `isStandalone`: on a line that started with the tag, the rest of the line is spaces
        /// and tabs, or the template's end; they and the line feed are read.
        mutating func isStandalone(_ newLine: Bool) -> Bool {
            guard newLine else { return false }
            if reachedEnd { return true }
            var end = position
            while end < bytes.count, bytes[end] == Self.space || bytes[end] == Self.tab { end += 1 }
            guard end < bytes.count, bytes[end] == Self.lineFeed else { return false }
            position = end + 1
            return true
        }

        mutating func readCloseDelimiter() -> Bool {
            guard position + 2 <= bytes.count, bytes[position] == Self.close, bytes[position + 1] == Self.close else { return false }
            position += 2
            return true
        }

        mutating func readByte(_ byte: UInt8) -> Bool {
            guard current == byte, !reachedEnd else { return false }
            position += 1
            return true
        }

        mutating func read(while accepts: (UInt8) -> Bool) -> Range<Int> {
            let start = position
            while !reachedEnd, accepts(bytes[position]) { position += 1 }
            return start..<position
        }

        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        /// `Character.isWhitespace` of the ASCII that `isOwnCharacter` lets in (other white
        /// space, such as U+3000, stops a name and so fails the tag, as it should here).
        static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab || byte == lineFeed }

        static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "*"): true
            default: false
            }
        }

        static func isPartialNameByte(_ byte: UInt8) -> Bool { isNameByte(byte) || byte == UInt8(ascii: "/") }
    }
}
