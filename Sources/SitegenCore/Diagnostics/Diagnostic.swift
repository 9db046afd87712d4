/// A position in a content file, 1-based, counted in the whole file
/// (front-matter offset included) so that editors jump to the right line.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    /// The word shown to staff.
    public var japaneseLabel: String { self == .error ? "エラー" : "警告" }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in content or configuration: a value, never thrown alone,
/// so that a run can report every problem together.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let code: DiagnosticCode
    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    public let hint: String?

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                hint: String? = nil, severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint ?? code.defaultHint
    }

    /// `path:line:column: エラー[E001]: message` followed by an indented hint line.
    public var description: String {
        var text = "\(location): \(severity.japaneseLabel)[\(code.rawValue)]: \(message)"
        if let hint, !hint.isEmpty { text += "\n  ヒント: \(hint)" }
        return text
    }

    /// GitHub Actions annotation form (`::error file=…,line=…`).
    public var githubAnnotation: String {
        let kind = severity == .error ? "error" : "warning"
        let body = ([message] + (hint.map { ["ヒント: \($0)"] } ?? []))
            .joined(separator: " ")
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
        return "::\(kind) file=\(location.path),line=\(location.line),col=\(location.column),title=\(code.rawValue)::\(body)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.code.rawValue, lhs.message)
            < (rhs.location, rhs.severity, rhs.code.rawValue, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

/// Collects diagnostics during a stage. Reference type so nested readers can share it;
/// used from one task at a time.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}

    public func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        report(Diagnostic(code, message, at: location, hint: hint, severity: .error))
    }

    public func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        report(Diagnostic(code, message, at: location, hint: hint, severity: .warning))
    }

    public func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Sorted by file, line, column; duplicates removed.
    public var sorted: [Diagnostic] { Array(Set(diagnostics)).sorted() }
}

/// Lets single-failure steps use `Result<_, Diagnostic>`.
extension Diagnostic: Error {}
