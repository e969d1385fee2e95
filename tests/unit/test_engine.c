/*
 * test_engine.c - the queue engine's commands: issuing and numbering,
 * print confirmation, counter ownership and every counter action with the
 * refusals each state gives, routing (FIFO, priority first with a cap,
 * counters that serve only some services), calls by number, transfers,
 * positions and estimates, and the names the contract spells.
 * The hall is the fixture in test_engine_fixture.h; the clock is Monday
 * 23 November 2026 in Asia/Jakarta unless a test says otherwise.
 */
#include "test_engine_fixture.h"

#define NOW fx_mon(9, 0)

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

static bool is_hex_token(const char *s)
{
    if (strlen(s) != QUEUE_TOKEN_LEN)
        return false;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
            return false;
    return true;
}

/* 1. Numbers: agency prefix, per-agency daily sequence, at least 3 digits. */
static void test_issue_numbers(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *a1 = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_string_equal(a1->number, "A-001");
    assert_int_equal(a1->id, 1);
    assert_int_equal(a1->seq, 1);
    assert_int_equal(a1->day, 20261123);
    assert_string_equal(a1->agency, "dukcapil");
    assert_string_equal(a1->service, "dukcapil/ktp");
    assert_int_equal(a1->status, QUEUE_TICKET_WAITING);
    assert_int_equal(a1->issued_at, NOW);
    assert_true(is_hex_token(a1->token));
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_ISSUED);
    assert_int_equal(fx_last(f)->at, NOW);

    const queue_ticket_t *a2 = fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);
    const queue_ticket_t *b1 = fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    const queue_ticket_t *a3 = fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW);
    assert_string_equal(a2->number, "A-002");
    assert_string_equal(b1->number, "B-001");
    assert_string_equal(a3->number, "A-003");
    assert_int_equal(b1->id, 3);
    assert_int_equal(a3->priority, PRIORITY_LANSIA);
    assert_string_not_equal(a1->token, a2->token);
    assert_ptr_equal(queue_ticket_by_token(f->q, a2->token), a2);
    assert_ptr_equal(queue_ticket_by_id(f->q, 3), b1);
    assert_null(queue_ticket_by_token(f->q, "00000000000000000000000000000000"));
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 3);
    assert_int_equal(queue_agency_waiting(f->q, "bpjs"), 1);
    assert_int_equal(queue_seq(f->q), 4);
}

/* 2. Numbers keep growing past 999. */
static void test_issue_past_999(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t = NULL;
    for (int i = 0; i < 1000; i++)
        t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_string_equal(t->number, "A-1000");
    assert_int_equal(t->seq, 1000);
    assert_string_equal(queue_ticket_by_id(f->q, 999)->number, "A-999");
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1000);
}

/* 3. Issue refusals: each with its code and field, none changing a thing. */
static void test_issue_refused(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t;
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/none", PRIORITY_NONE, false, NOW, &t), QUEUE_ENOTFOUND,
               "service");
    assert_null(t);
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/kk", PRIORITY_ANAK, false, NOW, &t), QUEUE_EINVAL,
               "priority");
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(7, 59), &t),
               QUEUE_ECLOSED, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "08:00"));
    /* akta stops at 14:00 */
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, fx_mon(14, 0), &t),
               QUEUE_ECLOSED, "service");
    assert_non_null(strstr(queue_last_error(f->q), "14:00"));
    /* nothing was issued: the next number is still the first */
    assert_string_equal(fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(13, 59))->number,
                        "A-001");
    /* at 16:00 the day closes first (its events), then the issue is refused */
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, false, fx_mon(16, 0), &t),
                     QUEUE_ECLOSED);
    fx_check_field(f, NULL);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_CANCELLED);
}

/* 4. A hall shut all day (Sunday) and Saturday's short hours. */
static void test_issue_weekend(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t;
    int64_t sat = fx_time(2026, 11, 28, 11, 59, 0);
    assert_string_equal(fx_issue(f, "bpjs/klaim", PRIORITY_NONE, sat)->number, "B-001");
    int64_t sun = fx_time(2026, 11, 29, 10, 0, 0);
    queue_tick(f->q, sun);
    FX_REFUSED(f, fx_issue_rc(f, "bpjs/klaim", PRIORITY_NONE, false, sun, &t), QUEUE_ECLOSED, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "closed all day"));
}

/* 5. Quota: the fourth akta ticket is refused; one cancelled by its holder
 * before being called (printing or waiting) does not count. */
static void test_quota(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *p, *t;
    assert_int_equal(fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, true, NOW, &p), QUEUE_OK);
    char token[QUEUE_TOKEN_LEN + 1];
    strcpy(token, p->token);
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    const queue_ticket_t *w = fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    assert_non_null(strstr(queue_last_error(f->q), "quota of 3"));
    assert_int_equal(queue_cancel_token(f->q, token, NOW, &t), QUEUE_OK);
    assert_string_equal(t->reason, "citizen");
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_CANCELLED);
    assert_string_equal(fx_last(f)->reason, "citizen");
    const queue_ticket_t *again = fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    assert_string_equal(again->number, "A-004");
    assert_int_equal(queue_cancel_token(f->q, w->token, NOW, NULL), QUEUE_OK);
    assert_string_equal(fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW)->number, "A-005");
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    /* other services are not limited */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
}

