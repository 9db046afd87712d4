import SitegenSupport
import SitegenModel
import SitegenContent

extension TextMetrics {
    /// The fast path of `TextMetrics` for text in which every Unicode scalar is a
    /// character of its own (a grapheme cluster of one scalar, equal only to
    /// itself): ASCII, Latin, kana, kanji and common punctuation — all chart text
    /// in practice. Comparing and iterating `Character`s costs grapheme breaking
    /// and Unicode normalisation; on such text scalars give the same results.
    /// Anything else (combining marks, emoji sequences, CR LF…) takes the
    /// `Character` path, so results never differ.
    enum SimpleText {
        /// Scalars that never join a neighbour into one grapheme cluster and have
        /// no canonical equivalent among the line-breaking characters.
        static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x20...0x7E, 0xA0...0x24F: true
            case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2460...0x27BF: true
            case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: true   // not 302A–302F, 3099, 309A (combining)
            case 0x4E00...0x9FFF, 0xFF01...0xFF9D: true                   // not FF9E, FF9F (combining)
            default: false
            }
        }

        /// The scalars of `text` without line feeds (line breaking ignores them),
        /// or nil when `text` needs the `Character` path.
        static func scalars(_ text: String) -> [Unicode.Scalar]? {
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                guard isStandalone(scalar) else { return nil }
                if scalar != "\n" { out.append(scalar) }
            }
            return out
        }

        static func noLineStart(_ s: Unicode.Scalar) -> Bool { noLineStartScalars.contains(s) }
        static func noLineEnd(_ s: Unicode.Scalar) -> Bool { noLineEndScalars.contains(s) }
        private static let noLineStartScalars = Set(TextMetrics.noLineStart.flatMap(\.unicodeScalars))
        private static let noLineEndScalars = Set(TextMetrics.noLineEnd.flatMap(\.unicodeScalars))

        static func isLatinWordCharacter(_ s: Unicode.Scalar) -> Bool {
            switch s {
            case "A"..."Z", "a"..."z", "0"..."9": true
            case "&", ".", "-", "_", "/", "%", "+", "#", "@", "'": true
            default: false
            }
        }

        static func ems(_ scalars: ArraySlice<Unicode.Scalar>) -> Double {
            scalars.reduce(0) { $0 + (isHalfWidth($1) ? halfWidthEm : fullWidthEm) }
        }

        /// `TextMetrics.breakUnits` as ranges of `scalars` (units are contiguous once line feeds are gone).
        static func breakUnits(_ scalars: [Unicode.Scalar], starts: [Bool]? = nil) -> [Range<Int>] {
            var units: [Range<Int>] = []
            var openersStart: Int?
            for (index, scalar) in scalars.enumerated() {
                if noLineEnd(scalar) {
                    if openersStart == nil { openersStart = index }
                    continue
                }
                if openersStart == nil, let last = units.last {
                    // With no openers pending, the last unit ends right before `index`.
                    if noLineStart(scalar)
                        || isLatinWordCharacter(scalar) && isLatinWordCharacter(scalars[last.upperBound - 1])
                        || starts.map({ !$0[index] }) == true && !scalars[last.upperBound - 1].properties.isWhitespace {
                        units[units.count - 1] = last.lowerBound..<index + 1
                        continue
                    }
                }
                units.append((openersStart ?? index)..<index + 1)
                openersStart = nil
            }
            if let openersStart { units.append(openersStart..<scalars.count) }
            return units
        }

        /// `TextMetrics.wrap` on ranges: same arithmetic in the same order, so the same lines.
        static func wrap(_ scalars: [Unicode.Scalar], maxWidth: Double, fontSize: Double, starts: [Bool]? = nil) -> [String] {
            wrapRanges(scalars, maxWidth: maxWidth, fontSize: fontSize, starts: starts).map { String(scalars: scalars[$0]) }
        }

        /// The lines of a text narrower than its line by more than rounding, or nil when it is not:
        /// `wrapRanges` puts every unit of such a text on its first line whatever its word starts
        /// (the running sum stays below `maxWidth`), so neither MeCab nor the units are needed.
        static func oneLine(_ scalars: [Unicode.Scalar], maxWidth: Double, fontSize: Double) -> [Range<Int>]? {
            guard ems(scalars[...]) * fontSize < maxWidth * (1 - 1e-9) else { return nil }
            return trimmed(scalars.indices, of: scalars).map { [$0] } ?? []
        }

        /// The lines as ranges of `scalars`, spaces at their ends left out.
        static func wrapRanges(_ scalars: [Unicode.Scalar], maxWidth: Double, fontSize: Double,
                               starts: [Bool]?) -> [Range<Int>] {
            var lines: [Range<Int>] = []
            var current = 0..<0
            var currentWidth = 0.0
            for unit in breakUnits(scalars, starts: starts) {
                let unitWidth = ems(scalars[unit]) * fontSize
                if currentWidth + unitWidth <= maxWidth || current.isEmpty && unitWidth <= maxWidth {
                    current = (current.isEmpty ? unit.lowerBound : current.lowerBound)..<unit.upperBound
                    currentWidth += unitWidth
                    continue
                }
                if !current.isEmpty {
                    lines.append(current)
                    current = unit.lowerBound..<unit.lowerBound
                    currentWidth = 0
                }
                if unitWidth <= maxWidth {
                    current = unit
                    currentWidth = unitWidth
                } else {
                    // A unit wider than a whole line: cut it by characters.
                    current = unit.lowerBound..<unit.lowerBound
                    for index in unit {
                        let w = (isHalfWidth(scalars[index]) ? halfWidthEm : fullWidthEm) * fontSize
                        if currentWidth + w > maxWidth, !current.isEmpty {
                            lines.append(current)
                            current = index..<index
                            currentWidth = 0
                        }
                        current = current.lowerBound..<index + 1
                        currentWidth += w
                    }
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines.compactMap { trimmed($0, of: scalars) }
        }

        /// The line without the spaces at its ends; nil when nothing else is left.
        private static func trimmed(_ line: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int>? {
            var range = line
            while !range.isEmpty, isTrimmedSpace(scalars[range.lowerBound]) { range = range.lowerBound + 1..<range.upperBound }
            while !range.isEmpty, isTrimmedSpace(scalars[range.upperBound - 1]) { range = range.lowerBound..<range.upperBound - 1 }
            return range.isEmpty ? nil : range
        }

        private static func isTrimmedSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" }
    }
}
