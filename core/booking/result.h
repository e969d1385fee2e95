/*
 * result.h - the result codes of the booking module: 0 for success, a
 * negative booking_result_t for everything else, and the name the API
 * gives each refusal.
 */
#ifndef MPP_BOOKING_RESULT_H
#define MPP_BOOKING_RESULT_H

/* Every status and refusal of the module. 0 is success; the rest are
 * negative. The first group are a caller's mistakes or the machine's; the
 * others are answers a citizen or a member of staff gets, named as the
 * API names them (booking_result_code). */
typedef enum booking_result {
    BOOKING_OK = 0,
    BOOKING_EINVAL = -1, /* a malformed argument or record */
    BOOKING_ENOMEM = -2,
    BOOKING_ERANDOM = -3, /* the random source failed or found no free code */
    BOOKING_ESTATE = -4,  /* not possible in the booking's state */
    BOOKING_EEXIST = -5,  /* already there (a date closed twice, an id restored twice) */

    BOOKING_NOT_FOUND = -10, /* no booking with that code, token or id */
    BOOKING_NOT_OPEN = -11,  /* the day has no slots: closed day, holiday, no hours */
    BOOKING_BAD_SLOT = -12,  /* no slot of that day starts at that time */
    BOOKING_PAST = -13,      /* the slot has already started */
    BOOKING_TOO_FAR = -14,   /* the day is further ahead than days_ahead */
    BOOKING_DUPLICATE = -15, /* this phone or NIK already holds one that day */
    BOOKING_PHONE_CAP = -16, /* this phone holds the most a day allows */
    BOOKING_DAY_FULL = -17,  /* the day's bookable total is taken ("quota_reached") */
    BOOKING_SLOT_FULL = -18, /* the slot's capacity is taken */

    BOOKING_TOO_EARLY = -20, /* check-in window not open yet */
    BOOKING_TOO_LATE = -21,  /* check-in window closed (or the booking was missed) */
    BOOKING_ALREADY = -22,   /* already checked in */
    BOOKING_CANCELLED = -23  /* the booking was cancelled */
} booking_result_t;

/* The API's snake_case name of a result ("slot_full", "too_early",
 * "already_checked_in"); "error" for a value that is none of them. */
const char *booking_result_code(int result);

#endif
