/*
 * test_engine_estimate.c - wait estimates from real counter times: the
 * standard minutes with no history, blended while there are few finished
 * tickets, the median of the last 20 once there are enough, the same after
 * a restart, the standard again on a new day; and queued_at, the time a
 * ticket entered the queue it is called from (issue, print confirmation,
 * transfer), which the service-time reports read. Tickets of other
 * services that share a counter count as work ahead.
 *
 * The fixture's dukcapil/kk (10 min standard) is served at counter 3 only.
 */
#include "test_engine_fixture.h"

#define SVC "dukcapil/kk"
#define T0 fx_mon(9, 0)

static int setup(void **state)
{
    *state = fx_new(0);
    return 0;
}

static int teardown(void **state)
{
    fx_free(*state);
    return 0;
}

/* Serves one kk ticket at counter 3: called at t, finished secs later;
 * returns the finish time. */
static int64_t serve(fx_t *f, int64_t t, int secs)
{
    fx_issue(f, SVC, PRIORITY_NONE, t);
    assert_string_not_equal(fx_call(f, 3, t), "");
    fx_act(f, 3, QUEUE_ACT_FINISH, t + (int64_t)secs * 1000);
    return t + (int64_t)secs * 1000;
}

/* Issues three kk tickets at t; returns the third (position 2). */
static const queue_ticket_t *third(fx_t *f, int64_t t)
{
    fx_issue(f, SVC, PRIORITY_NONE, t);
    fx_issue(f, SVC, PRIORITY_NONE, t);
    const queue_ticket_t *x = fx_issue(f, SVC, PRIORITY_NONE, t);
    assert_int_equal(queue_ticket_position(f->q, x), 2);
    return x;
}

/* 1: no finished ticket: position x standard (600 s) / 1 open counter. */
static void test_standard_without_history(void **state)
{
    fx_t *f = *state;
    fx_act(f, 3, QUEUE_ACT_OPEN, T0);
    assert_int_equal(queue_ticket_estimate(f->q, third(f, T0)), 2 * 600);
}

/* 2: one finish of 300 s: (1 x 300 + 4 x 600) / 5 = 540 s a ticket. */
static void test_blend_while_few(void **state)
{
    fx_t *f = *state;
    fx_act(f, 3, QUEUE_ACT_OPEN, T0);
    int64_t t = serve(f, T0, 300);
    assert_int_equal(queue_ticket_estimate(f->q, third(f, t)), 2 * 540);
}

/* 3: five finishes 300 360 420 480 900: the median, 420 s; then twenty
 * of 120 s push them all out of the ring: 120 s. A restarted engine
 * estimates the same; a new day starts from the standard again. */
static void test_median_ring_restore_newday(void **state)
{
    fx_t *f = *state;
    fx_act(f, 3, QUEUE_ACT_OPEN, T0);
    int64_t t = T0;
    const int secs[] = {480, 300, 900, 420, 360};
    for (int i = 0; i < 5; i++)
        t = serve(f, t, secs[i]);
    const queue_ticket_t *x = third(f, t);
    assert_int_equal(queue_ticket_estimate(f->q, x), 2 * 420);
    /* serve those three, then twenty more at 120 s */
    for (int i = 0; i < 3; i++) {
        fx_call(f, 3, t);
        fx_act(f, 3, QUEUE_ACT_FINISH, t += 120000);
    }
    for (int i = 0; i < 17; i++)
        t = serve(f, t, 120);
    x = third(f, t);
    assert_int_equal(queue_ticket_estimate(f->q, x), 2 * 120);
    /* two counters open: half */
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_OPEN, &s2, t), QUEUE_OK);
    assert_int_equal(queue_ticket_estimate(f->q, x), 2 * 120); /* counter 1 has no kk */

    fx_t *g = fx_restore(f, 0, t);
    const queue_ticket_t *y = queue_ticket_by_id(g->q, x->id);
    assert_non_null(y);
    assert_int_equal(queue_ticket_estimate(g->q, y), 2 * 120);

    /* the next day: yesterday's counter times are not today's */
    int64_t tue = fx_time(2026, 11, 24, 9, 0, 0);
    queue_tick(f->q, tue);
    x = third(f, tue);
    assert_int_equal(queue_ticket_estimate(f->q, x), 2 * 600);
}

