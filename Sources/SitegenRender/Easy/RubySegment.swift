import SitegenSupport
import SitegenModel
import SitegenContent

/// A piece of annotated text: plain text, or a base with its reading.
package enum RubySegment: Sendable, Hashable {
    case text(String)
    case ruby(base: String, reading: String)

    /// The text as written, without the reading.
    package var base: String {
        switch self {
        case .text(let t): t
        case .ruby(let b, _): b
        }
    }

    /// What a reader says: the reading of a ruby, else the text.
    package var spoken: String {
        switch self {
        case .text(let t): t
        case .ruby(_, let r): r
        }
    }

    /// Written as HTML: text escaped, ruby as `<ruby>base<rt>reading</rt></ruby>` (no <rb>).
    package func write(to writer: inout MarkupWriter) {
        switch self {
        case .text(let t):
            writer.text(t)
        case .ruby(let b, let r): writer.ruby(base: b, reading: r)
        }
    }
}

extension Array where Element == RubySegment {
    /// Adjacent text segments joined, empty ones dropped: one canonical form, so equal
    /// input gives equal output however it was assembled.
    func merged() -> [RubySegment] {
        if isMerged { return self }
        var out: [RubySegment] = []
        out.reserveCapacity(count)
        var text = ""   // the texts since the last ruby, joined by appending
        for segment in self {
            switch segment {
            case .text(let t):
                text += t
            case .ruby:
                if !text.isEmpty { out.append(.text(text)) }
                text = ""
                out.append(segment)
            }
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    /// Appends `segment` keeping a merged list merged: a text joins the text before it (appended
    /// in place), an empty one is dropped. The furigana builds its lists so, not copied again by `merged`.
    mutating func appendMerged(_ segment: RubySegment) {
        guard case .text(let text) = segment else { append(segment); return }
        guard !text.isEmpty else { return }
        guard case .text(var joined)? = last else { append(segment); return }
        removeLast()
        joined += text
        append(.text(joined))
    }

    mutating func appendMerged(contentsOf segments: [RubySegment]) {
        for segment in segments { appendMerged(segment) }
    }

    /// Already in that form (most lists are): checked without copying a segment.
    private var isMerged: Bool {
        var previousIsText = false
        for segment in self {
            guard case .text(let text) = segment else { previousIsText = false; continue }
            if text.isEmpty || previousIsText { return false }
            previousIsText = true
        }
        return true
    }
}
