import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Hands out MeCab taggers, one per concurrent caller: a tagger is not
/// thread-safe, but all of them share one loaded dictionary (`MeCabModel`).
/// Taggers are created on demand and reused.
// Unchecked Sendable, safe because `idle` is used only under `lock`, and a borrowed MeCab tagger (not
// thread-safe itself) belongs to exactly one caller until it is given back.
final class TaggerPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [MeCabTagger]
    private let model: MeCabModel
    var dictionaryPath: String { model.dictionaryPath }

    /// The process's pool for a dictionary: the furigana and the chart word breaks
    /// borrow from one pool, so a build loads the dictionary once (two pools would map it twice).
    static func shared(dictionaryPath: String) throws -> TaggerPool {
        if let pool = sharedPools.withLock({ $0[dictionaryPath] }) { return pool }
        let made = try TaggerPool(dictionaryPath: dictionaryPath)
        return sharedPools.withLock { pools in
            if let raced = pools[dictionaryPath] { return raced }
            pools[dictionaryPath] = made
            return made
        }
    }

    private static let sharedPools = Mutex<[String: TaggerPool]>([:])

    /// Creates the first tagger right away so a bad dictionary fails here.
    init(dictionaryPath: String) throws {
        self.model = try MeCabModel(dictionaryPath: dictionaryPath)
        self.idle = [try MeCabTagger(model: model)]
    }

    /// Runs `body` with a tagger that no other caller uses meanwhile.
    func withTagger<T>(_ body: (MeCabTagger) -> T) -> T {
        let tagger: MeCabTagger
        lock.lock()
        if let last = idle.popLast() {
            lock.unlock()
            tagger = last
        } else {
            lock.unlock()
            // The dictionary is loaded already, so a new tagger only fails on
            // resource exhaustion; wait for an idle tagger rather than crash.
            if let fresh = try? MeCabTagger(model: model) {
                tagger = fresh
            } else {
                return waitForIdle(body)
            }
        }
        defer {
            lock.lock()
            idle.append(tagger)
            lock.unlock()
        }
        return body(tagger)
    }

    private func waitForIdle<T>(_ body: (MeCabTagger) -> T) -> T {
        while true {
            lock.lock()
            if let tagger = idle.popLast() {
                lock.unlock()
                defer {
                    lock.lock()
                    idle.append(tagger)
                    lock.unlock()
                }
                return body(tagger)
            }
            lock.unlock()
            Thread.sleep(forTimeInterval: 0.001)
        }
    }
}
