/*
 * test_engine_day.c - time in the queue engine: print time-outs, the
 * day's closing (and carry-over), the midnight rollover in Asia/Jakarta,
 * a clock stepped back, and restoring an engine from the records its sink
 * received (same state, same next call, numbering and seq continuing);
 * hours of a calendar: a lunch break, an agency closing before the hall,
 * and a wait estimate across the break.
 */
#include "test_engine_fixture.h"

static int teardown(void **state)
{
    fx_free(*state);
    return 0;
}

static int setup_plain(void **state)
{
    *state = fx_new(0);
    return 0;
}

static int setup_allday(void **state)
{
    *state = fx_new(FX_ALLDAY);
    return 0;
}

static int setup_carry(void **state)
{
    *state = fx_new(FX_CARRY);
    return 0;
}

static size_t count_events(const fx_t *f, size_t from, queue_event_type_t type, const char *reason)
{
    size_t n = 0;
    for (size_t i = from; i < f->n_ev; i++)
        if (f->ev[i].type == type && (!reason || strcmp(f->ev[i].reason, reason) == 0))
            n++;
    return n;
}

/* 1. An unconfirmed print is cancelled after print_timeout_s, and stops
 * counting toward the quota. */
static void test_print_timeout(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(9, 0);
    const queue_ticket_t *p, *q2;
    assert_int_equal(fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, true, t0, &p), QUEUE_OK);
    assert_int_equal(fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, true, t0 + 60000, &q2),
                     QUEUE_OK);
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, t0);
    size_t n = f->n_ev;
    queue_tick(f->q, t0 + 119999);
    assert_int_equal(p->status, QUEUE_TICKET_PRINTING);
    assert_int_equal(f->n_ev, n);
    queue_tick(f->q, t0 + 120000);
    assert_int_equal(p->status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(p->reason, "print_timeout");
    assert_int_equal(q2->status, QUEUE_TICKET_PRINTING);
    assert_int_equal(f->n_ev, n + 1);
    assert_string_equal(fx_last(f)->reason, "print_timeout");
    assert_int_equal(fx_last(f)->ticket, p->id);
    /* too late to confirm */
    assert_int_equal(queue_confirm(f->q, p->token, t0 + 121000, NULL), QUEUE_ESTATE);
    /* the quota counts two now: one more fits */
    assert_string_equal(fx_issue(f, "dukcapil/akta", PRIORITY_NONE, t0 + 121000)->number, "A-004");
    assert_int_equal(fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, t0 + 122000, &p),
                     QUEUE_EQUOTA);
    /* a command runs the same time checks: the second print expires */
    assert_int_equal(queue_confirm(f->q, q2->token, t0 + 180000, NULL), QUEUE_ESTATE);
    assert_string_equal(q2->reason, "print_timeout");
}

/* 2. Closing at 16:00: waiting, printing and held tickets are cancelled
 * with reason closed, idle counters close, a counter with a ticket stays;
 * it runs once; the next day numbers start again. */
