/*
 * test_notify_outbox.c - the outbox: adding in two phases, the batches
 * next_due hands out, the retry schedule and its jitter, giving up after
 * the attempts or the hours, quiet hours, expiry, counts and the masked
 * list of failures, restoring from records (sending goes back to queued),
 * erasing and forgetting personal data after the retention, and a backlog
 * of thousands drained oldest first while tickets of it are dropped.
 */
#include <stdlib.h>

#include "test_notify_fixture.h"

typedef struct fx_box {
    notify_outbox_t *o;
    fx_rng_t rng;
} fx_box_t;

static void open_box(fx_box_t *b, const notify_opts_t *opts)
{
    b->o = notify_outbox_new(opts);
    assert_non_null(b->o);
}

/* Options without quiet hours or jitter, unless a test sets them. */
static notify_opts_t plain_opts(void)
{
    notify_opts_t o = fx_opts();
    o.quiet.start_min = o.quiet.end_min = 0;
    return o;
}

/* Takes the one message due at now; it must be the one with this id. */
static const notify_msg_t *take(notify_outbox_t *o, int64_t now, uint64_t id)
{
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(o, now, got, 4), 1);
    assert_true(got[0]->id == id);
    assert_int_equal(got[0]->status, NOTIFY_SENDING);
    return got[0];
}

/* Records every message a sweep reports. */
typedef struct seen {
    uint64_t ids[64];
    size_t n;
} seen_t;

static void see(void *ctx, const notify_msg_t *m)
{
    seen_t *s = ctx;
    assert_true(s->n < 64);
    s->ids[s->n++] = m->id;
}

/* 1: add gives a pending queued message with its key; it is not due until
 * confirmed; a rolled-back one is gone and its id not used again. */
static void test_add_confirm_rollback(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    notify_request_t req = {
        "+6281234567890", "booking.made", "Booking BK-7QK3 berhasil.", NULL, "BK-7QK3", 0, 0, 1};
    const notify_msg_t *m = NULL;
    assert_int_equal(notify_outbox_add(b.o, &req, now, &m), NOTIFY_OK);
    assert_true(m->id == 1);
    assert_string_equal(m->key, "mpp-" FX_EPOCH "-1");
    assert_string_equal(m->to, "+6281234567890");
    assert_string_equal(m->template_name, "booking.made");
    assert_string_equal(m->ticket, "");
    assert_string_equal(m->booking, "BK-7QK3");
    assert_int_equal(m->status, NOTIFY_QUEUED);
    assert_int_equal(m->attempts, 0);
    assert_int_equal(m->next_at_ms, now);
    assert_int_equal(m->created_ms, now);
    assert_true(notify_msg_valid(m)); /* ready to be stored */

    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 4), 0); /* pending */
    assert_int_equal(notify_outbox_wake_at(b.o, now), INT64_MAX);
    assert_int_equal(notify_outbox_confirm(b.o, 1), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, 1), NOTIFY_ESTATE);
    assert_int_equal(notify_outbox_rollback(b.o, 1), NOTIFY_ESTATE);
    assert_int_equal(notify_outbox_confirm(b.o, 9), NOTIFY_NOT_FOUND);
    assert_int_equal(notify_outbox_wake_at(b.o, now), now);

    assert_int_equal(notify_outbox_add(b.o, &req, now, &m), NOTIFY_OK);
    assert_true(m->id == 2);
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued, 2);
    assert_int_equal(notify_outbox_rollback(b.o, 2), NOTIFY_OK);
    assert_null(notify_outbox_get(b.o, 2));
    assert_int_equal(notify_outbox_size(b.o), 1);
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued, 1);
    assert_int_equal(notify_outbox_add(b.o, &req, now, &m), NOTIFY_OK);
    assert_true(m->id == 3);
    assert_string_equal(m->key, "mpp-" FX_EPOCH "-3");
    notify_outbox_free(b.o);
}

/* 2: requests add refuses, changing nothing. */
static void test_add_refuses(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    char long_text[NOTIFY_TEXT_MAX + 1];
    memset(long_text, 'x', sizeof long_text - 1);
    long_text[sizeof long_text - 1] = '\0';
    char just_fits[NOTIFY_TEXT_MAX];
    memset(just_fits, 'x', sizeof just_fits - 1);
    just_fits[sizeof just_fits - 1] = '\0';
    const char *text = "Nomor A-007 dipanggil.";
    notify_request_t bad[] = {
        {"081234567890", "ticket.called", text, NULL, NULL, 0, 0, 1},   /* not E.164 */
        {"+6280123456789", "ticket.called", text, NULL, NULL, 0, 0, 1}, /* 0800 */
        {"+6281234567890", "Ticket", text, NULL, NULL, 0, 0, 1},
        {"+6281234567890", "", text, NULL, NULL, 0, 0, 1},
        {"+6281234567890", "ticket.called", "", NULL, NULL, 0, 0, 1},
        {"+6281234567890", "ticket.called", long_text, NULL, NULL, 0, 0, 1},
        {"+6281234567890", "ticket.called", "bel\x07", NULL, NULL, 0, 0, 1},
        {"+6281234567890", "ticket.called", "\xc3\x28", NULL, NULL, 0, 0, 1}, /* broken UTF-8 */
        {"+6281234567890", "ticket.called", text, "A 007", NULL, 0, 0, 1},
        {"+6281234567890", "ticket.called", text, NULL, "BK-7QK3-\xc3\xa9", 0, 0, 1},
        {"+6281234567890", "ticket.called", text, NULL, NULL, -5, 0, 1},
        {NULL, "ticket.called", text, NULL, NULL, 0, 0, 1},
    };
    static const notify_msg_t untouched;
    const notify_msg_t *m = &untouched;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        m = &untouched;
        assert_int_equal(notify_outbox_add(b.o, &bad[i], fx_at(0, 9, 0), &m), NOTIFY_EINVAL);
        assert_null(m);
    }
    notify_request_t ok = {"+6281234567890", "ticket.called", just_fits, NULL, NULL, 0, 0, 1};
    assert_int_equal(notify_outbox_add(b.o, &ok, -1, &m), NOTIFY_EINVAL);
    assert_int_equal(notify_outbox_add(b.o, &ok, NOTIFY_MS_MAX + 1, &m), NOTIFY_EINVAL);
    assert_int_equal(notify_outbox_size(b.o), 0);
    ok.text = "Baris satu.\nBaris dua: \xc3\xa9."; /* a line break and UTF-8 are text */
    assert_int_equal(notify_outbox_add(b.o, &ok, fx_at(0, 9, 0), &m), NOTIFY_OK);
    ok.text = just_fits;
    assert_int_equal(notify_outbox_add(b.o, &ok, fx_at(0, 9, 0), &m), NOTIFY_OK);
    assert_true(m->id == 2); /* the refused ones took no id */
    notify_outbox_free(b.o);
}

