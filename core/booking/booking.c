/*
 * booking.c - the names of results and statuses, as the API writes them.
 */
#include "booking/booking.h"

const char *booking_result_code(int result)
{
    switch ((booking_result_t)result) {
    case BOOKING_OK: return "ok";
    case BOOKING_EINVAL: return "invalid";
    case BOOKING_ENOMEM: return "out_of_memory";
    case BOOKING_ERANDOM: return "no_random";
    case BOOKING_ESTATE: return "wrong_state";
    case BOOKING_EEXIST: return "exists";
    case BOOKING_NOT_FOUND: return "not_found";
    case BOOKING_NOT_OPEN: return "closed";
    case BOOKING_BAD_SLOT: return "bad_slot";
    case BOOKING_PAST: return "slot_started";
    case BOOKING_TOO_FAR: return "too_far";
    case BOOKING_DUPLICATE: return "duplicate";
    case BOOKING_PHONE_CAP: return "phone_cap";
    case BOOKING_DAY_FULL: return "quota_reached"; /* the bookable share of it */
    case BOOKING_SLOT_FULL: return "slot_full";
    case BOOKING_TOO_EARLY: return "too_early";
    case BOOKING_TOO_LATE: return "too_late";
    case BOOKING_ALREADY: return "already_checked_in";
    case BOOKING_CANCELLED: return "cancelled";
    }
    return "error";
}

const char *booking_status_name(booking_status_t status)
{
    static const char *const names[BOOKING_STATUS__COUNT] = {"booked", "checked_in", "cancelled",
                                                             "missed"};
    return (unsigned)status < BOOKING_STATUS__COUNT ? names[status] : NULL;
}

bool booking_status_active(booking_status_t status)
{
    return status == BOOKING_STATUS_BOOKED || status == BOOKING_STATUS_CHECKED_IN;
}

size_t booking_reminders(const booking_t *b, int64_t at[BOOKING_REMINDERS_MAX])
{
    static const int64_t before[BOOKING_REMINDERS_MAX] = {24 * 3600 * 1000LL, 3600 * 1000LL};
    size_t n = 0;
    for (size_t i = 0; b->notify && i < BOOKING_REMINDERS_MAX; i++)
        if (b->start_ms - before[i] > b->created_ms + 30 * 60 * 1000LL)
            at[n++] = b->start_ms - before[i];
    return n;
}
