/*
 * ledger.h - every booking the hall holds, in memory: the model the hall
 * rebuilds from the stored records at start and keeps in step with each
 * commit. It decides whether a reservation fits (the slot's capacity, the
 * day's bookable total, one booking per phone and per NIK per service and
 * day, a cap per phone and day over every service), checks citizens in
 * within their window, and finds bookings by code, token and id.
 *
 * Two phases, so a slot is never sold twice and never lost: a reservation
 * takes its place in memory at once (the next reservation already sees it
 * taken) and is *pending*; the caller stores its record and then either
 * confirms it (the commit succeeded) or rolls it back (it failed), which
 * gives the place back as if it had never been taken. A pending booking
 * cannot be checked in or cancelled; its code and token are known only to
 * the caller until it is confirmed.
 *
 * A place is held by a booking that is booked, checked in or missed: a
 * missed place is not sold again that day. A cancelled booking frees its
 * place. A person's day is held by an active booking (booked or checked
 * in), so after a cancellation or a missed slot the same phone may book
 * that service again that day.
 *
 * Every look-up is a hash map or a binary search, never a walk over all
 * bookings; a refused reservation allocates nothing. The sweeps (missed,
 * erase) walk the service-days of the dates they concern.
 *
 * The ledger is owned by its creator (booking_ledger_free) and used from
 * one thread. Bookings it hands out are const pointers into it, valid until
 * that booking is rolled back or the ledger is freed.
 */
#ifndef MPP_BOOKING_LEDGER_H
#define MPP_BOOKING_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "booking/booking.h"
#include "booking/slots.h"

typedef struct booking_ledger booking_ledger_t;

typedef struct booking_ledger_opts {
    int utc_offset_min;      /* the hall's zone: which date "now" is */
    int phone_cap;           /* active bookings a phone may hold on one
                                date over every service; 0 = no cap */
    booking_random_t random; /* for codes and tokens */
} booking_ledger_opts_t;

/* What a citizen asks for. Strings are borrowed for the call. */
typedef struct booking_request {
    int64_t start_ms;  /* the slot's start, as the day lists it */
    const char *phone; /* E.164, as booking_phone_normalize gives it */
    const char *nik;   /* 16 digits, or NULL or "" for none */
    const char *name;  /* booking_name_check */
    bool notify;
} booking_request_t;

/* Where a code stands for check-in. */
typedef struct booking_checkin {
    const booking_t *booking; /* the booking the code names; NULL when none */
    int64_t opens_ms;         /* its window: check-in from opens_ms to */
    int64_t closes_ms;        /* closes_ms, both included */
} booking_checkin_t;

/* One service-day's bookings by status. */
typedef struct booking_counts {
    int status[BOOKING_STATUS__COUNT];
    int held;  /* booked + checked in + missed: what counts against capacity */
    int total; /* every booking, cancelled ones too */
} booking_counts_t;

/* Called with each booking a sweep changed or a walk visits. */
typedef void (*booking_visit_fn)(void *ctx, const booking_t *b);

/* An empty ledger; NULL when out of memory, or when the offset or cap is
 * out of range or there is no random source. opts is copied. */
booking_ledger_t *booking_ledger_new(const booking_ledger_opts_t *opts);
/* Frees the ledger and every booking in it; NULL is fine. */
void booking_ledger_free(booking_ledger_t *l);

/* Adds a stored booking, as it is, at start (no capacity checks: the store
 * is the truth). Ids continue after the highest restored. BOOKING_EINVAL
 * for a record the encoder would refuse, BOOKING_EEXIST when its id, token,
 * or code on its date is already held, BOOKING_ENOMEM. */
int booking_ledger_restore(booking_ledger_t *l, const booking_t *rec);

/* Reserves a place for req in one of day's slots (day built by
 * booking_day_build for the service and date). On BOOKING_OK *out is the
 * new pending booking, with its id, code and token, to store; confirm or
 * roll it back after the commit. Otherwise nothing changed, *out is NULL,
 * and the result is, checked in this order: BOOKING_EINVAL (a malformed
 * phone, NIK or name), BOOKING_NOT_OPEN, BOOKING_BAD_SLOT, BOOKING_PAST,
 * BOOKING_TOO_FAR, BOOKING_DUPLICATE, BOOKING_PHONE_CAP, BOOKING_DAY_FULL,
 * BOOKING_SLOT_FULL, BOOKING_ERANDOM or BOOKING_ENOMEM. */
