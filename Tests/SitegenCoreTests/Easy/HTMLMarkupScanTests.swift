import Testing
@testable import SitegenRender

/// `HTMLMarkup.scan` reads a tag's name and attributes on a pointer, packing the name
/// as it goes (`HTMLTagName.read`); it must find what the index-by-index scan below
/// (the implementation before) finds, on well-formed and broken markup alike.
@Suite struct HTMLMarkupScanTests {
    @Test func theScanEqualsTheReferenceForEveryFragmentOfASmallAlphabet() {
        // Letters and the bytes beside A…Z, white space and a control byte that does not end a name.
        let alphabet: [String] = ["<", ">", "/", " ", "\t", "\u{B}", "\"", "'", "=", "a", "B", "Z", "@", "[", "p",
                                  "\u{0}", "é", "\u{212A}", "x"]
        var checked = 0
        // Up to 24 bytes: names and attributes long enough to be read eight bytes at a time.
        for tail in SplitMix.texts(of: alphabet, lengths: 1...24, each: 400, seed: 7) {
            let bytes = Array(("<" + tail).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let scanned = HTMLMarkup.scan(buffer, at: 0)
                let reference = Self.referenceScan(buffer, at: 0)
                #expect(scanned?.kind == reference?.kind && scanned?.end == reference?.end, "\(bytes)")
            }
            checked += 1
        }
        #expect(checked == 9600)
    }

    @Test func namesAreReadUpToTheirEndAndPackedAsWritten() {
        for written in ["p", "DIV", "noscript", "NoScripts", "a\u{0}b", "\u{212A}bd", "dİv", "blockquote", "abcdefgh",
                        "ABCDEFG", "Z@[`{", "a\u{B}b"] {
            for tail in ["", ">", " class=\"x\">", "/>"] {
                let bytes = Array((written + tail).utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    let read = HTMLTagName.read(buffer, from: 0)
                    #expect(read.end == written.utf8.count, "\(written)\(tail)")
                    #expect(read.name == HTMLTagName(written: buffer[0..<written.utf8.count]), "\(written)\(tail)")
                }
            }
        }
        let bytes = Array("<P class='a>b' / >".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let scanned = HTMLMarkup.scan(buffer, at: 0)
            #expect(scanned?.kind == .start(name: "p", selfClosing: true))
            #expect(scanned?.end == bytes.count)
        }
    }

    /// The scan index by index, the name made from its bytes once they are found.
    static func referenceScan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (kind: HTMLMarkup.Kind, end: Int)? {
        let n = bytes.count
        guard start + 1 < n else { return nil }
        let next = bytes[start + 1]
        guard next != UInt8(ascii: "!"), next != UInt8(ascii: "?") else { return nil }
        let isEnd = next == UInt8(ascii: "/")
        var i = start + (isEnd ? 2 : 1)
        guard i < n, (65...90).contains(bytes[i]) || (97...122).contains(bytes[i]) else { return nil }
        let nameStart = i
        while i < n, !HTMLTextRewriter.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        let name = HTMLTagName(written: bytes[nameStart..<i])
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                guard let close = bytes[(i + 1)...].firstIndex(of: b) else { break }
                i = close + 1
                continue
            }
            if b == UInt8(ascii: ">") {
                var last = i - 1
                while HTMLTextRewriter.isSpace(bytes[last]) { last -= 1 }
                let selfClosing = !isEnd && bytes[last] == UInt8(ascii: "/")
                return (isEnd ? .end(name: name) : .start(name: name, selfClosing: selfClosing), i + 1)
            }
            i += 1
        }
        return (isEnd ? .end(name: name) : .start(name: name, selfClosing: false), n)
    }
}