static void test_closing_and_rollover(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(15, 0);
    const queue_ticket_t *p;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, t0); /* A-001 waits */
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, true, fx_mon(15, 59), &p),
                     QUEUE_OK);                     /* A-002 prints */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, t0); /* held */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, t0); /* at counter 1 */
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, t0);   /* B-001 waits */
    fx_act(f, 1, QUEUE_ACT_OPEN, t0);
    fx_act(f, 2, QUEUE_ACT_OPEN, t0);
    fx_act_t by = {"s1", "A-003", NULL, false, false};
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_CALL, &by, t0), QUEUE_OK);
    fx_act(f, 2, QUEUE_ACT_HOLD, t0);
    by.number = "A-004";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, t0), QUEUE_OK);

    size_t n = f->n_ev;
    queue_tick(f->q, fx_mon(15, 59) + 59000);
    assert_int_equal(f->n_ev, n);
    queue_tick(f->q, fx_mon(16, 0));
    assert_int_equal(count_events(f, n, QUEUE_EV_TICKET_CANCELLED, "closed"), 4);
    assert_int_equal(count_events(f, n, QUEUE_EV_COUNTER_CLOSED, NULL), 1);
    assert_int_equal(f->n_ev, n + 5);
    for (uint64_t id = 1; id <= 5; id++) {
        const queue_ticket_t *t = queue_ticket_by_id(f->q, id);
        if (id == 4) {
            assert_int_equal(t->status, QUEUE_TICKET_CALLED);
        } else {
            assert_int_equal(t->status, QUEUE_TICKET_CANCELLED);
            assert_string_equal(t->reason, "closed");
        }
    }
    assert_int_equal(queue_counter_get(f->q, 2)->status, QUEUE_COUNTER_CLOSED);
    assert_int_equal(queue_counter_get(f->q, 1)->status, QUEUE_COUNTER_OPEN);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
    /* once a day */
    n = f->n_ev;
    queue_tick(f->q, fx_mon(17, 0));
    assert_int_equal(f->n_ev, n);
    fx_act(f, 1, QUEUE_ACT_FINISH, fx_mon(17, 0));
    assert_int_equal(queue_counter_get(f->q, 1)->served_today, 1);

    /* midnight: the day was closed already, so nothing is cancelled again;
     * the counters' daily counts start at zero; past final tickets go */
    n = f->n_ev;
    int64_t tue = fx_time(2026, 11, 24, 0, 0, 5);
    queue_tick(f->q, tue);
    assert_int_equal(f->n_ev, n);
    const queue_counter_t *c1 = queue_counter_get(f->q, 1);
    assert_int_equal(c1->served_today, 0);
    assert_int_equal(c1->called_today, 0);
    assert_int_equal(c1->day, 20261124);
    assert_true(f->counter_seen[0] && f->counter_rec[0].day == 20261124);
    assert_null(queue_ticket_by_id(f->q, 1));
    assert_null(queue_ticket_by_id(f->q, 4));
    assert_string_equal(queue_agency_serving(f->q, "dukcapil"), "");
    assert_int_equal(queue_recent(f->q, NULL, NULL), 0);
    const queue_ticket_t *t =
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 24, 8, 0, 0));
    assert_string_equal(t->number, "A-001");
    assert_int_equal(t->id, 6);
    assert_int_equal(t->day, 20261124);
    assert_string_equal(
        fx_issue(f, "bpjs/klaim", PRIORITY_NONE, fx_time(2026, 11, 24, 8, 0, 0))->number, "B-001");
}

/* 3. Midnight in Asia/Jakarta with the hall open all day: the rollover
 * closes the old day first, resets numbers exactly once, and a clock
 * stepped back never repeats a number. (A ticket still at a counter over
 * midnight keeps the numbering going: see 4b.) */
static void test_midnight_and_clock_back(void **state)
{
    fx_t *f = *state;
    int64_t mon = fx_time(2026, 11, 23, 23, 59, 59);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, mon); /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, mon); /* */
    fx_act(f, 1, QUEUE_ACT_OPEN, mon);
    assert_string_equal(fx_call(f, 1, mon), "A-001");
    fx_act(f, 1, QUEUE_ACT_FINISH, mon);

    /* 17:00 UTC is midnight in Jakarta */
    int64_t midnight = fx_time(2026, 11, 24, 0, 0, 0);
    assert_int_equal(midnight % 86400000, 17 * 3600000);
    size_t n = f->n_ev;
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, midnight);
    assert_string_equal(t->number, "A-001");
    assert_int_equal(t->day, 20261124);
    assert_int_equal(t->id, 3);
    assert_int_equal(count_events(f, n, QUEUE_EV_TICKET_CANCELLED, "closed"), 1);
    /* cancelled yesterday: reported, then dropped from memory */
    assert_int_equal(f->tickets[2].status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(f->tickets[2].reason, "closed");
    assert_null(queue_ticket_by_id(f->q, 2));
    /* yesterday's finished A-001 is gone from memory; by number, today's */
    assert_null(queue_ticket_by_id(f->q, 1));
    fx_act(f, 2, QUEUE_ACT_OPEN, midnight);
    fx_act_t by = {"s1", "A-001", NULL, false, false};
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_CALL, &by, midnight), QUEUE_OK);
    assert_int_equal(fx_current(f, 2)->id, 3);
    fx_act(f, 2, QUEUE_ACT_FINISH, midnight);

    /* the clock steps back into Monday: still Tuesday's numbers */
    int64_t back = fx_time(2026, 11, 23, 23, 50, 0);
    t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, back);
    assert_string_equal(t->number, "A-002");
    assert_int_equal(t->day, 20261124);
    n = f->n_ev;
    queue_tick(f->q, back + 1000);
    assert_int_equal(f->n_ev, n); /* no second closing of anything */
    t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 24, 0, 10, 0));
    assert_string_equal(t->number, "A-003");
    /* the next midnight resets once more */
    t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 25, 0, 0, 1));
    assert_string_equal(t->number, "A-001");
    assert_int_equal(t->day, 20261125);
}

