import Foundation
import Synchronization
import SitegenSupport
import SitegenModel

/// What the load and validate stages keep from one build to the next in
/// `sitegen serve`, so that a rebuild after an edit reads, decodes and
/// validates only the files that changed. Every entry is keyed by its inputs
/// (file signature, bytes, source text, references), so a hit is exactly what
/// a fresh build would compute.
package final class ContentCache: Sendable {
    /// File bytes by path, valid while the file's signature is unchanged.
    let bytes = InputMemo<String, FileSignature, Data?>()
    /// Decoded text (or the decoding diagnostic; nil: unreadable) by path, valid while the
    /// file's signature is unchanged: one lookup for an unchanged file.
    let sources = InputMemo<String, FileSignature, Result<DecodedSource, Diagnostic>?>()
    /// Decoded text (or the decoding diagnostic) by path, valid while the bytes are equal.
    let texts = InputMemo<String, Data, Result<DecodedSource, Diagnostic>>()
    /// Decoded initiatives by path, valid while the text and the references are equal.
    let initiatives = InputMemo<String, InitiativeInput, DecodedInitiative>()
    /// Translated initiatives by translation path.
    let overlays = InputMemo<String, OverlayInput, DecodedInitiative>()
    /// The decoded initiatives in the order of the last load (`ListMemo`: no lookup per file).
    let decodedInOrder = ListMemo<InitiativeInput, DecodedInitiative>()
    /// Each language's initiatives in order, by language code.
    private let overlaidLists = Mutex<[String: ListMemo<OverlayItem, (Initiative, [Diagnostic])>]>([:])
    /// The last references (`interned`).
    private let references = Mutex<ReferenceContext?>(nil)
    /// Placeholder warnings (`PlaceholderScan`) by path, valid while the text is equal.
    let placeholders = InputMemo<String, String, [Diagnostic]>()
    /// How the content files group (`X.md` with `X.easy.md`), while their names are unchanged.
    let layout = ContentLayout()
    /// The inputs' fingerprint after each file of the previous build (`InputFingerprint`).
    let fingerprint = FingerprintSteps()

    package init() {}

    /// A language's initiatives in order, with their overlays (`ListMemo`).
    func overlaidInOrder(_ language: String) -> ListMemo<OverlayItem, (Initiative, [Diagnostic])> {
        overlaidLists.withLock { lists in
            if let list = lists[language] { return list }
            let list = ListMemo<OverlayItem, (Initiative, [Diagnostic])>()
            lists[language] = list
            return list
        }
    }

    /// `references`, or the previous build's when equal: equal sets of the same storage
    /// compare at once, as every initiative's memo input compares them.
    func interned(_ references: ReferenceContext) -> ReferenceContext {
        self.references.withLock { kept in
            if let kept, kept == references { return kept }
            kept = references
            return references
        }
    }
}

/// An initiative of a language after the base one: the base's value and file, its
/// translation, and the references both are read with (what `overlayInitiative` takes).
struct OverlayItem: Sendable, Equatable {
    let base: Initiative
    let baseSource: SourceText
    let translation: SourceText?
    let references: ReferenceContext
}

struct DecodedSource: Sendable {
    let text: SourceText
    let warnings: [Diagnostic]
}

struct DecodedInitiative: Sendable {
    let initiative: Initiative?
    let diagnostics: [Diagnostic]
}

struct InitiativeInput: Sendable, Equatable {
    let source: SourceText
    let references: ReferenceContext
}

struct OverlayInput: Sendable, Equatable {
    let base: SourceText
    let translation: SourceText
    let references: ReferenceContext
}
