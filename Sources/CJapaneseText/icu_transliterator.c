#include "CJapaneseText.h"
#include <unicode/utrans.h>

// cjt_transliterator is never defined: the handle is the UTransliterator itself.

cjt_transliterator *cjt_transliterator_open(const uint16_t *id, int32_t idLength) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *icu = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0,
                                        NULL, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    return (cjt_transliterator *)icu;
}

void cjt_transliterator_close(cjt_transliterator *transliterator) {
    if (transliterator != NULL) {
        utrans_close((UTransliterator *)transliterator);
    }
}

int32_t cjt_transliterate(const cjt_transliterator *transliterator, uint16_t *buffer,
                          int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)buffer, &textLength,
                       capacity, 0, &limit, &status);
    if (U_FAILURE(status) || textLength > capacity) {
        return -1;
    }
    return textLength;
}