/* 4. carry_over: waiting tickets survive closing and the night; printing
 * ones do not. */
static void test_carry_over(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *p;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(15, 0)); /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, fx_mon(15, 0));  /* */
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, true, fx_mon(15, 59), &p),
                     QUEUE_OK);
    queue_tick(f->q, fx_mon(16, 0));
    assert_int_equal(p->status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(p->reason, "closed");
    assert_int_equal(queue_ticket_by_id(f->q, 1)->status, QUEUE_TICKET_WAITING);
    int64_t tue = fx_time(2026, 11, 24, 8, 0, 0);
    queue_tick(f->q, tue);
    assert_null(queue_ticket_by_id(f->q, 3));
    assert_int_equal(queue_ticket_by_id(f->q, 1)->status, QUEUE_TICKET_WAITING);
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, tue);
    assert_string_equal(t->number, "A-004"); /* numbering goes on: see below */
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 3);
    fx_act(f, 3, QUEUE_ACT_OPEN, tue);
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_CALL, NULL, tue), QUEUE_OK);
    assert_int_equal(fx_current(f, 3)->id, 1); /* yesterday's first */
    fx_act(f, 3, QUEUE_ACT_FINISH, tue);
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_CALL, NULL, tue), QUEUE_OK);
    assert_int_equal(fx_current(f, 3)->id, 2);
}

/* 4b. Hardening finding 9: with carry_over, yesterday's A-001 and a new
 * A-001 no longer wait side by side. While carried tickets remain, the
 * agency's numbering continues after them (also after a restart); calling
 * "A-001" takes yesterday's ticket and call-next never announces a number
 * twice. Once none remain, the next day starts at A-001 again. */
static void test_hardening_9_carry_over_numbers_unique(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *y1 = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(15, 0));
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(15, 1));
    assert_string_equal(y1->number, "A-001");
    queue_tick(f->q, fx_mon(16, 0));
    int64_t tue = fx_time(2026, 11, 24, 8, 0, 0);
    queue_tick(f->q, tue);
    const queue_ticket_t *t1 = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, tue);
    assert_string_equal(t1->number, "A-003");
    assert_string_equal(fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, tue)->number, "A-004");
    /* other agencies start their own day at 001 */
    assert_string_equal(fx_issue(f, "bpjs/daftar", PRIORITY_NONE, tue)->number, "B-001");

    /* by number: yesterday's A-001 */
    fx_act(f, 1, QUEUE_ACT_OPEN, tue);
    fx_act_t by = {"s1", "A-001", NULL, false, false};
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, tue), QUEUE_OK);
    assert_int_equal(fx_current(f, 1)->id, y1->id);
    fx_act(f, 1, QUEUE_ACT_FINISH, tue);
    /* call-next: every number once */
    const char *seen[3];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, NULL, tue), QUEUE_OK);
        seen[i] = fx_current(f, 1)->number;
        for (int k = 0; k < i; k++)
            assert_string_not_equal(seen[k], seen[i]);
        fx_act(f, 1, QUEUE_ACT_FINISH, tue);
    }

    /* a restart on a new day with a carried ticket keeps counting */
    int64_t wed = fx_time(2026, 11, 25, 8, 0, 0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 24, 15, 0, 0)); /* */
    queue_tick(f->q, fx_time(2026, 11, 24, 16, 0, 0));
    queue_tick(f->q, wed);
    fx_t *g = fx_restore(f, FX_CARRY, wed);
    assert_string_equal(fx_issue(g, "dukcapil/ktp", PRIORITY_NONE, wed)->number, "A-006");
    assert_string_equal(fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, wed)->number, "A-006");

    /* nothing carried: the day starts at 001 */
    fx_act(f, 1, QUEUE_ACT_OPEN, wed);
    fx_act(f, 1, QUEUE_ACT_CALL, wed);
    fx_act(f, 1, QUEUE_ACT_FINISH, wed);
    fx_act(f, 1, QUEUE_ACT_CALL, wed);
    fx_act(f, 1, QUEUE_ACT_FINISH, wed);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
    int64_t thu = fx_time(2026, 11, 26, 8, 0, 0);
    queue_tick(f->q, thu);
    assert_string_equal(fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, thu)->number, "A-001");
}