/* 5b. Hardening finding 7: issue-then-cancel pairs no longer drain a
 * quota while the board shows nobody waiting. A holder's cancel before the
 * call gives the place back; a ticket that was called, or cancelled by
 * staff, still counts; a restart counts the same. */
static void test_hardening_7_cancel_gives_quota_back(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t;
    for (int i = 0; i < 15; i++) {
        t = fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
        assert_int_equal(queue_cancel_token(f->q, t->token, NOW, NULL), QUEUE_OK);
    }
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
    /* the quota of 3 is whole: three citizens still get a ticket */
    const queue_ticket_t *a = fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    const queue_ticket_t *b = fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    /* staff cancel a waiting one, and call the other: both keep counting */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act_t by = {"s1", NULL, NULL, false, false};
    by.number = a->number;
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CANCEL, &by, NOW), QUEUE_OK);
    by.number = b->number;
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    /* after a restart the count is the same */
    fx_t *g = fx_restore(f, 0, NOW);
    FX_REFUSED(g, fx_issue_rc(g, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    fx_t *h = fx_new(0);
    for (int i = 0; i < 2; i++) {
        t = fx_issue(h, "dukcapil/akta", PRIORITY_NONE, NOW);
        assert_int_equal(queue_cancel_token(h->q, t->token, NOW, NULL), QUEUE_OK);
    }
    fx_t *k = fx_restore(h, 0, NOW);
    for (int i = 0; i < 3; i++)
        fx_issue(k, "dukcapil/akta", PRIORITY_NONE, NOW);
    FX_REFUSED(k, fx_issue_rc(k, "dukcapil/akta", PRIORITY_NONE, false, NOW, &t), QUEUE_EQUOTA,
               "service");
    fx_free(h);
}

/* 6. Printing: not in the queue until confirmed; confirm is idempotent. */
static void test_confirm(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *p, *t;
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, true, NOW, &p), QUEUE_OK);
    assert_int_equal(p->status, QUEUE_TICKET_PRINTING);
    const queue_ticket_t *w = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1);
    assert_int_equal(queue_ticket_position(f->q, p), 0);
    assert_int_equal(queue_ticket_position(f->q, w), 0);
    const queue_ticket_t *list[4];
    assert_int_equal(queue_counter_waiting(f->q, 1, list, 4), 1);
    assert_ptr_equal(list[0], w);

    size_t n = f->n_ev;
    assert_int_equal(queue_confirm(f->q, p->token, NOW + 5000, &t), QUEUE_OK);
    assert_ptr_equal(t, p);
    assert_int_equal(p->status, QUEUE_TICKET_WAITING);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_CONFIRMED);
    assert_int_equal(f->n_ev, n + 1);
    /* issued first, so it goes before the ticket issued after it */
    assert_int_equal(queue_counter_waiting(f->q, 1, list, 4), 2);
    assert_ptr_equal(list[0], p);
    assert_int_equal(queue_ticket_position(f->q, w), 1);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 2);
    /* a retried confirm: accepted, nothing happens */
    assert_int_equal(queue_confirm(f->q, p->token, NOW + 6000, &t), QUEUE_OK);
    assert_int_equal(f->n_ev, n + 1);

    FX_REFUSED(f, queue_confirm(f->q, "nope", NOW, &t), QUEUE_ENOTFOUND, "token");
    FX_REFUSED(f, queue_confirm(f->q, NULL, NOW, &t), QUEUE_EINVAL, "token");
    assert_int_equal(queue_cancel_token(f->q, w->token, NOW, NULL), QUEUE_OK);
    FX_REFUSED(f, queue_confirm(f->q, w->token, NOW, &t), QUEUE_ESTATE, "token");
    FX_REFUSED(f, queue_cancel_token(f->q, w->token, NOW, &t), QUEUE_ESTATE, "token");
}

