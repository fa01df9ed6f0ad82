// The driver itself is in the toolchain's libFuzzer, linked by -sanitize=fuzzer; this
// target only declares it to Swift.
#include "CLibFuzzer.h"
