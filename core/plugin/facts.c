/*
 * facts.c - whether a source a plugin gives for its facts names something
 * a reader can look up: a web address or a regulation with its number.
 *
 * A source text holds one or more items separated by ';'. Each item must
 * be a URL (https://..., or a bare address such as
 * dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/) or a named
 * regulation with its number and year ("UU 24/2013 Pasal 79A", "Perbup
 * Purbalingga No. 71 Tahun 2022"), and no item may be a placeholder
 * ("...", TODO, TBD, xxx). Plain C and POSIX regex; used by `mppctl
 * facts` and its tests, not by the loader, so an older plugin still loads.
 */
#include "plugin/plugin.h"

#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const placeholders[] = {
    "...", "\xe2\x80\xa6", "todo", "tbd", "fixme", "xxx", "lorem", "placeholder", "example.", NULL};

#define URL_RE                                                                                     \
    "https?://[^ ]+|(^|[^a-z0-9.-])([a-z0-9-]+\\.)+(go\\.id|ac\\.id|co\\.id|or\\.id|web\\.id|"     \
    "id|com|org|net|info)(/|$|[^a-z0-9-])"
#define REG_NAME_RE                                                                                \
    "(^|[^A-Za-z])(UU|Undang-Undang|PP|Perppu|Perpres|Keppres|Inpres|Perda|Perbup|Perwal|Pergub|"  \
    "Kepbup|Kepgub|Permen[A-Za-z]*|Kepmen[A-Za-z]*|Peraturan|Keputusan|Surat|SE|PM|PBM|KEP|PER|"   \
    "Per[A-Z]+|PADG|"                                                                              \
    "Instruksi|Perkaban|Perka[A-Za-z]*|Perkap|Perpol|Perma|PERMA|SEMA|KMA|PMA|PMK|POJK|Perdir[A-"  \
    "Za-"                                                                                          \
    "z]*|Kepdir[A-Za-z]*|Perban|Perlem|SK)([^a-z]|$)"
#define REG_NUMBER_RE "[0-9]+[A-Z]?(/[A-Za-z0-9.]+)* *(/|Tahun) *[0-9]{4}|(No\\.?|Nomor) *[0-9A-Z]"

/* Whether `item` matches the extended regex `re` (case-insensitive when
 * `icase`); false when the regex does not compile. */
static bool matches(const char *re, const char *item, bool icase)
{
    regex_t r;
    if (regcomp(&r, re, REG_EXTENDED | REG_NOSUB | (icase ? REG_ICASE : 0)) != 0)
        return false;
    bool m = regexec(&r, item, 0, NULL, 0) == 0;
    regfree(&r);
    return m;
}

/* NULL when one item (trimmed, NUL-terminated) is a URL or a named
 * regulation, else why not. */
static const char *item_problem(const char *item)
{
    for (size_t i = 0; placeholders[i]; i++) {
        size_t n = strlen(placeholders[i]);
        for (const char *p = item; *p; p++)
            if (strncasecmp(p, placeholders[i], n) == 0)
                return "is a placeholder, not a source";
    }
    if (matches(URL_RE, item, true))
        return NULL;
    if (matches(REG_NAME_RE, item, false) && matches(REG_NUMBER_RE, item, false))
        return NULL;
    return "is neither a URL nor a regulation named with its number (\"UU 24/2013 Pasal 79A\", "
           "\"https://...\")";
}

int plugin_source_problem(const char *source, char *why, size_t len)
{
    char item[1024];
    size_t items = 0;
    const char *p = source ? source : "";
    while (*p) {
        const char *end = strchr(p, ';');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        while (n && isspace((unsigned char)*p))
            p++, n--;
        while (n && isspace((unsigned char)p[n - 1]))
            n--;
        if (n) {
            items++;
            if (n >= sizeof item)
                n = sizeof item - 1;
            memcpy(item, p, n);
            item[n] = '\0';
            const char *bad = item_problem(item);
            if (bad) {
                snprintf(why, len, "'%.80s%s' %s", item, n > 80 ? "..." : "", bad);
                return -1;
            }
        }
        p = end ? end + 1 : p + strlen(p);
    }
    if (items == 0) {
        snprintf(why, len, "no source is named");
        return -1;
    }
    return 0;
}
