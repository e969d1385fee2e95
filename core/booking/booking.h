/*
 * booking.h - what every part of the booking module (antrean online)
 * shares: the result codes, the booking record as the hall keeps and
 * stores it, its statuses, and the random source that codes and tokens
 * are drawn from.
 *
 * The module is plain C with libc only: no JSON, no storage, no Lua, no
 * sockets, no clock and no random source of its own. Callers pass `now`
 * (ms since the epoch) and a function that fills bytes with randomness, so
 * tests drive time and draw codes deterministically.
 *
 *   result.h    the result codes
 *   calendar.h  dates, weekly closed days, holidays and cuti bersama
 *   rules.h     a service's booking rules and their check
 *   slots.h     a day's slots from rules, hours and calendar; ISO 8601 times
 *   person.h    phone, NIK and name checks, and masking
 *   code.h      booking codes (BK-7QK3) and tokens
 *   record.h    the byte encoding of a booking for the store
 *   ledger.h    every booking in memory: reserve, check in, cancel, sweep
 */
#ifndef MPP_BOOKING_H
#define MPP_BOOKING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "booking/calendar.h"
#include "booking/result.h"

/* Sizes of the record's strings, each with its NUL. */
#define BOOKING_SERVICE_MAX 96 /* "<agency>/<service>", as CATALOG_SVC_ID_MAX */
#define BOOKING_CODE_MAX 8     /* "BK-7QK3" */
#define BOOKING_TOKEN_MAX 33   /* 32 lowercase hex characters */
#define BOOKING_PHONE_MAX 16   /* E.164: "+62" and at most 12 digits */
#define BOOKING_NIK_MAX 17     /* 16 digits */
#define BOOKING_NAME_CHARS 80  /* characters (code points) of a name */
#define BOOKING_NAME_MAX (BOOKING_NAME_CHARS * 4 + 1) /* its UTF-8 bytes */

typedef enum booking_status {
    BOOKING_STATUS_BOOKED = 0,
    BOOKING_STATUS_CHECKED_IN,
    BOOKING_STATUS_CANCELLED,
    BOOKING_STATUS_MISSED,
    BOOKING_STATUS__COUNT
} booking_status_t;

/* One booking. Plain data: the ledger owns the ones it holds and hands out
 * const pointers, valid until the booking is rolled back or the ledger is
 * freed. Once its personal data is erased, phone, nik and name are "". */
typedef struct booking {
    uint64_t id; /* from 1, never reused */
    char service[BOOKING_SERVICE_MAX];
    calendar_date_t date; /* the slot's local date */
    int64_t start_ms;     /* the slot, ms since the epoch */
    int64_t end_ms;
    char code[BOOKING_CODE_MAX];   /* unique among the bookings of its date */
    char token[BOOKING_TOKEN_MAX]; /* unguessable; the citizen's link */
    booking_status_t status;
    char phone[BOOKING_PHONE_MAX]; /* E.164, "+628..." */
    char nik[BOOKING_NIK_MAX];     /* "" when not given */
    char name[BOOKING_NAME_MAX];
    bool notify; /* the citizen asked for messages */
    bool erased; /* phone, nik and name were cleared */
    int64_t created_ms;
    int64_t updated_ms;     /* the last change of status or data */
    uint64_t ticket_id;     /* the ticket once checked in, else 0 */
    int checkin_before_min; /* the window, as the rules were at */
    int checkin_after_min;  /* booking time (see rules.h) */
} booking_t;

/* Fills `len` bytes at `buf` with random bytes (getrandom, libsodium's
 * randombytes_buf); returns 0, or -1 when it cannot. */
typedef int (*booking_random_fn)(void *ctx, void *buf, size_t len);

/* A random source and its context, copied by whoever keeps it. */
typedef struct booking_random {
    booking_random_fn fill;
    void *ctx;
} booking_random_t;

/* "booked", "checked_in", "cancelled", "missed"; NULL past the enum. */
const char *booking_status_name(booking_status_t status);
/* Whether a booking in this status holds its place and its person's day:
 * booked or checked in. */
bool booking_status_active(booking_status_t status);

/* A booking's reminders when it asked for messages: the day before and an
 * hour before its slot, each only when it comes over 30 minutes after the
 * booking was made (not right after its confirmation). Writes their times
 * (ms since the epoch, earliest first) into at; returns how many, 0 to
 * BOOKING_REMINDERS_MAX. */
#define BOOKING_REMINDERS_MAX 2
size_t booking_reminders(const booking_t *b, int64_t at[BOOKING_REMINDERS_MAX]);

#endif
