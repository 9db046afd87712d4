import SitegenSupport

/// An easy page's finish in one walk over its bytes: the glossary buttons
/// (issue 15), then the furigana, which also reads the explanations the buttons
/// open. The output is the glossary's rewrite followed by the furigana's
/// (`annotatedPage(links.annotate(page))`), without walking the page twice:
/// a text node the glossary leaves as it is gets its furigana at once; one it
/// changes is walked by the furigana alone, which sees the button's markup as
/// it would in a second rewrite of the page.
struct EasyPageAnnotation: HTMLTextVisitor {
    private var glossary: GlossaryTermLinks.Page?
    private var furigana: FuriganaAnnotator.HTMLText

    /// The finished page: `markup` with its glossary buttons (nil: none on this
    /// page), its furigana and its title's readings (nil annotator: buttons only).
    static func finish(_ markup: HTML, glossary: GlossaryTermLinks.Page?, furigana: FuriganaAnnotator?) -> ByteBuffer {
        markup.withUTF8 { bytes in
            var page = ByteBuffer(capacity: bytes.count + bytes.count / 2)
            guard let furigana else {
                if var glossary { HTMLTextRewriter.rewrite(bytes, with: &glossary, into: &page) } else { page.append(bytes) }
                return page
            }
            var walk = EasyPageAnnotation(glossary: glossary, furigana: FuriganaAnnotator.HTMLText(annotator: furigana))
            HTMLTextRewriter.rewrite(bytes, with: &walk, into: &page)
            return furigana.withTitleReadings(page)
        }
    }

    mutating func markup(_ kind: HTMLMarkup.Kind) {
        glossary?.markup(kind)
        furigana.markup(kind)
    }

    mutating func rewrite(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let linked = glossary?.rewrite(text) else { return furigana.rewrite(text) }
        var out: [UInt8] = []
        out.reserveCapacity(linked.count * 2)
        linked.withUnsafeBufferPointer { HTMLTextRewriter.rewrite($0, with: &furigana, into: &out) }
        return out
    }
}