/* 7. Ownership of a counter by one session; admin takes over. */
static void test_counter_ownership(void **state)
{
    fx_t *f = *state;
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    const fx_act_t adm = {"s3", NULL, NULL, false, true};
    const fx_act_t nos = {"", NULL, NULL, false, false};
    const queue_counter_t *c = queue_counter_get(f->q, 1);
    assert_int_equal(c->status, QUEUE_COUNTER_CLOSED);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, NULL, NOW), QUEUE_ESTATE, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "counter 1 is closed; open it first"));
    FX_REFUSED(f, fx_act_rc(f, 9, QUEUE_ACT_OPEN, NULL, NOW), QUEUE_ENOTFOUND, "counter");
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_OPEN, &nos, NOW), QUEUE_EINVAL, "session");

    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    assert_int_equal(c->status, QUEUE_COUNTER_OPEN);
    assert_string_equal(c->session, "s1");
    assert_string_equal(c->staff, "staff-s1");
    assert_int_equal(fx_last(f)->type, QUEUE_EV_COUNTER_OPENED);
    assert_int_equal(fx_last(f)->counter, 1);
    assert_string_equal(fx_last(f)->staff, "staff-s1");
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_OPEN, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_EFORBIDDEN, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, &s2, NOW), QUEUE_EFORBIDDEN, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_PAUSE, &s2, NOW), QUEUE_EFORBIDDEN, NULL);
    /* an admin may act without taking it, and may take it */
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_PAUSE, &adm, NOW), QUEUE_OK);
    assert_string_equal(c->session, "s1");
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_OPEN, &adm, NOW), QUEUE_OK);
    assert_int_equal(c->status, QUEUE_COUNTER_OPEN);
    assert_string_equal(c->session, "s3");
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, NULL, NOW), QUEUE_EFORBIDDEN, NULL);
}

/* 8. pause, resume, close, with the refusals of each state. */
static void test_counter_states(void **state)
{
    fx_t *f = *state;
    const queue_counter_t *c = queue_counter_get(f->q, 2);
    fx_act(f, 2, QUEUE_ACT_OPEN, NOW);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_RESUME, NULL, NOW), QUEUE_ESTATE, NULL);
    fx_act(f, 2, QUEUE_ACT_PAUSE, NOW);
    assert_int_equal(c->status, QUEUE_COUNTER_PAUSED);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_COUNTER_PAUSED);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_PAUSE, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_CALL, NULL, NOW), QUEUE_ESTATE, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "paused"));
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_OPEN, NULL, NOW), QUEUE_ESTATE, NULL);
    fx_act(f, 2, QUEUE_ACT_RESUME, NOW);
    assert_int_equal(c->status, QUEUE_COUNTER_OPEN);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_COUNTER_RESUMED);
    /* no closing with a ticket at the counter */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_string_equal(fx_call(f, 2, NOW), "A-001");
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_CLOSE, NULL, NOW), QUEUE_ESTATE, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "A-001"));
    fx_act(f, 2, QUEUE_ACT_FINISH, NOW);
    fx_act(f, 2, QUEUE_ACT_PAUSE, NOW);
    fx_act(f, 2, QUEUE_ACT_CLOSE, NOW);
    assert_int_equal(c->status, QUEUE_COUNTER_CLOSED);
    assert_string_equal(c->staff, "");
    assert_string_equal(c->session, "");
    assert_int_equal(fx_last(f)->type, QUEUE_EV_COUNTER_CLOSED);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_CLOSE, NULL, NOW), QUEUE_ESTATE, NULL);
    /* another session may open it now */
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_OK);
}

/* 8b. A counter held by a session that is gone (its console closed
 * without closing the counter): the same staff id opens it again from a
 * new session when the caller says the old one is gone (reclaim), with
 * its called ticket; another staff id may not, nor the same one without
 * reclaim (its console still open elsewhere). */
static void test_counter_reclaim(void **state)
{
    fx_t *f = *state;
    const queue_counter_t *c = queue_counter_get(f->q, 3);
    queue_counter_req_t open = {
        .counter = 3, .action = QUEUE_ACT_OPEN, .staff = "ani", .session = "old"};
    assert_int_equal(queue_counter_act(f->q, &open, NOW, NULL), QUEUE_OK);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    queue_counter_req_t call = {
        .counter = 3, .action = QUEUE_ACT_CALL, .staff = "ani", .session = "old"};
    assert_int_equal(queue_counter_act(f->q, &call, NOW, NULL), QUEUE_OK);
    uint64_t called = c->ticket;
    open.session = "new";
    FX_REFUSED(f, queue_counter_act(f->q, &open, NOW, NULL), QUEUE_EFORBIDDEN, NULL);
    queue_counter_req_t other = {.counter = 3,
                                 .action = QUEUE_ACT_OPEN,
                                 .staff = "budi",
                                 .session = "budi-1",
                                 .reclaim = true};
    FX_REFUSED(f, queue_counter_act(f->q, &other, NOW, NULL), QUEUE_EFORBIDDEN, NULL);
    open.reclaim = true;
    assert_int_equal(queue_counter_act(f->q, &open, NOW, NULL), QUEUE_OK);
    assert_string_equal(c->session, "new");
    assert_string_equal(c->staff, "ani");
    assert_int_equal(c->ticket, called);
    /* the old session may no longer act on it */
    queue_counter_req_t finish = {
        .counter = 3, .action = QUEUE_ACT_FINISH, .staff = "ani", .session = "old"};
    FX_REFUSED(f, queue_counter_act(f->q, &finish, NOW, NULL), QUEUE_EFORBIDDEN, NULL);
    finish.session = "new";
    assert_int_equal(queue_counter_act(f->q, &finish, NOW, NULL), QUEUE_OK);
}

