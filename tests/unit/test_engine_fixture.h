/*
 * test_engine_fixture.h - the hall the engine tests run in: a fixed
 * catalog of two agencies, five counters, a clock the test sets, seeded
 * random bytes and a sink that records every record and event (checking
 * that seq is gapless and that records come before their events).
 *
 * dukcapil (prefix A, counters 1-3, priority first, one regular after two
 * priority calls): ktp (15 min, priority, all counters), kk (10 min,
 * counter 3 only), akta (quota 3, cut-off 14:00).
 * bpjs (prefix B, counters 4-5, plain FIFO): daftar (20 min, priority),
 * klaim (5 min).
 * Hours: Monday-Friday 08:00-16:00, Saturday 08:00-12:00, Sunday shut; or
 * all day every day (FX_ALLDAY).
 */
#ifndef TEST_ENGINE_FIXTURE_H
#define TEST_ENGINE_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "engine/queue.h"

enum { FX_CARRY = 1, FX_ALLDAY = 2 };
#define FX_COUNTERS 5

typedef struct fx_event {
    queue_event_type_t type;
    uint64_t seq;
    int64_t at;
    uint64_t ticket;
    char number[QUEUE_NUMBER_MAX];
    queue_status_t status;
    int counter;
    char staff[QUEUE_STAFF_MAX];
    char reason[QUEUE_REASON_MAX];
    char from[CATALOG_SVC_ID_MAX];
} fx_event_t;

typedef struct fx {
    catalog_t *cat;
    queue_t *q;
    queue_hall_t hall;
    int counters[FX_COUNTERS];
    char agencies[FX_COUNTERS][CATALOG_ID_MAX];
    uint64_t rnd;
    /* last version of every ticket reported, indexed by id */
    queue_ticket_t *tickets;
    bool *seen;
    size_t cap_tickets;
    uint64_t max_id;
    queue_counter_t counter_rec[FX_COUNTERS];
    bool counter_seen[FX_COUNTERS];
    fx_event_t *ev;
    size_t n_ev, cap_ev;
    uint64_t last_seq;
    char text[512];
    struct fx *restored; /* the last fx_restore'd engine, freed with this */
} fx_t;

static inline char *fx_strdup(const char *s)
{
    char *d = strdup(s);
    assert_non_null(d);
    return d;
}

static inline int *fx_ints(const int *v, size_t n)
{
    if (n == 0)
        return NULL;
    int *d = malloc(n * sizeof *d);
    assert_non_null(d);
    memcpy(d, v, n * sizeof *d);
    return d;
}

static inline void fx_agency(catalog_t *c, const char *id, const char *prefix, const int *ctr,
                             size_t n, bool priority_first, int regular_after)
{
    catalog_agency_t *a = &c->agencies[c->n_agencies++];
    snprintf(a->id, sizeof a->id, "%s", id);
    a->name = fx_strdup(id);
    snprintf(a->kind, sizeof a->kind, "OPD");
    snprintf(a->prefix, sizeof a->prefix, "%s", prefix);
    a->counters = fx_ints(ctr, n);
    a->n_counters = n;
    a->route.priority_first = priority_first;
    a->route.regular_after_priority = regular_after;
    a->file = fx_strdup("test");
    a->first_service = c->n_services;
}

static inline void fx_service(catalog_t *c, const char *local, int minutes, int quota,
                              bool priority, int cutoff, const int *ctr, size_t n)
{
    catalog_agency_t *a = &c->agencies[c->n_agencies - 1];
    catalog_service_t *s = &c->services[c->n_services++];
    snprintf(s->id, sizeof s->id, "%s/%s", a->id, local);
    snprintf(s->local_id, sizeof s->local_id, "%s", local);
    s->agency = c->n_agencies - 1;
    s->name = fx_strdup(local);
    s->minutes = minutes;
    s->fee_note = fx_strdup("");
    s->cutoff_min = cutoff;
    s->quota = quota;
    s->priority = priority;
    s->kiosk = true; /* taken at the kiosk, as a plugin's service is unless it says not */
    s->counters = fx_ints(ctr, n);
    s->n_counters = n;
    a->n_services++;
}