/* 3: next_due hands out at most max, oldest first, each now sending with
 * one attempt more; a sending message is not handed out again, and a
 * message not yet due waits. */
static void test_next_due_batches(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    for (int i = 1; i <= 5; i++)
        fx_add(b.o, i, now);
    const notify_msg_t *got[8];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 3), 3);
    for (size_t i = 0; i < 3; i++) {
        assert_true(got[i]->id == i + 1);
        assert_int_equal(got[i]->status, NOTIFY_SENDING);
        assert_int_equal(got[i]->attempts, 1);
        assert_int_equal(got[i]->updated_ms, now);
    }
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued, 2);
    assert_int_equal(c.sending, 3);
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 8), 2);
    assert_true(got[0]->id == 4 && got[1]->id == 5);
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 8), 0);
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 0), 0);
    assert_int_equal(notify_outbox_wake_at(b.o, now), INT64_MAX); /* all sending */

    /* a state change reports the message as it now is */
    const notify_msg_t *m = NULL;
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, now + 500, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_SENT);
    assert_int_equal(m->updated_ms, now + 500);
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, now, NULL), NOTIFY_ESTATE);
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "x", NULL), NOTIFY_ESTATE);
    assert_int_equal(notify_outbox_mark_sent(b.o, 77, now, NULL), NOTIFY_NOT_FOUND);
    assert_int_equal(notify_outbox_release(b.o, 1, NULL), NOTIFY_ESTATE);
    /* a clock out of range changes nothing */
    assert_int_equal(notify_outbox_mark_sent(b.o, 2, -1, NULL), NOTIFY_EINVAL);
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, NOTIFY_MS_MAX + 1, "x", NULL),
                     NOTIFY_EINVAL);
    assert_int_equal(notify_outbox_get(b.o, 2)->status, NOTIFY_SENDING);

    /* release: the attempt never happened */
    assert_int_equal(notify_outbox_release(b.o, 2, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_QUEUED);
    assert_int_equal(m->attempts, 0);
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 8), 1);
    assert_true(got[0]->id == 2);
    assert_int_equal(got[0]->attempts, 1);
    notify_outbox_free(b.o);
}

/* 4: the steps double from 30 s to the 1 h cap; after the 8th attempt the
 * message is failed, its last error kept. Without a random source there
 * is no jitter. */
static void test_retry_schedule(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    static const int64_t steps[] = {30 * FX_SEC, FX_MIN,      2 * FX_MIN,  4 * FX_MIN,
                                    8 * FX_MIN,  16 * FX_MIN, 32 * FX_MIN, FX_HOUR};
    for (uint32_t n = 1; n <= 8; n++)
        assert_int_equal(notify_retry_step(&opts, n), steps[n - 1]);
    assert_int_equal(notify_retry_step(&opts, 30), FX_HOUR);
    assert_int_equal(notify_retry_step(&opts, 0xffffffffu), FX_HOUR);

    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    fx_add(b.o, 1, now);
    const notify_msg_t *m = NULL;
    for (uint32_t n = 1; n <= 7; n++) {
        take(b.o, now, 1);
        assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "HTTP 500 from the gateway", &m),
                         NOTIFY_OK);
        assert_int_equal(m->status, NOTIFY_QUEUED);
        assert_int_equal(m->attempts, n);
        assert_int_equal(m->next_at_ms, now + steps[n - 1]);
        assert_string_equal(m->last_error, "HTTP 500 from the gateway");
        const notify_msg_t *got[2];
        assert_int_equal(notify_outbox_next_due(b.o, m->next_at_ms - 1, got, 2), 0);
        assert_int_equal(notify_outbox_wake_at(b.o, now), m->next_at_ms);
        now = m->next_at_ms;
    }
    take(b.o, now, 1);
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "timeout after 10000 ms", &m),
                     NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_FAILED);
    assert_int_equal(m->attempts, 8);
    assert_int_equal(m->updated_ms, now);
    assert_string_equal(m->last_error, "timeout after 10000 ms");
    assert_int_equal(notify_outbox_wake_at(b.o, now), INT64_MAX);
    notify_outbox_free(b.o);
}

/* 5: jitter takes up to a fifth off each step, differently for each
 * message, and stays within the cap; a failing source gives the step. */