/* 9. A ticket's life at a counter and every refusal on the way. */
static void test_ticket_transitions(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    const queue_counter_t *c = queue_counter_get(f->q, 1);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_RECALL, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_START, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_FINISH, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_NO_SHOW, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_HOLD, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CANCEL, NULL, NOW), QUEUE_ESTATE, NULL);

    int64_t t1 = NOW + 60000;
    assert_string_equal(fx_call(f, 1, t1), "A-001");
    assert_int_equal(t->status, QUEUE_TICKET_CALLED);
    assert_int_equal(t->counter, 1);
    assert_int_equal(t->called_at, t1);
    assert_int_equal(c->ticket, t->id);
    assert_int_equal(c->called_today, 1);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_CALLED);
    assert_int_equal(fx_last(f)->counter, 1);
    assert_string_equal(queue_agency_serving(f->q, "dukcapil"), "A-001");
    assert_string_equal(queue_agency_serving(f->q, "bpjs"), "");
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, NULL, NOW), QUEUE_ESTATE, NULL);
    assert_non_null(strstr(queue_last_error(f->q), "finish, hold or mark no-show first"));

    fx_act(f, 1, QUEUE_ACT_RECALL, t1 + 1000);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_RECALLED);
    assert_int_equal(t->status, QUEUE_TICKET_CALLED);
    const queue_ticket_t *recent[QUEUE_RECENT];
    int rc_counter[QUEUE_RECENT];
    /* a recall moves the number to the front of the recent calls, once: a
     * restart rebuilds the list with each called ticket once */
    assert_int_equal(queue_recent(f->q, recent, rc_counter), 1);
    assert_string_equal(recent[0]->number, "A-001");
    assert_int_equal(rc_counter[0], 1);

    fx_act(f, 1, QUEUE_ACT_START, t1 + 2000);
    assert_int_equal(t->status, QUEUE_TICKET_SERVING);
    assert_int_equal(t->started_at, t1 + 2000);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_STARTED);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_RECALL, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_START, NULL, NOW), QUEUE_ESTATE, NULL);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_NO_SHOW, NULL, NOW), QUEUE_ESTATE, NULL);
    fx_act(f, 1, QUEUE_ACT_FINISH, t1 + 3000);
    assert_int_equal(t->status, QUEUE_TICKET_FINISHED);
    assert_int_equal(t->finished_at, t1 + 3000);
    assert_int_equal(c->ticket, 0);
    assert_int_equal(c->served_today, 1);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_FINISHED);

    /* no-show and hold free the counter */
    assert_string_equal(fx_call(f, 1, t1), "A-002");
    fx_act(f, 1, QUEUE_ACT_NO_SHOW, t1);
    assert_int_equal(queue_ticket_by_id(f->q, 2)->status, QUEUE_TICKET_NO_SHOW);
    assert_int_equal(c->ticket, 0);
    assert_int_equal(c->no_show_today, 1);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_NO_SHOW);
    assert_string_equal(fx_call(f, 1, t1), ""); /* empty queue */
    assert_int_equal(c->ticket, 0);
}

/* 10. Calls by number: held and no-show tickets come back; others not. */
static void test_call_by_number(void **state)
{
    fx_t *f = *state;
    for (int i = 0; i < 3; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act_t by = {"s1", "a-003", NULL, false, false}; /* any case */
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    assert_string_equal(fx_current(f, 1)->number, "A-003");
    fx_act(f, 1, QUEUE_ACT_START, NOW);
    fx_act(f, 1, QUEUE_ACT_HOLD, NOW);
    assert_int_equal(queue_ticket_by_id(f->q, 3)->status, QUEUE_TICKET_HELD);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_HELD);
    assert_null(fx_current(f, 1));
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    fx_act(f, 1, QUEUE_ACT_NO_SHOW, NOW);
    /* both come back by number */
    by.number = "A-003";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    assert_int_equal(queue_ticket_by_id(f->q, 3)->status, QUEUE_TICKET_CALLED);
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    by.number = "A-001";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    /* finished, unknown, and another agency's number */
    by.number = "A-003";
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_ESTATE, "number");
    assert_non_null(
        strstr(queue_last_error(f->q), "ticket A-003 is finished; only waiting, held or no-show"));
    by.number = "A-099";
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_ENOTFOUND, "number");
    by.number = "B-001";
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_ENOTFOUND, "number");
    /* a waiting ticket out of order */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    by.number = "A-004";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1);
    /* a ticket called at one counter cannot be called at another */
    fx_act(f, 2, QUEUE_ACT_OPEN, NOW);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_CALL, &by, NOW), QUEUE_ESTATE, "number");
}

/* 11. Cancel: the current ticket, or by number a waiting, held, no-show or
 * printing one; refused for final ones. */
