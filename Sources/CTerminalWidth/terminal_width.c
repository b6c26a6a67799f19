#define _XOPEN_SOURCE 700
#include "terminal_width.h"
#include <langinfo.h>
#include <locale.h>
#include <strings.h>
#include <wchar.h>

int pk_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static int is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

int pk_use_utf8_ctype(void) {
    if (!is_utf8()) setlocale(LC_CTYPE, "");
    if (!is_utf8()) setlocale(LC_CTYPE, "C.UTF-8");
    return is_utf8();
}
