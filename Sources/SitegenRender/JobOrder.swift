/// The order jobs are handed to the cores (each core takes the next job when it is free).
enum JobOrder {
    /// `large` spread evenly through `normal`, a large job at the start of each share.
    ///
    /// A large job (a language's schedule or KPI list, the open-data documents) makes
    /// tens of megabytes at 10,000 initiatives and holds several copies while it runs.
    /// Queued side by side, two of them ran at once on two cores and their memory added
    /// up in the build's peak; with a share of ordinary pages between them, one is done
    /// before the next begins. The first starts at once, so no core waits for it at the end.
    static func spread<Job>(_ large: [Job], among normal: [Job]) -> [Job] {
        guard !large.isEmpty else { return normal }
        let share = normal.count / large.count
        var order: [Job] = []
        order.reserveCapacity(large.count + normal.count)
        for (index, job) in large.enumerated() {
            order.append(job)
            let end = index == large.count - 1 ? normal.count : (index + 1) * share
            order += normal[index * share ..< end]
        }
        return order
    }
}
