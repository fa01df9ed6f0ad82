#include "CJapaneseText.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <stdlib.h>

struct cjt_converter {
    UConverter *icu;
};

cjt_converter *cjt_converter_open(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *icu = ucnv_open(name, &status);
    if (U_FAILURE(status) || icu == NULL) {
        return NULL;
    }
    // Stop at the first unmappable or illegal sequence instead of substituting,
    // so that a failed conversion can never look like a successful one.
    ucnv_setToUCallBack(icu, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setFromUCallBack(icu, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setFallback(icu, 0);
    if (U_FAILURE(status)) {
        ucnv_close(icu);
        return NULL;
    }
    cjt_converter *converter = malloc(sizeof *converter);
    if (converter == NULL) {
        ucnv_close(icu);
        return NULL;
    }
    converter->icu = icu;
    return converter;
}

void cjt_converter_close(cjt_converter *converter) {
    if (converter == NULL) {
        return;
    }
    ucnv_close(converter->icu);
    free(converter);
}

int32_t cjt_converter_decode(cjt_converter *converter, const uint8_t *bytes, int32_t length,
                             uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter->icu);
    int32_t written = ucnv_toUChars(converter->icu, (UChar *)out, capacity, (const char *)bytes,
                                    length, &status);
    if (U_FAILURE(status) || written > capacity) {
        return -1;
    }
    return written;
}

int32_t cjt_converter_encode(cjt_converter *converter, const uint16_t *units, int32_t length,
                             uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(converter->icu);
    int32_t written = ucnv_fromUChars(converter->icu, (char *)out, capacity, (const UChar *)units,
                                      length, &status);
    if (U_FAILURE(status) || written > capacity) {
        return -1;
    }
    return written;
}
