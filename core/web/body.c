/*
 * body.c - a request's JSON body read into jansson values (body.h).
 *
 * jansson's reader takes a few hundred instructions a byte (a stream of
 * code points, a token buffer): reading {"service":"..."} cost a tenth of
 * issuing the ticket. The plain reader here walks the bytes once and
 * builds the same values with jansson's constructors. It declines at the
 * first thing it does not read itself, and jansson then reads the whole
 * body again, so a body is never read differently from jansson's reading.
 */
#include "web/body.h"

#include <string.h>

typedef struct reader {
    const char *p, *end;
} reader_t;

static void skip_space(reader_t *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
        r->p++;
}

/* A string of printable ASCII without escapes, r->p at its opening quote:
 * its bytes in *s and *n, r->p past its closing quote. */
static bool read_string(reader_t *r, const char **s, size_t *n)
{
    const char *q = ++r->p;
    for (; r->p < r->end; r->p++) {
        unsigned char c = (unsigned char)*r->p;
        if (c == '"') {
            *s = q;
            *n = (size_t)(r->p++ - q);
            return true;
        }
        if (c < 0x20 || c > 0x7e || c == '\\')
            return false;
    }
    return false;
}

/* An integer of at most 18 digits (no fraction, no exponent). */
static json_t *read_integer(reader_t *r)
{
    bool minus = *r->p == '-';
    if (minus)
        r->p++;
    const char *first = r->p;
    long long v = 0;
    while (r->p < r->end && *r->p >= '0' && *r->p <= '9' && r->p - first < 18)
        v = v * 10 + (*r->p++ - '0');
    size_t digits = (size_t)(r->p - first);
    if (digits == 0 || (digits > 1 && *first == '0'))
        return NULL;
    /* a 19th digit, a fraction or an exponent: jansson's */
    if (r->p < r->end &&
        ((*r->p >= '0' && *r->p <= '9') || *r->p == '.' || *r->p == 'e' || *r->p == 'E'))
        return NULL;
    return json_integer(minus ? -v : v);
}

static json_t *read_value(reader_t *r, int depth);

/* Whether the next byte after any space is c: then r->p is past it and
 * the space after it. */
static bool take(reader_t *r, char c)
{
    skip_space(r);
    if (r->p == r->end || *r->p != c)
        return false;
    r->p++;
    skip_space(r);
    return true;
}

/* The members of an object, r->p at its '{'. */
static json_t *read_object(reader_t *r, int depth)
{
    json_t *o = json_object();
    r->p++;
    if (o && take(r, '}'))
        return o;
    while (o) {
        const char *key;
        size_t n;
        if (r->p == r->end || *r->p != '"' || !read_string(r, &key, &n) ||
            json_object_getn(o, key, n) || !take(r, ':'))
            break;
        json_t *v = read_value(r, depth);
        if (!v || json_object_setn_new_nocheck(o, key, n, v) != 0)
            break;
        if (take(r, '}'))
            return o;
        if (!take(r, ','))
            break;
    }
    json_decref(o);
    return NULL;
}

/* The elements of an array, r->p at its '['. */
static json_t *read_array(reader_t *r, int depth)
{
    json_t *a = json_array();
    r->p++;
    if (a && take(r, ']'))
        return a;
    while (a) {
        json_t *v = read_value(r, depth);
        if (!v || json_array_append_new(a, v) != 0)
            break;
        if (take(r, ']'))
            return a;
        if (!take(r, ','))
            break;
    }
    json_decref(a);
    return NULL;
}

/* The literal word w (true, false, null), r->p at its first letter. */
static bool read_word(reader_t *r, const char *w, size_t n)
{
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, w, n) != 0)
        return false;
    r->p += n;
    return true;
}

/* One value, r->p at its first byte, `depth` objects and arrays around it. */
static json_t *read_value(reader_t *r, int depth)
{
    if (r->p == r->end)
        return NULL;
    const char *s;
    size_t n;
    switch (*r->p) {
    case '{': return depth < WEB_JSON_PLAIN_DEPTH ? read_object(r, depth + 1) : NULL;
    case '[': return depth < WEB_JSON_PLAIN_DEPTH ? read_array(r, depth + 1) : NULL;
    case '"': return read_string(r, &s, &n) ? json_stringn_nocheck(s, n) : NULL;
    case 't': return read_word(r, "true", 4) ? json_true() : NULL;
    case 'f': return read_word(r, "false", 5) ? json_false() : NULL;
    case 'n': return read_word(r, "null", 4) ? json_null() : NULL;
    default: return *r->p == '-' || (*r->p >= '0' && *r->p <= '9') ? read_integer(r) : NULL;
    }
}

bool web_json_plain(const char *p, size_t len, json_t **out)
{
    reader_t r = {p, p + len};
    *out = NULL;
    skip_space(&r);
    if (r.p == r.end || *r.p != '{')
        return false;
    json_t *v = read_value(&r, 0);
    skip_space(&r);
    if (v && r.p != r.end) {
        json_decref(v);
        return false;
    }
    *out = v;
    return v != NULL;
}

json_t *web_json_body(const char *p, size_t len, json_error_t *err)
{
    json_t *v;
    return web_json_plain(p, len, &v) ? v : json_loadb(p, len, JSON_REJECT_DUPLICATES, err);
}
