/*
 * jsonscan.c - reading a few members out of JSON text in one pass
 * (jsonscan.h): values are stepped over, never built.
 */
#include "jsonscan.h"

#include "civil/civil.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The byte after the string at p (its opening quote), or NULL when it
 * does not end: eight bytes at a time while none is a quote, a backslash,
 * a control byte or a byte of a longer character. */
static const char *skip_string(const char *p, const char *end)
{
    for (p++; p < end;) {
        if (end - p >= 8 && text_plain8((const unsigned char *)p, '"', '\\')) {
            p += 8;
            continue;
        }
        /* something in these eight bytes (or the last few): one by one */
        const char *stop = end - p >= 8 ? p + 8 : end;
        while (p < stop) {
            if (*p == '"')
                return p + 1;
            if (*p == '\\' && end - p < 2)
                return NULL;
            p += *p == '\\' ? 2 : 1;
        }
    }
    return NULL;
}

/* The byte after the JSON value at p, or NULL when it is not one. */
static const char *skip_value(const char *p, const char *end)
{
    if (p >= end)
        return NULL;
    if (*p == '"')
        return skip_string(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                p = skip_string(p, end);
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
        const char *key_end = skip_string(p, end);
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
            if (!out[i].p && strnlen(names[i], klen + 1) == klen &&
                memcmp(names[i], key, klen) == 0)
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

/* Reads "2026-11-27T08:00:00+07:00" (render_time) as unix seconds. */
bool jscan_iso_seconds(jscan_t v, int64_t *out)
{
    /* the quoted value: "YYYY-MM-DDTHH:MM:SS+HH:MM" */
    return v.p && v.len == 27 && v.p[0] == '"' && v.p[26] == '"' &&
           civil_time_parse(v.p + 1, 25, out, NULL);
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
