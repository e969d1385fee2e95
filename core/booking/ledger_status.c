/*
 * ledger_status.c - what happens to a booking after it is made: cancelled,
 * checked in within its window, swept as missed once the window closed,
 * and its personal data erased once kept long enough.
 */
#include "booking/ledger_internal.h"

#include <string.h>

#include "booking/code.h"

#define MS_PER_MIN 60000LL

/* Why a booking in this status can be neither checked in nor cancelled;
 * BOOKING_OK when it is booked. */
static int status_refusal(booking_status_t status)
{
    switch (status) {
    case BOOKING_STATUS_BOOKED: return BOOKING_OK;
    case BOOKING_STATUS_CHECKED_IN: return BOOKING_ALREADY;
    case BOOKING_STATUS_CANCELLED: return BOOKING_CANCELLED;
    case BOOKING_STATUS_MISSED: return BOOKING_TOO_LATE;
    case BOOKING_STATUS__COUNT: break;
    }
    return BOOKING_ESTATE;
}

int booking_ledger_cancel(booking_ledger_t *l, uint64_t id, int64_t now_ms, const booking_t **out)
{
    if (out)
        *out = NULL;
    const booking_t *b = booking_ledger_by_id(l, id);
    if (!b)
        return BOOKING_NOT_FOUND;
    entry_t *e = booking_ledger_entry(b);
    int rc = e->pending ? BOOKING_ESTATE : status_refusal(b->status);
    if (rc != BOOKING_OK)
        return rc;
    booking_ledger_set_status(l, e, BOOKING_STATUS_CANCELLED, now_ms);
    if (out)
        *out = b;
    return BOOKING_OK;
}

/* The booking a typed code names now: today's, else tomorrow's. */
static entry_t *find_for_check_in(const booking_ledger_t *l, const char *code, int64_t now_ms)
{
    char norm[BOOKING_CODE_MAX];
    if (booking_code_normalize(code, norm) != BOOKING_OK)
        return NULL;
    calendar_date_t today = calendar_date_of_ms(now_ms, l->opts.utc_offset_min);
    entry_t *e = booking_ledger_find_code(l, today, norm);
    return e ? e : booking_ledger_find_code(l, today + 1, norm);
}

/* The check both check-in calls make; *found is the entry when it may
 * check in. */
static int check_in_test(const booking_ledger_t *l, const char *code, int64_t now_ms,
                         booking_checkin_t *out, entry_t **found)
{
    memset(out, 0, sizeof *out);
    *found = NULL;
    entry_t *e = find_for_check_in(l, code, now_ms);
    if (!e || e->pending)
        return BOOKING_NOT_FOUND;
    const booking_t *b = &e->rec;
    out->booking = b;
    out->opens_ms = b->start_ms - b->checkin_before_min * MS_PER_MIN;
    out->closes_ms = b->start_ms + b->checkin_after_min * MS_PER_MIN;
    int rc = status_refusal(b->status);
    if (rc != BOOKING_OK)
        return rc;
    if (now_ms < out->opens_ms)
        return BOOKING_TOO_EARLY;
    if (now_ms > out->closes_ms)
        return BOOKING_TOO_LATE;
    *found = e;
    return BOOKING_OK;
}

int booking_ledger_can_check_in(const booking_ledger_t *l, const char *code, int64_t now_ms,
                                booking_checkin_t *out)
{
    entry_t *e;
    return check_in_test(l, code, now_ms, out, &e);
}

int booking_ledger_check_in(booking_ledger_t *l, const char *code, int64_t now_ms,
                            uint64_t ticket_id, booking_checkin_t *out)
{
    entry_t *e;
    int rc = check_in_test(l, code, now_ms, out, &e);
    if (rc != BOOKING_OK)
        return rc;
    booking_ledger_set_status(l, e, BOOKING_STATUS_CHECKED_IN, now_ms);
    e->rec.ticket_id = ticket_id;
    return BOOKING_OK;
}

static size_t sweep_day(booking_ledger_t *l, day_t *d, int64_t now_ms, booking_visit_fn fn,
                        void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_items; i++) {
        entry_t *e = d->items[i];
        const booking_t *b = &e->rec;
        if (e->pending || b->status != BOOKING_STATUS_BOOKED ||
            now_ms <= b->start_ms + b->checkin_after_min * MS_PER_MIN)
            continue;
        booking_ledger_set_status(l, e, BOOKING_STATUS_MISSED, now_ms);
        n++;
        if (fn)
            fn(ctx, b);
    }
    return n;
}

size_t booking_ledger_sweep_missed(booking_ledger_t *l, int64_t now_ms, booking_visit_fn fn,
                                   void *ctx)
{
    /* a closed window started by now: its date is today at the latest
     * (one more day for a day built with another offset than the hall's) */
    calendar_date_t last = calendar_date_of_ms(now_ms, l->opts.utc_offset_min) + 1;
    size_t n = 0, pos = 0;
    day_t *d;
    while ((d = booking_map_next(&l->days, &pos)))
        if (d->date <= last && d->count[BOOKING_STATUS_BOOKED] > 0)
            n += sweep_day(l, d, now_ms, fn, ctx);
    return n;
}

static void erase_entry(booking_ledger_t *l, entry_t *e, int64_t now_ms)
{
    booking_t *b = &e->rec;
    if (booking_status_active(b->status))
        booking_ledger_persons_drop(l, e); /* while the keys are still there */
    memset(b->phone, 0, sizeof b->phone);
    memset(b->nik, 0, sizeof b->nik);
    memset(b->name, 0, sizeof b->name);
    b->erased = true;
    b->updated_ms = now_ms;
    e->day->erased++;
}

static size_t erase_day(booking_ledger_t *l, day_t *d, int64_t before_ms, int64_t now_ms,
                        booking_visit_fn fn, void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_items; i++) {
        entry_t *e = d->items[i];
        if (e->pending || e->rec.erased || e->rec.end_ms >= before_ms)
            continue;
        erase_entry(l, e, now_ms);
        n++;
        if (fn)
            fn(ctx, &e->rec);
    }
    return n;
}

size_t booking_ledger_erase_personal(booking_ledger_t *l, int64_t before_ms, int64_t now_ms,
                                     booking_visit_fn fn, void *ctx)
{
    calendar_date_t last = calendar_date_of_ms(before_ms, l->opts.utc_offset_min) + 1;
    size_t n = 0, pos = 0;
    day_t *d;
    while ((d = booking_map_next(&l->days, &pos)))
        if (d->date <= last && (size_t)d->erased < d->n_items)
            n += erase_day(l, d, before_ms, now_ms, fn, ctx);
    return n;
}
