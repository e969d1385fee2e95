/*
 * text.h - small text checks that config, plugins and JSON output share:
 * UTF-8 validation, the "did you mean" suggestion for a misspelt name and
 * a bounded copy and a number written in decimal.
 * Plain C, no allocation.
 */
#ifndef MPP_TEXT_H
#define MPP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Copies the string src into dst of cap bytes (cap > 0), cutting what
 * does not fit; dst always ends in a NUL. */
void text_copy(char *dst, size_t cap, const char *src);

/* The most bytes text_u64 writes: UINT64_MAX has 20 digits. */
#define TEXT_U64_MAX 20

/* The length (1-4) of the valid UTF-8 sequence at p, reading at most
 * `avail` bytes; 0 when it is not one (a stray continuation byte, an
 * overlong form, a surrogate, past U+10FFFF, cut short). A NUL ends a
 * sequence, so a NUL-terminated string may pass avail = 4. */
size_t text_utf8_seq(const unsigned char *p, size_t avail);

/* Whether none of the 8 bytes at p is below 0x20, has its high bit set, or
 * is a or b: a word at a time, for the runs of plain ASCII that most texts
 * are. */
static inline bool text_plain8(const unsigned char *p, unsigned char a, unsigned char b)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t w, xa, xb;
    memcpy(&w, p, sizeof w);
    xa = w ^ (a * ones);
    xb = w ^ (b * ones);
    /* once no high bit is set, each borrow test is exact: a byte below
     * 0x20, a byte equal to a, a byte equal to b */
    return ((w | ((w - 0x20 * ones) & ~w) | ((xa - ones) & ~xa) | ((xb - ones) & ~xb)) & highs) ==
           0;
}

/* True when s[0..len) is valid UTF-8 without a NUL byte. */
bool text_is_utf8(const char *s, size_t len);

/* Whether code point cp is one a name or a line of text shown to citizens
 * may not hold: a control character (C0, DEL, C1, the line and paragraph
 * separators), a bidirectional mark, embedding, override or isolate
 * (U+200E-F, U+061C, U+202A-E, U+2066-9), which turns a text around on a
 * screen, or an invisible one (U+200B-D, U+FEFF). */
bool text_hidden_char(uint32_t cp);

/* The byte offset in valid UTF-8 s[0..len) of the first code point
 * text_hidden_char refuses, with it in *cp; SIZE_MAX when there is none. */
size_t text_find_hidden(const char *s, size_t len, uint32_t *cp);

/* The entry of the NULL-ended list `known` closest to `word` (edit
 * distance with adjacent transpositions: at most 1 for words of up to 4
 * characters, 2 up to 7, 3 beyond), or NULL when none is that close. */
const char *text_suggest(const char *word, const char *const *known);

/* Writes v in decimal at out (at most TEXT_U64_MAX bytes, no NUL) and
 * returns how many bytes it wrote: where a record is put together on
 * every request and snprintf would cost more than the rest. */
size_t text_u64(char *out, uint64_t v);
/* Reads the len bytes at s as a number text_u64 writes: 1 to 20 decimal
 * digits and nothing else (no sign, no space), at most UINT64_MAX, into
 * *v. false (and *v 0) for anything else. */
bool text_parse_u64(const char *s, size_t len, uint64_t *v);

#endif