/* 4: counter 3 serves ktp (15 min) too: two ktp tickets issued before a kk
 * ticket are ahead of it there, in its position as in its estimate; once
 * the first is called, one is left and counter 3 is busy: 900 + 900 / 2.
 * Counters 1 and 2 (ktp, not kk) do not count as serving it. */
static void test_shared_counter(void **state)
{
    fx_t *f = *state;
    fx_act(f, 3, QUEUE_ACT_OPEN, T0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, T0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, T0);
    const queue_ticket_t *k = fx_issue(f, SVC, PRIORITY_NONE, T0);
    assert_int_equal(queue_ticket_position(f->q, k), 2);
    assert_int_equal(queue_ticket_estimate(f->q, k), 2 * 900);
    assert_string_equal(fx_call(f, 3, T0), "A-001");
    assert_int_equal(queue_ticket_position(f->q, k), 1);
    assert_int_equal(queue_ticket_estimate(f->q, k), 900 + 450);
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_OPEN, &s2, T0), QUEUE_OK);
    assert_int_equal(queue_ticket_estimate(f->q, k), 900 + 450);
    /* a ticket issued after it is not ahead of it */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, T0);
    assert_int_equal(queue_ticket_position(f->q, k), 1);
    assert_int_equal(queue_ticket_estimate(f->q, k), 900 + 450);
}

/* 4b: a place counted only as far as a limit: exact up to it, over it
 * beyond (own queue counted first), the whole count with no limit. */
static void test_position_upto(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, T0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, T0);
    const queue_ticket_t *first = fx_issue(f, SVC, PRIORITY_NONE, T0);
    for (int i = 0; i < 4; i++)
        fx_issue(f, SVC, PRIORITY_NONE, T0);
    const queue_ticket_t *last = fx_issue(f, SVC, PRIORITY_NONE, T0);
    assert_int_equal(queue_ticket_position(f->q, first), 2);
    assert_int_equal(queue_ticket_position_upto(f->q, first, 2), 2);
    assert_int_equal(queue_ticket_position_upto(f->q, first, 5), 2);
    assert_true(queue_ticket_position_upto(f->q, first, 1) > 1);
    assert_int_equal(queue_ticket_position(f->q, last), 7);
    assert_int_equal(queue_ticket_position_upto(f->q, last, 7), 7);
    assert_true(queue_ticket_position_upto(f->q, last, 3) > 3);
    assert_true(queue_ticket_position_upto(f->q, last, 0) > 0);
}

/* 5: queued_at: issue, print confirmation, transfer; issued_at stays. */
static void test_queued_at(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *a = fx_issue(f, SVC, PRIORITY_NONE, T0);
    assert_int_equal(a->queued_at, T0);
    const queue_ticket_t *p = NULL;
    assert_int_equal(fx_issue_rc(f, SVC, PRIORITY_NONE, true, T0 + 1000, &p), QUEUE_OK);
    assert_int_equal(queue_confirm(f->q, p->token, T0 + 5000, &p), QUEUE_OK);
    assert_int_equal(p->issued_at, T0 + 1000);
    assert_int_equal(p->queued_at, T0 + 5000);

    fx_act(f, 3, QUEUE_ACT_OPEN, T0);
    assert_string_equal(fx_call(f, 3, T0 + 60000), a->number);
    fx_act_t to = {"s1", NULL, "dukcapil/ktp", false, false};
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_TRANSFER, &to, T0 + 90000), QUEUE_OK);
    a = queue_ticket_by_id(f->q, a->id);
    assert_int_equal(a->issued_at, T0);
    assert_int_equal(a->queued_at, T0 + 90000);
    assert_int_equal(a->called_at, T0 + 60000);
}

int main(void)
{
    setenv("TZ", "Asia/Jakarta", 1);
    tzset();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_standard_without_history, setup, teardown),
        cmocka_unit_test_setup_teardown(test_blend_while_few, setup, teardown),
        cmocka_unit_test_setup_teardown(test_median_ring_restore_newday, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shared_counter, setup, teardown),
        cmocka_unit_test_setup_teardown(test_position_upto, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queued_at, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
