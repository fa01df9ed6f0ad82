#ifndef CICUREFERENCECHECK_H
#define CICUREFERENCECHECK_H

#include <stdint.h>

/// Checks UTF-8 lines the way code without precomputed tables would: each line through
/// ICU's EUC-JP converter, then the bytes it produced are inspected for JIS X 0208 rows
/// 1–8 and 16–84 (and, when `allow_jis_x_0201` is set, printable ASCII and half-width
/// katakana, which makes it a Shift_JIS check).
typedef struct icu_reference_check icu_reference_check;

icu_reference_check *icu_reference_check_open(int allow_jis_x_0201);
void icu_reference_check_close(icu_reference_check *check);

/// Whether the line lies inside the set.
int icu_reference_check_line(icu_reference_check *check, const uint8_t *utf8, int32_t length);

#endif
