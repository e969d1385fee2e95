/*
 * hall.c - the running hall and its commit pipeline (see hall.h): restores
 * the engine from the store, turns the engine's changes into store records
 * and events, and moves rounds of changes through the writer thread. The
 * plugins' loads while it runs are hall_reload.c's.
 */
#include "hall_int.h"

#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "plugin/plugin.h"
#include "render.h"

typedef struct waiter {
    hall_done_fn fn;
    void *ctx;
} waiter_t;

typedef struct event_msg {
    uint64_t seq;
    char *json;
    size_t len;
    hall_event_facts_t facts;
} event_msg_t;

/* A round: one batch, the events it makes durable and who waits for it. */
typedef struct round {
    store_batch_t *batch;
    event_msg_t *events;
    size_t n_events, cap_events;
    waiter_t *waiters;
    size_t n_waiters, cap_waiters;
    bool poisoned;        /* an append failed: the round must not commit */
    size_t n_tickets;     /* ticket records written (for the probe) */
    int64_t submitted_us; /* monotonic clock at submit (for the probe) */
} round_t;

struct hall {
    const config_t *cfg;
    store_t *store;
    store_group_t *group;
    catalog_t *catalog;
    queue_t *queue;
    plugin_hall_config_t plugin_hall; /* counters and options, from cfg */
    queue_hall_t qhall;
    round_t *open;     /* filling */
    round_t *inflight; /* being committed by the writer, or NULL */
    uint64_t committed_seq;
    hall_feed_t feed;
    hall_probe_t probe;
    int64_t clock_offset; /* ms added to the real clock (test builds only) */
    store_wake_fn wake;   /* wakes the loop (hall_start) */
    void *wake_ctx;
    hall_reload_t *reload;     /* loads of the plugins while the loop serves */
    hall_bookings_t *bookings; /* online bookings (hall_bookings.c) */
    hall_visits_t *visits;     /* visits across agencies (hall_visits.c) */
    hall_notify_t *notify;     /* messages to citizens (hall_notify.c) */
    hall_hours_t *hours;       /* the hall's and agencies' hours (hall_hours.c) */
    hall_skm_t *skm;           /* served tickets per past day (hall_skm.c) */
    hall_export_t *export;     /* the event log to JetStream (hall_export.c) */
};

/* ---- rounds ---- */

/* A new round; its batch is the commit group's last one, room kept, once
 * the group runs. */
static round_t *round_new(hall_t *h)
{
    round_t *r = calloc(1, sizeof *r);
    if (r && !(r->batch = h->group ? store_group_batch(h->group) : store_batch_new())) {
        free(r);
        return NULL;
    }
    return r;
}

static void round_free(round_t *r)
{
    if (!r)
        return;
    store_batch_free(r->batch);
    for (size_t i = 0; i < r->n_events; i++)
        free(r->events[i].json);
    free(r->events);
    free(r->waiters);
    free(r);
}

static int64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Grows *arr to hold one more element of `size` bytes. */
static bool grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = realloc(*arr, ncap * size);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

/* Tells every waiter of r the outcome and frees r. */
static void round_finish(round_t *r, int rc)
{
    for (size_t i = 0; i < r->n_waiters; i++)
        r->waiters[i].fn(r->waiters[i].ctx, rc);
    round_free(r);
}

/* ---- engine environment ---- */

static void env_random(void *ctx, void *buf, size_t n)
{
    (void)ctx;
    randombytes_buf(buf, n);
}

int hall_random_fill(void *ctx, void *buf, size_t len)
{
    env_random(ctx, buf, len);
    return 0;
}

/* ---- the sink: engine changes -> the open round ---- */

void hall_put_record(hall_t *h, store_db_t db, const store_key_t *k, char *text, size_t len)
{
    if (!text || store_batch_put(h->open->batch, db, k, text, len) != 0)
        h->open->poisoned = true;
    free(text);
}

