/*
 * test_engine_flow.c - the engine's dynamic routing: declared multi-step
 * flows (finishing a step queues the next with the same number), counters
 * with preferred services, and the hook table (queue_hooks_t) through
 * which the plugin host answers events and route questions: actions
 * applied in the same command, refused actions reported, route answers
 * checked. The hook table here is a small C one that answers what each
 * test sets; test_plugin_hooks.c drives the same table from real Lua.
 * The hall is the fixture in test_engine_fixture.h.
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

static void set_next(fx_t *f, const char *service, const char *next, bool front)
{
    catalog_service_t *s = (catalog_service_t *)catalog_service_find(f->cat, service);
    assert_non_null(s);
    snprintf(s->next, sizeof s->next, "%s", next);
    s->next_front = front;
}

/* Opens counter n (session s1), calls, starts and finishes its ticket;
 * returns the number finished. */
static const char *serve(fx_t *f, int counter, char *buf, size_t len)
{
    const char *num = fx_call(f, counter, NOW);
    snprintf(buf, len, "%s", num);
    if (!buf[0])
        return buf;
    fx_act(f, counter, QUEUE_ACT_START, NOW);
    fx_act(f, counter, QUEUE_ACT_FINISH, NOW);
    return buf;
}

/* 1. Finishing a step with `next` puts the ticket back in the queue of
 * the next step, waiting, with the same number; the last step finishes
 * for good. Events: finished, then transferred (from_service, "flow"),
 * both in the finish command. */
static void test_flow_steps(void **state)
{
    fx_t *f = *state;
    set_next(f, "dukcapil/ktp", "dukcapil/kk", false);
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    uint64_t id = t->id;
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 3, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    size_t before = f->n_ev;
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(f->n_ev, before + 2);
    assert_int_equal(f->ev[before].type, QUEUE_EV_TICKET_FINISHED);
    assert_int_equal(f->ev[before].status, QUEUE_TICKET_FINISHED);
    assert_int_equal(f->ev[before + 1].type, QUEUE_EV_TICKET_TRANSFERRED);
    assert_int_equal(f->ev[before + 1].status, QUEUE_TICKET_WAITING);
    assert_string_equal(f->ev[before + 1].from, "dukcapil/ktp");
    assert_string_equal(f->ev[before + 1].reason, "flow");
    assert_int_equal(f->ev[before + 1].counter, 1);
    /* the record the sink keeps is the ticket as it ends the command */
    assert_int_equal(f->tickets[id].status, QUEUE_TICKET_WAITING);
    assert_string_equal(f->tickets[id].service, "dukcapil/kk");
    assert_string_equal(f->tickets[id].number, "A-001");
    assert_int_equal(f->tickets[id].transfers, 1);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 1);
    assert_null(fx_current(f, 1));
    /* counter 1 does not serve kk: nothing for it; counter 3 gets A-001 */
    assert_string_equal(fx_call(f, 1, NOW), "");
    assert_string_equal(fx_call(f, 3, NOW), "A-001");
    before = f->n_ev;
    fx_act(f, 3, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(f->n_ev, before + 1); /* kk has no next: done */
    assert_int_equal(queue_ticket_by_id(f->q, id)->status, QUEUE_TICKET_FINISHED);
    assert_int_equal(queue_agency_waiting(f->q, "dukcapil"), 0);
}

/* 2. A step that sends its ticket to the front of the next queue; no-show
 * and hold do not move a ticket to the next step. */
static void test_flow_front_and_other_ends(void **state)
{
    fx_t *f = *state;
    char buf[QUEUE_NUMBER_MAX];
    set_next(f, "dukcapil/ktp", "dukcapil/akta", true);
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW); /* A-001 waits in akta */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);  /* */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 2, QUEUE_ACT_OPEN, NOW);
    /* counter 2 serves ktp and akta: FIFO gives A-001 first */
    assert_string_equal(fx_call(f, 2, NOW), "A-001");
    fx_act(f, 2, QUEUE_ACT_NO_SHOW, NOW);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_NO_SHOW);
    assert_string_equal(serve(f, 1, buf, sizeof buf), "A-002");
    /* A-002 went to the front of akta, ahead of A-003 still in ktp */
    assert_string_equal(fx_call(f, 2, NOW), "A-002");
    fx_act(f, 2, QUEUE_ACT_HOLD, NOW);
    assert_int_equal(fx_last(f)->type, QUEUE_EV_TICKET_HELD);
    assert_string_equal(fx_call(f, 2, NOW), "A-003");
}

