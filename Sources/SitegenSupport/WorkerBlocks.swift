#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of byte buffers (`ByteBuffer`), kept by the thread that freed it for the next
/// buffer that thread makes. A worker renders page after page of about the same size: the
/// memory of the page it has just written (the writer runs on the worker that made the page)
/// holds the next one, instead of going back to malloc, which gives large blocks back to
/// the system and faults fresh pages in for the next.
///
/// Per thread, so taking and giving back needs no lock, and no block is ever handed to two
/// buffers: a block is given back only by its buffer's deinit, when nothing refers to it.
/// Bounded: blocks outside `reusedSizes` go straight back to malloc, and a thread keeps at
/// most `keptPerThread` blocks (the largest ones).
@usableFromInline
enum WorkerBlocks {
    /// Smaller blocks are cheap to malloc (its per-thread cache); larger ones are rare
    /// (whole-report lists of a large site) and would keep a worker's memory high.
    static let reusedSizes = 4 << 10 ... 4 << 20
    static let keptPerThread = 8

    /// Memory for at least `capacity` bytes, and how many it holds.
    @usableFromInline
    static func take(_ capacity: Int) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        if reusedSizes.contains(capacity), let block = ThreadBlocks.current?.take(capacity) { return block }
        return (.allocate(capacity: max(capacity, 1)), capacity)
    }

    /// `base`, taken with `take`, is no longer used: kept by this thread or freed.
    @usableFromInline
    static func giveBack(_ base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        if reusedSizes.contains(capacity), let blocks = ThreadBlocks.current, blocks.keep(base, capacity) { return }
        base.deallocate()
    }
}

/// One thread's kept blocks, smallest first.
private final class ThreadBlocks {
    private var blocks: [(base: UnsafeMutablePointer<UInt8>, capacity: Int)] = []

    init() { blocks.reserveCapacity(WorkerBlocks.keptPerThread + 1) }

    /// The smallest kept block that holds `capacity` bytes.
    func take(_ capacity: Int) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int)? {
        guard let index = blocks.firstIndex(where: { $0.capacity >= capacity }) else { return nil }
        return blocks.remove(at: index)
    }

    /// Keeps `base` unless the thread already keeps as many larger blocks.
    func keep(_ base: UnsafeMutablePointer<UInt8>, _ capacity: Int) -> Bool {
        let index = blocks.firstIndex(where: { $0.capacity >= capacity }) ?? blocks.count
        if blocks.count == WorkerBlocks.keptPerThread {
            guard index > 0 else { return false }
            blocks.removeFirst().base.deallocate()
            blocks.insert((base, capacity), at: index - 1)
        } else {
            blocks.insert((base, capacity), at: index)
        }
        return true
    }

    deinit { for block in blocks { block.base.deallocate() } }

    /// This thread's blocks, made on first use and freed when the thread ends.
    static var current: ThreadBlocks? {
        guard let key = threadKey else { return nil }
        if let held = pthread_getspecific(key) { return Unmanaged<ThreadBlocks>.fromOpaque(held).takeUnretainedValue() }
        let made = ThreadBlocks()
        guard pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque()) == 0 else { return nil }
        return made
    }

    /// The key of every thread's blocks; nil if the system has no key left (then nothing is kept).
    private static let threadKey: pthread_key_t? = {
        var key = pthread_key_t()
        let released: @convention(c) (UnsafeMutableRawPointer?) -> Void = { held in
            if let held { Unmanaged<ThreadBlocks>.fromOpaque(held).release() }
        }
        return pthread_key_create(&key, released) == 0 ? key : nil
    }()
}