static void test_retry_jitter(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    opts.random = fx_random(&b.rng, 7);
    open_box(&b, &opts);
    int64_t now = fx_at(0, 10, 0);
    enum { N = 40 };
    for (int i = 0; i < N; i++)
        fx_add(b.o, i, now);
    const notify_msg_t *got[N];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, N), N);
    int64_t lo = INT64_MAX, hi = 0;
    for (int i = 0; i < N; i++) {
        const notify_msg_t *m;
        assert_int_equal(notify_outbox_mark_failed(b.o, got[i]->id, now, "HTTP 502", &m),
                         NOTIFY_OK);
        int64_t wait = m->next_at_ms - now;
        assert_true(wait >= 24 * FX_SEC && wait <= 30 * FX_SEC);
        lo = wait < lo ? wait : lo;
        hi = wait > hi ? wait : hi;
    }
    assert_true(hi - lo > 3 * FX_SEC); /* spread out, not all at once */
    assert_int_equal(b.rng.calls, N);
    notify_outbox_free(b.o);

    opts.random = (notify_random_t){fx_random_broken, NULL};
    open_box(&b, &opts);
    fx_add(b.o, 1, now);
    take(b.o, now, 1);
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "HTTP 502", &m), NOTIFY_OK);
    assert_int_equal(m->next_at_ms, now + 30 * FX_SEC);
    notify_outbox_free(b.o);
}

/* 6: given up after the hours: a next attempt that would fall after the
 * deadline fails the message, whatever attempts are left; a message's
 * own expiry is the earlier deadline. */
static void test_give_up_hours(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.max_attempts = 100;
    opts.give_up_ms = 20 * FX_MIN;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t start = fx_at(0, 9, 0), now = start;
    fx_add(b.o, 1, now);
    const notify_msg_t *m = NULL;
    int tries = 0;
    do {
        take(b.o, now, 1);
        assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "HTTP 500", &m), NOTIFY_OK);
        tries++;
        if (m->status == NOTIFY_QUEUED) {
            assert_true(m->next_at_ms <= start + 20 * FX_MIN);
            now = m->next_at_ms;
        }
    } while (m->status == NOTIFY_QUEUED);
    assert_int_equal(m->status, NOTIFY_FAILED);
    /* 0, 30 s, 1.5 min, 3.5 min, 7.5 min, 15.5 min; the next would be 31.5 */
    assert_int_equal(tries, 6);
    notify_outbox_free(b.o);

    opts = plain_opts();
    open_box(&b, &opts);
    now = fx_at(0, 9, 0);
    notify_request_t req = {"+6281234567890",
                            "ticket.near",
                            "Nomor A-007: 3 lagi.",
                            "A-007",
                            NULL,
                            now + 45 * FX_SEC,
                            0,
                            1};
    assert_int_equal(notify_outbox_add(b.o, &req, now, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, m->id), NOTIFY_OK);
    take(b.o, now, 1);
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now, "HTTP 500", &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_QUEUED); /* 30 s: before its expiry */
    take(b.o, m->next_at_ms, 1);
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now + 30 * FX_SEC, "HTTP 500", &m),
                     NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_FAILED); /* 1 min more: past it */
    notify_outbox_free(b.o);
}

/* 6b: a message for later (a reminder) is not due before its time and
 * gives up counting from then; drop makes queued messages of a ticket or
 * booking `dropped`, never sent; a failed message is queued again by
 * retry with its key and fresh attempts, once. */
static void test_later_drop_retry(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.give_up_ms = 60 * FX_MIN;
    opts.max_attempts = 1;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0), later = now + 24 * 60 * FX_MIN;
    const notify_msg_t *m;
    notify_request_t rem = {"+6281234567890",
                            "booking.reminder",
                            "Pengingat booking BK-7QK3.",
                            NULL,
                            "BK-7QK3",
                            later + 60 * FX_MIN,
                            later,
                            1};
    assert_int_equal(notify_outbox_add(b.o, &rem, now, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, 1), NOTIFY_OK);
    assert_true(m->next_at_ms == later);
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, later - 1, got, 4), 0);
    assert_int_equal(notify_outbox_expire(b.o, later - 1, NULL, NULL),
                     0); /* a day on: not given up */
    assert_true(notify_outbox_wake_at(b.o, now) == later);

    fx_add(b.o, 2, now); /* ticket A-007, ticket.called: id 2 */
    notify_request_t near = {
        "+6281234567890", "ticket.near", "Nomor A-007: 3 lagi.", "A-007", NULL, 0, 0, 1};
    assert_int_equal(notify_outbox_add(b.o, &near, now, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, 3), NOTIFY_OK);
    seen_t seen = {{0}, 0};
    assert_int_equal(
        notify_outbox_drop(b.o, "A-007", NULL, "ticket.near", now, "dropped: called", see, &seen),
        1);
    assert_true(seen.n == 1 && seen.ids[0] == 3);
    m = notify_outbox_get(b.o, 3);
    assert_int_equal(m->status, NOTIFY_DROPPED);
    assert_string_equal(m->last_error, "dropped: called");
    assert_string_equal(notify_status_name(m->status), "dropped");
    assert_int_equal(notify_outbox_drop(b.o, NULL, "BK-0000", NULL, now, "x", NULL, NULL), 0);
    assert_int_equal(notify_outbox_drop(b.o, NULL, NULL, NULL, now, "x", NULL, NULL), 0);
    take(b.o, now, 2); /* id 2 is sending (test_drop_while_sending) */
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.dropped, 1);
    assert_int_equal(c.queued, 1);

    /* retry: failed -> queued with its key, attempts from 0 */
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, now, "HTTP 500", &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_FAILED); /* max_attempts 1 */
    char key[NOTIFY_KEY_MAX];
    snprintf(key, sizeof key, "%s", m->key);
    assert_int_equal(notify_outbox_retry(b.o, 2, now + FX_MIN, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_QUEUED);
    assert_int_equal(m->attempts, 0);
    assert_string_equal(m->key, key);
    take(b.o, now + FX_MIN, 2);
    assert_int_equal(notify_outbox_retry(b.o, 2, now, NULL), NOTIFY_ESTATE); /* sending */
    assert_int_equal(notify_outbox_retry(b.o, 3, now, NULL), NOTIFY_ESTATE); /* dropped */
    assert_int_equal(notify_outbox_retry(b.o, 99, now, NULL), NOTIFY_NOT_FOUND);
    assert_int_equal(notify_outbox_mark_sent(b.o, 2, now + FX_MIN, NULL), NOTIFY_OK);
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.sent, 1);
    assert_int_equal(c.failed, 0);
    notify_outbox_free(b.o);
}

