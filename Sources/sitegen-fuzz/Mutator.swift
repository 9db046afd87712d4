import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// SplitMix64: a tiny PRNG, the same sequence on every machine for a given seed.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

/// Mutates corpus entries the way hands and editors break YAML: tokens that
/// matter to YAML and to the number/date readers, broken encodings, cut and
/// duplicated lines, splices of two files.
struct Mutator {
    var random: SplitMix64
    var corpus: [[UInt8]]

    static let tokens: [[UInt8]] = [
        ":", ": ", "---\n", "...\n", "- ", "\t", "  ", "\n", "&a ", "*a", "<<: *a", "[", "]", "{", "}", ",", "\"", "'", "|\n", ">\n",
        "#", "? ", "!!str ", "!!binary ", "%YAML 1.1\n", "~", "null", "true", "0x1F", "1e400", "-0", ".inf", "9999999999999999999",
        "６０", "％", "60%", "1,200", "令和6年4月1日", "2024/4/1", "2024-02-30", "2024-13", "Q0", "Q5", "q4", "2025-03",
        "\u{202E}", "\u{200B}", "\u{FEFF}", "<script>", "]]>", "../../etc", "id: ", "kpis:\n  - ", "target: { value: ",
        "from: ", "to: ", "at: ", "vision: [", "number: ", "theme: ", "kind: milestone\n", "spans_years: true\n",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0x82, 0xA0], [0x93, 0xFA, 0x96, 0x7B], [0xC3], [0xE3, 0x81], [0x0D], [0x0D, 0x0A]]

    init(seed: UInt64, corpus: [[UInt8]]) {
        random = SplitMix64(state: seed)
        self.corpus = corpus.filter { !$0.isEmpty }
    }

    mutating func next() -> [UInt8] {
        var input = corpus[random.below(corpus.count)]
        for _ in 0...random.below(6) { mutate(&input) }
        if input.count > 64 * 1024 { input.removeLast(input.count - 64 * 1024) }
        return input
    }

    mutating func mutate(_ input: inout [UInt8]) {
        let position = input.isEmpty ? 0 : random.below(input.count + 1)
        switch random.below(9) {
        case 0, 1, 2: // insert a token
            input.insert(contentsOf: Mutator.tokens[random.below(Mutator.tokens.count)], at: position)
        case 3: // flip a byte (keep the selector byte's path most of the time)
            if input.count > 1 { input[1 + random.below(input.count - 1)] ^= UInt8(1 << random.below(8)) }
        case 4: // delete a range
            let length = min(input.count - position, 1 + random.below(16))
            input.removeSubrange(position..<(position + length))
        case 5: // duplicate a line
            if let range = lineRange(in: input, around: position) { input.insert(contentsOf: input[range], at: range.lowerBound) }
        case 6: // delete a line
            if let range = lineRange(in: input, around: position) { input.removeSubrange(range) }
        case 7: // splice another corpus entry's tail
            let other = corpus[random.below(corpus.count)]
            let from = random.below(other.count)
            input = Array(input[..<position]) + other[from...]
        default: // indent or dedent a line
            if let range = lineRange(in: input, around: position) {
                if random.below(2) == 0 { input.insert(contentsOf: [0x20, 0x20], at: range.lowerBound) }
                else if input[range].starts(with: [0x20]) { input.remove(at: range.lowerBound) }
            }
        }
    }

    func lineRange(in input: [UInt8], around position: Int) -> Range<Int>? {
        guard !input.isEmpty else { return nil }
        var start = min(position, input.count - 1)
        while start > 1, input[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < input.count, input[end] != 0x0A { end += 1 }
        return start..<min(end + 1, input.count)
    }
}
