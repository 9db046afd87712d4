import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct BoundedMemoTests {
    @Test func computesOncePerKeyAndRemembers() {
        let memo = BoundedMemo<String, Int>(limit: 10)
        var calls = 0
        #expect(memo.value(for: "a") { calls += 1; return 1 } == 1)
        #expect(memo.value(for: "a") { calls += 1; return 2 } == 1)
        #expect(calls == 1)
    }

    @Test func startsOverAtTheLimit() {
        let memo = BoundedMemo<Int, Int>(limit: 3)
        for key in 0..<3 { _ = memo.value(for: key) { key } }
        #expect(memo.count == 3)
        _ = memo.value(for: 3) { 3 }
        #expect(memo.count == 1)
        #expect(memo.value(for: 0) { -1 } == -1)
    }

    @Test func concurrentCallersGetTheSameValues() async {
        let memo = BoundedMemo<Int, String>(limit: 50)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<200).map { key in memo.value(for: key % 70) { "v\(key % 70)" } } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for list in results {
            #expect(list == (0..<200).map { "v\($0 % 70)" })
        }
    }
}