/* 6c: a drop that finds a message being sent leaves it to its attempt:
 * delivered, it is sent; failed, or never made, it is dropped with the
 * drop's reason instead of queued again, so it never arrives late. */
static void test_drop_while_sending(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    const notify_msg_t *m;
    for (int i = 0; i < 3; i++) {
        fx_add_about(b.o, i, "ticket.near", "Nomor A-007: 2 lagi.", "A-007", now);
        take(b.o, now, (uint64_t)i + 1);
        assert_int_equal(notify_outbox_drop(b.o, "A-007", NULL, "ticket.near", now,
                                            "dropped: called", NULL, NULL),
                         0); /* none dropped yet */
    }
    assert_int_equal(notify_outbox_mark_failed(b.o, 1, now + 1, "HTTP 503", &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_DROPPED);
    assert_string_equal(m->last_error, "dropped: called");
    assert_int_equal(notify_outbox_release(b.o, 2, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_DROPPED);
    assert_int_equal(notify_outbox_mark_sent(b.o, 3, now + 1, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_SENT);
    assert_string_equal(m->last_error, "");
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_true(c.dropped == 2 && c.sent == 1 && c.queued == 0 && c.sending == 0);
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, now + 3600000, got, 4), 0); /* never again */
    notify_outbox_free(b.o);
}

/* 7: quiet hours 21:00-06:00: a message added at 22:00 waits for 06:00; at
 * 22:30 nothing is due, even a message due long ago; a retry that would
 * fall into them waits for their end; wake_at says 06:00. */
static void test_quiet_hours(void **state)
{
    (void)state;
    notify_opts_t opts = fx_opts();
    assert_int_equal(opts.quiet.start_min, 21 * 60);
    assert_int_equal(opts.quiet.end_min, 6 * 60);
    fx_box_t b;
    open_box(&b, &opts);

    const notify_msg_t *m = fx_add(b.o, 1, fx_at(0, 20, 59));
    assert_int_equal(m->next_at_ms, fx_at(0, 20, 59));
    take(b.o, fx_at(0, 20, 59) + 50 * FX_SEC, 1); /* 20:59:50 */
    assert_int_equal(
        notify_outbox_mark_failed(b.o, 1, fx_at(0, 20, 59) + 50 * FX_SEC, "HTTP 503", &m),
        NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_QUEUED);
    assert_int_equal(m->next_at_ms, fx_at(1, 6, 0)); /* not 21:00:20 */

    m = fx_add(b.o, 2, fx_at(0, 22, 0));
    assert_int_equal(m->next_at_ms, fx_at(1, 6, 0));
    m = fx_add(b.o, 3, fx_at(1, 1, 0)); /* after midnight */
    assert_int_equal(m->next_at_ms, fx_at(1, 6, 0));

    const notify_msg_t *got[8];
    assert_int_equal(notify_outbox_next_due(b.o, fx_at(1, 5, 59), got, 8), 0);
    assert_int_equal(notify_outbox_wake_at(b.o, fx_at(0, 22, 30)), fx_at(1, 6, 0));
    assert_int_equal(notify_outbox_next_due(b.o, fx_at(1, 6, 0), got, 8), 3);

    /* a message due at 20:00 and not yet taken at 21:00 waits too */
    m = fx_add(b.o, 4, fx_at(1, 20, 0));
    assert_int_equal(notify_outbox_next_due(b.o, fx_at(1, 21, 0), got, 8), 0);
    assert_int_equal(notify_outbox_wake_at(b.o, fx_at(1, 21, 0)), fx_at(2, 6, 0));
    assert_int_equal(notify_outbox_wake_at(b.o, fx_at(1, 20, 30)), fx_at(1, 20, 30));
    notify_outbox_free(b.o);

    /* another zone: WITA (+08:00), quiet 22:00-05:00; 22:00 WIB is 23:00 WITA */
    opts.utc_offset_min = 8 * 60;
    assert_int_equal(notify_quiet_parse("22:00-05:00", &opts.quiet, NULL, 0), NOTIFY_OK);
    open_box(&b, &opts);
    m = fx_add(b.o, 1, fx_at(0, 22, 0));
    assert_int_equal(m->next_at_ms, fx_at(1, 4, 0)); /* 05:00 WITA */
    m = fx_add(b.o, 2, fx_at(0, 20, 30));            /* 21:30 WITA: not quiet */
    assert_int_equal(m->next_at_ms, fx_at(0, 20, 30));
    notify_outbox_free(b.o);
}

/* 8: expire fails queued messages past their deadline and reports them;
 * next_due never hands them out. */
static void test_expire(void **state)
{
    (void)state;
    notify_opts_t opts = fx_opts();
    fx_box_t b;
    open_box(&b, &opts);
    /* a call at 20:50 that cannot be sent before 21:00 and expires at 21:30 */
    int64_t now = fx_at(0, 20, 50);
    notify_request_t req = {"+6281234567890",
                            "ticket.called",
                            "Nomor A-007 dipanggil.",
                            "A-007",
                            NULL,
                            fx_at(0, 21, 30),
                            0,
                            1};
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_add(b.o, &req, now, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, m->id), NOTIFY_OK);
    fx_add(b.o, 2, fx_at(0, 20, 51)); /* no expiry of its own */
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, fx_at(0, 21, 0), got, 4), 0);
    assert_int_equal(notify_outbox_wake_at(b.o, fx_at(0, 21, 0)), fx_at(1, 6, 0)); /* only 2 */

    seen_t seen = {{0}, 0};
    assert_int_equal(notify_outbox_expire(b.o, fx_at(0, 21, 30), see, &seen), 0);
    assert_int_equal(notify_outbox_expire(b.o, fx_at(0, 21, 30) + 1, see, &seen), 1);
    assert_int_equal(seen.n, 1);
    assert_true(seen.ids[0] == 1);
    m = notify_outbox_get(b.o, 1);
    assert_int_equal(m->status, NOTIFY_FAILED);
    assert_int_equal(m->attempts, 0);
    assert_string_equal(m->last_error, "expired: not delivered in time");
    assert_true(notify_msg_valid(m));

    /* the default 24 h deadline */
    assert_int_equal(notify_outbox_expire(b.o, fx_at(1, 20, 51), NULL, NULL), 0);
    assert_int_equal(notify_outbox_next_due(b.o, fx_at(1, 20, 51) + 1, got, 4), 0);
    assert_int_equal(notify_outbox_expire(b.o, fx_at(1, 20, 51) + 1, NULL, NULL), 1);
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.failed, 2);
    assert_int_equal(c.queued, 0);
    notify_outbox_free(b.o);
}

