/*
 * jsonw.h - a JSON text writer: appends compact JSON to one growing buffer,
 * with commas placed for the caller. The hot paths (a ticket issued, a
 * counter's call, the events on /ws and in the log, the store's records)
 * render through it instead of building a jansson tree and dumping it.
 *
 * A buffer may start with `pre` reserved bytes (lws's LWS_PRE), so the text
 * can be sent in place. Out of memory makes the writer fail once and ignore
 * the rest; jsonw_take then returns NULL.
 */
#ifndef MPP_JSONW_H
#define MPP_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct jsonw {
    char *buf;
    size_t len, cap; /* len counts the reserved bytes */
    size_t pre;      /* reserved bytes before the text */
    bool comma;      /* the next value or key needs a ',' first */
    bool failed;
} jsonw_t;

/* Starts an empty writer whose text will follow `pre` reserved bytes. */
void jsonw_init(jsonw_t *w, size_t pre);
/* The buffer (pre reserved bytes, then the text, then a NUL) for the
 * caller to free, and the text's length; NULL when writing failed. The
 * writer is empty afterwards. */
char *jsonw_take(jsonw_t *w, size_t *text_len);

/* '{' / '}' and '[' / ']'. */
void jsonw_obj(jsonw_t *w);
void jsonw_obj_end(jsonw_t *w);
void jsonw_arr(jsonw_t *w);
void jsonw_arr_end(jsonw_t *w);
/* An object's key; the next call writes its value. */
void jsonw_key(jsonw_t *w, const char *key);
/* Values. A string is escaped; bytes that are not valid UTF-8 become '?'. */
void jsonw_str(jsonw_t *w, const char *s);
void jsonw_int(jsonw_t *w, int64_t v);
void jsonw_bool(jsonw_t *w, bool v);
void jsonw_null(jsonw_t *w);
/* A string, or null when s is NULL or "". */
void jsonw_str_or_null(jsonw_t *w, const char *s);
/* A key and its value in one call. */
void jsonw_kint(jsonw_t *w, const char *key, int64_t v);
void jsonw_kstr(jsonw_t *w, const char *key, const char *s);

#endif