int booking_ledger_reserve(booking_ledger_t *l, const booking_day_t *day,
                           const booking_request_t *req, int64_t now_ms, const booking_t **out);
/* The pending booking's record is durable. BOOKING_NOT_FOUND, or
 * BOOKING_ESTATE when it is not pending. */
int booking_ledger_confirm(booking_ledger_t *l, uint64_t id);
/* The pending booking's record could not be stored: removes it, giving
 * back its place, its person's day, its code and token. BOOKING_NOT_FOUND,
 * or BOOKING_ESTATE when it is not pending (a durable booking is never
 * rolled back). */
int booking_ledger_rollback(booking_ledger_t *l, uint64_t id);

/* Cancels a booked booking and frees its place; *out (may be NULL) is the
 * changed booking to store. BOOKING_NOT_FOUND, BOOKING_ESTATE (pending),
 * BOOKING_CANCELLED (already), BOOKING_ALREADY (checked in) or
 * BOOKING_TOO_LATE (missed). */
int booking_ledger_cancel(booking_ledger_t *l, uint64_t id, int64_t now_ms, const booking_t **out);
/* Whether the code (as typed: booking_code_normalize) may check in now,
 * changing nothing. The code is looked for among today's bookings, then
 * tomorrow's (a window may open before midnight). BOOKING_OK, or
 * BOOKING_NOT_FOUND (also for a pending booking), BOOKING_CANCELLED,
 * BOOKING_ALREADY, BOOKING_TOO_LATE (window closed, or missed) or
 * BOOKING_TOO_EARLY; out->opens_ms then says when to come back. out is
 * filled whenever the code names a booking. */
int booking_ledger_can_check_in(const booking_ledger_t *l, const char *code, int64_t now_ms,
                                booking_checkin_t *out);
/* The same check, and on BOOKING_OK marks the booking checked in with its
 * ticket (the caller issues the ticket between the two calls, in the same
 * command). out->booking is then the changed booking to store. */
int booking_ledger_check_in(booking_ledger_t *l, const char *code, int64_t now_ms,
                            uint64_t ticket_id, booking_checkin_t *out);
/* Marks missed every confirmed booking still booked whose window closed
 * before now, reporting each to fn (may be NULL) for the store. Returns
 * how many. */
size_t booking_ledger_sweep_missed(booking_ledger_t *l, int64_t now_ms, booking_visit_fn fn,
                                   void *ctx);
/* Clears the name, phone and NIK of every confirmed booking whose slot
 * ended before before_ms and that still has them, sets its erased flag,
 * and reports each to fn (may be NULL) for the store to rewrite. Statuses
 * and counts stay for the reports. Returns how many. */
size_t booking_ledger_erase_personal(booking_ledger_t *l, int64_t before_ms, int64_t now_ms,
                                     booking_visit_fn fn, void *ctx);

/* The booking with this id, or NULL. Pending bookings are found too, here
 * and by the two look-ups below. */
const booking_t *booking_ledger_by_id(const booking_ledger_t *l, uint64_t id);
/* The booking with this token, or NULL. */
const booking_t *booking_ledger_by_token(const booking_ledger_t *l, const char *token);
/* The booking of this date with this code, as typed (booking_code_normalize),
 * or NULL. */
const booking_t *booking_ledger_by_code(const booking_ledger_t *l, calendar_date_t date,
                                        const char *code);
/* Places a new reservation could still take in this slot of the day: its
 * capacity less the places held in it, and no more than the day's bookable
 * total leaves. 0 when full (or the slot is not the day's). */
int booking_ledger_left(const booking_ledger_t *l, const booking_day_t *day,
                        const booking_slot_t *slot);
/* Counts a service-day's bookings by status (all 0 for a day without). */
void booking_ledger_counts(const booking_ledger_t *l, const char *service, calendar_date_t date,
                           booking_counts_t *out);
/* Visits a service-day's bookings in the order they were made, pending
 * ones included; fn must not change the ledger. Returns how many. */
size_t booking_ledger_each(const booking_ledger_t *l, const char *service, calendar_date_t date,
                           booking_visit_fn fn, void *ctx);
/* How many bookings the ledger holds, of every status. */
size_t booking_ledger_size(const booking_ledger_t *l);

#endif
