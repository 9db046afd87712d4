import Testing
@testable import SitegenRender

/// Tag names as the rewriters compare them: as `String.lowercased()` would, without a `String`.
@Suite struct HTMLTagNameTests {
    private func name(_ written: String) -> HTMLTagName {
        Array(written.utf8).withUnsafeBufferPointer { HTMLTagName(written: $0[...]) }
    }

    @Test func namesAreComparedInLowerCase() {
        #expect(name("MAIN") == "main")
        #expect(name("Main") == "main")
        #expect(name("noscript") == "noscript")
        #expect(name("NoScript") == "noscript")
        #expect(name("mains") != "main")
        #expect(name("\u{212A}bd") == "kbd")   // KELVIN SIGN lowers to k
    }

    @Test func namesNoRewriterLooksForAreUnknown() {
        #expect(name("blockquote") == .unknown)
        #expect(name("a\u{0}") == .unknown)
        #expect(name("a\u{0}") != "a")
        #expect(name("dİv") == .unknown)
        #expect(!FuriganaAnnotator.skippedElements.contains(.unknown))
        #expect(!GlossaryTermLinks.skippedElements.contains(name("codex")))
        #expect(GlossaryTermLinks.skippedElements.contains(name("FOOTER")))
        #expect(HTMLMarkup.rawTextElements.contains(name("Script")))
        #expect(!HTMLMarkup.rawTextElements.contains(name("scrip")))
    }

    @Test func everyNameOfTheSetsIsFoundAndNoOther() {
        let skipped = ["ruby", "rt", "rp", "rb", "script", "style", "svg", "math", "textarea", "title",
                       "code", "kbd", "samp", "option", "select", "datalist", "template", "iframe", "noscript"]
        for written in skipped { #expect(FuriganaAnnotator.skippedElements.contains(name(written.uppercased())), "\(written)") }
        for written in ["a", "p", "span", "button", "main", "div", "rubys", "r", "scripts"] {
            #expect(!FuriganaAnnotator.skippedElements.contains(name(written)), "\(written)")
        }
    }

    @Test func upperCaseAndLongTagsInAPage() throws {
        let a = try FuriganaFixture.annotator()
        let pages: [(html: String, annotated: String)] = [
            ("<CODE>区</CODE>区", "<CODE>区</CODE><ruby>区<rt>く</rt></ruby>"),
            ("<codex>区</codex>", "<codex><ruby>区<rt>く</rt></ruby></codex>"),
            // A tag starts with an ASCII letter: after `<`, K (KELVIN SIGN) is text.
            ("<\u{212A}BD>区</kbd>区", "<\u{212A}BD><ruby>区<rt>く</rt></ruby></kbd><ruby>区<rt>く</rt></ruby>"),
            ("<SCRIPT>区</Script>区", "<SCRIPT>区</Script><ruby>区<rt>く</rt></ruby>"),
        ]
        for page in pages { #expect(a.annotateHTML(page.html) == page.annotated) }
    }
}
