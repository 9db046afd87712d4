import SitegenSupport
import SitegenModel

/// Reading numbers the way staff type them. The rule (documented in the README):
/// full-width digits, full-width minus and full-width point are accepted and
/// read as their half-width forms (６０ → 60); a unit (%, ％, 件…) or a thousands
/// separator (1,200) inside a number field is refused with a hint showing the
/// accepted form, because the unit has its own field and 1,200 vs 1.200 is ambiguous.
package enum NumberText {
    package struct Problem: Error, Equatable {
        package let message: String
        package let hint: String
    }

    /// Full-width digits and signs to ASCII.
    package static func halfWidth(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text } // only non-ASCII scalars change
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: out += "."
            case 0xFF0D, 0x2212: out += "-"
            case 0xFF0C: out += ","
            case 0xFF05: out += "%"
            case 0x3000: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    package static func quantity(_ raw: String) -> Result<Quantity, Problem> {
        let text = halfWidth(raw).trimmingWhitespace()
        if text.isEmpty { return .failure(Problem(message: "値が空です", hint: "数字を書いてください。例: 60")) }
        // Digits, points and minus only (the usual value): no unit and no separator to look for.
        if text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }) {
            guard isPlainDecimal(text), let q = Quantity(text) else {
                return .failure(Problem(message: "数字として読めません", hint: "半角数字と小数点で書いてください。例: 85.77"))
            }
            return .success(q)
        }
        let digitsOnly = text.filter { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
        if text.hasSuffix("%") || text.contains("件") || text.contains("事務") || text.contains("種類")
            || (digitsOnly.count < text.count && Double(digitsOnly) != nil && !text.contains(",")) {
            return .failure(Problem(message: "単位が含まれています",
                hint: "数字だけを書き、単位は unit に書いてください。例: value: \(digitsOnly)  unit: \"%\""))
        }
        if text.contains(",") {
            let plain = text.replacingOccurrences(of: ",", with: "")
            return .failure(Problem(message: "桁区切りの「,」が含まれています",
                hint: "「,」を付けずに書いてください。例: \(plain)"))
        }
        guard isPlainDecimal(text), let q = Quantity(text) else {
            return .failure(Problem(message: "数字として読めません", hint: "半角数字と小数点で書いてください。例: 85.77"))
        }
        return .success(q)
    }

    package static func integer(_ raw: String) -> Int? {
        let text = halfWidth(raw).trimmingWhitespace()
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// `-?digits(.digits)?` only: no exponents, no hex, no `inf`/`nan`, no `.5`.
    static func isPlainDecimal(_ text: String) -> Bool {
        var s = Substring(text)
        if s.first == "-" { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 15 }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

import Foundation