/* Checks that two engines show the same hall; same_tokens when no ticket
 * was issued in them separately. */
static void assert_same(fx_t *a, fx_t *b, bool same_tokens)
{
    assert_int_equal(queue_seq(a->q), queue_seq(b->q));
    assert_string_equal(queue_text(a->q), queue_text(b->q));
    for (uint64_t id = 1; id <= a->max_id; id++) {
        const queue_ticket_t *x = queue_ticket_by_id(a->q, id);
        const queue_ticket_t *y = queue_ticket_by_id(b->q, id);
        assert_true((x == NULL) == (y == NULL));
        if (!x)
            continue;
        assert_string_equal(x->number, y->number);
        assert_int_equal(x->status, y->status);
        assert_string_equal(x->service, y->service);
        assert_int_equal(x->rank, y->rank);
        assert_ptr_equal(queue_ticket_by_token(b->q, y->token), y);
        if (same_tokens)
            assert_string_equal(x->token, y->token);
        assert_int_equal(queue_ticket_position(a->q, x), queue_ticket_position(b->q, y));
        assert_int_equal(queue_ticket_estimate(a->q, x), queue_ticket_estimate(b->q, y));
    }
    for (int c = 1; c <= FX_COUNTERS; c++) {
        const queue_ticket_t *la[64], *lb[64];
        size_t na = queue_counter_waiting(a->q, c, la, 64);
        assert_int_equal(na, queue_counter_waiting(b->q, c, lb, 64));
        for (size_t i = 0; i < na; i++)
            assert_int_equal(la[i]->id, lb[i]->id);
        const queue_counter_t *ca = queue_counter_get(a->q, c), *cb = queue_counter_get(b->q, c);
        assert_int_equal(ca->status, cb->status);
        assert_int_equal(ca->ticket, cb->ticket);
        assert_int_equal(ca->priority_streak, cb->priority_streak);
        assert_int_equal(ca->served_today, cb->served_today);
        assert_string_equal(ca->session, cb->session);
    }
    static const char *const agencies[] = {"dukcapil", "bpjs"};
    for (int i = 0; i < 2; i++) {
        assert_int_equal(queue_agency_waiting(a->q, agencies[i]),
                         queue_agency_waiting(b->q, agencies[i]));
        assert_string_equal(queue_agency_serving(a->q, agencies[i]),
                            queue_agency_serving(b->q, agencies[i]));
    }
    const queue_ticket_t *ra[QUEUE_RECENT], *rb[QUEUE_RECENT];
    int ka[QUEUE_RECENT], kb[QUEUE_RECENT];
    size_t nr = queue_recent(a->q, ra, ka);
    assert_int_equal(nr, queue_recent(b->q, rb, kb));
    for (size_t i = 0; i < nr; i++) {
        assert_string_equal(ra[i]->number, rb[i]->number);
        assert_int_equal(ka[i], kb[i]);
    }
}