static void sink_ticket(void *ctx, const queue_ticket_t *t)
{
    hall_t *h = ctx;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, t->id);
    size_t len;
    char *rec = render_ticket_record(t, &len);
    hall_put_record(h, STORE_DB_TICKETS, &k, rec, len);
    h->open->n_tickets++;
    if (t->visit && t->status == QUEUE_TICKET_WAITING)
        hall_visits_ticket(h, t);
    bool open = t->status == QUEUE_TICKET_PRINTING || t->status == QUEUE_TICKET_WAITING ||
                t->status == QUEUE_TICKET_CALLED || t->status == QUEUE_TICKET_SERVING ||
                t->status == QUEUE_TICKET_HELD;
    int rc = open ? store_batch_put(h->open->batch, STORE_DB_OPEN, &k, "", 0)
                  : store_batch_del(h->open->batch, STORE_DB_OPEN, &k);
    if (rc != 0)
        h->open->poisoned = true;
}

static void sink_counter(void *ctx, const queue_counter_t *c)
{
    hall_t *h = ctx;
    store_key_t k;
    store_key_init(&k);
    store_key_u32(&k, (uint32_t)c->number);
    size_t len;
    char *rec = render_counter_record(c, &len);
    hall_put_record(h, STORE_DB_COUNTERS, &k, rec, len);
}

static void sink_event(void *ctx, const queue_event_t *e)
{
    hall_t *h = ctx;
    hall_notify_event(h, e); /* its messages join the same round */
    round_t *r = h->open;
    size_t len = 0;
    char *json = render_event(h->queue, e, store_epoch(h->store), &len);
    store_key_t k;
    if (!json || !grow((void **)&r->events, &r->cap_events, r->n_events, sizeof *r->events)) {
        free(json);
        r->poisoned = true;
        return;
    }
    store_key_init(&k);
    store_key_u64(&k, e->seq);
    if (store_batch_put(r->batch, STORE_DB_EVENTS, &k, json, len) != 0)
        r->poisoned = true;
    if (e->type == QUEUE_EV_BOARD_TEXT) {
        store_key_init(&k);
        store_key_str(&k, "board_text");
        if (store_batch_put(r->batch, STORE_DB_META, &k, e->text, strlen(e->text)) != 0)
            r->poisoned = true;
    }
    event_msg_t *m = &r->events[r->n_events++];
    *m = (event_msg_t){.seq = e->seq, .json = json, .len = len};
    m->facts.type = e->type;
    m->facts.at = e->at;
    if (e->ticket) {
        const queue_ticket_t *t = e->ticket;
        m->facts.ticket = t->id;
        memcpy(m->facts.agency, t->agency, sizeof m->facts.agency);
        m->facts.issued_at = t->issued_at;
        m->facts.called_at = t->called_at;
        m->facts.started_at = t->started_at;
        m->facts.finished_at = t->finished_at;
        snprintf(m->facts.reason, sizeof m->facts.reason, "%s", e->reason ? e->reason : "");
    }
}

/* ---- restore ---- */

typedef struct restore_ctx {
    hall_t *h;
    uint32_t today;
    uint64_t lowest_id; /* lowest id restored by the day scan */
    int err;
} restore_ctx_t;

static int parse_ticket(const store_val_t *val, queue_ticket_t *t)
{
    json_t *rec = json_loadb(val->data, val->len, 0, NULL);
    int rc = rec ? render_ticket_parse(rec, t) : -1;
    json_decref(rec);
    return rc;
}

/* Newest first: today's tickets (and any of a later day, after a clock
 * stepped back), until the first ticket of an earlier day. */
static int restore_day(void *ctx, const store_val_t *key, const store_val_t *val)
{
    restore_ctx_t *rc = ctx;
    queue_ticket_t t;
    if (parse_ticket(val, &t) != 0) {
        log_error("hall", "ticket record %llu is unreadable",
                  (unsigned long long)store_u64_decode(key->data));
        rc->err = -1;
        return 1;
    }
    if (t.day < rc->today)
        return 1;
    queue_restore_ticket(rc->h->queue, &t);
    rc->lowest_id = t.id;
    return 0;
}

typedef struct open_scan {
    restore_ctx_t *rc;
    store_txn_t *txn;
} open_scan_t;

