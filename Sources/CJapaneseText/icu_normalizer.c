#include "CJapaneseText.h"
#include <unicode/unorm2.h>

static const UNormalizer2 *normalizer(cjt_normalization_form form, UErrorCode *status) {
    switch (form) {
    case CJT_NFC:
        return unorm2_getNFCInstance(status);
    case CJT_NFKC:
        return unorm2_getNFKCInstance(status);
    case CJT_NFD:
        return unorm2_getNFDInstance(status);
    }
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

int32_t cjt_normalize(cjt_normalization_form form, const uint16_t *units, int32_t length,
                      uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *instance = normalizer(form, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t written = unorm2_normalize(instance, (const UChar *)units, length, (UChar *)out,
                                       capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        return written;
    }
    if (U_FAILURE(status)) {
        return -1;
    }
    return written;
}