/* 8b: expire walks the messages only once a deadline may have passed, and
 * that bound follows what comes after a walk: a message added with an
 * earlier expiry than all before it, and a failed one sent again by retry,
 * which counts its deadline from then. */
static void test_expire_bound(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    fx_add(b.o, 1, now); /* the default 24 h deadline */
    assert_int_equal(notify_outbox_expire(b.o, now + FX_MIN, NULL, NULL), 0);
    notify_request_t req = {"+6281234567890",
                            "ticket.near",
                            "Nomor A-007: 3 lagi.",
                            "A-007",
                            NULL,
                            now + 10 * FX_MIN,
                            0,
                            1};
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_add(b.o, &req, now + 2 * FX_MIN, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, m->id), NOTIFY_OK);
    assert_int_equal(notify_outbox_expire(b.o, now + 10 * FX_MIN, NULL, NULL), 0);
    assert_int_equal(notify_outbox_expire(b.o, now + 10 * FX_MIN + 1, NULL, NULL), 1);
    assert_int_equal(notify_outbox_get(b.o, 2)->status, NOTIFY_FAILED);

    int64_t again = now + 20 * FX_MIN;
    assert_int_equal(notify_outbox_retry(b.o, 2, again, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_expire(b.o, now + 24 * 60 * FX_MIN + 1, NULL, NULL), 1);
    assert_int_equal(notify_outbox_get(b.o, 1)->status, NOTIFY_FAILED);
    assert_int_equal(notify_outbox_get(b.o, 2)->status, NOTIFY_QUEUED);
    assert_int_equal(notify_outbox_expire(b.o, again + 24 * 60 * FX_MIN, NULL, NULL), 0);
    assert_int_equal(notify_outbox_expire(b.o, again + 24 * 60 * FX_MIN + 1, NULL, NULL), 1);
    assert_int_equal(notify_outbox_get(b.o, 2)->status, NOTIFY_FAILED);
    notify_outbox_free(b.o);
}

/* 9: counts by status, and the failed messages newest first with the
 * phone masked; an error that carries the phone keeps no trace of it. */
static void test_counts_and_failed_list(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.max_attempts = 1;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 10, 0);
    for (int i = 1; i <= 6; i++)
        fx_add(b.o, i, now);
    const notify_msg_t *got[8];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 4), 4);
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, now, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, now, "HTTP 400 from the gateway", NULL),
                     NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_failed(b.o, 3, now + 1,
                                               "gateway said: number +628123000003 "
                                               "(08123000003, 628123000003) is not on WhatsApp",
                                               NULL),
                     NOTIFY_OK);
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued, 2);
    assert_int_equal(c.sending, 1);
    assert_int_equal(c.sent, 1);
    assert_int_equal(c.failed, 2);
    assert_int_equal(c.erased, 0);

    notify_failed_t f[4];
    assert_int_equal(notify_outbox_failed(b.o, f, 4), 2);
    assert_true(f[0].id == 3 && f[1].id == 2);
    assert_string_equal(f[0].to, "+62812****003");
    assert_string_equal(f[1].to, "+62812****002");
    assert_string_equal(f[1].template_name, "ticket.called");
    assert_string_equal(f[1].ticket, "A-007");
    assert_int_equal(f[1].attempts, 1);
    assert_string_equal(f[1].last_error, "HTTP 400 from the gateway");
    assert_string_equal(f[0].last_error, "gateway said: number +*** (***, ***) is not on WhatsApp");
    assert_null(strstr(notify_outbox_get(b.o, 3)->last_error, "123000003"));
    assert_int_equal(notify_outbox_failed(b.o, f, 1), 1);
    assert_true(f[0].id == 3);
    notify_outbox_free(b.o);
}

/* Encodes m and decodes it again: what the store gives back at start,
 * without the phone, which the hall puts back from the message's owner. */
