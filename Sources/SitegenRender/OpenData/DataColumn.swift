import SitegenSupport
import SitegenModel
import SitegenContent

/// One column of a published table: what a data page lists and what the
/// Table Schema in datapackage.json declares.
package struct DataColumn: Sendable, Hashable {
    /// Table Schema field types used here.
    package enum FieldType: String, Sendable, Hashable {
        case string, integer, number, date, yearmonth, boolean
    }

    /// ASCII name, the CSV header.
    package let name: String
    /// Japanese title (項目名).
    package let title: String
    /// Japanese description of what the column holds.
    package let description: String
    package let type: FieldType
    /// A fixed unit for every row (件, 月); nil where the unit varies by row
    /// (then a `unit` column says it) or the value has none.
    package let unit: String?
    /// Whether every row has a value.
    package let required: Bool
    /// The only values the column may hold, if limited.
    package let allowedValues: [String]?
    package let minimum: Int?
    package let maximum: Int?

    package init(name: String, title: String, description: String, type: FieldType, unit: String? = nil,
                required: Bool = false, allowedValues: [String]? = nil, minimum: Int? = nil, maximum: Int? = nil) {
        self.name = name
        self.title = title
        self.description = description
        self.type = type
        self.unit = unit
        self.required = required
        self.allowedValues = allowedValues
        self.minimum = minimum
        self.maximum = maximum
    }
}
