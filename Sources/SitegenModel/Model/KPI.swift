import SitegenSupport

/// A 目標・指標 of an initiative.
package struct KPI: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A figure with a target.
        case number
        /// A yes/no goal with a status.
        case milestone
    }

    package enum Comparison: String, Sendable, Hashable, CaseIterable {
        /// Higher is better: the target is reached at or above it.
        case atLeast = "at_least"
        /// Lower is better (指摘事項 2件以内, 障害ゼロ).
        case atMost = "at_most"
        /// Exactly the target.
        case equal

        /// The comparison as a word for data files (`comparison_label`): 以上 / 以内.
        /// Pages never append it to a target: they show the target as the source words it.
        package var japaneseQualifier: String {
            switch self {
            case .atLeast: "以上"
            case .atMost: "以内"
            case .equal: ""
            }
        }

        /// Whether `value` meets a target of `target`.
        package func isMet(_ value: Double, target: Double) -> Bool {
            switch self {
            case .atLeast: value >= target
            case .atMost: value <= target
            case .equal: value == target
            }
        }
    }

    package enum Status: String, Sendable, Hashable, CaseIterable {
        case planned
        case inProgress = "in_progress"
        case done

        package var japaneseLabel: String {
            switch self {
            case .planned: "未着手"
            case .inProgress: "進行中"
            case .done: "完了"
            }
        }
        /// 0, 1, 2 — the step of a milestone indicator.
        package var step: Int {
            switch self {
            case .planned: 0
            case .inProgress: 1
            case .done: 2
            }
        }
    }

    package struct Target: Sendable, Hashable {
        package let value: Quantity
        package let comparison: Comparison
        /// The target as the source words it ("12課中2件以内", "発生ゼロ"); nil: the value and unit.
        package let text: String?
        /// What the figure counts over when it is not what the baseline counts ("12課");
        /// figures of different scopes are never compared in generated sentences.
        package let scope: String?
        /// When the target is due, as the content states it; nil: the end of the report's fiscal year.
        package let date: CalendarDate?
        package init(value: Quantity, comparison: Comparison, text: String? = nil, scope: String? = nil,
                     date: CalendarDate? = nil) {
            self.value = value
            self.comparison = comparison
            self.text = text
            self.scope = scope
            self.date = date
        }
    }

    package struct Baseline: Sendable, Hashable {
        package let value: Quantity
        /// As the source words it: 令和5年度実績.
        package let label: String
        package let note: String?
        /// The value as the source words it ("6課中1件"); nil: the value and unit.
        package let text: String?
        /// See `Target.scope`.
        package let scope: String?
        /// The day the baseline figure stands for, as the content states it; nil: the day
        /// before the report's fiscal year begins (a 前年度実績).
        package let date: CalendarDate?
        package init(value: Quantity, label: String, note: String?, text: String? = nil, scope: String? = nil,
                     date: CalendarDate? = nil) {
            self.value = value
            self.label = label
            self.note = note
            self.text = text
            self.scope = scope
            self.date = date
        }
    }

    package struct Actual: Sendable, Hashable {
        package let date: CalendarDate
        package let value: Quantity
        package let note: String?
        package init(date: CalendarDate, value: Quantity, note: String?) {
            self.date = date
            self.value = value
            self.note = note
        }
    }

    package let id: String
    package let label: String
    package let kind: Kind
    package let unit: String?
    package let target: Target?
    package let baseline: Baseline?
    /// Sorted by date.
    package let actuals: [Actual]
    package let status: Status?
    package let note: String?
    package let evaluation: String?
    package let location: SourceLocation

    package init(id: String, label: String, kind: Kind, unit: String?, target: Target?, baseline: Baseline?,
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

    package var isPercent: Bool { unit == "%" || unit == "％" }

    /// The value a progress bar shows: the latest actual, else the baseline.
    package var current: CurrentValue? {
        if let last = actuals.last { return CurrentValue(value: last.value, source: .actual(last.date)) }
        if let baseline { return CurrentValue(value: baseline.value, source: .baseline(baseline.label)) }
        return nil
    }

    package struct CurrentValue: Sendable, Hashable {
        package enum Source: Sendable, Hashable {
            case actual(CalendarDate)
            case baseline(String)
        }
        package let value: Quantity
        package let source: Source
    }

    /// "60%", "3事務", "90.00%".
    package func formatted(_ q: Quantity) -> String { q.text + (unit ?? "") }

    /// The target as shown: the source's words, else "60%" (never with an added 以上).
    package var targetText: String? { target.map { $0.text ?? formatted($0.value) } }

    /// The baseline value as shown: the source's words, else "46%".
    package var baselineText: String? { baseline.map { $0.text ?? formatted($0.value) } }

    /// Whether target and baseline count over the same thing, so that a sentence may compare them.
    package var baselineIsComparable: Bool { target?.scope == baseline?.scope }
}
