/*
 * hall_bookings.c - online bookings in the running hall (hall.h, "online
 * bookings"): the ledger of core/booking kept in memory and rebuilt from
 * the store whenever the engine is, slots cut from the hall's hours of the
 * date (hall_hours.c: breaks, special periods, closed days), and every change written in the open round, so a booking is durable
 * with the tickets it goes with and a reply waits for both.
 *
 * A reservation takes its place in the ledger at once (two requests for
 * the last place in one round cannot both have it) and is confirmed when
 * its round is durable, or rolled back when the round fails; a check-in
 * issues its ticket and marks the booking in one command. Bookings are
 * stored as booking/record.h's bytes under their id (STORE_DB_BOOKINGS);
 * their name, phone and NIK are cleared bookings.keep_days after the slot.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "booking/code.h"
#include "booking/ledger.h"
#include "booking/record.h"
#include "hall_int.h"
#include "civil/localtime.h"
#include "log.h"

struct hall_bookings {
    booking_ledger_t *ledger;
    int utc_offset_min;
    int64_t erased_ms; /* hall time of the last erasure sweep */
};

/* The hall's offset from UTC now, in minutes (its zone has no DST). */
static int hall_offset_min(int64_t now_ms)
{
    time_t secs = (time_t)(now_ms / 1000);
    struct tm tm;
    return local_time(secs, &tm) ? (int)(tm.tm_gmtoff / 60) : 0;
}

typedef struct restore_ctx {
    booking_ledger_t *ledger;
    size_t bad;
} restore_ctx_t;

static int restore_one(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)key;
    restore_ctx_t *r = ctx;
    booking_t b;
    if (booking_record_decode(val->data, val->len, &b) != BOOKING_OK ||
        booking_ledger_restore(r->ledger, &b) != BOOKING_OK)
        r->bad++;
    return 0;
}

void hall_bookings_free(hall_bookings_t *b)
{
    if (!b)
        return;
    booking_ledger_free(b->ledger);
    free(b);
}

int hall_bookings_restore(hall_t *h, hall_bookings_t **out, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    hall_bookings_t *b = calloc(1, sizeof *b);
    if (b) {
        b->utc_offset_min = hall_offset_min(hall_now(h));
        booking_ledger_opts_t opts = {
            b->utc_offset_min, cfg->booking_per_phone_day, {hall_random_fill, NULL}};
        b->ledger = booking_ledger_new(&opts);
        b->erased_ms = *out ? (*out)->erased_ms : 0;
    }
    if (!b || !b->ledger) {
        hall_bookings_free(b);
        snprintf(err, errlen, "out of memory for the bookings");
        return -1;
    }
    restore_ctx_t r = {b->ledger, 0};
    int rc = store_walk(hall_store(h), STORE_DB_BOOKINGS, NULL, NULL, false, restore_one, &r);
    if (rc < 0) {
        hall_bookings_free(b);
        snprintf(err, errlen, "cannot read the bookings: %s", store_strerror(rc));
        return -1;
    }
    if (r.bad)
        log_warn("booking", "%zu stored bookings could not be read", r.bad);
    hall_bookings_free(*out);
    *out = b;
    return 0;
}

/* ---- writing ---- */

/* Puts booking b's record in the open round. */
static int put_booking(hall_t *h, const booking_t *b)
{
    uint8_t rec[BOOKING_RECORD_MAX];
    size_t len;
    if (booking_record_encode(b, rec, sizeof rec, &len) != BOOKING_OK)
        return STORE_INVAL;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, b->id);
    return store_batch_put(hall_batch(h), STORE_DB_BOOKINGS, &k, rec, len) == 0 ? 0 : STORE_FULL;
}

static void put_visit(void *ctx, const booking_t *b)
{
    if (put_booking(ctx, b) != 0)
        log_error("booking", "booking %llu could not be written", (unsigned long long)b->id);
}

/* A booking past its window: written, and told as booking.missed. */
static void missed_visit(void *ctx, const booking_t *b)
{
    hall_t *h = ctx;
    put_visit(h, b);
    hall_notify_booking(h, b, "booking.missed");
    queue_booking_missed(hall_queue(h), b->service, b->code, hall_now(h));
}

/* ---- reading ---- */