static void test_cancel(void **state)
{
    fx_t *f = *state;
    const queue_ticket_t *p;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_int_equal(fx_issue_rc(f, "dukcapil/ktp", PRIORITY_NONE, true, NOW, &p), QUEUE_OK);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_call(f, 1, NOW);
    fx_act(f, 1, QUEUE_ACT_CANCEL, NOW);
    const queue_ticket_t *t1 = queue_ticket_by_id(f->q, 1);
    assert_int_equal(t1->status, QUEUE_TICKET_CANCELLED);
    assert_string_equal(t1->reason, "staff");
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_CANCELLED);
    assert_string_equal(fx_last(f)->reason, "staff");
    assert_int_equal(fx_last(f)->counter, 1);
    assert_null(fx_current(f, 1));

    fx_act_t by = {"s1", "A-002", NULL, false, false};
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CANCEL, &by, NOW), QUEUE_OK);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
    by.number = "A-003";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_CANCEL, &by, NOW), QUEUE_OK);
    assert_int_equal(p->status, QUEUE_TICKET_CANCELLED);
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CANCEL, &by, NOW), QUEUE_ESTATE, "number");
    by.number = "A-777";
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CANCEL, &by, NOW), QUEUE_ENOTFOUND, "number");
    /* a citizen cannot cancel a called ticket */
    const queue_ticket_t *t4 = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    fx_call(f, 1, NOW);
    FX_REFUSED(f, queue_cancel_token(f->q, t4->token, NOW, NULL), QUEUE_ESTATE, "token");
}

/* 12. Without priority_first, routing is first come, first served over
 * both queues of every service the counter serves. */
static void test_route_fifo(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_issue(f, "bpjs/daftar", PRIORITY_DISABILITAS, NOW);
    fx_issue(f, "bpjs/daftar", PRIORITY_NONE, NOW);
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_issue(f, "bpjs/daftar", PRIORITY_ANAK, NOW);
    const queue_ticket_t *list[8];
    assert_int_equal(queue_counter_waiting(f->q, 4, list, 8), 5);
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);
    static const char *const want[] = {"B-001", "B-002", "B-003", "B-004", "B-005"};
    for (int i = 0; i < 5; i++) {
        assert_string_equal(list[i]->number, want[i]);
        assert_string_equal(fx_call(f, 4, NOW), want[i]);
        fx_act(f, 4, QUEUE_ACT_FINISH, NOW);
    }
    assert_string_equal(fx_call(f, 4, NOW), "");
}

/* 13. priority_first with one regular after two priority calls:
 * P P R P P R, then what is left. */
static void test_route_priority_cap(void **state)
{
    fx_t *f = *state;
    for (int i = 0; i < 3; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* A-001..003 regular */
    for (int i = 0; i < 4; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* A-004..007 priority */
    static const char *const want[] = {"A-004", "A-005", "A-001", "A-006",
                                       "A-007", "A-002", "A-003"};
    const queue_ticket_t *list[10];
    assert_int_equal(queue_counter_waiting(f->q, 1, list, 10), 7);
    for (int i = 0; i < 7; i++)
        assert_string_equal(list[i]->number, want[i]);
    assert_int_equal(queue_counter_waiting(f->q, 1, list, 2), 2);
    /* positions under priority first */
    const queue_ticket_t *a1 = queue_ticket_by_id(f->q, 1), *a6 = queue_ticket_by_id(f->q, 6);
    assert_int_equal(queue_ticket_position(f->q, a1), 4);
    assert_int_equal(queue_ticket_position(f->q, a6), 2);
    assert_int_equal(queue_ticket_position(f->q, queue_ticket_by_id(f->q, 3)), 6);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    for (int i = 0; i < 7; i++) {
        assert_string_equal(fx_call(f, 1, NOW), want[i]);
        fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    }
    assert_int_equal(queue_ticket_position(f->q, a1), 0);
}

/* Collects the numbers a group walk visits; stops after `stop_after`. */
typedef struct walk {
    const queue_t *q;
    char numbers[8][QUEUE_NUMBER_MAX];
    int n, stop_after, last_position;
    bool monotone;
} walk_t;

static int walk_one(void *ctx, const queue_ticket_t *t)
{
    walk_t *w = ctx;
    int pos = queue_ticket_position(w->q, t);
    w->monotone = w->monotone && pos >= w->last_position;
    w->last_position = pos;
    snprintf(w->numbers[w->n], sizeof w->numbers[w->n], "%s", t->number);
    return ++w->n == w->stop_after ? 7 : 0;
}

/* 13b. A service's priority and regular groups are walked apart, each in
 * rank order with never a smaller position, until the walker stops. */
static void test_service_group_walk(void **state)
{
    fx_t *f = *state;
    for (int i = 0; i < 3; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* A-001..003 regular */
    for (int i = 0; i < 4; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* A-004..007 priority */
    walk_t w = {.q = f->q, .monotone = true};
    assert_int_equal(queue_service_group_each(f->q, "dukcapil/ktp", true, walk_one, &w), 0);
    assert_int_equal(w.n, 4);
    assert_string_equal(w.numbers[0], "A-004");
    assert_string_equal(w.numbers[3], "A-007");
    assert_true(w.monotone);
    w = (walk_t){.q = f->q, .monotone = true};
    assert_int_equal(queue_service_group_each(f->q, "dukcapil/ktp", false, walk_one, &w), 0);
    assert_int_equal(w.n, 3);
    assert_string_equal(w.numbers[0], "A-001");
    assert_string_equal(w.numbers[2], "A-003");
    assert_true(w.monotone);
    w = (walk_t){.q = f->q, .monotone = true, .stop_after = 2};
    assert_int_equal(queue_service_group_each(f->q, "dukcapil/ktp", true, walk_one, &w), 7);
    assert_int_equal(w.n, 2);
    w = (walk_t){.q = f->q};
    assert_int_equal(queue_service_group_each(f->q, "tidak/ada", false, walk_one, &w), 0);
    assert_int_equal(w.n, 0);
}

/* 14. A service served only at counter 3: other counters never call it;
 * counter 3 routes over both its services by rank. */
static void test_route_preferred_counters(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 3, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "A-002");
    assert_string_equal(fx_call(f, 3, NOW), "A-001");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "A-004");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "");
    assert_string_equal(fx_call(f, 3, NOW), "A-003");
}

/* 15. Two counters calling in turn drain a queue: each ticket exactly once. */
static void test_concurrent_calls(void **state)
{
    fx_t *f = *state;
    enum { N = 40 };
    for (int i = 0; i < N; i++)
        fx_issue(f, "dukcapil/ktp", i % 3 == 0 ? PRIORITY_IBU_HAMIL : PRIORITY_NONE, NOW);
    int got[N + 1] = {0};
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_OK);
    int total = 0;
    for (;;) {
        bool any = false;
        for (int k = 1; k <= 2; k++) {
            const fx_act_t *who = k == 1 ? NULL : &s2;
            assert_int_equal(fx_act_rc(f, k, QUEUE_ACT_CALL, who, NOW), QUEUE_OK);
            const queue_ticket_t *t = fx_current(f, k);
            if (!t)
                continue;
            any = true;
            assert_true(t->id >= 1 && t->id <= N);
            got[t->id]++;
            total++;
            assert_int_equal(fx_act_rc(f, k, QUEUE_ACT_FINISH, who, NOW), QUEUE_OK);
        }
        if (!any)
            break;
    }
    assert_int_equal(total, N);
    for (int i = 1; i <= N; i++)
        assert_int_equal(got[i], 1);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
}

