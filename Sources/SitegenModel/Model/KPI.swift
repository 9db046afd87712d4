import SitegenSupport

/// A 目標・指標 of an initiative.
public struct KPI: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A figure with a target.
        case number
        /// A yes/no goal with a status.
        case milestone
    }

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        /// Higher is better: the target is reached at or above it.
        case atLeast = "at_least"
        /// Lower is better (指摘事項 2件以内, 障害ゼロ).
        case atMost = "at_most"
        /// Exactly the target.
        case equal

        /// The Japanese qualifier shown after a target: 以上 / 以内 / ちょうど.
        public var japaneseQualifier: String {
            switch self {
            case .atLeast: "以上"
            case .atMost: "以内"
            case .equal: ""
            }
        }

        /// Whether `value` meets a target of `target`.
        public func isMet(_ value: Double, target: Double) -> Bool {
            switch self {
            case .atLeast: value >= target
            case .atMost: value <= target
            case .equal: value == target
            }
        }
    }

    public enum Status: String, Sendable, Hashable, CaseIterable {
        case planned
        case inProgress = "in_progress"
        case done

        public var japaneseLabel: String {
            switch self {
            case .planned: "未着手"
            case .inProgress: "進行中"
            case .done: "完了"
            }
        }
        /// 0, 1, 2 — the step of a milestone indicator.
        public var step: Int {
            switch self {
            case .planned: 0
            case .inProgress: 1
            case .done: 2
            }
        }
    }

    public struct Target: Sendable, Hashable {
        public let value: Quantity
        public let comparison: Comparison
        public init(value: Quantity, comparison: Comparison) {
            self.value = value
            self.comparison = comparison
        }
    }

    public struct Baseline: Sendable, Hashable {
        public let value: Quantity
        /// As the source words it: 令和5年度実績.
        public let label: String
        public let note: String?
        public init(value: Quantity, label: String, note: String?) {
            self.value = value
            self.label = label
            self.note = note
        }
    }

    public struct Actual: Sendable, Hashable {
        public let date: CalendarDate
        public let value: Quantity
        public let note: String?
        public init(date: CalendarDate, value: Quantity, note: String?) {
            self.date = date
            self.value = value
            self.note = note
        }
    }

    public let id: String
    public let label: String
    public let kind: Kind
    public let unit: String?
    public let target: Target?
    public let baseline: Baseline?
    /// Sorted by date.
    public let actuals: [Actual]
    public let status: Status?
    public let note: String?
    public let evaluation: String?
    public let location: SourceLocation

    public init(id: String, label: String, kind: Kind, unit: String?, target: Target?, baseline: Baseline?,
                actuals: [Actual], status: Status?, note: String?, evaluation: String?, location: SourceLocation) {
        self.id = id
        self.label = label
        self.kind = kind
        self.unit = unit
        self.target = target
        self.baseline = baseline
        self.actuals = actuals
        self.status = status
        self.note = note
        self.evaluation = evaluation
        self.location = location
    }

    public var isPercent: Bool { unit == "%" || unit == "％" }

    /// The value a progress bar shows: the latest actual, else the baseline.
    public var current: CurrentValue? {
        if let last = actuals.last { return CurrentValue(value: last.value, source: .actual(last.date)) }
        if let baseline { return CurrentValue(value: baseline.value, source: .baseline(baseline.label)) }
        return nil
    }

    public struct CurrentValue: Sendable, Hashable {
        public enum Source: Sendable, Hashable {
            case actual(CalendarDate)
            case baseline(String)
        }
        public let value: Quantity
        public let source: Source
    }

    /// "60%", "3事務", "90.00%".
    public func formatted(_ q: Quantity) -> String { q.text + (unit ?? "") }
}
