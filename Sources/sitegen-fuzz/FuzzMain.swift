import Foundation

#if SITEGEN_LIBFUZZER
import CFuzzerDriver

// Built by scripts/fuzz with -sanitize=fuzzer. SwiftPM links an executable's
// entry as `sitegen_fuzz_main`; it hands control to libFuzzer's driver.
@_cdecl("sitegen_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
#else
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender
import SitegenBuild

/// Built normally (part of `swift build`): a deterministic mutation fuzzer with
/// a fixed-seed PRNG, for machines without libFuzzer, and a replayer.
///
///     sitegen-fuzz FILE…                      run each file once (crash inputs, corpus)
///     sitegen-fuzz --runs N [--seed S] [--corpus DIR] [--dump K OUT]
@main
struct FuzzMain {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 0, seed: UInt64 = 1, corpusDirectory: String?, dump: (Int, String)?
        var files: [String] = []
        while !arguments.isEmpty {
            let a = arguments.removeFirst()
            switch a {
            case "--runs": runs = Int(arguments.removeFirst()) ?? 0
            case "--seed": seed = UInt64(arguments.removeFirst()) ?? 1
            case "--corpus": corpusDirectory = arguments.removeFirst()
            case "--dump": dump = (Int(arguments.removeFirst()) ?? 0, arguments.removeFirst())
            default: files.append(a)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                exit(2)
            }
            FuzzInput.run([UInt8](data))
        }
        guard runs > 0 else {
            print("sitegen-fuzz: replayed \(files.count) inputs without a crash")
            return
        }
        var corpus = FuzzSeeds.all
        if let corpusDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory) {
            for name in names.sorted() {
                if let data = FileManager.default.contents(atPath: corpusDirectory + "/" + name) { corpus.append([UInt8](data)) }
            }
        }
        var mutator = Mutator(seed: seed, corpus: corpus)
        let clock = ContinuousClock()
        let start = clock.now
        var slowest = Duration.zero
        for i in 0..<runs {
            let input = mutator.next()
            if let (k, out) = dump, k == i {
                _ = FileManager.default.createFile(atPath: out, contents: Data(input))
                print("sitegen-fuzz: wrote input \(i) to \(out)")
                return
            }
            let t = clock.now
            FuzzInput.run(input)
            slowest = max(slowest, clock.now - t)
            if (i + 1) % 100_000 == 0 {
                print("sitegen-fuzz: \(i + 1) inputs, \(clock.now - start), slowest \(slowest)")
            }
        }
        print("sitegen-fuzz: \(runs) inputs (seed \(seed)) in \(clock.now - start) without a crash; slowest input \(slowest)")
    }
}
#endif
