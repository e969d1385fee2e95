/*
 * jsonw.c - the JSON text writer (see jsonw.h).
 */
#include "jsonw.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void jsonw_init(jsonw_t *w, size_t pre)
{
    memset(w, 0, sizeof *w);
    w->pre = pre;
    w->len = pre;
}

/* Room for n more bytes and a NUL; false (and failed) when out of memory. */
static bool room(jsonw_t *w, size_t n)
{
    if (w->failed)
        return false;
    if (w->len + n + 1 <= w->cap)
        return true;
    size_t cap = w->cap ? w->cap : 512 + w->pre;
    while (cap < w->len + n + 1)
        cap *= 2;
    char *b = realloc(w->buf, cap);
    if (!b) {
        w->failed = true;
        return false;
    }
    w->buf = b;
    w->cap = cap;
    return true;
}

static void put(jsonw_t *w, const char *s, size_t n)
{
    if (!room(w, n))
        return;
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = '\0';
}

static void put_c(jsonw_t *w, char c)
{
    put(w, &c, 1);
}

/* The ',' between members or elements. */
static void sep(jsonw_t *w)
{
    if (w->comma)
        put_c(w, ',');
    w->comma = true;
}

char *jsonw_take(jsonw_t *w, size_t *text_len)
{
    if (!w->buf && !w->failed)
        room(w, 0);
    char *b = w->failed ? NULL : w->buf;
    if (text_len)
        *text_len = b ? w->len - w->pre : 0;
    if (!b)
        free(w->buf);
    w->buf = NULL;
    jsonw_init(w, w->pre);
    return b;
}

void jsonw_obj(jsonw_t *w)
{
    sep(w);
    put_c(w, '{');
    w->comma = false;
}

void jsonw_obj_end(jsonw_t *w)
{
    put_c(w, '}');
    w->comma = true;
}

void jsonw_arr(jsonw_t *w)
{
    sep(w);
    put_c(w, '[');
    w->comma = false;
}

void jsonw_arr_end(jsonw_t *w)
{
    put_c(w, ']');
    w->comma = true;
}

/* s as a JSON string, quotes included. Room for the longest it can take
 * (every byte a \u00XX) is made once; the bytes go straight in. */
static void put_string(jsonw_t *w, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s), i = 0;
    if (len > (SIZE_MAX - 3) / 6) {
        w->failed = true;
        return;
    }
    if (!room(w, 6 * len + 2))
        return;
    char *o = w->buf + w->len;
    *o++ = '"';
    while (i < len) {
        size_t run = i; /* bytes that need no escape: a word at a time, then one by one */
        while (len - i >= 8 && text_plain8(p + i, '"', '\\'))
            i += 8;
        while (i < len && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
            i++;
        memcpy(o, p + run, i - run);
        o += i - run;
        if (i == len)
            break;
        if (p[i] >= 0x80) {
            size_t n = text_utf8_seq(p + i, 4); /* the NUL ends a sequence cut short */
            if (n)
                memcpy(o, p + i, n);
            else
                *o = '?';
            o += n ? n : 1;
            i += n ? n : 1;
            continue;
        }
        *o++ = '\\';
        switch (p[i]) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[p[i] >> 4];
            o[4] = hex[p[i] & 15];
            o += 5;
        }
        i++;
    }
    *o++ = '"';
    *o = '\0';
    w->len = (size_t)(o - w->buf);
}

void jsonw_key(jsonw_t *w, const char *key)
{
    sep(w);
    put_string(w, key);
    put_c(w, ':');
    w->comma = false;
}

void jsonw_str(jsonw_t *w, const char *s)
{
    sep(w);
    put_string(w, s ? s : "");
}

void jsonw_int(jsonw_t *w, int64_t v)
{
    char num[1 + TEXT_U64_MAX];
    size_t n = 0;
    uint64_t u = (uint64_t)v;
    if (v < 0) {
        num[n++] = '-';
        u = 0 - u; /* INT64_MIN's magnitude too */
    }
    n += text_u64(num + n, u);
    sep(w);
    put(w, num, n);
}

void jsonw_bool(jsonw_t *w, bool v)
{
    sep(w);
    put(w, v ? "true" : "false", v ? 4 : 5);
}

void jsonw_null(jsonw_t *w)
{
    sep(w);
    put(w, "null", 4);
}

void jsonw_str_or_null(jsonw_t *w, const char *s)
{
    if (s && s[0])
        jsonw_str(w, s);
    else
        jsonw_null(w);
}

void jsonw_kint(jsonw_t *w, const char *key, int64_t v)
{
    jsonw_key(w, key);
    jsonw_int(w, v);
}

void jsonw_kstr(jsonw_t *w, const char *key, const char *s)
{
    jsonw_key(w, key);
    jsonw_str(w, s);
}