int hall_booking_offset(hall_t *h)
{
    return hall_bookings_of(h)->utc_offset_min;
}

int hall_booking_day(hall_t *h, const char *service, calendar_date_t date, booking_day_t *day)
{
    const catalog_service_t *svc = catalog_service_find(hall_catalog(h), service);
    if (!svc || !svc->bookable)
        return BOOKING_NOT_FOUND;
    calendar_day_t hours;
    hall_hours_of(h, hall_catalog(h)->agencies[svc->agency].id, date, &hours);
    if (svc->cutoff_min >= 0)
        calendar_day_clip(&hours, svc->cutoff_min);
    return booking_day_build(day, service, date, &svc->booking, hours.range, hours.n, NULL,
                             hall_bookings_of(h)->utc_offset_min, NULL, 0);
}

int hall_booking_left(hall_t *h, const booking_day_t *day, const booking_slot_t *slot)
{
    return booking_ledger_left(hall_bookings_of(h)->ledger, day, slot);
}

const booking_t *hall_booking_by_token(hall_t *h, const char *token)
{
    return booking_ledger_by_token(hall_bookings_of(h)->ledger, token);
}

const booking_t *hall_booking_by_id(hall_t *h, uint64_t id)
{
    return booking_ledger_by_id(hall_bookings_of(h)->ledger, id);
}

uint32_t hall_booking_reserved(hall_t *h, const char *service, int64_t now)
{
    hall_bookings_t *b = hall_bookings_of(h);
    booking_counts_t c;
    booking_ledger_counts(b->ledger, service, calendar_date_of_ms(now, b->utc_offset_min), &c);
    return (uint32_t)c.status[BOOKING_STATUS_BOOKED];
}

size_t hall_booking_each(hall_t *h, const char *service, calendar_date_t date, booking_visit_fn fn,
                         void *ctx)
{
    return booking_ledger_each(hall_bookings_of(h)->ledger, service, date, fn, ctx);
}

void hall_booking_counts(hall_t *h, const char *service, calendar_date_t date,
                         booking_counts_t *out)
{
    booking_ledger_counts(hall_bookings_of(h)->ledger, service, date, out);
}

/* ---- changes ---- */

/* The round of a reservation is done: the place is the booking's (rc 0),
 * or given back. ctx carries the id. */
static void reserve_done(void *ctx, int rc)
{
    hall_t *h = ((void **)ctx)[0];
    uint64_t id = (uint64_t)(uintptr_t)((void **)ctx)[1];
    free(ctx);
    hall_bookings_t *b = hall_bookings_of(h);
    if (rc == 0)
        booking_ledger_confirm(b->ledger, id);
    else
        booking_ledger_rollback(b->ledger, id); /* not found after a rebuild: gone already */
}

int hall_booking_make(hall_t *h, const booking_day_t *day, const booking_request_t *req,
                      const booking_t **out)
{
    hall_bookings_t *b = hall_bookings_of(h);
    int rc = booking_ledger_reserve(b->ledger, day, req, hall_now(h), out);
    if (rc != BOOKING_OK)
        return rc;
    void **ctx = malloc(2 * sizeof *ctx);
    if (!ctx || put_booking(h, *out) != 0) {
        free(ctx);
        booking_ledger_rollback(b->ledger, (*out)->id);
        *out = NULL;
        return BOOKING_ENOMEM;
    }
    ctx[0] = h;
    ctx[1] = (void *)(uintptr_t)(*out)->id;
    hall_notify_booking(h, *out, "booking.made");
    if (hall_wait(h, reserve_done, ctx) != 0) {
        reserve_done(ctx, STORE_FULL);
        *out = NULL;
        return BOOKING_ENOMEM;
    }
    return BOOKING_OK;
}

int hall_booking_cancel(hall_t *h, uint64_t id, const booking_t **out)
{
    hall_bookings_t *b = hall_bookings_of(h);
    int rc = booking_ledger_cancel(b->ledger, id, hall_now(h), out);
    if (rc == BOOKING_OK && put_booking(h, *out) != 0)
        return BOOKING_ENOMEM;
    if (rc == BOOKING_OK)
        hall_notify_booking(h, *out, "booking.cancelled");
    return rc;
}

