import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// The taggers of a pool share one loaded dictionary: each `mecab_new` mapped
/// sys.dic again, and the second mapping cost the 14-initiative build ~27 MB
/// of its peak memory (issue 13).
@Suite struct TaggerPoolTests {
    @Test func concurrentTaggersMapTheDictionaryOnce() throws {
        #if os(Linux)
        let dictionary = try Self.privateDictionary()
        defer { try? FileManager.default.removeItem(atPath: dictionary) }
        let pool = try TaggerPool(dictionaryPath: dictionary)
        // A tagger borrowed inside another's use is a second tagger, as with two workers.
        let (outer, inner, mappings) = pool.withTagger { first in
            pool.withTagger { second in
                (first.morphemes("目黒区の計画"), second.morphemes("目黒区の計画"), Self.mappings(of: dictionary + "/sys.dic"))
            }
        }
        #expect(mappings == 1)
        // Both taggers read with the same dictionary.
        #expect(outer.map(\.reading) == [Optional("メグロ"), "ク", "ノ", "ケイカク"])
        #expect(outer == inner)
        #endif
    }

    /// Lines of /proc/self/maps that map `path`.
    static func mappings(of path: String) -> Int {
        let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
        return maps.split(separator: "\n").filter { $0.hasSuffix(" " + path) }.count
    }

    /// The test's own path to the dictionary (hard links, else copies), so that pools
    /// of other tests running meanwhile do not count.
    static func privateDictionary() throws -> String {
        let source = try FuriganaFixture.annotator().dictionaryPath
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-pool-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            let from = source + "/" + name, to = folder + "/" + name
            if link(from, to) != 0 { try FileManager.default.copyItem(atPath: from, toPath: to) }
        }
        return folder
    }
}
