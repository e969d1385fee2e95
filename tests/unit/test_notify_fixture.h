/*
 * test_notify_fixture.h - what the notification tests share: a seeded
 * random source (splitmix64), one that always fails, a filled-in message,
 * a field by field comparison of two messages, the hall's clock and an
 * outbox with the default options.
 *
 * The hall is in Asia/Jakarta (+07:00); day 0 is Monday 2026-12-07, and
 * fx_at(day, hour, minute) is a local time counted from it.
 */
#ifndef TEST_NOTIFY_FIXTURE_H
#define TEST_NOTIFY_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "test_common.h"

#include "notify/outbox.h"
#include "notify/record.h"

#define FX_EPOCH "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
#define FX_JAKARTA (7 * 60)
#define FX_SEC 1000LL
#define FX_MIN 60000LL
#define FX_HOUR 3600000LL
#define FX_DAY0 1796576400000LL /* Monday 2026-12-07 00:00 +07:00 */

static inline int64_t fx_at(int day, int hour, int minute)
{
    return FX_DAY0 + day * NOTIFY_DAY_MS + hour * FX_HOUR + minute * FX_MIN;
}

static inline notify_random_t fx_random(fx_rng_t *g, uint64_t seed)
{
    g->state = seed;
    g->calls = 0;
    return (notify_random_t){fx_random_fill, g};
}

static inline int fx_random_broken(void *ctx, void *buf, size_t len)
{
    (void)ctx;
    (void)buf;
    (void)len;
    return -1;
}

/* A queued message with every field set. */
static inline notify_msg_t fx_msg(void)
{
    notify_msg_t m;
    memset(&m, 0, sizeof m);
    m.id = 4217;
    strcpy(m.key, "mpp-" FX_EPOCH "-4217");
    strcpy(m.to, "+6281234567890");
    strcpy(m.template_name, "ticket.called");
    strcpy(m.text, "Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan menuju loket.");
    strcpy(m.ticket, "A-007");
    m.owner = 77; /* the ticket's id */
    m.status = NOTIFY_QUEUED;
    m.attempts = 2;
    m.created_ms = fx_at(0, 9, 0);
    m.updated_ms = fx_at(0, 9, 1);
    m.next_at_ms = fx_at(0, 9, 2);
    m.expires_ms = fx_at(0, 16, 0);
    strcpy(m.last_error, "HTTP 503 from the gateway");
    return m;
}

/* Every field of a and b alike (strings up to their NUL). */
static inline void fx_assert_same(const notify_msg_t *a, const notify_msg_t *b)
{
    assert_true(a->id == b->id);
    assert_string_equal(a->key, b->key);
    assert_string_equal(a->to, b->to);
    assert_true(a->owner == b->owner);
    assert_string_equal(a->template_name, b->template_name);
    assert_string_equal(a->text, b->text);
    assert_string_equal(a->ticket, b->ticket);
    assert_string_equal(a->booking, b->booking);
    assert_int_equal(a->status, b->status);
    assert_int_equal(a->attempts, b->attempts);
    assert_int_equal(a->next_at_ms, b->next_at_ms);
    assert_int_equal(a->created_ms, b->created_ms);
    assert_int_equal(a->updated_ms, b->updated_ms);
    assert_int_equal(a->expires_ms, b->expires_ms);
    assert_string_equal(a->last_error, b->last_error);
    assert_int_equal(a->erased, b->erased);
}

/* Where the string needle first occurs in len bytes at hay, or NULL. */
static inline const uint8_t *fx_find(const uint8_t *hay, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; n <= len && i <= len - n; i++)
        if (memcmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

/* The default options with the fixture's epoch, no random source. */
static inline notify_opts_t fx_opts(void)
{
    notify_opts_t o;
    notify_opts_default(&o);
    o.epoch = FX_EPOCH;
    o.utc_offset_min = FX_JAKARTA;
    return o;
}

/* The i-th citizen's phone. */
static inline void fx_phone(char out[NOTIFY_PHONE_MAX], int i)
{
    snprintf(out, NOTIFY_PHONE_MAX, "+628123%06d", i);
}

/* Adds template `name` with `text` about `ticket` for citizen i at now and
 * confirms it. */
static inline const notify_msg_t *fx_add_about(notify_outbox_t *o, int i, const char *name,
                                               const char *text, const char *ticket, int64_t now)
{
    char phone[NOTIFY_PHONE_MAX];
    fx_phone(phone, i);
    notify_request_t req = {phone, name, text, ticket, NULL, 0, 0, (uint64_t)i + 1};
    const notify_msg_t *m = NULL;
    assert_int_equal(notify_outbox_add(o, &req, now, &m), NOTIFY_OK);
    assert_non_null(m);
    assert_int_equal(notify_outbox_confirm(o, m->id), NOTIFY_OK);
    return m;
}

/* Adds a ticket.called message for citizen i at now and confirms it. */
static inline const notify_msg_t *fx_add(notify_outbox_t *o, int i, int64_t now)
{
    return fx_add_about(o, i, "ticket.called",
                        "Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan menuju loket.",
                        "A-007", now);
}

#endif
