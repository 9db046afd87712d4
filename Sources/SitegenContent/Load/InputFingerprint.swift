import Foundation
import SitegenSupport
import SitegenModel

/// A short fingerprint of everything a build reads (the content and the theme):
/// two builds with the same fingerprint make the same pages, so a site check's
/// results belong to a build exactly when they carry its fingerprint.
/// FNV-1a (64 bit) over each file's relative path and bytes in path order: it
/// detects change, it is not a security measure.
package enum InputFingerprint {
    /// - Parameter skipping: file names left out (the results file itself).
    package static func of(folders: [String], skipping: Set<String>, io: FileIO) -> String {
        var hash = FNV1a()
        for (index, folder) in folders.enumerated() {
            let root = FileIO.folder(folder)
            hash.add(Array("\(index)\u{0}".utf8))
            guard io.isDirectory(root), let entries = try? io.walk(root) else { continue }
            for entry in entries.filter({ $0.kind == .file }).sorted(by: { $0.relative < $1.relative }) {
                let name = entry.relative.split(separator: "/").last.map(String.init) ?? entry.relative
                if name.hasPrefix(".") || name.hasSuffix("~") || skipping.contains(entry.relative) { continue }
                hash.add(Array(entry.relative.utf8) + [0])
                if let data = try? io.read(root + "/" + entry.relative) { hash.add(Array(data)) }
                hash.add([0xFF])
            }
        }
        return hash.hex
    }

    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ bytes: [UInt8]) {
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
        }
        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
