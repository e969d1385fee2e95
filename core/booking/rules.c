/*
 * rules.c - default booking rules, their bounds, and the walk-in share.
 */
#include "booking/rules.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

void booking_rules_default(booking_rules_t *rules)
{
    *rules = (booking_rules_t){
        .slot_minutes = 30,
        .capacity = 5,
        .days_ahead = 7,
        .walkin_share = 50,
        .daily_quota = 0,
        .checkin_before = 30,
        .checkin_after = 15,
    };
}

/* One field's bounds, for the table the check walks. */
typedef struct bound {
    const char *field;
    size_t offset;
    int min, max;
} bound_t;

#define BOUND(f, lo, hi)                                                                           \
    {                                                                                              \
        "booking." #f, offsetof(booking_rules_t, f), lo, hi                                        \
    }

static const bound_t bounds[] = {
    BOUND(slot_minutes, BOOKING_SLOT_MINUTES_MIN, BOOKING_SLOT_MINUTES_MAX),
    BOUND(capacity, 1, BOOKING_CAPACITY_MAX),
    BOUND(days_ahead, 0, BOOKING_DAYS_AHEAD_MAX),
    BOUND(walkin_share, 0, 100),
    BOUND(daily_quota, 0, BOOKING_QUOTA_MAX),
    BOUND(checkin_before, 0, BOOKING_CHECKIN_MAX),
    BOUND(checkin_after, 0, BOOKING_CHECKIN_MAX),
};

static int refuse(char *err, size_t errlen, const char *field, const char *what)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s", field, what);
    return BOOKING_EINVAL;
}

static bool pattern_ok(const char *p)
{
    size_t len = strnlen(p, BOOKING_PATTERN_MAX);
    if (len == BOOKING_PATTERN_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)p[i] < 0x20 || (unsigned char)p[i] > 0x7e)
            return false;
    return true;
}

int booking_rules_check(const booking_rules_t *rules, char *err, size_t errlen)
{
    for (size_t i = 0; i < sizeof bounds / sizeof *bounds; i++) {
        const bound_t *b = &bounds[i];
        int v;
        memcpy(&v, (const char *)rules + b->offset, sizeof v);
        if (v < b->min || v > b->max) {
            char what[48];
            snprintf(what, sizeof what, "must be %d..%d", b->min, b->max);
            return refuse(err, errlen, b->field, what);
        }
    }
    if (rules->checkin_before + rules->checkin_after == 0)
        return refuse(err, errlen, "booking.checkin_after",
                      "the check-in window is empty (checkin_before and checkin_after are 0)");
    if (!pattern_ok(rules->code_pattern))
        return refuse(err, errlen, "booking.code_pattern",
                      "must be printable ASCII, at most 63 characters");
    return BOOKING_OK;
}

int booking_rules_bookable(const booking_rules_t *rules)
{
    int q = rules->daily_quota;
    if (q <= 0)
        return BOOKING_UNLIMITED;
    int kept = (q * rules->walkin_share + 99) / 100; /* ceil, walk-ins first */
    return q - kept;
}
