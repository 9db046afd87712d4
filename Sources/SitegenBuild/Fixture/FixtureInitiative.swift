import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// One synthetic initiative of a benchmark fixture: plain values from which
/// both the sitegen content file and the equivalent Hugo page are written, so
/// the two tools are measured on the same pages.
public struct FixtureInitiative: Sendable, Equatable {
    public struct KPI: Sendable, Equatable {
        public enum Shape: Sendable, Equatable {
            /// A number KPI. Values are text so they keep their written precision.
            case number(unit: String, target: String, comparison: String, baseline: String?, actuals: [(date: String, value: String)])
            case milestone(status: String)

            public static func == (a: Shape, b: Shape) -> Bool {
                switch (a, b) {
                case let (.number(u1, t1, c1, b1, a1), .number(u2, t2, c2, b2, a2)):
                    return u1 == u2 && t1 == t2 && c1 == c2 && b1 == b2
                        && a1.map { $0.date + " " + $0.value } == a2.map { $0.date + " " + $0.value }
                case let (.milestone(s1), .milestone(s2)): return s1 == s2
                default: return false
                }
            }
        }
        public let id: String
        public let label: String
        public let easyLabel: String
        public let note: String
        public let shape: Shape
    }

    public struct Task: Sendable, Equatable {
        public struct Bar: Sendable, Equatable {
            public let from: String, to: String, label: String, easyLabel: String
        }
        public struct Milestone: Sendable, Equatable {
            public let at: String, label: String, easyLabel: String
        }
        public let id: String
        public let task: String
        public let easyTask: String
        public let bars: [Bar]
        public let milestones: [Milestone]
    }

    public let index: Int
    public let id: String
    public let theme: String
    public let vision: [Int]
    public let title: String
    public let easyTitle: String
    public let summary: String
    public let easySummary: String
    public let kpis: [KPI]
    public let schedule: [Task]
    public let body: String
    public let easyBody: String

    /// Zero-padded so file names sort in number order up to 99,999 initiatives.
    public var fileStem: String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits + "-" + id
    }
}