/* 3. Preferred services: counter 2 prefers akta and calls its tickets
 * before older ktp tickets; counter 1 has no preference and keeps FIFO;
 * within the preferred services the priority rule still holds. */
static void test_preferred(void **state)
{
    fx_t *f = *state;
    catalog_agency_t *a = &f->cat->agencies[0];
    a->route.preferred = calloc(1, sizeof *a->route.preferred);
    assert_non_null(a->route.preferred);
    a->route.n_preferred = 1;
    a->route.preferred[0].counter = 2;
    a->route.preferred[0].services = calloc(2, sizeof(size_t));
    assert_non_null(a->route.preferred[0].services);
    a->route.preferred[0].services[0] = 0; /* ktp */
    a->route.preferred[0].n_services = 1;
    assert_true(catalog_counter_has_preferred(a, 2));
    assert_false(catalog_counter_has_preferred(a, 1));

    a->route.preferred[0].services[0] = 2;             /* akta */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);   /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* */
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);  /* */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 2, QUEUE_ACT_OPEN, NOW);

    const queue_ticket_t *list[8];
    size_t n = queue_counter_waiting(f->q, 2, list, 8);
    assert_int_equal(n, 4);
    assert_string_equal(list[0]->number, "A-003");
    assert_string_equal(list[1]->number, "A-004");
    assert_string_equal(list[2]->number, "A-002"); /* priority first, then */
    assert_string_equal(list[3]->number, "A-001");

    assert_string_equal(fx_call(f, 2, NOW), "A-003");
    fx_act(f, 2, QUEUE_ACT_FINISH, NOW);
    /* counter 1: priority first over its services, preferred by nobody */
    assert_string_equal(fx_call(f, 1, NOW), "A-002");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 2, NOW), "A-004");
    fx_act(f, 2, QUEUE_ACT_FINISH, NOW);
    /* nothing preferred left: counter 2 falls back to the rest */
    assert_string_equal(fx_call(f, 2, NOW), "A-001");
}

/* ---- a C hook table ---- */

typedef struct hooks_fx {
    int calls[QUEUE_EV__COUNT];
    queue_view_t last;       /* view of the last event hook */
    int answer;              /* what event() returns */
    queue_hook_action_t act; /* the action it answers with */
    bool act_on_given;       /* act.ticket = the view's id */
    int route_answer;        /* route(): index, or -1 */
    size_t route_n;
    queue_view_t route_heads[16];
    int route_calls;
    int refused;
    char why[256];
} hooks_fx_t;

static int fx_hook_event(void *ctx, const catalog_agency_t *a, queue_event_type_t type,
                         const queue_view_t *v, queue_hook_action_t *act)
{
    hooks_fx_t *h = ctx;
    assert_string_equal(a->id, v->agency); /* only its own tickets */
    h->calls[type]++;
    h->last = *v;
    if (h->answer == 1) {
        *act = h->act;
        if (h->act_on_given)
            act->ticket = v->id;
    }
    return h->answer;
}

static int fx_hook_route(void *ctx, const catalog_agency_t *a, int counter,
                         const queue_view_t *heads, size_t n)
{
    hooks_fx_t *h = ctx;
    h->route_calls++;
    h->route_n = n;
    for (size_t i = 0; i < n && i < 16; i++) {
        assert_string_equal(heads[i].agency, a->id);
        h->route_heads[i] = heads[i];
    }
    (void)counter;
    return h->route_answer;
}

static void fx_hook_refused(void *ctx, const catalog_agency_t *a, const char *why)
{
    hooks_fx_t *h = ctx;
    (void)a;
    h->refused++;
    snprintf(h->why, sizeof h->why, "%s", why);
}

static hooks_fx_t *hooks_on(fx_t *f, uint32_t events, bool route)
{
    static hooks_fx_t h;
    memset(&h, 0, sizeof h);
    h.route_answer = -1;
    f->cat->agencies[0].hook_events = events;
    f->cat->agencies[0].hook_route = route;
    queue_hooks_t t = {fx_hook_event, fx_hook_route, fx_hook_refused, &h};
    queue_set_hooks(f->q, &t);
    return &h;
}

