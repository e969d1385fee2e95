/*
 * code.c - drawing booking codes and tokens from the caller's random
 * source, and reading a typed code.
 */
#include "booking/code.h"

#include <string.h>

#define ALPHABET_LEN (sizeof BOOKING_CODE_ALPHABET - 1)
/* Bytes from here on would favour the first characters: dropped. */
#define BYTE_LIMIT (256 / ALPHABET_LEN * ALPHABET_LEN)
#define DRAW_ROUNDS 16

static const char prefix[] = BOOKING_CODE_PREFIX;

int booking_code_draw(const booking_random_t *rnd, char out[BOOKING_CODE_MAX])
{
    size_t n = 0;
    memcpy(out, prefix, sizeof prefix - 1);
    for (int round = 0; round < DRAW_ROUNDS && n < BOOKING_CODE_CHARS; round++) {
        unsigned char bytes[8];
        if (rnd->fill(rnd->ctx, bytes, sizeof bytes) != 0)
            break;
        for (size_t i = 0; i < sizeof bytes && n < BOOKING_CODE_CHARS; i++)
            if (bytes[i] < BYTE_LIMIT)
                out[sizeof prefix - 1 + n++] = BOOKING_CODE_ALPHABET[bytes[i] % ALPHABET_LEN];
    }
    if (n < BOOKING_CODE_CHARS) {
        out[0] = '\0';
        return BOOKING_ERANDOM;
    }
    out[BOOKING_CODE_MAX - 1] = '\0';
    return BOOKING_OK;
}

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

int booking_code_normalize(const char *typed, char out[BOOKING_CODE_MAX])
{
    char chars[BOOKING_CODE_CHARS + 2]; /* room for "BK" in front */
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = typed; p && *p; p++) {
        if (*p == ' ' || *p == '-')
            continue;
        if (n == sizeof chars)
            return BOOKING_EINVAL;
        chars[n++] = upper(*p);
    }
    const char *code = chars;
    if (n == BOOKING_CODE_CHARS + 2 && chars[0] == 'B' && chars[1] == 'K') {
        code += 2;
        n -= 2;
    }
    if (n != BOOKING_CODE_CHARS)
        return BOOKING_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!strchr(BOOKING_CODE_ALPHABET, code[i]))
            return BOOKING_EINVAL;
    memcpy(out, prefix, sizeof prefix - 1);
    memcpy(out + sizeof prefix - 1, code, BOOKING_CODE_CHARS);
    out[BOOKING_CODE_MAX - 1] = '\0';
    return BOOKING_OK;
}

int booking_token_draw(const booking_random_t *rnd, char out[BOOKING_TOKEN_MAX])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char bytes[BOOKING_TOKEN_BYTES];
    out[0] = '\0';
    if (rnd->fill(rnd->ctx, bytes, sizeof bytes) != 0)
        return BOOKING_ERANDOM;
    for (size_t i = 0; i < sizeof bytes; i++) {
        out[2 * i] = hex[bytes[i] >> 4];
        out[2 * i + 1] = hex[bytes[i] & 15];
    }
    out[2 * sizeof bytes] = '\0';
    return BOOKING_OK;
}

bool booking_token_valid(const char *s)
{
    if (!s || strlen(s) != 2 * BOOKING_TOKEN_BYTES)
        return false;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return false;
    return true;
}
