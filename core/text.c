/*
 * text.c - UTF-8 validation and name suggestions (see text.h).
 */
#include "text.h"

#include <stdint.h>
#include <string.h>

/* The length (1-4) of the valid UTF-8 sequence at p, as text_utf8_seq,
 * with its code point in *cp. */
static size_t utf8_decode(const unsigned char *p, size_t avail, uint32_t *cp)
{
    if (avail == 0)
        return 0;
    size_t n = *p < 0x80             ? 1
               : (*p & 0xe0) == 0xc0 ? 2
               : (*p & 0xf0) == 0xe0 ? 3
               : (*p & 0xf8) == 0xf0 ? 4
                                     : 0;
    *cp = *p;
    if (n <= 1)
        return n;
    if (n > avail)
        return 0;
    uint32_t c = n == 2 ? *p & 0x1fu : n == 3 ? *p & 0x0fu : *p & 0x07u;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        c = c << 6 | (p[i] & 0x3fu);
    }
    if ((n == 2 && c < 0x80) || (n == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
        (n == 4 && (c < 0x10000 || c > 0x10ffff)))
        return 0;
    *cp = c;
    return n;
}

size_t text_utf8_seq(const unsigned char *p, size_t avail)
{
    uint32_t cp;
    return utf8_decode(p, avail, &cp);
}

bool text_is_utf8(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        size_t n = s[i] ? text_utf8_seq(s + i, len - i) : 0;
        if (!n)
            return false;
        i += n;
    }
    return true;
}

/* Edit distance with adjacent transpositions, capped at 9. */
static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 9;
    int d[41][41];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[la][lb] > 9 ? 9 : d[la][lb];
}

const char *text_suggest(const char *word, const char *const *known)
{
    size_t len = strlen(word);
    int limit = len <= 4 ? 1 : len <= 7 ? 2 : 3;
    const char *best = NULL;
    int best_d = limit + 1;
    for (size_t i = 0; known[i]; i++) {
        int dist = edit_distance(word, known[i]);
        if (dist < best_d) {
            best_d = dist;
            best = known[i];
        }
    }
    return best;
}

size_t text_u64(char *out, uint64_t v)
{
    /* the digits are counted first, then written from the last, two at a
     * time: half the divisions, and no reversal */
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    size_t n = 1;
    for (uint64_t p10 = 10; n < TEXT_U64_MAX && v >= p10; p10 *= 10)
        n++;
    char *p = out + n;
    while (v >= 100) {
        p -= 2;
        memcpy(p, pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10)
        memcpy(p - 2, pairs + 2 * v, 2);
    else
        p[-1] = (char)('0' + v);
    return n;
}

bool text_parse_u64(const char *s, size_t len, uint64_t *v)
{
    uint64_t n = 0;
    *v = 0;
    if (len == 0 || len > TEXT_U64_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned d = (unsigned char)s[i] - '0';
        if (d > 9 || n > (UINT64_MAX - d) / 10)
            return false;
        n = n * 10 + d;
    }
    *v = n;
    return true;
}

void text_copy(char *dst, size_t cap, const char *src)
{
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

bool text_hidden_char(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 ||
           (cp >= 0x200b && cp <= 0x200f) || cp == 0x061c || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

size_t text_find_hidden(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t n = utf8_decode(s + i, len - i, &c);
        if (n == 0) { /* not UTF-8: the caller's other check says so */
            n = 1;
            c = s[i];
        }
        if (text_hidden_char(c)) {
            *cp = c;
            return i;
        }
        i += n;
    }
    return SIZE_MAX;
}
