#if !SITEGEN_STAMPED
/// Built without a stamp (`swift build`, the tests): the commit is not known. scripts/build and
/// scripts/release write BuildStamp.generated.swift (git-ignored) with `git describe` and build
/// with `-DSITEGEN_STAMPED`, which replaces this definition with that one.
enum BuildStamp {
    static let commit: String? = nil
}
#endif