/* 4. Hooks run only for the agencies and events that registered them and
 * see a view of the ticket as it was at the event. */
static void test_hooks_only_registered(void **state)
{
    fx_t *f = *state;
    hooks_fx_t *h =
        hooks_on(f, 1u << QUEUE_EV_TICKET_ISSUED | 1u << QUEUE_EV_TICKET_FINISHED, false);
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_ISSUED], 0);
    fx_issue(f, "dukcapil/ktp", PRIORITY_ANAK, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_ISSUED], 1);
    assert_string_equal(h->last.number, "A-001");
    assert_string_equal(h->last.service, "dukcapil/ktp");
    assert_int_equal(h->last.status, QUEUE_TICKET_WAITING);
    assert_int_equal(h->last.priority, PRIORITY_ANAK);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_call(f, 1, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_CALLED], 0);
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_FINISHED], 1);
    assert_int_equal(h->last.status, QUEUE_TICKET_FINISHED);
    assert_int_equal(h->last.counter, 1);
    queue_set_hooks(f->q, NULL);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_ISSUED], 1);
}

/* 5. A finished hook's next_step replaces the declared flow, in the same
 * command: the sink gets finished then transferred (reason "plugin"). */
static void test_hook_action_same_command(void **state)
{
    fx_t *f = *state;
    set_next(f, "dukcapil/ktp", "dukcapil/kk", false);
    hooks_fx_t *h = hooks_on(f, 1u << QUEUE_EV_TICKET_FINISHED, false);
    h->answer = 1;
    h->act_on_given = true;
    snprintf(h->act.service, sizeof h->act.service, "dukcapil/akta");
    h->act.same_agency = true;
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    uint64_t id = t->id;
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_call(f, 1, NOW);
    size_t before = f->n_ev;
    uint64_t seq = f->last_seq;
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(f->n_ev, before + 2);
    assert_int_equal(f->ev[before].type, QUEUE_EV_TICKET_FINISHED);
    assert_int_equal(f->ev[before].seq, seq + 1);
    assert_int_equal(f->ev[before + 1].type, QUEUE_EV_TICKET_TRANSFERRED);
    assert_string_equal(f->ev[before + 1].reason, "plugin");
    assert_string_equal(f->tickets[id].service, "dukcapil/akta");
    assert_int_equal(f->tickets[id].status, QUEUE_TICKET_WAITING);
    assert_int_equal(h->refused, 0);

    /* a transfer to another agency keeps the number; the ticket is
     * bpjs's now, and dukcapil's hooks no longer see it */
    snprintf(h->act.service, sizeof h->act.service, "bpjs/klaim");
    h->act.same_agency = false;
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(f->tickets[id].service, "bpjs/klaim");
    assert_string_equal(f->tickets[id].agency, "bpjs");
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);
    assert_string_equal(fx_call(f, 4, NOW), "A-001");
    fx_act(f, 4, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(h->calls[QUEUE_EV_TICKET_FINISHED], 2);
    assert_int_equal(f->tickets[id].status, QUEUE_TICKET_FINISHED);
}

/* 6. Refused actions change nothing but are reported; a refused action on
 * a finish leaves the declared flow in place; a failing hook (negative)
 * never blocks the finish. */
