import Testing
@testable import SitegenRender

/// The work order spreads the large jobs (schedule pages, KPI lists, open-data
/// documents) through the ordinary pages, so two of them do not run side by side.
@Suite struct JobOrderTests {
    @Test(arguments: [(0, 10), (1, 10), (5, 20_000), (5, 3), (4, 0), (3, 7)])
    func everyJobOnceLargeOnesEvenlyApart(_ largeCount: Int, _ normalCount: Int) {
        let large = (0..<largeCount).map { "L\($0)" }
        let normal = (0..<normalCount).map { "n\($0)" }
        let order = JobOrder.spread(large, among: normal)
        #expect(order.sorted() == (large + normal).sorted())
        // Each kind keeps its own order.
        #expect(order.filter { $0.hasPrefix("L") } == large)
        #expect(order.filter { $0.hasPrefix("n") } == normal)
        guard largeCount > 0 else { return }
        #expect(order.first == "L0", "the first large job starts at once")
        let positions = order.indices.filter { order[$0].hasPrefix("L") }
        let share = normalCount / largeCount
        for (a, b) in zip(positions, positions.dropFirst()) {
            #expect(b - a == share + 1, "\(share) ordinary pages between two large jobs")
        }
    }

    @Test func theRealOrderPutsNoTwoLargeJobsTogether() {
        // 14 initiatives in two languages: about 30 pages each, 2 large pages each, and the open data.
        let order = JobOrder.spread(["data", "ja schedule", "ja kpis", "easy schedule", "easy kpis"],
                                    among: (0..<60).map { "page \($0)" })
        for (a, b) in zip(order, order.dropFirst()) {
            #expect(!(a.contains("schedule") || a.contains("kpis") || a == "data")
                    || !(b.contains("schedule") || b.contains("kpis") || b == "data"))
        }
    }
}
