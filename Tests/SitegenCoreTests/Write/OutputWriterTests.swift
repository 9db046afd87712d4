import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct OutputWriterTests {
    @Test func writesAndRemovesStaleFiles() {
        let (io, store) = FileIO.memory(["out/old.html": "old", "out/keep/index.html": "x", "out/.sitegen-output": ""])
        let d = OutputWriter.write([OutputFile(path: "index.html", text: "new"), OutputFile(path: "keep/index.html", text: "y")],
                                   to: "out", io: io)
        #expect(d.isEmpty)
        #expect(store.paths == ["out/.sitegen-output", "out/index.html", "out/keep/index.html"])
        #expect(store.text("out/keep/index.html") == "y")
    }

    @Test func failedWriteLeavesThePreviousOutputByteForByte() {
        let (memory, store) = FileIO.memory(["out/index.html": "previous", "out/a/b.css": "css", "out/.sitegen-output": ""])
        var io = memory
        let realWrite = memory.write
        io.write = { path, data in
            if path.hasSuffix("b.html") { throw CocoaError(.fileWriteOutOfSpace) }
            try realWrite(path, data)
        }
        let d = OutputWriter.write([OutputFile(path: "a.html", text: "1"), OutputFile(path: "b.html", text: "2")], to: "out", io: io)
        #expect(d.map(\.code) == [.outputError])
        #expect(store.paths == ["out/.sitegen-output", "out/a/b.css", "out/index.html"])
        #expect(store.text("out/index.html") == "previous")
    }

    @Test func interruptedRunIsRecoveredByTheNextOne() throws {
        // A run killed between moving the old site away and moving the new one in.
        let (io, store) = FileIO.memory([".sitegen-previous-out/index.html": "previous", ".sitegen-previous-out/.sitegen-output": "",
                                        ".sitegen-staging-out/index.html": "half", ".sitegen-staging-out/.sitegen-output": ""])
        try OutputWriter.recover(OutputWriter.Paths(output: "out"), io: io)
        #expect(store.paths == ["out/.sitegen-output", "out/index.html"])
        #expect(store.text("out/index.html") == "previous")
    }

    @Test func refusesUnsafeOrDuplicatePaths() {
        let (io, store) = FileIO.memory(["out/index.html": "previous", "out/.sitegen-output": ""])
        for bad in ["../etc/passwd", "/abs", "a//b", "a/./b", ""] {
            let d = OutputWriter.write([OutputFile(path: bad, text: "x")], to: "out", io: io)
            #expect(d.map(\.code) == [.outputError], "\(bad)")
        }
        let dup = OutputWriter.write([OutputFile(path: "a", text: "1"), OutputFile(path: "a", text: "2")], to: "out", io: io)
        #expect(dup.map(\.code) == [.outputError])
        #expect(store.paths == ["out/.sitegen-output", "out/index.html"])
    }

    @Test func stagingPathsSitNextToTheOutput() {
        let p = OutputWriter.Paths(output: "/tmp/site/output/")
        #expect(p.output == "/tmp/site/output")
        #expect(p.staging == "/tmp/site/.sitegen-staging-output")
        #expect(p.previous == "/tmp/site/.sitegen-previous-output")
        #expect(OutputWriter.Paths(output: "output").staging == ".sitegen-staging-output")
    }

    @Test func swapsOnTheRealFileSystem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("output").path
        #expect(OutputWriter.write([OutputFile(path: "a/index.html", text: "1")], to: out, io: .local).isEmpty)
        #expect(OutputWriter.write([OutputFile(path: "b/index.html", text: "2")], to: out, io: .local).isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        // The staging folder stays for the next build, holding the folders and files the output shares with it.
        #expect(names == [".sitegen-lock-output", ".sitegen-staging-output", "output"] || names == [".sitegen-staging-output", "output"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [".sitegen-output", "b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/.sitegen-staging-output") == [".sitegen-output"])
        #expect(StagingMirror.problem(staging: dir.path + "/.sitegen-staging-output", output: out) == nil)
    }
}