static inline catalog_t *fx_catalog(void)
{
    catalog_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    c->agencies = calloc(2, sizeof *c->agencies);
    c->services = calloc(5, sizeof *c->services);
    assert_non_null(c->agencies);
    assert_non_null(c->services);
    static const int dk[] = {1, 2, 3}, c3[] = {3}, bp[] = {4, 5};
    fx_agency(c, "dukcapil", "A", dk, 3, true, 2);
    fx_service(c, "ktp", 15, 0, true, -1, NULL, 0);
    fx_service(c, "kk", 10, 0, false, -1, c3, 1);
    fx_service(c, "akta", 10, 3, false, 14 * 60, NULL, 0);
    fx_agency(c, "bpjs", "B", bp, 2, false, 0);
    fx_service(c, "daftar", 20, 0, true, -1, NULL, 0);
    fx_service(c, "klaim", 5, 0, false, -1, NULL, 0);
    return c;
}

/* ---- the injected clock and random bytes ---- */

static inline void fx_local(void *ctx, int64_t ms, uint32_t *ymd, int *minute, int *wday)
{
    (void)ctx;
    time_t s = (time_t)(ms / 1000);
    struct tm tm;
    localtime_r(&s, &tm);
    *ymd = (uint32_t)((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday);
    *minute = tm.tm_hour * 60 + tm.tm_min;
    *wday = tm.tm_wday;
}

static inline void fx_random(void *ctx, void *buf, size_t n)
{
    fx_t *f = ctx;
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++) {
        f->rnd ^= f->rnd << 13;
        f->rnd ^= f->rnd >> 7;
        f->rnd ^= f->rnd << 17;
        p[i] = (unsigned char)(f->rnd >> 24);
    }
}

/* Local time in Asia/Jakarta, ms since the epoch. */
static inline int64_t fx_time(int y, int mo, int d, int h, int mi, int s)
{
    struct tm tm = {0};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    tm.tm_isdst = -1;
    return (int64_t)mktime(&tm) * 1000;
}

/* Monday 23 November 2026, h:mi. */
static inline int64_t fx_mon(int h, int mi)
{
    return fx_time(2026, 11, 23, h, mi, 0);
}

/* ---- the recording sink ---- */

static inline int fx_counter_index(const fx_t *f, int number)
{
    for (int i = 0; i < FX_COUNTERS; i++)
        if (f->counters[i] == number)
            return i;
    return -1;
}

static inline void fx_sink_ticket(void *ctx, const queue_ticket_t *t)
{
    fx_t *f = ctx;
    assert_true(t->id > 0);
    if (t->id >= f->cap_tickets) {
        size_t cap = (size_t)t->id * 2 + 16;
        f->tickets = realloc(f->tickets, cap * sizeof *f->tickets);
        f->seen = realloc(f->seen, cap * sizeof *f->seen);
        assert_non_null(f->tickets);
        assert_non_null(f->seen);
        memset(f->seen + f->cap_tickets, 0, (cap - f->cap_tickets) * sizeof *f->seen);
        f->cap_tickets = cap;
    }
    f->tickets[t->id] = *t;
    f->seen[t->id] = true;
    if (t->id > f->max_id)
        f->max_id = t->id;
}

static inline void fx_sink_counter(void *ctx, const queue_counter_t *c)
{
    fx_t *f = ctx;
    int i = fx_counter_index(f, c->number);
    assert_true(i >= 0);
    f->counter_rec[i] = *c;
    f->counter_seen[i] = true;
}

