import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// TEST HOOK, not a feature. `SITEGEN_TEST_STOP_AT=<point>` makes the process kill
/// itself with SIGKILL (no clean-up, as a power cut or the OOM killer would) when
/// writing the output reaches that point, so that InterruptedBuildTests checks every
/// moment of the write deterministically instead of hoping a timed kill lands there.
/// Unset — always, outside those tests — each point costs one comparison.
enum TestStopPoint: String, CaseIterable, Sendable {
    /// The staging folder exists with its marker; nothing rendered yet.
    case afterStagingCreated = "after-staging-created"
    /// Half as many files written to staging as the previous output holds.
    case midRender = "mid-render"
    /// Every file in staging; the swap not begun.
    case beforeSwap = "before-swap"
    /// Output and staging exchanged; the old site (now in staging) not yet removed.
    case afterSwap = "after-swap"
    /// Two-rename fallback: the old output moved to `.sitegen-previous-*`, the new one not yet moved in.
    case fallbackAfterMoveAside = "fallback-after-move-aside"
    /// Two-rename fallback: the new site moved in, the previous one not yet removed.
    case fallbackAfterMoveIn = "fallback-after-move-in"

    static let variable = "SITEGEN_TEST_STOP_AT"

    /// Read once per process.
    static let requested = ProcessInfo.processInfo.environment[variable].flatMap(TestStopPoint.init(rawValue:))

    /// Linux always exchanges an existing output in one step, so the fallback's
    /// points take the two-rename path on purpose; it is otherwise unreachable there.
    static var forcesTwoRenames: Bool {
        requested == .fallbackAfterMoveAside || requested == .fallbackAfterMoveIn
    }

    static func reached(_ point: TestStopPoint) {
        if requested == point { kill(getpid(), SIGKILL) }
    }
}
