#ifndef CJAPANESETEXT_H
#define CJAPANESETEXT_H

// The C surface the JapaneseText module sees: plain C types and opaque handles only,
// so that no Swift file ever meets an ICU type (Foundation on Linux ships its own ICU,
// and the two sets of declarations clash in one Swift module).

#include <stdint.h>

// MARK: Character-set bitmaps (charset_tables.c, generated)

/// The character sets with a precomputed membership bitmap. Every set lies in the BMP.
typedef enum {
    CJT_CHARSET_JISX0208 = 0,
    CJT_CHARSET_SHIFT_JIS = 1,
    CJT_CHARSET_CP932 = 2,
    CJT_CHARSET_FULLWIDTH_KATAKANA = 3,
    CJT_CHARSET_HIRAGANA = 4,
    CJT_CHARSET_HALFWIDTH_KATAKANA = 5,
    CJT_CHARSET_ASCII_DIGITS = 6,
    CJT_CHARSET_ASCII = 7
} cjt_charset;

/// 8,192 bytes: bit (c & 7) of byte (c >> 3) is set when BMP scalar c is in the set.
const uint8_t *cjt_charset_bitmap(cjt_charset set);

// MARK: Converters (icu_converter.c)

typedef struct cjt_converter cjt_converter;

/// Opens an ICU converter by name or alias; NULL when ICU has no such converter.
cjt_converter *cjt_converter_open(const char *name);
void cjt_converter_close(cjt_converter *converter);

/// Decodes `length` bytes to UTF-16 without substitution or fallback mappings.
/// Returns the number of code units written, or -1 when a byte sequence is illegal,
/// unassigned, or the output does not fit.
int32_t cjt_converter_decode(cjt_converter *converter, const uint8_t *bytes, int32_t length,
                             uint16_t *out, int32_t capacity);

/// Encodes UTF-16 without substitution or fallback mappings. Returns the number of bytes
/// written, or -1 when a character has no round-trip mapping or the output does not fit.
int32_t cjt_converter_encode(cjt_converter *converter, const uint16_t *units, int32_t length,
                             uint8_t *out, int32_t capacity);

// MARK: Reference check (icu_reference_check.c)

/// The character-set check done the way code without precomputed tables would: the text
/// through ICU's EUC-JP converter, then the bytes it produced inspected for JIS X 0208
/// rows 1–8 and 16–84 (and, when `allow_jis_x_0201` is set, printable ASCII and half-width
/// katakana, which makes it a Shift_JIS check).
typedef struct cjt_reference_check cjt_reference_check;

/// NULL when ICU has no ibm-33722 converter.
cjt_reference_check *cjt_reference_check_open(int allow_jis_x_0201);
void cjt_reference_check_close(cjt_reference_check *check);

/// 1 when the UTF-8 text lies inside the set, 0 when it does not or is not UTF-8.
int cjt_reference_check_contains(cjt_reference_check *check, const uint8_t *utf8, int32_t length);

// MARK: Transliterators (icu_transliterator.c)

typedef struct cjt_transliterator cjt_transliterator;

/// Opens an ICU transliterator from a compound ID such as "Hiragana-Katakana";
/// NULL when the ID is not valid.
cjt_transliterator *cjt_transliterator_open(const uint16_t *id, int32_t idLength);
void cjt_transliterator_close(cjt_transliterator *transliterator);

/// Transliterates `buffer[0..<length]` in place. Returns the new length, or -1 on failure
/// (including a result longer than `capacity`).
int32_t cjt_transliterate(const cjt_transliterator *transliterator, uint16_t *buffer,
                          int32_t length, int32_t capacity);

// MARK: Normalization (icu_normalizer.c)

typedef enum {
    CJT_NFC = 0,
    CJT_NFKC = 1,
    CJT_NFD = 2
} cjt_normalization_form;

/// Normalizes UTF-16 text. Returns the length of the full result, which exceeds
/// `capacity` when `out` was too small (call again with a larger buffer), or -1 on failure.
int32_t cjt_normalize(cjt_normalization_form form, const uint16_t *units, int32_t length,
                      uint16_t *out, int32_t capacity);

#endif