static inline void fx_sink_event(void *ctx, const queue_event_t *e)
{
    fx_t *f = ctx;
    assert_int_equal(e->seq, f->last_seq + 1); /* gapless */
    f->last_seq = e->seq;
    if (e->ticket) /* its record was reported first */
        assert_true(e->ticket->id < f->cap_tickets && f->seen[e->ticket->id]);
    if (f->n_ev == f->cap_ev) {
        f->cap_ev = f->cap_ev * 2 + 64;
        f->ev = realloc(f->ev, f->cap_ev * sizeof *f->ev);
        assert_non_null(f->ev);
    }
    fx_event_t *r = &f->ev[f->n_ev++];
    memset(r, 0, sizeof *r);
    r->type = e->type;
    r->seq = e->seq;
    r->at = e->at;
    if (e->ticket) {
        r->ticket = e->ticket->id;
        snprintf(r->number, sizeof r->number, "%s", e->ticket->number);
        r->status = e->ticket->status;
        assert_string_equal(e->ticket->token, f->tickets[e->ticket->id].token);
    }
    if (e->counter)
        r->counter = e->counter->number;
    snprintf(r->staff, sizeof r->staff, "%s", e->staff ? e->staff : "");
    snprintf(r->reason, sizeof r->reason, "%s", e->reason ? e->reason : "");
    snprintf(r->from, sizeof r->from, "%s", e->from_service ? e->from_service : "");
    if (e->type == QUEUE_EV_BOARD_TEXT)
        snprintf(f->text, sizeof f->text, "%s", e->text);
}

/* ---- building and freeing ---- */

static inline fx_t *fx_new(int flags)
{
    fx_t *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->cat = fx_catalog();
    static const char *agency_of[FX_COUNTERS] = {"dukcapil", "dukcapil", "dukcapil", "bpjs",
                                                 "bpjs"};
    for (int i = 0; i < FX_COUNTERS; i++) {
        f->counters[i] = i + 1;
        snprintf(f->agencies[i], sizeof f->agencies[i], "%s", agency_of[i]);
    }
    for (int d = 0; d < 7; d++) {
        bool allday = flags & FX_ALLDAY;
        f->hall.open_min[d] = allday ? 0 : d == 0 ? 0 : 8 * 60;
        f->hall.close_min[d] = allday ? 1440 : d == 0 ? 0 : d == 6 ? 12 * 60 : 16 * 60;
    }
    f->hall.carry_over = flags & FX_CARRY;
    f->hall.print_timeout_s = 120;
    f->hall.counters = f->counters;
    f->hall.counter_agency = (const char(*)[CATALOG_ID_MAX])f->agencies;
    f->hall.n_counters = FX_COUNTERS;
    f->rnd = 0x9e3779b97f4a7c15ULL;
    queue_env_t env = {fx_local, fx_random, f};
    queue_sink_t sink = {fx_sink_ticket, fx_sink_counter, fx_sink_event, f};
    assert_int_equal(queue_new(&f->q, &f->hall, f->cat, &env, &sink), QUEUE_OK);
    return f;
}

static inline void fx_free(fx_t *f)
{
    if (!f)
        return;
    fx_free(f->restored);
    queue_free(f->q);
    catalog_free(f->cat);
    free(f->tickets);
    free(f->seen);
    free(f->ev);
    free(f);
}

/* A new engine restored from f's records (the last version of each), at
 * `now`; its recorder continues f's seq. f owns it until the next
 * fx_restore or fx_free. */
static inline fx_t *fx_restore(fx_t *f, int flags, int64_t now)
{
    fx_free(f->restored);
    fx_t *g = fx_new(flags);
    f->restored = g;
    g->rnd = f->rnd ^ 0x5bd1e995; /* another process, other random bytes */
    for (uint64_t id = 1; id <= f->max_id; id++)
        if (f->seen[id])
            queue_restore_ticket(g->q, &f->tickets[id]);
    for (int i = 0; i < FX_COUNTERS; i++)
        if (f->counter_seen[i])
            queue_restore_counter(g->q, &f->counter_rec[i]);
    queue_restore_seq(g->q, f->last_seq, f->max_id);
    queue_restore_text(g->q, f->text);
    assert_int_equal(queue_restore_done(g->q, now), 0);
    g->last_seq = f->last_seq;
    return g;
}