static notify_msg_t stored(const notify_msg_t *m)
{
    uint8_t buf[NOTIFY_RECORD_MAX];
    size_t len;
    notify_msg_t back;
    assert_int_equal(notify_record_encode(m, buf, sizeof buf, &len), NOTIFY_OK);
    assert_int_equal(notify_record_decode(buf, len, &back), NOTIFY_OK);
    assert_string_equal(back.to, "");
    memcpy(back.to, m->to, sizeof back.to);
    return back;
}

typedef struct records {
    notify_msg_t at[16];
    size_t n;
} records_t;

static void keep(void *ctx, const notify_msg_t *m)
{
    records_t *r = ctx;
    assert_true(r->n < 16);
    r->at[r->n++] = stored(m);
}

/* 10: a restart: every record restored as it was, except that a message
 * caught sending is queued again (at least once), its key unchanged; ids
 * continue after the highest; a record twice or a bad one is refused. */
static void test_restore(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 10, 0);
    for (int i = 1; i <= 4; i++)
        fx_add(b.o, i, now);
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 3), 3);
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, now, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, now, "HTTP 500", NULL), NOTIFY_OK);
    /* the storer's note of where 1's "sent" record went: kept, not read */
    assert_int_equal(notify_outbox_last_id(b.o), 4);
    assert_int_equal(notify_outbox_note_sent(b.o, 1, 4), NOTIFY_OK);
    assert_int_equal(notify_outbox_note_sent(b.o, 9, 4), NOTIFY_NOT_FOUND);
    assert_true(notify_outbox_get(b.o, 1)->sent_rec == 4);
    /* 3 stays sending: the hall stops here */
    records_t recs = {.n = 0};
    assert_int_equal(notify_outbox_each(b.o, keep, &recs), 4);
    notify_outbox_free(b.o);

    open_box(&b, &opts);
    assert_int_equal(notify_outbox_last_id(b.o), 0);
    /* the record does not keep the note: the storer puts it back */
    assert_true(recs.at[0].sent_rec == 0);
    recs.at[0].sent_rec = 4;
    /* in any order */
    for (size_t i = recs.n; i > 0; i--)
        assert_int_equal(notify_outbox_restore(b.o, &recs.at[i - 1]), NOTIFY_OK);
    assert_int_equal(notify_outbox_restore(b.o, &recs.at[0]), NOTIFY_EEXIST);
    notify_msg_t bad = recs.at[0];
    bad.id = 99;
    bad.to[0] = '\0';
    assert_int_equal(notify_outbox_restore(b.o, &bad), NOTIFY_EINVAL);
    assert_int_equal(notify_outbox_size(b.o), 4);
    assert_int_equal(notify_outbox_last_id(b.o), 4);
    assert_true(notify_outbox_get(b.o, 1)->sent_rec == 4);

    const notify_msg_t *m3 = notify_outbox_get(b.o, 3);
    assert_int_equal(m3->status, NOTIFY_QUEUED);
    assert_int_equal(m3->attempts, 1);
    assert_string_equal(m3->key, recs.at[2].key);
    for (size_t i = 0; i < 4; i++)
        if (i != 2)
            fx_assert_same(notify_outbox_get(b.o, i + 1), &recs.at[i]);
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued, 3); /* 2 (retry), 3 (was sending), 4 */
    assert_int_equal(c.sent, 1);

    /* 3 and 4 are due now; 2 after its backoff */
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 4), 2);
    assert_true(got[0]->id == 3 && got[1]->id == 4);
    assert_int_equal(got[0]->attempts, 2);
    assert_string_equal(got[0]->key, "mpp-" FX_EPOCH "-3"); /* the same key again */
    const notify_msg_t *m = fx_add(b.o, 5, now);
    assert_true(m->id == 5);
    notify_outbox_free(b.o);
}

/* 11: after the retention the phone and text of sent and failed messages
 * are erased (and reported, so the record is rewritten without them);
 * queued ones keep theirs; later still, erased messages are forgotten,
 * but never the newest. */
