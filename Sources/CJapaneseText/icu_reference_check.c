#include "CJapaneseText.h"
#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

struct cjt_reference_check {
    UConverter *euc_jp;
    int allow_jis_x_0201;
    // Kept between calls and grown as needed.
    UChar *units;
    char *bytes;
    int32_t capacity;
};

// ICU's own UCNV_FROM_U_CALLBACK_STOP lets an unmappable default-ignorable code point
// (U+202E, U+200B, ...) through as if it were not there; a character-set check must
// reject it, so this callback leaves every error standing.
static void stop_on_every_unmappable(const void *context, UConverterFromUnicodeArgs *args,
                                     const UChar *units, int32_t length, UChar32 codePoint,
                                     UConverterCallbackReason reason, UErrorCode *status) {
    (void)context; (void)args; (void)units; (void)length; (void)codePoint; (void)reason; (void)status;
}

cjt_reference_check *cjt_reference_check_open(int allow_jis_x_0201) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *euc_jp = ucnv_open("ibm-33722_P120-1999", &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    ucnv_setFromUCallBack(euc_jp, stop_on_every_unmappable, NULL, NULL, NULL, &status);
    ucnv_setFallback(euc_jp, 0);
    cjt_reference_check *check = calloc(1, sizeof *check);
    check->euc_jp = euc_jp;
    check->allow_jis_x_0201 = allow_jis_x_0201;
    return check;
}

void cjt_reference_check_close(cjt_reference_check *check) {
    ucnv_close(check->euc_jp);
    free(check->units);
    free(check->bytes);
    free(check);
}

int cjt_reference_check_contains(cjt_reference_check *check, const uint8_t *utf8, int32_t length) {
    // UTF-16 needs at most one unit per UTF-8 byte; EUC-JP at most three bytes per unit.
    if (length + 1 > check->capacity) {
        check->capacity = length + 1;
        check->units = realloc(check->units, sizeof(UChar) * (size_t)check->capacity);
        check->bytes = realloc(check->bytes, 3 * (size_t)check->capacity);
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t unitCount = 0;
    u_strFromUTF8(check->units, check->capacity, &unitCount, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) {
        return 0;
    }
    ucnv_resetFromUnicode(check->euc_jp);
    int32_t byteCount = ucnv_fromUChars(check->euc_jp, check->bytes, 3 * check->capacity,
                                        check->units, unitCount, &status);
    if (U_FAILURE(status)) {
        return 0;
    }
    const uint8_t *bytes = (const uint8_t *)check->bytes;
    for (int32_t i = 0; i < byteCount;) {
        uint8_t lead = bytes[i];
        if (lead < 0x80) {
            if (!check->allow_jis_x_0201 || lead < 0x20 || lead == 0x7F) return 0;
            i += 1;
        } else if (lead == 0x8E) {  // SS2: half-width katakana
            if (!check->allow_jis_x_0201) return 0;
            i += 2;
        } else if ((lead >= 0xA1 && lead <= 0xA8) || (lead >= 0xB0 && lead <= 0xF4)) {
            i += 2;
        } else {
            return 0;
        }
    }
    return 1;
}
