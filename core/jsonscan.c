/*
 * jsonscan.c - reading a few members out of JSON text in one pass
 * (jsonscan.h): values are stepped over, never built.
 */
#include "jsonscan.h"

#include <stdio.h>
#include <string.h>

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The byte after the JSON value at p, or NULL when it is not one. */
static const char *skip_value(const char *p, const char *end)
{
    if (p >= end)
        return NULL;
    if (*p == '"') {
        for (p++; p < end; p++) {
            if (*p == '\\')
                p++;
            else if (*p == '"')
                return p + 1;
        }
        return NULL;
    }
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                p = skip_value(p, end);
                if (!p)
                    return NULL;
                continue;
            }
            if (*p == '{' || *p == '[')
                depth++;
            else if ((*p == '}' || *p == ']') && --depth == 0)
                return p + 1;
            p++;
        }
        return NULL;
    }
    const char *start = p;
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n')
        p++;
    return p > start ? p : NULL;
}

/* Finds the members `names` (n of them) of the object in [p, end) and
 * puts where their values are in out; false when it is not an object. */
bool jscan_fields(const char *p, const char *end, const char *const *names, jscan_t *out, size_t n)
{
    memset(out, 0, n * sizeof *out);
    p = skip_ws(p, end);
    if (p >= end || *p != '{')
        return false;
    p = skip_ws(p + 1, end);
    if (p < end && *p == '}')
        return true;
    for (;;) {
        if (p >= end || *p != '"')
            return false;
        const char *key = p + 1;
        const char *key_end = skip_value(p, end);
        if (!key_end)
            return false;
        size_t klen = (size_t)(key_end - 1 - key);
        p = skip_ws(key_end, end);
        if (p >= end || *p != ':')
            return false;
        const char *v = skip_ws(p + 1, end);
        if (!(p = skip_value(v, end)))
            return false;
        for (size_t i = 0; i < n; i++)
            if (!out[i].p && strlen(names[i]) == klen && memcmp(names[i], key, klen) == 0)
                out[i] = (jscan_t){v, (size_t)(p - v)};
        p = skip_ws(p, end);
        if (p < end && *p == '}')
            return true;
        if (p >= end || *p != ',')
            return false;
        p = skip_ws(p + 1, end);
    }
}

/* Copies a string value without its quotes; false when it is not a plain
 * string (null, another type, or escapes: ids and times have none). */
bool jscan_str(jscan_t v, char *buf, size_t n)
{
    if (!v.p || v.len < 2 || v.p[0] != '"' || memchr(v.p, '\\', v.len) || v.len - 2 >= n)
        return false;
    memcpy(buf, v.p + 1, v.len - 2);
    buf[v.len - 2] = '\0';
    return true;
}

uint64_t jscan_u64(jscan_t v)
{
    uint64_t x = 0;
    for (size_t i = 0; v.p && i < v.len && v.p[i] >= '0' && v.p[i] <= '9'; i++)
        x = x * 10 + (uint64_t)(v.p[i] - '0');
    return x;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int64_t y, int mo, int d)
{
    y -= mo <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The number of `n` digits at s, or -1. */
static int digits(const char *s, int n)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        x = x * 10 + (s[i] - '0');
    }
    return x;
}

/* Reads "2026-11-27T08:00:00+07:00" (render_time) as unix seconds. */
bool jscan_iso_seconds(jscan_t v, int64_t *out)
{
    /* the quoted value is exactly 27 bytes: "YYYY-MM-DDTHH:MM:SS+HH:MM" */
    if (!v.p || v.len != 27 || v.p[0] != '"' || v.p[26] != '"')
        return false;
    const char *s = v.p + 1;
    int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
    int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
    int oh = digits(s + 20, 2), om = digits(s + 23, 2);
    char sign = s[19];
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || mi < 0 || sec < 0 || oh < 0 || om < 0 ||
        (sign != '+' && sign != '-') || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
        s[13] != ':' || s[16] != ':' || s[22] != ':')
        return false;
    int64_t offset = (int64_t)oh * 3600 + om * 60;
    *out = days_from_civil(y, mo, d) * 86400 + (int64_t)h * 3600 + mi * 60 + sec -
           (sign == '+' ? offset : -offset);
    return true;
}

/* Seconds from a to b; false when either is missing. */
bool jscan_secs(jscan_t a, jscan_t b, uint64_t *out)
{
    int64_t x, y;
    if (!jscan_iso_seconds(a, &x) || !jscan_iso_seconds(b, &y))
        return false;
    *out = y > x ? (uint64_t)(y - x) : 0;
    return true;
}

bool jscan_array_next(const char **p, const char *end, jscan_t *out)
{
    const char *q = skip_ws(*p, end);
    if (q < end && (*q == '[' || *q == ','))
        q = skip_ws(q + 1, end);
    if (q >= end || *q == ']')
        return false;
    const char *after = skip_value(q, end);
    if (!after)
        return false;
    *out = (jscan_t){q, (size_t)(after - q)};
    *p = after;
    return true;
}

size_t jscan_last_member(const char *json, size_t len, const char *key)
{
    char pat[80];
    int k = snprintf(pat, sizeof pat, ",\"%s\":\"", key);
    if (k < 0 || (size_t)k >= sizeof pat || len < (size_t)k + 2 ||
        memcmp(json + len - 2, "\"}", 2) != 0)
        return 0;
    for (size_t i = len - 2; i-- > 0;)
        if (i + (size_t)k <= len && memcmp(json + i, pat, (size_t)k) == 0)
            return i;
    return 0;
}