/* A busy morning: every kind of ticket and counter state. */
static void busy_morning(fx_t *f, int64_t t0)
{
    for (int i = 0; i < 6; i++)
        fx_issue(f, "dukcapil/ktp", i % 2 ? PRIORITY_LANSIA : PRIORITY_NONE, t0 + i * 1000);
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, t0 + 7000);
    fx_issue(f, "bpjs/daftar", PRIORITY_ANAK, t0 + 8000);
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, t0 + 9000);
    const queue_ticket_t *p;
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, true, t0 + 9500, &p), QUEUE_OK);
    int64_t t1 = t0 + 60000;
    fx_act(f, 1, QUEUE_ACT_OPEN, t1);
    fx_act(f, 3, QUEUE_ACT_OPEN, t1);
    fx_act(f, 4, QUEUE_ACT_OPEN, t1);
    fx_call(f, 1, t1); /* a priority call: streak 1 */
    fx_act(f, 1, QUEUE_ACT_START, t1);
    fx_act(f, 1, QUEUE_ACT_FINISH, t1 + 1000);
    fx_call(f, 1, t1 + 2000); /* streak 2 */
    fx_call(f, 3, t1 + 3000);
    fx_act(f, 3, QUEUE_ACT_HOLD, t1 + 4000);
    fx_call(f, 3, t1 + 5000);
    fx_act(f, 3, QUEUE_ACT_NO_SHOW, t1 + 6000);
    fx_call(f, 4, t1 + 7000);
    /* B-001 goes to dukcapil/ktp, to the front */
    fx_act_t tr = {"s1", NULL, "dukcapil/ktp", true, false};
    assert_int_equal(fx_act_rc(f, 4, QUEUE_ACT_TRANSFER, &tr, t1 + 8000), QUEUE_OK);
    /* A-006 goes to bpjs */
    fx_act_t tr2 = {"s1", "A-006", "bpjs/klaim", false, false};
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_TRANSFER, &tr2, t1 + 8500), QUEUE_OK);
    fx_act(f, 4, QUEUE_ACT_PAUSE, t1 + 9000);
    assert_int_equal(queue_board_text(f->q, "Antrean KTP dibuka", "admin", t1 + 9500), QUEUE_OK);
}

/* 5. Restoring from the sink's records gives the same hall, the same next
 * call and number, and seq continues without a gap. */
static void test_restore(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(9, 0);
    busy_morning(f, t0);
    int64_t t2 = t0 + 100000;
    uint64_t base = f->last_seq;
    fx_t *g = fx_restore(f, 0, t2);
    assert_same(f, g, true);

    /* the same next steps on both */
    fx_t *both[2] = {f, g};
    char num[2][QUEUE_NUMBER_MAX];
    for (int k = 0; k < 2; k++) {
        fx_t *e = both[k];
        fx_act(e, 1, QUEUE_ACT_FINISH, t2);
        snprintf(num[k], sizeof num[k], "%s", fx_call(e, 1, t2)); /* the capped regular */
    }
    assert_string_equal(num[0], num[1]);
    assert_string_not_equal(num[0], "");
    for (int k = 0; k < 2; k++) {
        const queue_ticket_t *t = fx_issue(both[k], "dukcapil/ktp", PRIORITY_NONE, t2);
        snprintf(num[k], sizeof num[k], "%s", t->number);
        assert_int_equal(t->id, 11);
    }
    /* A-006 went to bpjs but numbers stay dukcapil's: no repeat */
    assert_string_equal(num[0], "A-009");
    assert_string_equal(num[1], "A-009");
    /* the restored printing ticket can still be confirmed */
    const queue_ticket_t *p = queue_ticket_by_id(g->q, 10);
    assert_int_equal(p->status, QUEUE_TICKET_PRINTING);
    assert_int_equal(queue_confirm(g->q, p->token, t2, NULL), QUEUE_OK);
    assert_int_equal(queue_confirm(f->q, queue_ticket_by_id(f->q, 10)->token, t2, NULL), QUEUE_OK);
    /* a no-show ticket comes back by number after a restore */
    fx_act_t by = {"s1", "A-001", NULL, false, false};
    assert_int_equal(fx_act_rc(g, 3, QUEUE_ACT_CALL, &by, t2), QUEUE_OK);
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_CALL, &by, t2), QUEUE_OK);
    assert_same(f, g, false);
    /* seq continued in g exactly where f's records ended (the sink checks
     * every later one) */
    assert_int_equal(g->ev[0].seq, base + 1);
    assert_int_equal(queue_seq(g->q), queue_seq(f->q));
}

/* 6. A restore the next morning rolls the day on the first tick: the old
 * day is closed, numbers start again; a restore on an earlier clock keeps
 * the later day. */