static int restore_open_ticket(void *ctx, const store_val_t *key, const store_val_t *val)
{
    open_scan_t *os = ctx;
    (void)val;
    /* tickets of earlier days not final yet (carried over, or still at a
     * counter); the day scan already has the newer ones */
    if (store_u64_decode(key->data) >= os->rc->lowest_id)
        return 1;
    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, key->data, key->len);
    store_val_t rec;
    queue_ticket_t t;
    if (store_get(os->txn, STORE_DB_TICKETS, &k, &rec) != 0 || parse_ticket(&rec, &t) != 0) {
        os->rc->err = -1;
        return 1;
    }
    queue_restore_ticket(os->rc->h->queue, &t);
    return 0;
}

static int restore_counter(void *ctx, const store_val_t *key, const store_val_t *val)
{
    hall_t *h = ctx;
    (void)key;
    json_t *rec = json_loadb(val->data, val->len, 0, NULL);
    queue_counter_t c;
    if (rec && render_counter_parse(rec, &c) == 0 && queue_counter_get(h->queue, c.number))
        queue_restore_counter(h->queue, &c);
    json_decref(rec);
    return 0;
}

static int last_key(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)val;
    *(uint64_t *)ctx = store_u64_decode(key->data);
    return 1;
}

/* Builds a fresh engine from what the store holds. */
static int hall_restore(hall_t *h, char *err, size_t errlen)
{
    queue_env_t env = {queue_local_time, env_random, h};
    queue_sink_t sink = {sink_ticket, sink_counter, sink_event, h};
    queue_t *q = NULL;
    if (queue_new(&q, &h->qhall, h->catalog, &env, &sink) != 0) {
        snprintf(err, errlen, "out of memory building the queue");
        return -1;
    }
    queue_set_hooks(q, plugin_queue_hooks());
    queue_free(h->queue);
    h->queue = q;

    store_txn_t *t;
    int rc = store_txn_begin(h->store, false, &t);
    if (rc != 0) {
        snprintf(err, errlen, "cannot read the store: %s", store_strerror(rc));
        return -1;
    }
    uint64_t last_seq = 0, last_id = 0;
    store_scan(t, STORE_DB_EVENTS, NULL, NULL, true, last_key, &last_seq);
    store_scan(t, STORE_DB_TICKETS, NULL, NULL, true, last_key, &last_id);

    int64_t now = hall_now(h);
    int minute, wday;
    restore_ctx_t rctx = {h, 0, UINT64_MAX, 0};
    queue_local_time(h, now, &rctx.today, &minute, &wday);
    store_scan(t, STORE_DB_TICKETS, NULL, NULL, true, restore_day, &rctx);
    open_scan_t os = {&rctx, t};
    if (rctx.err == 0)
        store_scan(t, STORE_DB_OPEN, NULL, NULL, false, restore_open_ticket, &os);
    store_scan(t, STORE_DB_COUNTERS, NULL, NULL, false, restore_counter, h);

    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "board_text");
    store_val_t v;
    if (store_get(t, STORE_DB_META, &k, &v) == 0) {
        char text[512];
        snprintf(text, sizeof text, "%.*s", (int)(v.len < 511 ? v.len : 511), (const char *)v.data);
        queue_restore_text(q, text);
    }
    store_txn_abort(t);
    if (rctx.err != 0) {
        snprintf(err, errlen, "the store holds an unreadable ticket record");
        return -1;
    }
    queue_restore_seq(q, last_seq, last_id);
    if (queue_restore_done(q, now) != 0) {
        snprintf(err, errlen, "%s", queue_last_error(q));
        return -1;
    }
    if (hall_bookings_restore(h, &h->bookings, err, errlen) != 0 ||
        hall_visits_restore(h, &h->visits, err, errlen) != 0 ||
        hall_notify_restore(h, &h->notify, err, errlen) != 0)
        return -1;
    h->committed_seq = last_seq;
    return 0;
}

/* ---- life ---- */

/* The hall's clock for the plugins' mpp.now(). */
static int64_t hall_clock_of(void *ctx)
{
    return hall_now(ctx);
}

