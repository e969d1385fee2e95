/*
 * jsonscan.h - a few members of JSON text read in one pass, without
 * building the document: where a full parse costs more than the work done
 * with the result (mppd's /metrics counts every committed event; mppagg
 * applies tens of thousands a second). It reads any well-formed JSON
 * object, in any member order; what it cannot read, the caller skips.
 * Plain C, no allocation.
 */
#ifndef MPP_JSONSCAN_H
#define MPP_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where a value is in the text: its first byte (NULL when absent) and its
 * length, quotes and brackets included. */
typedef struct jscan {
    const char *p;
    size_t len;
} jscan_t;

/* Finds the members `names` (n of them) of the object in [p, end) and puts
 * where their values are in out (absent ones: p NULL); false when the text
 * is not an object. */
bool jscan_fields(const char *p, const char *end, const char *const *names, jscan_t *out, size_t n);
/* Copies a string value without its quotes; false when it is not a plain
 * string (null, another type, escapes, or longer than n - 1). */
bool jscan_str(jscan_t v, char *buf, size_t n);
/* The unsigned integer value, 0 when it is none. */
uint64_t jscan_u64(jscan_t v);
/* Reads "2026-11-27T08:00:00+07:00" (render_time) as unix seconds. */
bool jscan_iso_seconds(jscan_t v, int64_t *out);
/* Seconds from time a to time b (0 when b is before a); false when either
 * is missing. */
bool jscan_secs(jscan_t a, jscan_t b, uint64_t *out);
/* The elements of an array: *p starts at the array's '[' and moves past
 * each element found; true and *out while there is one. */
bool jscan_array_next(const char **p, const char *end, jscan_t *out);

/* Where the member `key` (a string value) begins when it is the last member
 * of the object [json, json + len): the offset of its ',' (the text before
 * it, closed with '}', is the object without it), or 0 when the object does
 * not end with it. A quote inside any value is escaped, so the bytes
 * ,"key":" can only be a key. render_event writes "staff" last for this. */
size_t jscan_last_member(const char *json, size_t len, const char *key);

#endif
