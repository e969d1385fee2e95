/*
 * body.h - a request's JSON body read into jansson values.
 *
 * The bodies the pages send are plain: a service id, a phone number, a few
 * flags. web_json_plain reads such a body in one pass, several times
 * cheaper than jansson's reader; web_json_body hands every other body
 * (escapes, non-ASCII text, fractions, deep nesting, anything malformed)
 * to jansson, so the values and the errors are jansson's in every case.
 */
#ifndef MPP_WEB_BODY_H
#define MPP_WEB_BODY_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* How deep the plain reader follows objects and arrays; deeper bodies go
 * to jansson. */
#define WEB_JSON_PLAIN_DEPTH 8

/* Reads [p, p + len) when it is a plain JSON object: strings of printable
 * ASCII without escapes, integers of at most 18 digits, true, false, null,
 * objects without a repeated key and arrays, at most WEB_JSON_PLAIN_DEPTH
 * deep. True and *out (a new reference) when it is; false, *out NULL and
 * nothing allocated when it is not (or memory ran out). */
bool web_json_plain(const char *p, size_t len, json_t **out);

/* The body as jansson reads it with JSON_REJECT_DUPLICATES: a new
 * reference, or NULL and jansson's error in *err. */
json_t *web_json_body(const char *p, size_t len, json_error_t *err);

#endif
