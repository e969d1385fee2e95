/*
 * test_booking_fixture.h - what the booking tests share: a seeded random
 * source (splitmix64, so every run draws the same codes), a scripted one
 * that gives set bytes and then fails, a filled-in booking, a field by
 * field comparison of two bookings, and a hall to book in.
 *
 * The hall: Asia/Jakarta (+07:00), Sundays and 2026-12-25 closed, hours
 * 08:00-12:00 and 13:00-15:00, 30-minute slots of 3, 7 days ahead, no
 * quota, check-in from 30 minutes before a slot's start to 15 after. It is
 * Friday 2026-12-04, 10:00, until a test moves the clock.
 */
#ifndef TEST_BOOKING_FIXTURE_H
#define TEST_BOOKING_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "test_common.h"

#include "booking/ledger.h"

static inline booking_random_t fx_random(fx_rng_t *g, uint64_t seed)
{
    g->state = seed;
    g->calls = 0;
    return (booking_random_t){fx_random_fill, g};
}

/* Gives the bytes of `script` in order, then fails. */
typedef struct fx_script {
    const unsigned char *bytes;
    size_t len, pos;
} fx_script_t;

static inline int fx_script_fill(void *ctx, void *buf, size_t len)
{
    fx_script_t *s = ctx;
    if (s->len - s->pos < len)
        return -1;
    memcpy(buf, s->bytes + s->pos, len);
    s->pos += len;
    return 0;
}

/* A booked booking with every field set. */
static inline booking_t fx_booking(void)
{
    booking_t b;
    memset(&b, 0, sizeof b);
    b.id = 4217;
    strcpy(b.service, "dukcapil/ktp-el-rekam");
    b.date = 20794;               /* 2026-12-07 */
    b.start_ms = 1796605200000LL; /* 08:00 +07:00 */
    b.end_ms = b.start_ms + 30 * 60000;
    strcpy(b.code, "BK-7QK3");
    strcpy(b.token, "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    b.status = BOOKING_STATUS_CHECKED_IN;
    strcpy(b.phone, "+628123456789");
    strcpy(b.nik, "3303014507900001");
    strcpy(b.name, "Sarah Rahayu Ñoño");
    b.notify = true;
    b.created_ms = b.start_ms - 3 * 86400000LL;
    b.updated_ms = b.start_ms - 600000;
    b.ticket_id = 918273;
    b.checkin_before_min = 30;
    b.checkin_after_min = 15;
    return b;
}

/* Every field of a and b alike (strings up to their NUL). */
static inline void fx_assert_same(const booking_t *a, const booking_t *b)
{
    assert_true(a->id == b->id);
    assert_string_equal(a->service, b->service);
    assert_int_equal(a->date, b->date);
    assert_int_equal(a->start_ms, b->start_ms);
    assert_int_equal(a->end_ms, b->end_ms);
    assert_string_equal(a->code, b->code);
    assert_string_equal(a->token, b->token);
    assert_int_equal(a->status, b->status);
    assert_string_equal(a->phone, b->phone);
    assert_string_equal(a->nik, b->nik);
    assert_string_equal(a->name, b->name);
    assert_int_equal(a->notify, b->notify);
    assert_int_equal(a->erased, b->erased);
    assert_int_equal(a->created_ms, b->created_ms);
    assert_int_equal(a->updated_ms, b->updated_ms);
    assert_true(a->ticket_id == b->ticket_id);
    assert_int_equal(a->checkin_before_min, b->checkin_before_min);
    assert_int_equal(a->checkin_after_min, b->checkin_after_min);
}

#define FX_JAKARTA (7 * 60)
#define FX_MIN 60000LL

static inline calendar_date_t fx_date(const char *text)
{
    calendar_date_t d = -1;
    assert_int_equal(calendar_date_parse(text, &d), BOOKING_OK);
    return d;
}

/* The instant of a local date and time in the hall. */
static inline int64_t fx_at(const char *date, int hour, int minute)
{
    return calendar_date_start_ms(fx_date(date), FX_JAKARTA) + (hour * 60 + minute) * FX_MIN;
}

typedef struct fx_hall {
    calendar_t *cal;
    booking_rules_t rules;
    booking_hours_t hours[2];
    booking_ledger_t *ledger;
    fx_rng_t rng;
    int64_t now;
} fx_hall_t;

static inline void fx_hall_open(fx_hall_t *h, int phone_cap)
{
    memset(h, 0, sizeof *h);
    h->cal = calendar_new();
    assert_non_null(h->cal);
    calendar_close_weekday(h->cal, CALENDAR_SUNDAY);
    calendar_add(h->cal, fx_date("2026-12-25"), "Kelahiran Yesus Kristus", "SKB 3 Menteri");
    booking_rules_default(&h->rules);
    h->rules.capacity = 3;
    h->hours[0] = (booking_hours_t){8 * 60, 12 * 60};
    h->hours[1] = (booking_hours_t){13 * 60, 15 * 60};
    booking_ledger_opts_t opts = {FX_JAKARTA, phone_cap, fx_random(&h->rng, 1)};
    h->ledger = booking_ledger_new(&opts);
    assert_non_null(h->ledger);
    h->now = fx_at("2026-12-04", 10, 0);
}

static inline void fx_hall_close(fx_hall_t *h)
{
    booking_ledger_free(h->ledger);
    calendar_free(h->cal);
}

/* The slots of a service on a date, with the hall's current rules. */
static inline void fx_day(fx_hall_t *h, booking_day_t *day, const char *service, const char *date)
{
    assert_int_equal(booking_day_build(day, service, fx_date(date), &h->rules, h->hours, 2, h->cal,
                                       FX_JAKARTA, NULL, 0),
                     BOOKING_OK);
}

/* The i-th citizen's phone and NIK. */
static inline void fx_phone(char out[BOOKING_PHONE_MAX], int i)
{
    snprintf(out, BOOKING_PHONE_MAX, "+628123%06d", i);
}

static inline void fx_nik(char out[BOOKING_NIK_MAX], int i)
{
    snprintf(out, BOOKING_NIK_MAX, "33030101019%d%04d", i / 9999 % 10, i % 9999 + 1);
}

/* Reserves for citizen i (phone i, NIK i when with_nik) at now. */
static inline int fx_reserve(fx_hall_t *h, const booking_day_t *day, int64_t start, int i,
                             bool with_nik, const booking_t **out)
{
    char phone[BOOKING_PHONE_MAX], nik[BOOKING_NIK_MAX];
    fx_phone(phone, i);
    fx_nik(nik, i);
    booking_request_t req = {start, phone, with_nik ? nik : NULL, "Sarah Rahayu", false};
    const booking_t *b;
    int rc = booking_ledger_reserve(h->ledger, day, &req, h->now, &b);
    if (out)
        *out = b;
    return rc;
}

/* Reserves and confirms; the booking must be accepted. */
static inline const booking_t *fx_book(fx_hall_t *h, const booking_day_t *day, int64_t start, int i)
{
    const booking_t *b;
    assert_int_equal(fx_reserve(h, day, start, i, true, &b), BOOKING_OK);
    assert_int_equal(booking_ledger_confirm(h->ledger, b->id), BOOKING_OK);
    return b;
}

#endif
