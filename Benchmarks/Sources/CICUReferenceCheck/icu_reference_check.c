#include "CICUReferenceCheck.h"
#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

enum { capacity = 4096 };

struct icu_reference_check {
    UConverter *euc_jp;
    int allow_jis_x_0201;
    UChar units[capacity];
    char bytes[capacity * 3];
};

icu_reference_check *icu_reference_check_open(int allow_jis_x_0201) {
    UErrorCode status = U_ZERO_ERROR;
    icu_reference_check *check = calloc(1, sizeof *check);
    check->euc_jp = ucnv_open("ibm-33722_P120-1999", &status);
    ucnv_setFromUCallBack(check->euc_jp, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setFallback(check->euc_jp, 0);
    check->allow_jis_x_0201 = allow_jis_x_0201;
    if (U_FAILURE(status)) {
        abort();
    }
    return check;
}

void icu_reference_check_close(icu_reference_check *check) {
    ucnv_close(check->euc_jp);
    free(check);
}

int icu_reference_check_line(icu_reference_check *check, const uint8_t *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t unitCount = 0;
    u_strFromUTF8(check->units, capacity, &unitCount, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) {
        return 0;
    }
    int32_t byteCount = ucnv_fromUChars(check->euc_jp, check->bytes, sizeof check->bytes,
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