int hall_open(hall_t **out, const config_t *cfg, char *err, size_t errlen)
{
    if (sodium_init() < 0) {
        snprintf(err, errlen, "libsodium could not start");
        return -1;
    }
    hall_t *h = calloc(1, sizeof *h);
    if (!h || !(h->open = round_new(h))) {
        free(h);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    h->cfg = cfg;
    plugin_set_clock(hall_clock_of, h);
    plugin_hall_from_config(&h->plugin_hall, cfg);
    queue_hall_t *qh = &h->qhall;
    if (!(h->hours = hall_hours_new(cfg)) || !(h->skm = hall_skm_new())) {
        snprintf(err, errlen, "out of memory for the hall's hours");
        hall_close(h);
        return -1;
    }
    qh->day_hours = hall_hours_engine;
    qh->hours_ctx = h->hours;
    qh->carry_over = cfg->carry_over;
    qh->print_timeout_s = cfg->print_timeout_s;
    qh->counters = h->plugin_hall.counters;
    qh->counter_agency = (const char(*)[CATALOG_ID_MAX])h->plugin_hall.agencies;
    qh->n_counters = cfg->n_counters;

    char serr[256] = "";
    int rc = store_open(&h->store, cfg->data_dir, (size_t)cfg->map_mb << 20, serr, sizeof serr);
    if (rc != 0) {
        snprintf(err, errlen, "%s: %s", cfg->data_dir, serr[0] ? serr : store_strerror(rc));
        hall_close(h);
        return -1;
    }
    h->reload = hall_reload_new();
    h->catalog = h->reload ? hall_load_plugins(h) : NULL;
    if (!h->catalog) {
        snprintf(err, errlen, "out of memory loading plugins");
        hall_close(h);
        return -1;
    }
    for (size_t i = 0; i < h->catalog->n_errors; i++) {
        const catalog_error_t *e = &h->catalog->errors[i];
        log_error("plugin", "%s:%d: %s", e->file, e->line, e->message);
    }
    if (hall_restore(h, err, errlen) != 0) {
        hall_close(h);
        return -1;
    }
    *out = h;
    return 0;
}

int hall_start(hall_t *h, store_wake_fn wake, void *wake_ctx)
{
    h->wake = wake;
    h->wake_ctx = wake_ctx;
    char err[256];
    if (hall_notify_start(h, wake, wake_ctx, err, sizeof err) != 0) {
        log_error("notify", "the notification gateway: %s", err);
        return -1;
    }
    if (hall_export_start(h, &h->export, err, sizeof err) != 0) {
        log_error("export", "the event export: %s", err);
        return -1;
    }
    return store_group_start(&h->group, h->store, wake, wake_ctx);
}

void hall_set_feed(hall_t *h, const hall_feed_t *feed)
{
    h->feed = *feed;
}

void hall_set_probe(hall_t *h, const hall_probe_t *probe)
{
    if (probe)
        h->probe = *probe;
    else
        memset(&h->probe, 0, sizeof h->probe);
}

void hall_close(hall_t *h)
{
    if (!h)
        return;
    plugin_set_clock(NULL, NULL);
    hall_reload_free(h->reload); /* a load still running is waited for and dropped */
    h->reload = NULL;
    hall_export_stop(h, h->export); /* its cursor joins the last round */
    h->export = NULL;
    if (h->group) {
        /* finish what was acknowledged-to-be: commit the open round too */
        hall_flush(h);
        while (h->inflight || !store_batch_empty(h->open->batch)) {
            struct timespec ms = {0, 1000000};
            nanosleep(&ms, NULL);
            hall_collect(h);
        }
        store_group_stop(h->group);
        h->group = NULL;
    }
    round_free(h->open);
    round_free(h->inflight);
    queue_free(h->queue);
    catalog_free(h->catalog);
    hall_bookings_free(h->bookings);
    hall_visits_free(h->visits);
    hall_notify_free(h->notify);
    hall_hours_free(h->hours);
    hall_skm_free(h->skm);
    store_close(h->store);
    free(h);
}

/* ---- the pipeline ---- */

void hall_flush(hall_t *h)
{
    if (h->inflight || !h->group)
        return;
    round_t *r = h->open;
    if (store_batch_empty(r->batch) && r->n_events == 0) {
        if (r->n_waiters == 0)
            return;
        /* nothing to write: waiters only wanted what came before */
        round_t *fresh = round_new(h);
        if (!fresh)
            return; /* try again on the next flush */
        h->open = fresh;
        round_finish(r, 0);
        return;
    }
    round_t *fresh = round_new(h);
    if (!fresh)
        return;
    h->open = fresh;
    if (r->poisoned) {
        /* out of memory while recording: write nothing; hall_collect then
         * fails the round as if its commit had failed */
        store_batch_free(r->batch);
        r->batch = store_batch_new();
    }
    h->inflight = r;
    r->submitted_us = mono_us();
    store_group_submit(h->group, r->batch, r);
    r->batch = NULL; /* the group owns and frees it */
}

static void hall_fail(hall_t *h, round_t *r, int rc)
{
    log_error("hall", "commit failed (%s): %zu events and their requests refused",
              store_strerror(rc), r->n_events + h->open->n_events);
    /* the open round was built on the failed one: it goes too */
    round_t *open = h->open;
    h->open = round_new(h);
    round_finish(r, rc);
    round_finish(open, rc);
    char err[256];
    if (hall_restore(h, err, sizeof err) != 0)
        log_error("hall", "rebuilding the queue after a failed commit: %s", err);
    if (h->feed.resync)
        h->feed.resync(h->feed.ctx);
}

void hall_collect(hall_t *h)
{
    void *user;
    int rc;
    hall_notify_collect(h);
    while (h->group && store_group_done(h->group, &user, &rc)) {
        round_t *r = user;
        if (r == h->inflight)
            h->inflight = NULL;
        if (rc == 0 && r->poisoned)
            rc = STORE_FULL;
        if (h->probe.commit)
            h->probe.commit(h->probe.ctx, rc, mono_us() - r->submitted_us, r->n_tickets);
        if (rc != 0) {
            hall_fail(h, r, rc);
            continue;
        }
        for (size_t i = 0; i < r->n_events; i++) {
            h->committed_seq = r->events[i].seq;
            if (h->feed.event)
                h->feed.event(h->feed.ctx, r->events[i].seq, r->events[i].json, r->events[i].len,
                              &r->events[i].facts);
        }
        round_finish(r, 0);
    }
    hall_notify_confirmed(h);
    hall_export_committed(h->export, h->committed_seq);
    hall_reload_collect(h);
    hall_flush(h);
}

int hall_wait(hall_t *h, hall_done_fn fn, void *ctx)
{
    if (hall_round_wait(h, fn, ctx) != 0)
        return -1;
    hall_flush(h);
    return 0;
}

store_batch_t *hall_batch(hall_t *h)
{
    return h->open->batch;
}

const config_t *hall_cfg(const hall_t *h)
{
    return h->cfg;
}

hall_skm_t *hall_skm_get(hall_t *h)
{
    return h->skm;
}

hall_hours_t *hall_hours_get(hall_t *h)
{
    return h->hours;
}

hall_bookings_t *hall_bookings_of(hall_t *h)
{
    return h->bookings;
}

hall_visits_t *hall_visits_of(hall_t *h)
{
    return h->visits;
}

const hall_probe_t *hall_probe_of(const hall_t *h)
{
    return &h->probe;
}

hall_notify_t *hall_notify_of(hall_t *h)
{
    return h->notify;
}

hall_export_t *hall_export_of(hall_t *h)
{
    return h->export;
}

hall_reload_t *hall_reload_of(const hall_t *h)
{
    return h->reload;
}

const plugin_hall_t *hall_plugin_config(const hall_t *h)
{
    return &h->plugin_hall.hall;
}

catalog_t *hall_catalog_swap(hall_t *h, catalog_t *fresh)
{
    catalog_t *old = h->catalog;
    h->catalog = fresh;
    queue_set_catalog(h->queue, fresh);
    return old;
}

bool hall_started(const hall_t *h)
{
    return h->wake != NULL;
}

void hall_wake(hall_t *h)
{
    h->wake(h->wake_ctx);
}

int hall_round_wait(hall_t *h, hall_done_fn fn, void *ctx)
{
    round_t *r = h->open;
    if (!grow((void **)&r->waiters, &r->cap_waiters, r->n_waiters, sizeof *r->waiters))
        return -1;
    r->waiters[r->n_waiters++] = (waiter_t){fn, ctx};
    return 0;
}
queue_t *hall_queue(hall_t *h)
{
    return h->queue;
}
const catalog_t *hall_catalog(const hall_t *h)
{
    return h->catalog;
}
store_t *hall_store(hall_t *h)
{
    return h->store;
}
const char *hall_epoch(const hall_t *h)
{
    return store_epoch(h->store);
}
uint64_t hall_committed_seq(const hall_t *h)
{
    return h->committed_seq;
}

int64_t hall_now(const hall_t *h)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + h->clock_offset;
}

