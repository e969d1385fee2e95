/*
 * person.c - phone, NIK and name checks, and their masks.
 */
#include "booking/person.h"
#include "text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NSN_MIN 9 /* digits after the 0 or the 62 */
#define NSN_MAX 12

static int refuse(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int refuse(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return BOOKING_EINVAL;
}

static bool all_digits(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* The national significant number: what follows "0", "62" or "+62". */
static const char *after_prefix(const char *s)
{
    if (s[0] == '0')
        return s + 1;
    if (s[0] == '6' && s[1] == '2')
        return s + 2;
    if (s[0] == '+' && s[1] == '6' && s[2] == '2')
        return s + 3;
    return NULL;
}

/* 9 to 12 digits, an 8 and then not a 0. */
static bool mobile_nsn(const char *nsn)
{
    size_t len = strlen(nsn);
    return len >= NSN_MIN && len <= NSN_MAX && all_digits(nsn, len) && nsn[0] == '8' &&
           nsn[1] != '0';
}

int booking_phone_normalize(const char *in, char out[BOOKING_PHONE_MAX], char *err, size_t errlen)
{
    out[0] = '\0';
    if (!in || !*in)
        return refuse(err, errlen, "phone: missing");
    size_t len = strlen(in);
    if (!all_digits(in + (in[0] == '+'), len - (in[0] == '+')))
        return refuse(err, errlen, "phone: only digits, after an optional leading +");
    const char *nsn = after_prefix(in);
    if (!nsn || nsn[0] != '8')
        return refuse(err, errlen, "phone: an Indonesian mobile number starts 08, 628 or +628");
    if (!mobile_nsn(nsn))
        return refuse(err, errlen,
                      "phone: a mobile number has 10 to 13 digits written 08..., and no 080");
    _Static_assert(3 + NSN_MAX < BOOKING_PHONE_MAX, "+62 and the longest number fit");
    memcpy(out, "+62", 3);
    memcpy(out + 3, nsn, strlen(nsn) + 1); /* at most NSN_MAX digits: mobile_nsn */
    return BOOKING_OK;
}

bool booking_phone_valid(const char *s)
{
    return s && strncmp(s, "+62", 3) == 0 && mobile_nsn(s + 3);
}

/* The two digits at s as a number. */
static int pair(const char *s)
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

int booking_nik_check(const char *nik, char *err, size_t errlen)
{
    if (!nik || strlen(nik) != 16 || !all_digits(nik, 16))
        return refuse(err, errlen, "nik: must be exactly 16 digits");
    if (nik[0] == '0' || nik[0] == '4' || nik[1] == '0')
        return refuse(err, errlen, "nik: digits 1-2 are not a province code");
    if (pair(nik + 2) == 0 || pair(nik + 4) == 0)
        return refuse(err, errlen, "nik: digits 3-6 are not a regency and district code");
    int day = pair(nik + 6), month = pair(nik + 8);
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)))
        return refuse(err, errlen, "nik: digits 7-8, the day of birth, must be 01-31 or 41-71");
    if (month < 1 || month > 12)
        return refuse(err, errlen, "nik: digits 9-10, the month of birth, must be 01-12");
    if (strcmp(nik + 12, "0000") == 0)
        return refuse(err, errlen, "nik: digits 13-16, the serial, start at 0001");
    return BOOKING_OK;
}

/* The length of the UTF-8 sequence a lead byte starts, 0 for a byte that
 * starts none (a continuation byte, C0, C1, F5-FF). */
static size_t utf8_len(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

/* Decodes one UTF-8 sequence at s (len bytes left): its length and code
 * point, or 0 when it is not valid (overlong, a surrogate, past U+10FFFF,
 * cut short). */
static size_t utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    size_t n = utf8_len(s[0]);
    if (n == 0 || n > len)
        return 0;
    uint32_t c = n == 1 ? s[0] : s[0] & (0x7fu >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3f);
    }
    if (c < least[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    *cp = c;
    return n;
}

int booking_name_check(const char *name, char *err, size_t errlen)
{
    if (!name)
        return refuse(err, errlen, "name: missing");
    const unsigned char *s = (const unsigned char *)name;
    size_t len = strlen(name), chars = 0;
    bool blank = true;
    for (size_t i = 0; i < len; chars++) {
        uint32_t c;
        size_t n = utf8_next(s + i, len - i, &c);
        if (n == 0)
            return refuse(err, errlen, "name: not valid UTF-8 at byte %zu", i + 1);
        if (text_hidden_char(c))
            return refuse(err, errlen,
                          "name: a control, invisible or writing-direction character (U+%04X) at "
                          "byte %zu",
                          (unsigned)c, i + 1);
        blank = blank && c == ' ';
        i += n;
    }
    if (chars == 0 || blank)
        return refuse(err, errlen, "name: must not be empty");
    if (chars > BOOKING_NAME_CHARS)
        return refuse(err, errlen, "name: %zu characters, at most %d", chars, BOOKING_NAME_CHARS);
    return BOOKING_OK;
}

/* The bytes of the character at s, a broken byte counting as one. */
static size_t char_len(const unsigned char *s, size_t len)
{
    uint32_t c;
    size_t n = utf8_next(s, len, &c);
    return n ? n : 1;
}

/* The characters of the word at s, up to a space or the end. */
static size_t word_chars(const unsigned char *s, size_t len)
{
    size_t chars = 0;
    for (size_t i = 0; i < len && s[i] != ' '; chars++)
        i += char_len(s + i, len - i);
    return chars;
}

int booking_mask_name(const char *name, char *out, size_t outlen)
{
    size_t len = strlen(name);
    if (outlen < len + 1) {
        if (outlen)
            out[0] = '\0';
        return BOOKING_EINVAL;
    }
    const unsigned char *s = (const unsigned char *)name;
    size_t o = 0, in_word = 0, keep = 0; /* characters of the word so far, and shown */
    for (size_t i = 0; i < len;) {
        if (s[i] == ' ') {
            out[o++] = ' ';
            in_word = 0;
            i++;
            continue;
        }
        if (in_word == 0) { /* a word begins: 2 shown of 4 or more, 1 of 2 or 3, none of 1 */
            size_t chars = word_chars(s + i, len - i);
            keep = chars >= 4 ? 2 : chars >= 2 ? 1 : 0;
        }
        size_t n = char_len(s + i, len - i);
        if (in_word++ < keep) {
            memcpy(out + o, s + i, n);
            o += n;
        } else {
            out[o++] = '*';
        }
        i += n;
    }
    out[o] = '\0';
    return BOOKING_OK;
}

int booking_mask_phone(const char *e164, char *out, size_t outlen)
{
    size_t len = strlen(e164);
    if (outlen < len + 1 || (len > 0 && !booking_phone_valid(e164))) {
        if (outlen)
            out[0] = '\0';
        return BOOKING_EINVAL;
    }
    const size_t head = 6, tail = 3; /* "+62812" ... "789" */
    for (size_t i = 0; i < len; i++)
        out[i] = i < head || i >= len - tail ? e164[i] : '*';
    out[len] = '\0';
    return BOOKING_OK;
}
