import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Swaps two directories in one step (Linux `renameat2(RENAME_EXCHANGE)`), so
/// that there is no moment at which the output folder does not exist — a
/// build killed between "move the old site away" and "move the new one in"
/// would otherwise leave no `output/` until the next run repairs it.
/// `renameat2` is looked up at run time: Glibc's Swift module does not export
/// it, and older kernels or other file systems may refuse it (the caller then
/// falls back to two renames).
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// true when `a` and `b` were exchanged; false when the system cannot do it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        let atCurrentDirectory: Int32 = -100 // AT_FDCWD
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
    }
}