static void test_restore_after_midnight(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(10, 0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, t0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, t0);
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, t0);
    fx_act(f, 1, QUEUE_ACT_OPEN, t0);

    int64_t tue = fx_time(2026, 11, 24, 7, 0, 0);
    fx_t *g = fx_restore(f, 0, tue);
    assert_int_equal(queue_agency_waiting(g->q, "dukcapil"), 2);
    size_t n = g->n_ev;
    queue_tick(g->q, tue + 1000);
    assert_int_equal(count_events(g, n, QUEUE_EV_TICKET_CANCELLED, "closed"), 3);
    assert_int_equal(count_events(g, n, QUEUE_EV_COUNTER_CLOSED, NULL), 1);
    assert_null(queue_ticket_by_id(g->q, 1)); /* past and final: dropped */
    const queue_ticket_t *t =
        fx_issue(g, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 24, 8, 0, 0));
    assert_string_equal(t->number, "A-001");
    assert_int_equal(t->id, 4);

    /* the clock of the restarted server is a day behind: no repeat */
    const queue_ticket_t *u =
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_time(2026, 11, 24, 9, 0, 0));
    assert_string_equal(u->number, "A-001");
    g = fx_restore(f, 0, fx_mon(9, 0));
    t = fx_issue(g, "dukcapil/ktp", PRIORITY_NONE, fx_mon(9, 1));
    assert_string_equal(t->number, "A-002");
    assert_int_equal(t->day, 20261124);
}

/* 7. A restore after the day's closing time with tickets still waiting
 * (the server was down at 16:00) closes the day on the first tick; a
 * restore of a day already closed does not cancel again. */
static void test_restore_closing(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(15, 0));
    fx_t *g = fx_restore(f, 0, fx_mon(17, 0));
    size_t n = g->n_ev;
    queue_tick(g->q, fx_mon(17, 0));
    assert_int_equal(count_events(g, n, QUEUE_EV_TICKET_CANCELLED, "closed"), 1);

    queue_tick(f->q, fx_mon(16, 0));
    g = fx_restore(f, 0, fx_mon(17, 0));
    assert_int_equal(fx_issue_rc(g, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(15, 30), NULL),
                     QUEUE_ECLOSED);

    /* Tuesday closes with nothing waiting: a restore on a clock stepped
     * back before closing time does not open the day again */
    queue_tick(f->q, fx_time(2026, 11, 24, 9, 0, 0));
    queue_tick(f->q, fx_time(2026, 11, 24, 16, 0, 0));
    g = fx_restore(f, 0, fx_time(2026, 11, 24, 15, 30, 0));
    assert_int_equal(fx_issue_rc(g, "dukcapil/ktp", PRIORITY_NONE, false,
                                 fx_time(2026, 11, 24, 15, 30, 0), NULL),
                     QUEUE_ECLOSED);
}

/* A booked ticket: checked in before its slot it waits as a walk-in; from
 * the slot's start it is called ahead of the walk-ins of its queue (earlier
 * slots first), also after a restore; it does not count against the places
 * kept for bookings, and a walk-in may not take one. */
