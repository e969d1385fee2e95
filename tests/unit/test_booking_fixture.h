/*
 * test_booking_fixture.h - what the booking tests share: a seeded random
 * source (splitmix64, so every run draws the same codes), a scripted one
 * that gives set bytes and then fails, a filled-in booking, and a field
 * by field comparison of two bookings.
 */
#ifndef TEST_BOOKING_FIXTURE_H
#define TEST_BOOKING_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "booking/booking.h"

/* A seeded generator; its state is the context of fx_random_fill. */
typedef struct fx_rng {
    uint64_t state;
    size_t calls;
} fx_rng_t;

static inline uint64_t fx_next(fx_rng_t *g)
{
    uint64_t z = (g->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline int fx_random_fill(void *ctx, void *buf, size_t len)
{
    fx_rng_t *g = ctx;
    unsigned char *p = buf;
    g->calls++;
    for (size_t i = 0; i < len; i++)
        p[i] = (unsigned char)(fx_next(g) >> 56);
    return 0;
}

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
    b.date = 20794; /* 2026-12-07 */
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

#endif