/* 16. Transfer keeps the number and lands in the target agency's queue,
 * at the back or the front. */
static void test_transfer(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* */
    fx_issue(f, "bpjs/daftar", PRIORITY_NONE, NOW);  /* B-001 */
    fx_issue(f, "bpjs/daftar", PRIORITY_NONE, NOW);  /* B-002 */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "A-001");

    fx_act_t tr = {"s1", NULL, "bpjs/none", false, false};
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_TRANSFER, &tr, NOW), QUEUE_ENOTFOUND, "service");
    tr.service = NULL;
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_TRANSFER, &tr, NOW), QUEUE_EINVAL, "service");
    tr.service = "bpjs/daftar";
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_TRANSFER, &tr, NOW), QUEUE_OK);
    const queue_ticket_t *t = queue_ticket_by_id(f->q, 1);
    assert_string_equal(t->number, "A-001");
    assert_string_equal(t->agency, "bpjs");
    assert_string_equal(t->service, "bpjs/daftar");
    assert_int_equal(t->status, QUEUE_TICKET_WAITING);
    assert_int_equal(t->transfers, 1);
    assert_null(fx_current(f, 1));
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_TRANSFERRED);
    assert_string_equal(fx_last(f)->from, "dukcapil/ktp");
    assert_int_equal(fx_last(f)->counter, 1);
    assert_int_equal(queue_agency_waiting(f->q, "bpjs"), 3);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1);
    assert_int_equal(queue_ticket_position(f->q, t), 2); /* at the back */
    /* dukcapil can no longer call it by number; bpjs can */
    fx_act_t by = {"s1", "A-001", NULL, false, false};
    FX_REFUSED(f, fx_act_rc(f, 1, QUEUE_ACT_CALL, &by, NOW), QUEUE_ENOTFOUND, "number");

    /* by number, to the front: A-002 goes before B-001 */
    fx_act_t front = {"s1", "A-002", "bpjs/klaim", true, false};
    assert_int_equal(fx_act_rc(f, 1, QUEUE_ACT_TRANSFER, &front, NOW), QUEUE_OK);
    const queue_ticket_t *list[8];
    assert_int_equal(queue_counter_waiting(f->q, 4, list, 8), 4);
    assert_string_equal(list[0]->number, "A-002");
    assert_string_equal(list[1]->number, "B-001");
    assert_string_equal(list[3]->number, "A-001");
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 4, NOW), "A-002");
    fx_act(f, 4, QUEUE_ACT_FINISH, NOW);
    by.number = "A-001";
    assert_int_equal(fx_act_rc(f, 4, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    /* a serving ticket goes back to dukcapil, to the front */
    fx_act(f, 4, QUEUE_ACT_START, NOW);
    fx_act_t back = {"s1", NULL, "dukcapil/kk", true, false};
    assert_int_equal(fx_act_rc(f, 4, QUEUE_ACT_TRANSFER, &back, NOW), QUEUE_OK);
    assert_int_equal(t->transfers, 2);
    assert_string_equal(t->agency, "dukcapil");
    fx_act(f, 3, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 3, NOW), "A-001");
    /* a finished ticket cannot be transferred by number */
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    fx_act_t fin = {"s1", "A-001", "bpjs/klaim", false, false};
    FX_REFUSED(f, fx_act_rc(f, 3, QUEUE_ACT_TRANSFER, &fin, NOW), QUEUE_ESTATE, "number");
    /* with nothing at the counter and no number there is nothing to move */
    fin.number = NULL;
    FX_REFUSED(f, fx_act_rc(f, 3, QUEUE_ACT_TRANSFER, &fin, NOW), QUEUE_ESTATE, NULL);
}

