import Foundation
import Synchronization
import SitegenSupport
import SitegenModel

/// A short fingerprint of everything a build reads (the content and the theme):
/// two builds with the same fingerprint make the same pages, so a site check's
/// results belong to a build exactly when they carry its fingerprint.
/// FNV-1a (64 bit) over each file's relative path and bytes in path order: it
/// detects change, it is not a security measure.
package enum InputFingerprint {
    /// - Parameters:
    ///   - skipping: file names left out (the results file itself).
    ///   - cache: kept by `sitegen serve`: the hash is taken up again after the last file that
    ///     is unchanged since the previous build, with every file before it (see `FingerprintSteps`),
    ///     and bytes come from the cache while a file's signature is unchanged.
    package static func of(folders: [String], skipping: Set<String>, io: FileIO, cache: ContentCache? = nil) -> String {
        var hash = FNV1a()
        var steps = cache.map { FingerprintSteps.Walk(previous: $0.fingerprint.steps) }
        func step(id: @autoclosure () -> String, isFile: Bool, signature: FileSignature?, add: (inout FNV1a) -> Void) {
            if steps == nil { add(&hash) } else { steps?.step(id: id(), isFile: isFile, signature: signature, hash: &hash, add: add) }
        }
        for (index, folder) in folders.enumerated() {
            let root = FileIO.folder(folder)
            step(id: "\(index)", isFile: false, signature: nil) { $0.add(Array("\(index)\u{0}".utf8)) }
            guard io.isDirectory(root), let entries = try? io.walk(root) else { continue }
            for entry in entries.filter({ $0.kind == .file }).sorted(by: { $0.relative < $1.relative }) {
                if ContentLoader.isHidden(entry.relative) || skipping.contains(entry.relative) { continue }
                let path = root + "/" + entry.relative
                let signature = cache == nil ? nil : io.signature(path)
                step(id: "\(index)/" + entry.relative, isFile: true, signature: signature) { hash in
                    hash.add(Array(entry.relative.utf8) + [0])
                    let data = signature.map { signature in cache?.bytes.value(path, for: signature) { try? io.read(path) } }
                        ?? (try? io.read(path))
                    if let data { hash.add(data) }
                    hash.add([0xFF])
                }
            }
        }
        if let made = steps?.made { cache?.fingerprint.steps = made }
        return hash.hex
    }

    struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ bytes: [UInt8]) {
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
        }
        /// The same as `add(Array(data))`, without the copy.
        mutating func add(_ data: Data) {
            var value = self.value
            data.withUnsafeBytes { bytes in
                for byte in bytes {
                    value ^= UInt64(byte)
                    value = value &* 0x0000_0100_0000_01B3
                }
            }
            self.value = value
        }
        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}

/// The fingerprint's hash after each of its steps (a folder's start, a file) in the previous
/// build of `sitegen serve`. The hash after a step depends only on the steps up to it, so
/// while they are the same files with the same signatures, the kept value is the value a
/// fresh computation gives; from the first difference on, every file is hashed again.
package final class FingerprintSteps: Sendable {
    struct Step: Sendable {
        let id: String
        let signature: FileSignature?
        let hash: UInt64
    }

    private let kept = Mutex<[Step]>([])

    var steps: [Step] {
        get { kept.withLock { $0 } }
        set { kept.withLock { $0 = newValue } }
    }

    /// One fingerprint's walk through its steps.
    struct Walk {
        let previous: [Step]
        private(set) var made: [Step] = []
        /// Every step so far was the previous build's.
        private var sameSoFar = true

        init(previous: [Step]) { self.previous = previous }

        /// Adds a step: from the previous build when it and all before it are the same
        /// (a file only when its signature is known), else by `add`.
        mutating func step(id: String, isFile: Bool, signature: FileSignature?, hash: inout InputFingerprint.FNV1a,
                           add: (inout InputFingerprint.FNV1a) -> Void) {
            let index = made.count
            if sameSoFar, index < previous.count, previous[index].id == id, !isFile || signature != nil,
               previous[index].signature == signature {
                hash.value = previous[index].hash
            } else {
                sameSoFar = false
                add(&hash)
            }
            made.append(Step(id: id, signature: signature, hash: hash.value))
        }
    }
}