static void test_hook_refused_actions(void **state)
{
    fx_t *f = *state;
    set_next(f, "dukcapil/ktp", "dukcapil/kk", false);
    hooks_fx_t *h = hooks_on(f,
                             1u << QUEUE_EV_TICKET_FINISHED | 1u << QUEUE_EV_TICKET_CALLED |
                                 1u << QUEUE_EV_TICKET_ISSUED,
                             false);
    h->answer = 1;
    h->act_on_given = true;
    h->act.same_agency = true;

    /* an unknown service */
    snprintf(h->act.service, sizeof h->act.service, "dukcapil/nope");
    const queue_ticket_t *t = fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    uint64_t id = t->id;
    assert_int_equal(h->refused, 1);
    assert_non_null(strstr(h->why, "does not exist"));
    assert_string_equal(f->tickets[id].service, "dukcapil/ktp");

    /* next_step into another agency */
    snprintf(h->act.service, sizeof h->act.service, "bpjs/klaim");
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    assert_int_equal(h->refused, 1);
    /* a called ticket cannot be moved away from its counter */
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    assert_int_equal(h->refused, 2);
    assert_non_null(strstr(h->why, "called"));
    assert_int_equal(fx_current(f, 1)->id, id);
    /* on finish: refused (other agency) -> the declared flow */
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_int_equal(h->refused, 3);
    assert_non_null(strstr(h->why, "next_step"));
    assert_string_equal(f->tickets[id].service, "dukcapil/kk");
    assert_string_equal(fx_last(f)->reason, "flow");

    /* another ticket than the one given */
    h->act_on_given = false;
    h->act.ticket = 999;
    snprintf(h->act.service, sizeof h->act.service, "dukcapil/akta");
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);
    assert_int_equal(h->refused, 4);
    assert_non_null(strstr(h->why, "another ticket"));

    /* the hook failed: the finish and the flow go on */
    h->answer = -1;
    assert_string_equal(fx_call(f, 1, NOW), "A-002");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_last(f)->reason, "flow");
    assert_int_equal(h->refused, 4);
}

/* 7. The route function sees one head per service and class of the
 * counter's queues, in arrival order, and picks one; an answer out of range
 * or -1 is the declared policy; when the declared cap says a regular ticket
 * is due, it sees the regular heads only. */
static void test_route_function(void **state)
{
    fx_t *f = *state;
    hooks_fx_t *h = hooks_on(f, 0, true);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);   /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);   /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* */
    fx_issue(f, "dukcapil/kk", PRIORITY_NONE, NOW);    /* */
    fx_issue(f, "dukcapil/akta", PRIORITY_NONE, NOW);  /* */
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, NOW);
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    fx_act(f, 4, QUEUE_ACT_OPEN, NOW);

    /* counter 1 serves ktp and akta: heads A-001, A-003 (priority), A-005 */
    h->route_answer = 2;
    assert_string_equal(fx_call(f, 1, NOW), "A-005");
    assert_int_equal(h->route_n, 3);
    assert_string_equal(h->route_heads[0].number, "A-001");
    assert_string_equal(h->route_heads[1].number, "A-003");
    assert_string_equal(h->route_heads[2].number, "A-005");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);

    /* out of range and -1: the declared policy (priority first) */
    h->route_answer = 7;
    assert_string_equal(fx_call(f, 1, NOW), "A-003");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    h->route_answer = -1;
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    int calls = h->route_calls;
    /* bpjs has no route function */
    assert_string_equal(fx_call(f, 4, NOW), "B-001");
    assert_int_equal(h->route_calls, calls);
    /* nobody waiting for counter 1's services but A-002: still asked */
    h->route_answer = 0;
    assert_string_equal(fx_call(f, 1, NOW), "A-002");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    calls = h->route_calls;
    assert_string_equal(fx_call(f, 1, NOW), "");
    assert_int_equal(h->route_calls, calls); /* empty: not asked */
}

/* 8. The declared cap holds around the route function: dukcapil calls a
 * regular ticket after 2 priority calls in a row, so the third call offers
 * the route function the regular heads only. */
static void test_route_cap(void **state)
{
    fx_t *f = *state;
    hooks_fx_t *h = hooks_on(f, 0, true);
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, NOW);   /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* */
    fx_issue(f, "dukcapil/ktp", PRIORITY_LANSIA, NOW); /* */
    fx_act(f, 1, QUEUE_ACT_OPEN, NOW);
    h->route_answer = 1; /* the second head: the priority one, in arrival order */
    assert_string_equal(fx_call(f, 1, NOW), "A-002");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    assert_string_equal(fx_call(f, 1, NOW), "A-003");
    fx_act(f, 1, QUEUE_ACT_FINISH, NOW);
    h->route_answer = 0;
    assert_string_equal(fx_call(f, 1, NOW), "A-001");
    assert_int_equal(h->route_n, 1);
    assert_string_equal(h->route_heads[0].number, "A-001");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_flow_steps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_flow_front_and_other_ends, setup, teardown),
        cmocka_unit_test_setup_teardown(test_preferred, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hooks_only_registered, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hook_action_same_command, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hook_refused_actions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_route_function, setup, teardown),
        cmocka_unit_test_setup_teardown(test_route_cap, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
