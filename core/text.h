/*
 * text.h - small text checks that config, plugins and JSON output share:
 * UTF-8 validation and the "did you mean" suggestion for a misspelt name.
 * Plain C, no allocation.
 */
#ifndef MPP_TEXT_H
#define MPP_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* The length (1-4) of the valid UTF-8 sequence at p, reading at most
 * `avail` bytes; 0 when it is not one (a stray continuation byte, an
 * overlong form, a surrogate, past U+10FFFF, cut short). A NUL ends a
 * sequence, so a NUL-terminated string may pass avail = 4. */
size_t text_utf8_seq(const unsigned char *p, size_t avail);

/* True when s[0..len) is valid UTF-8 without a NUL byte. */
bool text_is_utf8(const char *s, size_t len);

/* The entry of the NULL-ended list `known` closest to `word` (edit
 * distance with adjacent transpositions: at most 1 for words of up to 4
 * characters, 2 up to 7, 3 beyond), or NULL when none is that close. */
const char *text_suggest(const char *word, const char *const *known);

#endif