void hall_clock_set(hall_t *h, int64_t ms)
{
    h->clock_offset = 0;
    h->clock_offset = ms - hall_now(h);
}

typedef struct since_ctx {
    uint64_t upto;
    int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len);
    void *ctx;
} since_ctx_t;

static int since_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    since_ctx_t *s = ctx;
    uint64_t seq = store_u64_decode(key->data);
    if (seq > s->upto)
        return 1;
    return s->fn(s->ctx, seq, val->data, val->len) ? 1 : 0;
}

static int first_key(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)val;
    *(uint64_t *)ctx = store_u64_decode(key->data);
    return 1;
}

uint64_t hall_events_since(hall_t *h, uint64_t since,
                           int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len),
                           void *ctx)
{
    store_txn_t *t;
    uint64_t first = h->committed_seq + 1;
    if (store_txn_begin(h->store, false, &t) != 0)
        return first;
    store_scan(t, STORE_DB_EVENTS, NULL, NULL, false, first_key, &first);
    if (since + 1 >= first) {
        store_key_t from;
        store_key_init(&from);
        store_key_u64(&from, since + 1);
        since_ctx_t s = {h->committed_seq, fn, ctx};
        store_scan(t, STORE_DB_EVENTS, &from, NULL, false, since_visit, &s);
    }
    store_txn_abort(t);
    return first;
}

