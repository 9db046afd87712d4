import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct SourceDecoderTests {
    @Test func acceptsBOMAndCRLFSilently() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("a: 1\r\nb: 2\r\n".utf8)
        let text = try SourceDecoder.decode(data, path: "x.yaml").get()
        #expect(text.text == "a: 1\nb: 2\n")
    }

    @Test func refusesShiftJISWithHint() {
        // 「目黒区」 in Shift_JIS
        let data = Data("title: ".utf8) + Data([0x96, 0xDA, 0x8D, 0x95, 0x8B, 0xE6])
        guard case .failure(let d) = SourceDecoder.decode(data, path: "content/site.yaml") else {
            Issue.record("Shift_JIS accepted"); return
        }
        #expect(d.code == .invalidEncoding)
        #expect(d.message.contains("Shift_JIS"))
        #expect(d.message.contains("UTF-8で保存してください"))
        #expect(d.location.description == "content/site.yaml:1:8")
    }

    @Test func refusesInvalidUTF8AtItsLine() {
        let data = Data("a: 1\nb: ".utf8) + Data([0xFF, 0x41])
        guard case .failure(let d) = SourceDecoder.decode(data, path: "f.yaml") else { Issue.record("accepted"); return }
        #expect(d.location.line == 2)
        #expect(d.location.column == 4)
    }

    @Test func refusesNULBytes() {
        let data = Data("a: 1\n".utf8) + Data([0x00])
        guard case .failure(let d) = SourceDecoder.decode(data, path: "f.yaml") else { Issue.record("accepted"); return }
        #expect(d.code == .invalidEncoding)
        #expect(d.location.line == 2)
    }

    @Test func refusesHugeFiles() {
        let data = Data(repeating: 0x61, count: SourceDecoder.maximumBytes + 1)
        guard case .failure(let d) = SourceDecoder.decode(data, path: "f.yaml") else { Issue.record("accepted"); return }
        #expect(d.code == .fileTooLarge)
    }
}