/* ---- commands ---- */

static inline int fx_issue_rc(fx_t *f, const char *svc, queue_priority_t p, bool print, int64_t now,
                              const queue_ticket_t **out)
{
    queue_issue_req_t req = {.service = svc, .priority = p, .print = print};
    return queue_issue(f->q, &req, now, out);
}

/* Issues a ticket that must be accepted. */
static inline const queue_ticket_t *fx_issue(fx_t *f, const char *svc, queue_priority_t p,
                                             int64_t now)
{
    const queue_ticket_t *t = NULL;
    int rc = fx_issue_rc(f, svc, p, false, now, &t);
    if (rc != QUEUE_OK)
        fail_msg("issue %s: %d %s", svc, rc, queue_last_error(f->q));
    return t;
}

typedef struct fx_act {
    const char *session, *number, *service;
    bool front, admin;
} fx_act_t;

static inline int fx_act_rc(fx_t *f, int counter, queue_action_t a, const fx_act_t *o, int64_t now)
{
    static const fx_act_t none = {"s1", NULL, NULL, false, false};
    if (!o)
        o = &none;
    char staff[QUEUE_STAFF_MAX];
    snprintf(staff, sizeof staff, "staff-%s", o->session ? o->session : "");
    queue_counter_req_t req = {.counter = counter,
                               .action = a,
                               .staff = staff,
                               .session = o->session,
                               .admin = o->admin,
                               .number = o->number,
                               .service = o->service,
                               .front = o->front};
    const queue_counter_t *out = NULL;
    int rc = queue_counter_act(f->q, &req, now, &out);
    if (rc == QUEUE_OK)
        assert_ptr_equal(out, queue_counter_get(f->q, counter));
    else
        assert_null(out);
    return rc;
}

/* Acts as session s1, which must be accepted. */
static inline void fx_act(fx_t *f, int counter, queue_action_t a, int64_t now)
{
    int rc = fx_act_rc(f, counter, a, NULL, now);
    if (rc != QUEUE_OK)
        fail_msg("counter %d %s: %d %s", counter, queue_action_name(a), rc, queue_last_error(f->q));
}

/* Calls next at a counter (s1); returns the number called or "". */
static inline const char *fx_call(fx_t *f, int counter, int64_t now)
{
    fx_act(f, counter, QUEUE_ACT_CALL, now);
    const queue_counter_t *c = queue_counter_get(f->q, counter);
    const queue_ticket_t *t = c->ticket ? queue_ticket_by_id(f->q, c->ticket) : NULL;
    return t ? t->number : "";
}

/* The counter's current ticket, or NULL. */
static inline const queue_ticket_t *fx_current(fx_t *f, int counter)
{
    const queue_counter_t *c = queue_counter_get(f->q, counter);
    return c && c->ticket ? queue_ticket_by_id(f->q, c->ticket) : NULL;
}

static inline const fx_event_t *fx_last(const fx_t *f)
{
    assert_true(f->n_ev > 0);
    return &f->ev[f->n_ev - 1];
}

/* The field the last refusal named: NULL or the expected one. */
static inline void fx_check_field(const fx_t *f, const char *want)
{
    const char *got = queue_last_field(f->q);
    if (!want)
        assert_null(got);
    else
        assert_string_equal(got ? got : "(null)", want);
    assert_true(queue_last_error(f->q)[0] != '\0');
}

/* A refused command: its code, its field (NULL for none), no event. */
#define FX_REFUSED(f, expr, code, fieldname)                                                       \
    do {                                                                                           \
        size_t n_ev_ = (f)->n_ev;                                                                  \
        assert_int_equal((expr), (code));                                                          \
        fx_check_field((f), (fieldname));                                                          \
        assert_int_equal((f)->n_ev, n_ev_);                                                        \
    } while (0)

#endif