static void test_booked_ahead_of_walkins(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(9, 0), slot = fx_mon(9, 30), later = fx_mon(9, 45);
    fx_act(f, 3, QUEUE_ACT_OPEN, t0);
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, t0);     /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, t0 + 1); /* */
    queue_issue_req_t late = {
        .service = "dukcapil/kk", .booking = "BK-LATE", .booking_start = later};
    queue_issue_req_t early = {
        .service = "dukcapil/kk", .booking = "BK-EARL", .booking_start = slot};
    const queue_ticket_t *b1 = NULL, *b2 = NULL;
    assert_int_equal(queue_issue(f->q, &late, t0 + 2, &b1), QUEUE_OK);  /* */
    assert_int_equal(queue_issue(f->q, &early, t0 + 3, &b2), QUEUE_OK); /* */
    assert_false(queue_ticket_booked_ahead(b1));
    assert_string_equal(fx_call(f, 3, t0 + 4), "A-001"); /* before the slot: in turn */
    fx_act(f, 3, QUEUE_ACT_FINISH, t0 + 5);

    queue_tick(f->q, slot);
    assert_true(queue_ticket_booked_ahead(queue_ticket_by_id(f->q, 4)));
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, slot + 1); /* A-005, a walk-in after */
    fx_t *g = fx_restore(f, 0, slot + 2);
    fx_t *both[2] = {f, g};
    for (int k = 0; k < 2; k++) {
        fx_t *e = both[k];
        assert_string_equal(fx_call(e, 3, slot + 4), "A-004"); /* its slot has begun */
        fx_act(e, 3, QUEUE_ACT_FINISH, slot + 5);
        assert_string_equal(fx_call(e, 3, slot + 6), "A-002"); /* A-003's has not */
        fx_act(e, 3, QUEUE_ACT_FINISH, slot + 7);
        queue_tick(e->q, later);
        assert_string_equal(fx_call(e, 3, later + 1), "A-003"); /* ahead of A-005 */
        assert_string_equal(queue_ticket_by_id(e->q, 3)->booking, "BK-LATE");
    }

    /* akta has a quota of 3: with 2 places kept for bookings, one walk-in */
    queue_issue_req_t walk = {.service = "dukcapil/akta", .reserved = 2};
    assert_int_equal(queue_issue(f->q, &walk, later + 2, NULL), QUEUE_OK);
    assert_int_equal(queue_issue(f->q, &walk, later + 3, NULL), QUEUE_EQUOTA);
    queue_issue_req_t kept = {
        .service = "dukcapil/akta", .booking = "BK-AKTA", .booking_start = later};
    assert_int_equal(queue_issue(f->q, &kept, later + 4, NULL), QUEUE_OK);
    assert_int_equal(queue_issue(f->q, &kept, later + 5, NULL), QUEUE_OK);
}

/* A booked ticket checked in before its slot, then the engine restored
 * before the slot begins: the restored engine still moves it ahead when
 * the slot begins (the ticket is on its list of booked tickets again). */
static void test_booked_restored_before_slot(void **state)
{
    fx_t *f = *state;
    int64_t t0 = fx_mon(9, 0), slot = fx_mon(9, 30);
    fx_act(f, 3, QUEUE_ACT_OPEN, t0);
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, t0); /* */
    queue_issue_req_t early = {
        .service = "dukcapil/kk", .booking = "BK-EARL", .booking_start = slot};
    assert_int_equal(queue_issue(f->q, &early, t0 + 1, NULL), QUEUE_OK); /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, t0 + 2);                   /* */
    fx_t *g = fx_restore(f, 0, t0 + 3);
    queue_tick(g->q, slot - 1);
    assert_false(queue_ticket_booked_ahead(queue_ticket_by_id(g->q, 2)));
    queue_tick(g->q, slot);
    assert_true(queue_ticket_booked_ahead(queue_ticket_by_id(g->q, 2)));
    assert_string_equal(fx_call(g, 3, slot + 1), "A-002");
    fx_act(g, 3, QUEUE_ACT_FINISH, slot + 2);
    assert_string_equal(fx_call(g, 3, slot + 3), "A-001");
}

/* Times lunch_hours was asked for one agency's hours. */
static size_t agency_asks;

/* The hall's hours for tests 11 and 12: 08:00-12:00 and 13:00-16:00 every
 * day; bpjs only until 11:00. */
static void lunch_hours(void *ctx, const char *agency, uint32_t ymd, calendar_day_t *out)
{
    (void)ctx;
    (void)ymd;
    agency_asks += agency != NULL;
    calendar_day_t hall = {2, {{480, 720}, {780, 960}}, NULL, false};
    calendar_day_t bpjs = {1, {{0, 660}}, "Rapat kerja", true};
    if (agency && strcmp(agency, "bpjs") == 0)
        calendar_day_intersect(&hall, &bpjs, out);
    else
        *out = hall;
}

static int setup_lunch(void **state)
{
    fx_t *f = fx_new(0);
    queue_free(f->q);
    f->hall.day_hours = lunch_hours;
    queue_env_t env = {fx_local, fx_random, f};
    queue_sink_t sink = {fx_sink_ticket, fx_sink_counter, fx_sink_event, f};
    assert_int_equal(queue_new(&f->q, &f->hall, f->cat, &env, &sink), QUEUE_OK);
    *state = f;
    return 0;
}