static void test_erase_and_forget(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.max_attempts = 1;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 10, 0);
    for (int i = 1; i <= 4; i++)
        fx_add(b.o, i, now);
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 2), 2);
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, now, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, now + 1, "HTTP 500", NULL), NOTIFY_OK);

    records_t recs = {.n = 0};
    assert_int_equal(notify_outbox_erase(b.o, now, keep, &recs), 0); /* not yet */
    assert_int_equal(notify_outbox_erase(b.o, now + 2, keep, &recs), 2);
    assert_int_equal(recs.n, 2);
    for (size_t i = 0; i < 2; i++) {
        const notify_msg_t *m = notify_outbox_get(b.o, i + 1);
        assert_true(m->erased);
        assert_string_equal(m->to, "");
        assert_string_equal(m->text, "");
        assert_string_equal(m->ticket, "A-007"); /* not personal: kept for the counts */
        fx_assert_same(m, &recs.at[i]);
        uint8_t buf[NOTIFY_RECORD_MAX];
        size_t len;
        assert_int_equal(notify_record_encode(m, buf, sizeof buf, &len), NOTIFY_OK);
        assert_null(fx_find(buf, len, "8123000"));
        assert_null(fx_find(buf, len, "dipanggil"));
    }
    assert_int_equal(notify_outbox_erase(b.o, now + 2, NULL, NULL), 0);  /* once */
    assert_string_equal(notify_outbox_get(b.o, 3)->to, "+628123000003"); /* queued */
    notify_failed_t f[2];
    assert_int_equal(notify_outbox_failed(b.o, f, 2), 1);
    assert_string_equal(f[0].to, "");
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.erased, 2);
    assert_int_equal(c.sent, 1);
    assert_int_equal(c.failed, 1);

    seen_t seen = {{0}, 0};
    assert_int_equal(notify_outbox_forget(b.o, now + 1, see, &seen), 1);
    assert_true(seen.n == 1 && seen.ids[0] == 1);
    assert_null(notify_outbox_get(b.o, 1));
    assert_int_equal(notify_outbox_forget(b.o, now + 2, see, &seen), 1);
    assert_int_equal(notify_outbox_size(b.o), 2);
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.erased + c.sent + c.failed, 0);
    assert_int_equal(c.queued, 2);

    /* the newest stays, so a restart continues its ids */
    assert_int_equal(notify_outbox_next_due(b.o, now, got, 4), 2);
    assert_int_equal(notify_outbox_mark_sent(b.o, 3, now, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_sent(b.o, 4, now, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_erase(b.o, now + 1, NULL, NULL), 2);
    assert_int_equal(notify_outbox_forget(b.o, now + NOTIFY_DAY_MS, NULL, NULL), 1);
    assert_int_equal(notify_outbox_size(b.o), 1);
    notify_msg_t last = stored(notify_outbox_get(b.o, 4));
    notify_outbox_free(b.o);
    open_box(&b, &opts);
    assert_int_equal(notify_outbox_restore(b.o, &last), NOTIFY_OK);
    assert_true(fx_add(b.o, 9, now)->id == 5);
    notify_outbox_free(b.o);
}

/* 11b: a ticket's sent and failed messages lose their phone and text as
 * soon as the local day they were made on has ended (at local midnight,
 * not 24 hours later), a booking's not (they keep the retention above); a
 * queued one is dropped and erased (its phone went with the day), one
 * being sent is left to its attempt; each is erased once. */
static void test_erase_days(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.max_attempts = 1;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t late = fx_at(0, 23, 30); /* 23:30 WIB */
    fx_add(b.o, 1, fx_at(0, 8, 0));
    fx_add(b.o, 2, late);
    char phone[NOTIFY_PHONE_MAX];
    fx_phone(phone, 3);
    notify_request_t req = {
        phone, "booking.made", "Pesanan BK-7QK3 tercatat.", NULL, "BK-7QK3", 0, 0, 1};
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_add(b.o, &req, late, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(b.o, m->id), NOTIFY_OK);
    fx_add(b.o, 4, late); /* being sent at midnight */
    fx_add(b.o, 5, late); /* still queued at midnight */
    const notify_msg_t *got[4];
    assert_int_equal(notify_outbox_next_due(b.o, late, got, 3), 3);
    assert_int_equal(notify_outbox_mark_sent(b.o, 1, late, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_failed(b.o, 2, late, "HTTP 500", NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_mark_sent(b.o, 3, late, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_next_due(b.o, late, got, 1), 1);

    records_t recs = {.n = 0};
    assert_int_equal(notify_outbox_erase_days(b.o, fx_at(0, 23, 59), keep, &recs), 0);
    assert_int_equal(notify_outbox_erase_days(b.o, fx_at(1, 0, 0), keep, &recs), 3);
    assert_int_equal(recs.n, 3);
    for (uint64_t id = 1; id <= 5; id += id == 2 ? 3 : 1) { /* 1, 2 and 5 */
        assert_true(notify_outbox_get(b.o, id)->erased);
        assert_string_equal(notify_outbox_get(b.o, id)->to, "");
        assert_string_equal(notify_outbox_get(b.o, id)->text, "");
    }
    m = notify_outbox_get(b.o, 5);
    assert_int_equal(m->status, NOTIFY_DROPPED);
    assert_string_equal(m->last_error, "dropped: its ticket's day ended");
    assert_false(notify_outbox_get(b.o, 3)->erased); /* the booking's */
    assert_string_equal(notify_outbox_get(b.o, 3)->text, "Pesanan BK-7QK3 tercatat.");
    assert_false(notify_outbox_get(b.o, 4)->erased); /* its attempt goes on */
    assert_int_equal(notify_outbox_get(b.o, 4)->status, NOTIFY_SENDING);
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_true(c.queued == 0 && c.sending == 1 && c.dropped == 1 && c.erased == 3);
    /* each is erased once; the one sent then goes with the next sweep */
    assert_int_equal(notify_outbox_erase_days(b.o, fx_at(2, 0, 0), NULL, NULL), 0);
    assert_int_equal(notify_outbox_mark_sent(b.o, 4, fx_at(1, 0, 1), NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_erase_days(b.o, fx_at(1, 1, 0), NULL, NULL), 1);
    notify_outbox_free(b.o);
}

/* Adds a confirmed ticket.issued message for ticket "A-<n>" at now. */
static void add_for(notify_outbox_t *o, int n, int64_t now)
{
    char ticket[NOTIFY_REF_MAX];
    snprintf(ticket, sizeof ticket, "A-%03d", n);
    fx_add_about(o, n, "ticket.issued", "Nomor antrean Anda.", ticket, now);
}

/* 14: a backlog of 3,000 drains oldest first in batches while tickets of
 * it are dropped and one failed message is retried: every message goes out
 * exactly once, in id order, the dropped ones never; a drop finds its
 * ticket's messages among the backlog (and a booking's), and the counts
 * stay true throughout. */
static void test_backlog_drain(void **state)
{
    (void)state;
    notify_opts_t opts = plain_opts();
    opts.max_attempts = 1;
    fx_box_t b;
    open_box(&b, &opts);
    int64_t now = fx_at(0, 9, 0);
    enum { N = 3000 };
    for (int i = 1; i <= N; i++)
        add_for(b.o, i, now);
    notify_request_t rem = {"+6281234567890",
                            "booking.reminder",
                            "Pengingat booking BK-7QK3.",
                            NULL,
                            "BK-7QK3",
                            0,
                            0,
                            1};
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_add(b.o, &rem, now, &m), NOTIFY_OK); /* id N + 1 */
    assert_int_equal(notify_outbox_confirm(b.o, N + 1), NOTIFY_OK);
    static bool sent[N + 2];
    uint64_t last = 0;
    size_t out = 0, dropped = 0;
    const notify_msg_t *got[64];
    size_t k;
    while ((k = notify_outbox_next_due(b.o, now, got, 64)) > 0) {
        for (size_t i = 0; i < k; i++) {
            uint64_t id = got[i]->id;
            assert_true(id > last); /* oldest first, none twice */
            last = id;
            if (id == 7) { /* fails, then is retried below */
                assert_int_equal(notify_outbox_mark_failed(b.o, id, now, "HTTP 500", NULL),
                                 NOTIFY_OK);
                continue;
            }
            assert_false(sent[id]);
            sent[id] = true;
            assert_int_equal(notify_outbox_mark_sent(b.o, id, now, NULL), NOTIFY_OK);
            out++;
        }
        /* a ticket a little further on is called: its message is dropped */
        char ticket[NOTIFY_REF_MAX];
        snprintf(ticket, sizeof ticket, "A-%03d", (int)last + 100);
        if (last + 100 <= N) {
            assert_int_equal(
                notify_outbox_drop(b.o, ticket, NULL, "ticket.", now, "called", NULL, NULL), 1);
            dropped++;
        }
        assert_int_equal(notify_outbox_drop(b.o, ticket, NULL, "ticket.", now, "x", NULL, NULL), 0);
        if (last > 1000 && last <= 1064) { /* the booking is cancelled meanwhile */
            assert_int_equal(notify_outbox_drop(b.o, NULL, "BK-7QK3", NULL, now, "x", NULL, NULL),
                             1);
            dropped++;
        }
    }
    notify_counts_t c;
    notify_outbox_counts(b.o, &c);
    assert_int_equal(c.queued + c.sending, 0);
    assert_int_equal(c.sent, out);
    assert_int_equal(c.dropped, dropped);
    assert_int_equal(c.failed, 1);
    assert_int_equal(out + dropped + 1, N + 1);
    assert_int_equal(notify_outbox_get(b.o, N + 1)->status, NOTIFY_DROPPED);
    /* the failed one comes back once, and goes out */
    assert_int_equal(notify_outbox_retry(b.o, 7, now + FX_MIN, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_drop(b.o, "A-007", NULL, "booking.", now, "x", NULL, NULL), 0);
    take(b.o, now + FX_MIN, 7);
    assert_int_equal(notify_outbox_next_due(b.o, now + FX_MIN, got, 64), 0);
    assert_int_equal(notify_outbox_mark_sent(b.o, 7, now + FX_MIN, NULL), NOTIFY_OK);
    assert_int_equal(notify_outbox_wake_at(b.o, now + FX_MIN), INT64_MAX);
    /* erased and forgotten later: nothing of them is left behind */
    assert_int_equal(notify_outbox_erase(b.o, now + 2 * FX_MIN, NULL, NULL), N + 1);
    assert_int_equal(notify_outbox_forget(b.o, now + 2 * FX_MIN, NULL, NULL), N);
    assert_int_equal(notify_outbox_size(b.o), 1); /* the newest record is kept */
    add_for(b.o, 5, now + 3 * FX_MIN);
    assert_int_equal(notify_outbox_drop(b.o, "A-005", NULL, NULL, now, "x", NULL, NULL), 1);
    notify_outbox_free(b.o);
}

/* 12: options notify_outbox_new refuses. */
static void test_options(void **state)
{
    (void)state;
    notify_opts_t good = fx_opts(), o;
    notify_outbox_t *box = notify_outbox_new(&good);
    assert_non_null(box);
    notify_outbox_free(box);
    notify_outbox_free(NULL);
    assert_null(notify_outbox_new(NULL));
    const char *epochs[] = {NULL, "", "0f1e-2d", "0123456789abcdef0123456789abcdef0"};
    for (size_t i = 0; i < 4; i++) {
        o = good;
        o.epoch = epochs[i];
        assert_null(notify_outbox_new(&o));
    }
    o = good;
    o.utc_offset_min = 841;
    assert_null(notify_outbox_new(&o));
    o = good;
    o.quiet.end_min = 1440;
    assert_null(notify_outbox_new(&o));
    o = good;
    o.max_attempts = 0;
    assert_null(notify_outbox_new(&o));
    o = good;
    o.give_up_ms = NOTIFY_GIVE_UP_LIMIT_MS + 1;
    assert_null(notify_outbox_new(&o));
    o = good;
    o.retry_first_ms = 2 * FX_HOUR; /* past the cap */
    assert_null(notify_outbox_new(&o));
    o = good;
    o.retry_max_ms = NOTIFY_RETRY_LIMIT_MS + 1;
    assert_null(notify_outbox_new(&o));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_confirm_rollback),
        cmocka_unit_test(test_add_refuses),
        cmocka_unit_test(test_next_due_batches),
        cmocka_unit_test(test_retry_schedule),
        cmocka_unit_test(test_retry_jitter),
        cmocka_unit_test(test_later_drop_retry),
        cmocka_unit_test(test_drop_while_sending),
        cmocka_unit_test(test_give_up_hours),
        cmocka_unit_test(test_quiet_hours),
        cmocka_unit_test(test_expire),
        cmocka_unit_test(test_expire_bound),
        cmocka_unit_test(test_counts_and_failed_list),
        cmocka_unit_test(test_restore),
        cmocka_unit_test(test_erase_and_forget),
        cmocka_unit_test(test_erase_days),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_backlog_drain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
