import SitegenSupport

/// A position in a content file, 1-based, counted in the whole file
/// (front-matter offset included) so that editors jump to the right line.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let path: String
    package let line: Int
    package let column: Int

    package init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
    }

    package var description: String { "\(path):\(line):\(column)" }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

package enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    /// The word shown to staff.
    package var japaneseLabel: String { self == .error ? "エラー" : "警告" }

    package static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in content or configuration: a value, never thrown alone,
/// so that a run can report every problem together.
package struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let code: DiagnosticCode
    package let severity: Severity
    package let location: SourceLocation
    package let message: String
    package let hint: String?

    package init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                hint: String? = nil, severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint ?? code.defaultHint
    }

    /// `path:line:column: エラー[E001]: message` followed by an indented hint line.
    /// Path, message and hint come from content: their control characters are
    /// shown as `<U+XXXX>` (`VisibleControls`), so each diagnostic is exactly
    /// these one or two lines and sends nothing to the terminal.
    package var description: String {
        let shown = SourceLocation(path: VisibleControls.visible(location.path), line: location.line, column: location.column)
        var text = "\(shown): \(severity.japaneseLabel)[\(code.rawValue)]: \(VisibleControls.visible(message))"
        if let hint, !hint.isEmpty { text += "\n  ヒント: \(VisibleControls.visible(hint))" }
        return text
    }

    /// GitHub Actions annotation form (`::error file=…,line=…`), one line.
    /// GitHub reads `%0A` back as a line break and `%2C` as a comma; a file name
    /// written raw could end the `file` property early or start a new `::error`
    /// command on a line of its own.
    package var githubAnnotation: String {
        let kind = severity == .error ? "error" : "warning"
        let body = ([message] + (hint.map { ["ヒント: \($0)"] } ?? [])).joined(separator: " ")
        return "::\(kind) file=\(Self.githubProperty(location.path)),line=\(location.line),col=\(location.column),"
            + "title=\(Self.githubProperty(code.rawValue))::\(Self.githubData(body))"
    }

    /// A workflow command's message: `%`, CR and LF percent-encoded as GitHub
    /// documents, other control characters made visible. Scalar by scalar: "\r\n"
    /// is one Character, which a Character search for "\n" would not find.
    static func githubData(_ text: String) -> String { githubEncoded(text, isProperty: false) }

    /// A workflow command's property value: as data, and also `:` and `,`, which end a property.
    static func githubProperty(_ text: String) -> String { githubEncoded(text, isProperty: true) }

    private static func githubEncoded(_ text: String, isProperty: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in VisibleControls.visible(text, keeping: ["\r", "\n"]).unicodeScalars {
            let encoded: String? = switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            case ":" where isProperty: "%3A"
            case "," where isProperty: "%2C"
            default: nil
            }
            if let encoded { out.append(contentsOf: encoded.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.code.rawValue, lhs.message)
            < (rhs.location, rhs.severity, rhs.code.rawValue, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    package var hasErrors: Bool { contains { $0.severity == .error } }
    package var errors: [Diagnostic] { filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

/// Collects diagnostics during a stage. Reference type so nested readers can share it;
/// used from one task at a time.
package final class DiagnosticCollector {
    package private(set) var diagnostics: [Diagnostic] = []
    package init() {}

    package func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    package func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        report(Diagnostic(code, message, at: location, hint: hint, severity: .error))
    }

    package func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        report(Diagnostic(code, message, at: location, hint: hint, severity: .warning))
    }

    package func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    package var hasErrors: Bool { diagnostics.hasErrors }

    /// Sorted by file, line, column; duplicates removed.
    package var sorted: [Diagnostic] { Array(Set(diagnostics)).sorted() }
}

/// Lets single-failure steps use `Result<_, Diagnostic>`.
extension Diagnostic: Error {}
