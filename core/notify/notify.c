/*
 * notify.c - the names of results and statuses, and the checks, masks and
 * cleaning of a message's strings (notify.h).
 */
#include "notify/notify.h"

#include "booking/person.h"
#include "booking/result.h"
#include "text.h"

#include <string.h>

const char *notify_result_name(int result)
{
    switch ((notify_result_t)result) {
    case NOTIFY_OK: return "ok";
    case NOTIFY_EINVAL: return "invalid";
    case NOTIFY_ENOMEM: return "out_of_memory";
    case NOTIFY_ESTATE: return "wrong_state";
    case NOTIFY_EEXIST: return "exists";
    case NOTIFY_NOT_FOUND: return "not_found";
    case NOTIFY_ESYS: return "system";
    }
    return "error";
}

bool notify_status_final(notify_status_t status)
{
    return status == NOTIFY_SENT || status == NOTIFY_FAILED || status == NOTIFY_DROPPED;
}

const char *notify_status_name(notify_status_t status)
{
    static const char *const names[NOTIFY_STATUS__COUNT] = {"queued", "sending", "sent", "failed",
                                                            "dropped"};
    return (unsigned)status < NOTIFY_STATUS__COUNT ? names[status] : NULL;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A phone is a booking's phone: one rule for both (booking/person.c). */
bool notify_phone_valid(const char *s)
{
    return booking_phone_valid(s);
}

int notify_mask_phone(const char *e164, char *out, size_t outlen)
{
    return booking_mask_phone(e164, out, outlen) == BOOKING_OK ? NOTIFY_OK : NOTIFY_EINVAL;
}

bool notify_template_name_valid(const char *s)
{
    size_t len = strnlen(s, NOTIFY_TEMPLATE_MAX);
    if (len == 0 || len >= NOTIFY_TEMPLATE_MAX || s[0] < 'a' || s[0] > 'z')
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

bool notify_ref_valid(const char *s)
{
    size_t len = strnlen(s, NOTIFY_REF_MAX);
    if (len == 0 || len >= NOTIFY_REF_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'))
            return false;
    }
    return true;
}

/* The length of the UTF-8 character at s (at most len bytes), or 0 when
 * the bytes there are not one (a stray continuation byte, an overlong
 * form, a surrogate, past U+10FFFF, cut short). *cp gets the code point. */
static size_t utf8_char(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned char b = s[0];
    size_t n;
    uint32_t v, min;
    if (b < 0x80) {
        *cp = b;
        return 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
        n = 2, v = b & 0x1f, min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
        n = 3, v = b & 0x0f, min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
        n = 4, v = b & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    *cp = v;
    return n;
}

/* C0, DEL, C1 and the line and paragraph separators. */
static bool is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029;
}

bool notify_text_valid(const char *s, size_t len, bool lines)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8 && text_plain8(p + i, 0x7f, 0x7f)) { /* most of every text */
            i += 8;
            continue;
        }
        if (p[i] >= 0x20 && p[i] < 0x7f) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_char(p + i, len - i, &cp);
        if (n == 0 || (is_control(cp) && !(lines && cp == '\n')))
            return false;
        i += n;
    }
    return true;
}

void notify_error_clean(const char *in, char out[NOTIFY_ERROR_MAX])
{
    const size_t cap = NOTIFY_ERROR_MAX - 1;
    if (!in || !*in)
        in = "unknown error";
    const unsigned char *p = (const unsigned char *)in;
    size_t len = strlen(in), i = 0, o = 0;
    while (i < len && o < cap) {
        if (is_digit((char)p[i])) {
            size_t run = 0;
            while (i + run < len && is_digit((char)p[i + run]))
                run++;
            const char *put = run >= 8 ? "***" : in + i;
            size_t n = run >= 8 ? 3 : run;
            if (n > cap - o)
                break; /* no number cut in half either */
            memcpy(out + o, put, n);
            o += n;
            i += run;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_char(p + i, len - i, &cp);
        if (n == 0 || is_control(cp)) {
            out[o++] = ' ';
            i += n ? n : 1;
            continue;
        }
        if (n > cap - o)
            break;
        memcpy(out + o, in + i, n);
        o += n;
        i += n;
    }
    out[o] = '\0';
}
