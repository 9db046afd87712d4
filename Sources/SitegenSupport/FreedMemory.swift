/// Gives memory freed by a large job back to the system.
///
/// glibc's malloc keeps what a thread frees in that thread's arena for reuse, so
/// after one large page (the easy schedule page at 10,000 initiatives is over
/// 50 MB, made and copied on one core) its pages stay counted in the process's
/// resident memory for the rest of the build, and the next large job adds to them.
/// `malloc_trim` returns the free pages of every arena. It costs a walk of the
/// heap, so it runs only after jobs that made at least `threshold` bytes.
package enum FreedMemory {
    /// Below this many bytes of files a job's garbage is not worth a heap walk.
    package static let threshold = 4 << 20

    /// Returns freed memory to the system when a job of `bytes` has just been dropped.
    package static func release(afterJobOf bytes: Int) {
        guard bytes >= threshold else { return }
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }

    /// For a process that builds again and again (`sitegen serve`): large blocks come from
    /// the heap and freed ones stay there, so each build's large documents (initiatives.json
    /// is megabytes) reuse the last build's memory instead of faulting in fresh pages.
    package static func keepForReuse() {
        #if os(Linux)
        _ = mallocOption(mmapThreshold, 32 << 20)  // the largest glibc takes
        _ = mallocOption(trimThreshold, 1 << 30)
        #endif
    }
}

#if os(Linux)
// Not in Swift's Glibc module (malloc.h's extensions are not imported); the symbols are glibc's.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
@_silgen_name("mallopt") private func mallocOption(_ parameter: Int32, _ value: Int32) -> Int32
/// malloc.h's M_MMAP_THRESHOLD and M_TRIM_THRESHOLD.
private let mmapThreshold: Int32 = -3
private let trimThreshold: Int32 = -1
#endif
