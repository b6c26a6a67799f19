#include <stddef.h>
#include <stdint.h>

// SwiftPM links an executable's main to `<module>_main`, which a module compiled with
// -parse-as-library (as libFuzzer needs) does not define: this one hands the command
// line to libFuzzer's driver, as libFuzzer's own main would.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int FuzzTimeline_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