/* 11. A lunch break refuses new tickets and keeps those waiting; an
 * agency whose hours end at 11:00 closes then (its waiting tickets
 * cancelled, the others not); a wait that runs into lunch resumes after. */
static void test_lunch_and_agency_closing(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t;
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(7, 59), &t),
                     QUEUE_ECLOSED);
    assert_non_null(strstr(queue_last_error(f->q), "tickets are issued from 08:00"));
    const queue_ticket_t *b = fx_issue(f, "bpjs/daftar", PRIORITY_NONE, fx_mon(10, 0));
    assert_int_equal(b->status, QUEUE_TICKET_WAITING);
    const queue_ticket_t *a = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(11, 50));
    assert_int_equal(fx_issue_rc(f, "bpjs/klaim", PRIORITY_NONE, false, fx_mon(11, 50), &t),
                     QUEUE_ECLOSED);
    assert_non_null(strstr(queue_last_error(f->q), "closed at 11:00 today"));

    /* at 11:50, a ticket behind 15 minutes of work at one open counter
     * would be called at 12:05: inside the break, so at 13:05 */
    fx_act(f, 1, QUEUE_ACT_OPEN, fx_mon(11, 50));
    const queue_ticket_t *second = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(11, 50));
    queue_tick(f->q, fx_mon(11, 50));
    assert_int_equal(queue_ticket_estimate(f->q, second), 75 * 60);
    assert_int_equal(queue_ticket_estimate(f->q, a), 0); /* first in line: no wait */

    /* 11:00 came before: bpjs's own closing ran at the first command after it */
    assert_int_equal(b->status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(b->reason, "closed");
    queue_tick(f->q, fx_mon(12, 30)); /* lunch: nothing is cancelled */
    assert_int_equal(a->status, QUEUE_TICKET_WAITING);
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(12, 30), &t),
                     QUEUE_ECLOSED);
    assert_non_null(strstr(queue_last_error(f->q), "break (12:00-13:00)"));
    assert_non_null(strstr(queue_last_error(f->q), "again from 13:00"));
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(13, 0), &t),
                     QUEUE_OK);
    queue_tick(f->q, fx_mon(16, 0)); /* the hall's closing */
    assert_int_equal(a->status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(a->reason, "closed");
}

/* 12. Commands between two closing times ask no agency's hours: the
 * engine knows when the next agency closes. Past it, the agency closes
 * at the next command as before; a new catalog is asked again. */
static void test_agency_hours_asked_at_their_ends(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *b = fx_issue(f, "bpjs/daftar", PRIORITY_NONE, fx_mon(9, 0));
    agency_asks = 0;
    for (int i = 0; i < 1000; i++)
        queue_tick(f->q, fx_mon(9, 0) + (int64_t)i * 3000); /* every 3 s until 09:50 */
    assert_true(agency_asks == 0);
    assert_int_equal(b->status, QUEUE_TICKET_WAITING);
    queue_tick(f->q, fx_mon(11, 0)); /* bpjs's end: every agency asked once */
    assert_int_equal(b->status, QUEUE_TICKET_CANCELLED);
    assert_true(agency_asks == f->cat->n_agencies);
    queue_tick(f->q, fx_mon(11, 30));
    assert_true(agency_asks == f->cat->n_agencies);
    queue_set_catalog(f->q, f->cat);
    queue_tick(f->q, fx_mon(11, 31));
    assert_true(agency_asks == 2 * f->cat->n_agencies);
}

int main(void)
{
    setenv("TZ", "Asia/Jakarta", 1);
    tzset();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_print_timeout, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_closing_and_rollover, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_midnight_and_clock_back, setup_allday, teardown),
        cmocka_unit_test_setup_teardown(test_carry_over, setup_carry, teardown),
        cmocka_unit_test_setup_teardown(test_hardening_9_carry_over_numbers_unique, setup_carry,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_restore, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_restore_after_midnight, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_restore_closing, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_booked_ahead_of_walkins, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_booked_restored_before_slot, setup_plain, teardown),
        cmocka_unit_test_setup_teardown(test_lunch_and_agency_closing, setup_lunch, teardown),
        cmocka_unit_test_setup_teardown(test_agency_hours_asked_at_their_ends, setup_lunch,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