const queue_ticket_t *hall_ticket_by_token(hall_t *h, const char *token, queue_ticket_t *scratch)
{
    const queue_ticket_t *live = queue_ticket_by_token(h->queue, token);
    if (live)
        return live;
    /* a token begins with its ticket's id in hex, which is the id's key in
     * the store (big-endian); tokens of 32 chars come from before that and
     * are found through the tokens index */
    size_t len = strlen(token), n = 0;
    uint8_t id[8];
    if (len == QUEUE_TOKEN_LEN &&
        (sodium_hex2bin(id, sizeof id, token, QUEUE_TOKEN_ID_LEN, NULL, &n, NULL) != 0 ||
         n != sizeof id))
        return NULL;
    if (len != QUEUE_TOKEN_LEN && len != QUEUE_TOKEN_LEGACY_LEN)
        return NULL;
    store_txn_t *t;
    if (store_txn_begin(h->store, false, &t) != 0)
        return NULL;
    store_key_t k;
    store_key_init(&k);
    store_val_t v;
    bool known = len == QUEUE_TOKEN_LEN;
    if (!known) {
        store_key_str(&k, token);
        known = store_get(t, STORE_DB_TOKENS, &k, &v) == 0 && v.len == sizeof id;
        if (known)
            memcpy(id, v.data, sizeof id);
        store_key_init(&k);
    }
    const queue_ticket_t *found = NULL;
    if (known) {
        store_key_bytes(&k, id, sizeof id);
        if (store_get(t, STORE_DB_TICKETS, &k, &v) == 0 && parse_ticket(&v, scratch) == 0 &&
            sodium_memcmp(scratch->token, token, len) == 0 && scratch->token[len] == '\0')
            found = scratch;
    }
    store_txn_abort(t);
    return found;
}
