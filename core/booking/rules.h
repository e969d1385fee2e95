/*
 * rules.h - a bookable service's rules, as its plugin declares them in
 * `booking = {...}` (the plugin loader fills the struct), their check, and
 * the day's bookable total that the walk-in share leaves.
 *
 * The daily quota is the service's own (its `quota`), copied here so the
 * ledger has what it checks in one place: with a quota q and a walk-in
 * share s%, the day takes q - ceil(q x s / 100) bookings and keeps the rest
 * for walk-ins at the kiosk; a quota of 0 is no limit, so bookings are then
 * limited by the slots' capacity only.
 */
#ifndef MPP_BOOKING_RULES_H
#define MPP_BOOKING_RULES_H

#include <stddef.h>

#include "booking/result.h"

#define BOOKING_PATTERN_MAX 64 /* bytes of code_pattern, with its NUL */
#define BOOKING_UNLIMITED (-1) /* a bookable total without a limit */

/* Bounds the check enforces (inclusive). */
#define BOOKING_SLOT_MINUTES_MIN 5
#define BOOKING_SLOT_MINUTES_MAX 240
#define BOOKING_CAPACITY_MAX 1000
#define BOOKING_DAYS_AHEAD_MAX 90
#define BOOKING_QUOTA_MAX 100000
#define BOOKING_CHECKIN_MAX 240

typedef struct booking_rules {
    int slot_minutes;   /* length of a slot, 5..240 */
    int capacity;       /* bookings a slot takes, 1..1000 */
    int days_ahead;     /* how many days after today a slot may be booked,
                           0 (today only)..90 */
    int walkin_share;   /* percent of the daily quota kept for walk-ins, 0..100 */
    int daily_quota;    /* the service's tickets a day, 0 = no limit */
    int checkin_before; /* check-in opens this many minutes before the
                           slot's start, 0..240 */
    int checkin_after;  /* and closes this many minutes after it, 0..240 */
    char code_pattern[BOOKING_PATTERN_MAX]; /* "" or the pattern of the codes
                           an agency's own booking system gives; held here,
                           matched elsewhere */
} booking_rules_t;

/* Fills the rules a plugin gets for every key it leaves out: 30-minute
 * slots of 5, 7 days ahead, half the quota kept for walk-ins, no quota,
 * check-in from 30 minutes before the start to 15 minutes after, no
 * pattern. */
void booking_rules_default(booking_rules_t *rules);
/* BOOKING_OK, or BOOKING_EINVAL with a message naming the first field out
 * of bounds in err ("booking.slot_minutes: must be 5..240"); err may be
 * NULL. */
int booking_rules_check(const booking_rules_t *rules, char *err, size_t errlen);
/* The day's bookable total: daily_quota - ceil(daily_quota x walkin_share
 * / 100), or BOOKING_UNLIMITED when the quota is 0. */
int booking_rules_bookable(const booking_rules_t *rules);

#endif