/* 17. Estimates: position x standard minutes / open counters serving it. */
static void test_estimate(void **state)
{
    fx_t *f = *state;
    for (int i = 0; i < 4; i++)
        fx_issue(f, "bpjs/daftar", PRIORITY_NONE, NOW);
    const queue_ticket_t *t = queue_ticket_by_id(f->q, 4);
    assert_int_equal(queue_ticket_position(f->q, t), 3);
    assert_int_equal(queue_ticket_estimate(f->q, t), 3 * 20 * 60);
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 5, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_OK);
    assert_int_equal(queue_ticket_estimate(f->q, t), 3 * 20 * 60 / 2);
    assert_int_equal(queue_ticket_estimate(f->q, queue_ticket_by_id(f->q, 1)), 0);
}

/* 18. Logout: idle counters close, a counter with a ticket is paused and
 * released so anyone of the agency can open it. */
static void test_session_ended(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 2, QUEUE_ACT_OPEN, NOW);
    const fx_act_t s2 = {"s2", NULL, NULL, false, false};
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_OK);
    fx_call(f, 2, NOW);
    size_t n = f->n_ev;
    queue_session_ended(f->q, "s1", NOW);
    assert_int_equal(f->n_ev, n + 2);
    const queue_counter_t *c1 = queue_counter_get(f->q, 1), *c2 = queue_counter_get(f->q, 2);
    assert_int_equal(c1->status, QUEUE_COUNTER_CLOSED);
    assert_string_equal(c1->staff, "");
    assert_int_equal(c2->status, QUEUE_COUNTER_PAUSED);
    assert_string_equal(c2->session, "");
    assert_int_equal(c2->ticket, 1);
    assert_int_equal(queue_counter_get(f->q, 3)->status, QUEUE_COUNTER_OPEN);
    FX_REFUSED(f, fx_act_rc(f, 2, QUEUE_ACT_RESUME, &s2, NOW), QUEUE_EFORBIDDEN, NULL);
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_OPEN, &s2, NOW), QUEUE_OK);
    assert_int_equal(c2->status, QUEUE_COUNTER_OPEN);
    assert_int_equal(c2->ticket, 1);
    assert_int_equal(fx_act_rc(f, 2, QUEUE_ACT_FINISH, &s2, NOW), QUEUE_OK);
    /* nothing held by s1 any more: no event */
    n = f->n_ev;
    queue_session_ended(f->q, "s1", NOW);
    assert_int_equal(f->n_ev, n);
}

/* 19. Board text: kept and announced; longer than 500 bytes refused. */
static void test_board_text(void **state)
{
    fx_t *f = *state;
    assert_int_equal(queue_board_text(f->q, "Selamat datang", "admin", NOW), QUEUE_OK);
    assert_string_equal(queue_text(f->q), "Selamat datang");
    assert_int_equal(fx_last(f)->type, QUEUE_EV_BOARD_TEXT);
    assert_string_equal(fx_last(f)->staff, "admin");
    assert_string_equal(f->text, "Selamat datang");
    char big[502];
    memset(big, 'x', 501);
    big[501] = '\0';
    FX_REFUSED(f, queue_board_text(f->q, big, "admin", NOW), QUEUE_EINVAL, "text");
    assert_string_equal(queue_text(f->q), "Selamat datang");
    big[500] = '\0';
    assert_int_equal(queue_board_text(f->q, big, "admin", NOW), QUEUE_OK);
}

