// The ICU headers the C bridge uses. No Swift file imports this module.
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
