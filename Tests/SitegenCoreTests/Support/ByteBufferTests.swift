import Testing
@testable import SitegenSupport

/// `ByteBuffer` must hold exactly what an array given the same pieces holds, and
/// stay a value: a copy never sees what is written to the other afterwards.
@Suite struct ByteBufferTests {
    /// Pieces of every kind the charts write: empty, ASCII, Japanese (native strings),
    /// a small string, and a string long enough to grow the storage several times.
    static let pieces: [String] = ["", "<", " x=\"", "目黒区", "令和6年度", "a\u{3099}", String(repeating: "情報 ", count: 200), "\"/>"]

    @Test func holdsWhatAnArrayHolds() {
        var buffer = ByteBuffer()
        var array: [UInt8] = []
        for round in 0..<50 {
            for piece in Self.pieces {
                buffer.append(piece)
                array += piece.utf8
            }
            buffer.append(UInt8(round))
            array.append(UInt8(round))
        }
        #expect(buffer.count == array.count)
        #expect(buffer.array == array)
        #expect(buffer.string == String(decoding: array, as: UTF8.self))
    }

    @Test func aCopyKeepsItsBytes() {
        var original = ByteBuffer()
        original.append("<rect/>")
        var copy = original
        copy.append(" changed")
        original.append("\n")
        #expect(original.string == "<rect/>\n")
        #expect(copy.string == "<rect/> changed")
        // A copy made when the storage is full (the append must not write into shared room).
        var full = ByteBuffer()
        full.append(String(repeating: "x", count: 64))
        let kept = full
        full.append("y")
        #expect(kept.string == String(repeating: "x", count: 64))
        #expect(full.string == String(repeating: "x", count: 64) + "y")
    }

    @Test func appendsAnotherBufferAndARangeOfIt() {
        var source = ByteBuffer()
        source.append("<g>令和</g>")
        var target = ByteBuffer()
        target.append(source)
        target.append(source, 3..<9)
        target.append(source)   // again, after growing
        #expect(target.string == "<g>令和</g>" + "令和" + "<g>令和</g>")
        target.append(target)   // itself: the bytes read are the ones before the append
        #expect(target.string == String(repeating: "<g>令和</g>令和<g>令和</g>", count: 2))
        var alone = ByteBuffer()
        alone.append(alone)
        #expect(alone.isEmpty)
    }

    @Test func roomGivenUpFrontHoldsNothingYetAndTheLastBytesAreReadable() {
        var buffer = ByteBuffer(capacity: 4)
        #expect(buffer.isEmpty && buffer.last == nil)
        buffer.append("a\r\n")
        buffer.append("目黒")   // past the room given
        #expect(buffer.string == "a\r\n目黒")
        #expect(buffer.last == Array("目黒".utf8).last)
        #expect((0..<buffer.count).map { buffer[$0] } == Array("a\r\n目黒".utf8))
    }

    /// Equal by their bytes, whatever room each has and whether they share storage.
    @Test func buffersAreEqualByTheirBytesAlone() {
        var roomy = ByteBuffer(capacity: 1_000)
        roomy.append("目黒区")
        var tight = ByteBuffer()
        tight.append("目黒")
        #expect(roomy != tight)
        tight.append("区")
        #expect(roomy == tight && roomy.hashValue == tight.hashValue)
        let shared = roomy
        #expect(shared == roomy)
        tight.append("!")
        #expect(roomy != tight)
        var other = ByteBuffer()
        other.append("目黒町")   // same length, last bytes differ
        #expect(other != roomy)
        #expect(ByteBuffer() == ByteBuffer(capacity: 8))
    }
}
