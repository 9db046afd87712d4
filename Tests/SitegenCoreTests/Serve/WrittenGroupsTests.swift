import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenBuild

/// `IncrementalWriter.write(groups:)` skips a group the last whole-site write left on disk as it is
/// (the same array, as a memo hands it out again); these check that the disk still ends up exactly
/// as the groups say when something else wrote or removed files in between.
@Suite struct WrittenGroupsTests {
    /// Two whole-site writes of the same arrays: after the second, both groups are known as written.
    private func written(_ groups: [[OutputFile]]) -> (IncrementalWriter, FileIO, MemoryStore) {
        let (io, store) = FileIO.memory()
        var writer = IncrementalWriter(outputPath: "out")
        #expect(!writer.write(groups: groups, io: io).1.hasErrors)
        #expect(!writer.write(groups: groups, io: io).1.hasErrors)
        return (writer, io, store)
    }

    @Test func aKeptGroupIsWrittenAgainOverTheEditedStepsVersion() {
        let page = [OutputFile(path: "a/index.html", text: "old title"), OutputFile(path: "a/chart.svg", text: "chart")]
        let list = [OutputFile(path: "list/index.html", text: "list")]
        var (writer, io, store) = written([page, list])
        // The edited step writes a new version of the page; the whole site then keeps the old
        // result (its input went back, say): the page must be written back.
        let part = writer.writePart([OutputFile(path: "a/index.html", text: "new title")], io: io)
        #expect(part.0.written == 1)
        let (summary, diagnostics) = writer.write(groups: [page, list], io: io)
        #expect(diagnostics.isEmpty && summary.written == 1)
        #expect(store.text("out/a/index.html") == "old title")
    }

    @Test func aFileChangedByAWholeSiteWriteStaysInItsGroup() {
        let (io, store) = FileIO.memory()
        var writer = IncrementalWriter(outputPath: "out")
        #expect(!writer.write(groups: [[OutputFile(path: "a.html", text: "1")]], io: io).1.hasErrors)
        // This write changes a.html: the group that has it now is known as written.
        let group = [OutputFile(path: "a.html", text: "2"), OutputFile(path: "b.html", text: "new")]
        #expect(writer.write(groups: [group], io: io).0.written == 2)
        #expect(writer.writePart([OutputFile(path: "a.html", text: "3"), OutputFile(path: "b.html", text: "3")], io: io).0.written == 2)
        #expect(writer.write(groups: [group], io: io).0.written == 2)
        #expect(store.text("out/a.html") == "2" && store.text("out/b.html") == "new")
    }

    @Test func filesOfAGroupThatIsGoneAreRemovedEvenWhenTheCountsMatch() {
        let kept = [OutputFile(path: "k.html", text: "k")]
        let gone = [OutputFile(path: "g1.html", text: "g"), OutputFile(path: "g2.html", text: "g")]
        var (writer, io, store) = written([kept, gone])
        // As many files as before, one of them new: the previous site's others go.
        let renamed = [OutputFile(path: "g1.html", text: "g"), OutputFile(path: "n.html", text: "n")]
        let (summary, diagnostics) = writer.write(groups: [kept, renamed], io: io)
        #expect(diagnostics.isEmpty && summary.written == 1 && summary.removed == 1)
        #expect(store.paths == ["out/.sitegen-output", "out/g1.html", "out/k.html", "out/n.html"])
        // Fewer files, every one of them known.
        #expect(writer.write(groups: [kept], io: io).0.removed == 2)
        #expect(store.paths == ["out/.sitegen-output", "out/k.html"])
    }
}
