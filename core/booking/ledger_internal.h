/*
 * ledger_internal.h - the ledger's own types, shared by ledger.c (making,
 * restoring and finding bookings, and the indexes) and ledger_status.c
 * (cancel, check-in, the sweeps). Not part of the module's API.
 *
 * Each booking lives in an entry_t, allocated once and indexed by id,
 * token and (date, code). Bookings of one service on one date gather in a
 * day_t, which counts them by status and by slot; each phone and NIK with
 * active bookings on a date has a person_t listing them.
 */
#ifndef MPP_BOOKING_LEDGER_INTERNAL_H
#define MPP_BOOKING_LEDGER_INTERNAL_H

#include "booking/ledger.h"
#include "booking/map.h"

typedef struct day day_t;

typedef struct entry {
    booking_t rec; /* first: a booking_t pointer is its entry's */
    day_t *day;
    size_t day_pos; /* index in day->items */
    bool pending;   /* reserved, not yet confirmed durable */
} entry_t;

/* The places held in one slot of a day. */
typedef struct slot_use {
    int64_t start_ms;
    int held;
} slot_use_t;

struct day {
    char service[BOOKING_SERVICE_MAX];
    calendar_date_t date;
    int held; /* booked + checked in + missed */
    int count[BOOKING_STATUS__COUNT];
    int erased;        /* items whose personal data is gone */
    slot_use_t *slots; /* sorted by start_ms */
    size_t n_slots, cap_slots;
    entry_t **items; /* in the order made */
    size_t n_items, cap_items;
};

enum person_kind { PERSON_PHONE = 'P', PERSON_NIK = 'N' };

/* One phone's or NIK's active bookings on one date. */
typedef struct person {
    char kind;                   /* enum person_kind */
    char value[BOOKING_NIK_MAX]; /* the phone or the NIK: both fit */
    calendar_date_t date;
    entry_t **items;
    size_t n, cap;
} person_t;

struct booking_ledger {
    booking_ledger_opts_t opts;
    uint64_t next_id;
    booking_map_t by_id, by_token, by_code; /* entry_t */
    booking_map_t days;                     /* day_t */
    booking_map_t persons;                  /* person_t */
};

/* The entry of a booking the ledger handed out. */
static inline entry_t *booking_ledger_entry(const booking_t *b)
{
    return (entry_t *)b;
}

/* Moves an entry to a status (booked to checked in, cancelled or missed),
 * keeping the counts and the person indexes right. */
void booking_ledger_set_status(booking_ledger_t *l, entry_t *e, booking_status_t status,
                               int64_t now_ms);
/* Takes an active entry out of its phone's and NIK's person lists. */
void booking_ledger_persons_drop(booking_ledger_t *l, entry_t *e);
/* The entry with this (normalised) code on this date, or NULL. */
entry_t *booking_ledger_find_code(const booking_ledger_t *l, calendar_date_t date,
                                  const char *code);

#endif
