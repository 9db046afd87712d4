// libFuzzer's driver entry point (compiler-rt, LLVM 11+). Declared here because
// SwiftPM renames an executable's main to <module>_main on Linux, so the fuzz
// target supplies that function and hands control to libFuzzer. Only referenced
// when sitegen-fuzz is built with -sanitize=fuzzer (scripts/fuzz).
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
