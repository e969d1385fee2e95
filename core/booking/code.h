/*
 * code.h - the two names a booking is known by outside the hall:
 *
 *   code   "BK-" and 4 characters from an alphabet without the characters
 *          people mistake for one another (no 0, O, 1, I or L): short, read
 *          aloud and typed at the kiosk. 31^4 = 923,521 codes; the ledger
 *          keeps a code unique among the bookings of its date by drawing
 *          again on a collision.
 *   token  32 lowercase hex characters from 16 random bytes: the citizen's
 *          link (/b/<token>), never shown on the board.
 *
 * Both are drawn from the caller's random source (booking.h). A code is
 * drawn without bias: a byte past the largest multiple of 31 is dropped.
 */
#ifndef MPP_BOOKING_CODE_H
#define MPP_BOOKING_CODE_H

#include <stdbool.h>

#include "booking/booking.h"

#define BOOKING_CODE_ALPHABET "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
#define BOOKING_CODE_PREFIX "BK-"
#define BOOKING_CODE_CHARS 4
#define BOOKING_TOKEN_BYTES 16

/* Draws a code "BK-XXXX" into out. BOOKING_ERANDOM (out "") when the
 * source fails or keeps giving bytes that must be dropped. */
int booking_code_draw(const booking_random_t *rnd, char out[BOOKING_CODE_MAX]);
/* Reads a code as a person types or a scanner reads it: letters in either
 * case, spaces and dashes anywhere, with or without "BK" in front
 * ("bk 7qk3", "BK7QK3", "7QK3" are all "BK-7QK3"). BOOKING_EINVAL (out "")
 * for anything that is not 4 characters of the alphabet. */
int booking_code_normalize(const char *typed, char out[BOOKING_CODE_MAX]);
/* Draws a token into out. BOOKING_ERANDOM (out "") when the source fails. */
int booking_token_draw(const booking_random_t *rnd, char out[BOOKING_TOKEN_MAX]);
/* Whether s has the shape of a token: 32 lowercase hex characters. */
bool booking_token_valid(const char *s);

#endif
