/*
 * slots.h - one service's bookable slots on one date, and the ISO 8601
 * text of a slot's start and end ("2026-12-07T08:00:00+07:00").
 *
 * A day is built from the service's rules, its opening hours that date
 * (one interval, or several around a break), the hall's calendar and the
 * zone's offset from UTC on that date. Each interval is cut into slots of
 * slot_minutes from its opening; a slot that would end after the interval
 * closes is not offered. A closed weekday, a holiday or no hours give a day
 * without slots. The day keeps a copy of the rules, so the ledger checks a
 * reservation against the rules the citizen was shown.
 *
 * A booking_day_t is plain data of about 7 KiB; the caller owns it.
 */
#ifndef MPP_BOOKING_SLOTS_H
#define MPP_BOOKING_SLOTS_H

#include <stddef.h>
#include <stdint.h>

#include "booking/booking.h"
#include "booking/rules.h"

#define BOOKING_SLOTS_MAX 288                 /* a whole day of 5-minute slots */
#define BOOKING_HOURS_MAX CALENDAR_RANGES_MAX /* opening intervals in a day */
#define BOOKING_OFFSET_MIN (-12 * 60)
#define BOOKING_OFFSET_MAX (14 * 60)
#define BOOKING_TIME_TEXT 26 /* "2026-12-07T08:00:00+07:00" with its NUL */

/* An opening interval: the calendar's range (calendar.h), in minutes of
 * the local day. */
typedef calendar_range_t booking_hours_t;

/* One slot: [start_ms, end_ms) since the epoch, and its capacity. */
typedef struct booking_slot {
    int64_t start_ms;
    int64_t end_ms;
    int capacity;
} booking_slot_t;

/* What a service offers on one date. */
typedef struct booking_day {
    char service[BOOKING_SERVICE_MAX]; /* "<agency>/<service>" */
    calendar_date_t date;
    int utc_offset_min;
    booking_rules_t rules;                   /* a copy */
    int bookable;                            /* booking_rules_bookable(&rules) */
    size_t n_slots;                          /* 0 on a closed day */
    booking_slot_t slots[BOOKING_SLOTS_MAX]; /* in time order */
} booking_day_t;

/* Builds the day's slots. cal may be NULL: every date open. BOOKING_OK,
 * with n_slots 0 when the calendar closes the date; BOOKING_EINVAL with a message in err (may be NULL) for
 * rules out of bounds, hours that overlap, run backwards or lie outside the
 * day, more than BOOKING_HOURS_MAX intervals, a service id empty or too
 * long, a date or an offset out of range. */
int booking_day_build(booking_day_t *day, const char *service, calendar_date_t date,
                      const booking_rules_t *rules, const booking_hours_t *hours, size_t n_hours,
                      const calendar_t *cal, int utc_offset_min, char *err, size_t errlen);
/* The day's slot that starts at start_ms, or NULL (binary search). */
const booking_slot_t *booking_day_slot(const booking_day_t *day, int64_t start_ms);
/* Whether the day lies further ahead of now_ms than its rules' days_ahead
 * (its slots are shown, none may be booked yet). */
bool booking_day_too_far(const booking_day_t *day, int64_t now_ms);

/* Writes the instant (whole seconds; milliseconds are dropped) in the
 * zone utc_offset_min ahead of UTC, "2026-12-07T08:00:00+07:00"; offset 0
 * is written "+00:00". BOOKING_EINVAL for an offset out of range, or an
 * instant before 1970 or from CALENDAR_MS_MAX on, in UTC or local time
 * (out is then ""). */
int booking_time_format(int64_t ms, int utc_offset_min, char out[BOOKING_TIME_TEXT]);
/* Reads exactly "YYYY-MM-DDTHH:MM:SS+HH:MM" (or "-HH:MM", or "Z" for
 * UTC), as booking_time_format writes it, into ms since the epoch and the
 * offset it was written with (may be NULL). Anything else - no offset,
 * fractions of a second, a space for the T, a date that does not exist,
 * 24:00, an offset past -12:00..+14:00 - is BOOKING_EINVAL with a message
 * in err (may be NULL), and *ms unchanged. */
int booking_time_parse(const char *text, int64_t *ms, int *utc_offset_min, char *err,
                       size_t errlen);

#endif
