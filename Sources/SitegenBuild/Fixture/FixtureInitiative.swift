import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// One synthetic initiative of a benchmark fixture: plain values from which
/// both the sitegen content file and the equivalent Hugo page are written, so
/// the two tools are measured on the same pages.
package struct FixtureInitiative: Sendable, Equatable {
    package struct KPI: Sendable, Equatable {
        package enum Shape: Sendable, Equatable {
            /// A number KPI. Values are text so they keep their written precision.
            case number(unit: String, target: String, comparison: String, baseline: String?, actuals: [(date: String, value: String)])
            case milestone(status: String)

            package static func == (a: Shape, b: Shape) -> Bool {
                switch (a, b) {
                case let (.number(u1, t1, c1, b1, a1), .number(u2, t2, c2, b2, a2)):
                    return u1 == u2 && t1 == t2 && c1 == c2 && b1 == b2
                        && a1.map { $0.date + " " + $0.value } == a2.map { $0.date + " " + $0.value }
                case let (.milestone(s1), .milestone(s2)): return s1 == s2
                default: return false
                }
            }
        }
        package let id: String
        package let label: String
        package let easyLabel: String
        package let note: String
        package let shape: Shape
    }

    package struct Task: Sendable, Equatable {
        package struct Bar: Sendable, Equatable {
            package let from: String, to: String, label: String, easyLabel: String
        }
        package struct Milestone: Sendable, Equatable {
            package let at: String, label: String, easyLabel: String
        }
        package let id: String
        package let task: String
        package let easyTask: String
        package let bars: [Bar]
        package let milestones: [Milestone]
    }

    package let index: Int
    package let id: String
    package let theme: String
    package let vision: [Int]
    package let title: String
    package let easyTitle: String
    package let summary: String
    package let easySummary: String
    package let kpis: [KPI]
    package let schedule: [Task]
    package let body: String
    package let easyBody: String

    /// Zero-padded so file names sort in number order up to 99,999 initiatives.
    package var fileStem: String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits + "-" + id
    }
}