/* 20. Recent calls: newest first, at most QUEUE_RECENT. */
static void test_recent(void **state)
{
    fx_t *f = *state;
    for (int i = 0; i < 12; i++)
        fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);
    for (int i = 0; i < 12; i++) {
        fx_call(f, 4, NOW);
        fx_act(f, 4, QUEUE_ACT_FINISH, NOW);
    }
    const queue_ticket_t *r[QUEUE_RECENT];
    int c[QUEUE_RECENT];
    assert_int_equal(queue_recent(f->q, r, c), QUEUE_RECENT);
    assert_string_equal(r[0]->number, "B-012");
    assert_string_equal(r[QUEUE_RECENT - 1]->number, "B-003");
    assert_int_equal(c[0], 4);
    assert_string_equal(queue_agency_serving(f->q, "bpjs"), "B-012");

    /* a recall moves its number to the front and keeps the list full
     * without a second entry */
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_call(f, 4, NOW); /* B-013 */
    fx_act(f, 4, QUEUE_ACT_RECALL, NOW);
    assert_int_equal(queue_recent(f->q, r, c), QUEUE_RECENT);
    assert_string_equal(r[0]->number, "B-013");
    assert_string_equal(r[1]->number, "B-012");
    assert_string_equal(r[QUEUE_RECENT - 1]->number, "B-004");
    for (int i = 1; i < QUEUE_RECENT; i++)
        assert_string_not_equal(r[i]->number, "B-013");
}

/* 21. A reload without a service: its tickets stay and are still served
 * (after every ticket of the services that remain), by routing or by
 * number; it takes no new ones. */
static void test_catalog_reload(void **state)
{
    fx_t *f = *state;
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW); /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);  /* */
    catalog_t *next = fx_catalog();
    snprintf(next->services[1].id, sizeof next->services[1].id, "dukcapil/kk-baru");
    queue_set_catalog(f->q, next);
    catalog_free(f->cat);
    f->cat = next;
    const queue_ticket_t *kk = queue_ticket_by_id(f->q, 1);
    assert_int_equal(kk->status, QUEUE_TICKET_WAITING);
    assert_int_equal(queue_ticket_estimate(f->q, kk), 0);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 3);
    const queue_ticket_t *t;
    FX_REFUSED(f, fx_issue_rc(f, "dukcapil/kk", PRIORITY_NONE, false, NOW, &t), QUEUE_ENOTFOUND,
               "service");
    fx_act(f, 3, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 3, NOW), "A-002"); /* the remaining service first */
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    fx_act_t by = {"s1", "A-003", NULL, false, false};
    assert_int_equal(fx_act_rc(f, 3, QUEUE_ACT_CALL, &by, NOW), QUEUE_OK);
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 3, NOW), "A-001"); /* then the removed one's */
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 3, NOW), "");
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
    /* the new service queues as any other */
    assert_string_equal(fx_issue(f, "dukcapil/kk-baru", PRIORITY_NONE, NOW)->number, "A-004");
}

/* 22. Names as the contract spells them, and their parsers. */
static void test_names(void **state)
{
    (void)state;
    assert_string_equal(queue_status_name(QUEUE_TICKET_NO_SHOW), "no_show");
    assert_string_equal(queue_status_name(QUEUE_TICKET_PRINTING), "printing");
    assert_null(queue_priority_name(PRIORITY_NONE));
    assert_string_equal(queue_priority_name(PRIORITY_IBU_HAMIL), "ibu_hamil");
    queue_priority_t p;
    assert_int_equal(queue_priority_parse("disabilitas", &p), QUEUE_OK);
    assert_int_equal(p, PRIORITY_DISABILITAS);
    assert_int_equal(queue_priority_parse(NULL, &p), QUEUE_OK);
    assert_int_equal(p, PRIORITY_NONE);
    assert_int_equal(queue_priority_parse("vip", &p), QUEUE_EINVAL);
    assert_string_equal(queue_counter_status_name(QUEUE_COUNTER_PAUSED), "paused");
    assert_string_equal(queue_event_name(QUEUE_EV_TICKET_NO_SHOW), "ticket.no_show");
    assert_string_equal(queue_event_name(QUEUE_EV_BOARD_TEXT), "board.text");
    assert_string_equal(queue_event_name(QUEUE_EV_COUNTER_RESUMED), "counter.resumed");
    assert_string_equal(queue_action_name(QUEUE_ACT_NO_SHOW), "no-show");
    queue_action_t a;
    assert_int_equal(queue_action_parse("no-show", &a), QUEUE_OK);
    assert_int_equal(a, QUEUE_ACT_NO_SHOW);
    assert_int_equal(queue_action_parse("transfer", &a), QUEUE_OK);
    assert_int_equal(a, QUEUE_ACT_TRANSFER);
    assert_int_equal(queue_action_parse("no_show", &a), QUEUE_EINVAL);
}

int main(void)
{
    setenv("TZ", "Asia/Jakarta", 1);
    tzset();
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_issue_numbers),
        T(test_issue_past_999),
        T(test_issue_refused),
        T(test_issue_weekend),
        T(test_quota),
        T(test_hardening_7_cancel_gives_quota_back),
        T(test_confirm),
        T(test_counter_ownership),
        T(test_counter_states),
        T(test_counter_reclaim),
        T(test_ticket_transitions),
        T(test_call_by_number),
        T(test_cancel),
        T(test_route_fifo),
        T(test_route_priority_cap),
        T(test_service_group_walk),
        T(test_route_preferred_counters),
        T(test_concurrent_calls),
        T(test_transfer),
        T(test_estimate),
        T(test_session_ended),
        T(test_board_text),
        T(test_recent),
        T(test_catalog_reload),
        T(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