int hall_booking_check_in(hall_t *h, const char *code, bool print, booking_checkin_t *ci,
                          const queue_ticket_t **ticket, int *queue_rc)
{
    hall_bookings_t *b = hall_bookings_of(h);
    int64_t now = hall_now(h);
    *ticket = NULL;
    *queue_rc = QUEUE_OK;
    int rc = booking_ledger_can_check_in(b->ledger, code, now, ci);
    if (rc != BOOKING_OK)
        return rc;
    queue_issue_req_t req = {.service = ci->booking->service,
                             .print = print,
                             .booking = ci->booking->code,
                             .booking_start = ci->booking->start_ms};
    *queue_rc = queue_issue(hall_queue(h), &req, now, ticket);
    if (*queue_rc != QUEUE_OK)
        return BOOKING_ESTATE; /* the engine refused (closed, ...): queue_last_error says why */
    rc = booking_ledger_check_in(b->ledger, code, now, (*ticket)->id, ci);
    if (rc == BOOKING_OK && put_booking(h, ci->booking) != 0)
        rc = BOOKING_ENOMEM;
    if (rc == BOOKING_OK) {
        hall_notify_booking(h, ci->booking, NULL); /* its reminders are done */
        if (ci->booking->notify && !ci->booking->erased &&
            hall_notify_ticket(h, *ticket, ci->booking->phone, ci->booking->id) != 0)
            log_warn("notify", "ticket %s: its messages could not be set up", (*ticket)->number);
    }
    return rc;
}

/* Whether `code` matches the whole of ERE `pattern`. */
static bool pattern_matches(const char *pattern, const char *code)
{
    char anchored[BOOKING_PATTERN_MAX + 8];
    snprintf(anchored, sizeof anchored, "^(%s)$", pattern);
    regex_t re;
    if (regcomp(&re, anchored, REG_EXTENDED | REG_NOSUB) != 0)
        return false; /* the loader refuses such a pattern */
    bool ok = regexec(&re, code, 0, NULL, 0) == 0;
    regfree(&re);
    return ok;
}

static int carries_code(void *ctx, const queue_ticket_t *t)
{
    return strcmp(t->booking, ctx) == 0;
}

int hall_booking_check_in_external(hall_t *h, const char *code, bool print,
                                   const queue_ticket_t **ticket, int *queue_rc)
{
    const catalog_t *cat = hall_catalog(h);
    *ticket = NULL;
    *queue_rc = QUEUE_OK;
    if (!code[0] || strlen(code) >= QUEUE_BOOKING_MAX)
        return BOOKING_NOT_FOUND;
    const catalog_service_t *svc = NULL;
    for (size_t i = 0; i < cat->n_services && !svc; i++)
        if (cat->services[i].bookable && cat->services[i].booking.code_pattern[0] &&
            pattern_matches(cat->services[i].booking.code_pattern, code))
            svc = &cat->services[i];
    if (!svc)
        return BOOKING_NOT_FOUND;
    queue_t *q = hall_queue(h);
    /* one ticket a code: today's tickets (and those carried over) are in memory */
    if (queue_ticket_each(q, carries_code, (void *)code))
        return BOOKING_ALREADY;
    int64_t now = hall_now(h);
    queue_issue_req_t req = {
        .service = svc->id, .print = print, .booking = code, .booking_start = now};
    *queue_rc = queue_issue(q, &req, now, ticket);
    return *queue_rc == QUEUE_OK ? BOOKING_OK : BOOKING_ESTATE;
}

void hall_booking_sweep(hall_t *h, int64_t now)
{
    hall_bookings_t *b = hall_bookings_of(h);
    size_t missed = booking_ledger_sweep_missed(b->ledger, now, missed_visit, h);
    if (missed)
        log_info("booking", "%zu bookings missed their check-in window", missed);
    if (now - b->erased_ms < 3600 * 1000 && now >= b->erased_ms)
        return; /* the erasure runs once an hour */
    b->erased_ms = now;
    int64_t keep = (int64_t)hall_cfg(h)->booking_keep_days * 24 * 3600 * 1000;
    size_t erased = booking_ledger_erase_personal(b->ledger, now - keep, now, put_visit, h);
    if (erased)
        log_info("booking", "erased the name, phone and NIK of %zu bookings past %d days", erased,
                 hall_cfg(h)->booking_keep_days);
}
