/*
 * hall_visits.c - visits across agencies in the running hall (hall.h,
 * "visits"): a citizen's plan of steps (visit/plan.h) followed as tickets.
 * The first step's ticket waits at once; when a step ends the engine asks
 * the hall (the visit hook) inside the same command, and the next step's
 * ticket joins its queue with the rank of the visit's first ticket, ahead
 * of everyone who came after the visit began. A no-show or a cancel skips
 * the steps left. Visits are stored as JSON under their id
 * (STORE_DB_VISITS), written in the open round with the tickets, and
 * rebuilt from the store with the engine. They hold no personal data.
 */
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hall_int.h"
#include "log.h"

struct hall_visits {
    hall_visit_t *v; /* by id order */
    size_t n, cap;
    uint64_t last_id;
};

static const char *const step_names[] = {"pending", "waiting", "done", "skipped"};

const char *hall_visit_step_name(hall_step_status_t s)
{
    return (unsigned)s < sizeof step_names / sizeof step_names[0] ? step_names[s] : "unknown";
}

void hall_visits_free(hall_visits_t *vs)
{
    if (vs)
        free(vs->v);
    free(vs);
}

static hall_visit_t *visit_by_id(hall_visits_t *vs, uint64_t id)
{
    for (size_t i = vs->n; i-- > 0;) /* the recent ones are asked for */
        if (vs->v[i].id == id)
            return &vs->v[i];
    return NULL;
}

/* Visits kept in memory: those still under way, and those that ended in
 * the last day (a status page may still ask); the rest are in the store
 * for the reports. */
#define KEEP_ENDED_MS (24 * 3600 * 1000LL)

/* Drops from memory the visits that ended more than KEEP_ENDED_MS before
 * now (they stay in the store). */
static void visits_compact(hall_visits_t *vs, int64_t now)
{
    size_t kept = 0;
    for (size_t i = 0; i < vs->n; i++)
        if (!vs->v[i].ended || vs->v[i].ended >= now - KEEP_ENDED_MS)
            vs->v[kept++] = vs->v[i];
    vs->n = kept;
}

/* Room for one more visit; NULL when out of memory. */
static hall_visit_t *visit_new(hall_visits_t *vs)
{
    if (vs->n == vs->cap) {
        size_t cap = vs->cap ? vs->cap * 2 : 64;
        hall_visit_t *v = realloc(vs->v, cap * sizeof *v);
        if (!v)
            return NULL;
        vs->v = v;
        vs->cap = cap;
    }
    hall_visit_t *v = &vs->v[vs->n++];
    memset(v, 0, sizeof *v);
    return v;
}

/* ---- records ---- */

static void put_visit(hall_t *h, const hall_visit_t *v)
{
    json_t *steps = json_array();
    for (size_t i = 0; i < v->n_steps; i++)
        json_array_append_new(steps, json_pack("{s:s, s:s, s:I}", "service", v->steps[i].service,
                                               "status", step_names[v->steps[i].status], "ticket",
                                               (json_int_t)v->steps[i].ticket));
    json_t *o =
        json_pack("{s:I, s:s, s:I, s:I, s:I, s:i, s:o}", "id", (json_int_t)v->id, "token", v->token,
                  "created", (json_int_t)v->created, "ended", (json_int_t)v->ended, "rank",
                  (json_int_t)v->rank, "priority", (int)v->priority, "steps", steps);
    char *text = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, v->id);
    if (!text || store_batch_put(hall_batch(h), STORE_DB_VISITS, &k, text, strlen(text)) != 0)
        log_error("visit", "visit %llu could not be written", (unsigned long long)v->id);
    free(text);
}

static int step_parse(json_t *o, hall_visit_step_t *s)
{
    const char *service = json_string_value(json_object_get(o, "service"));
    const char *status = json_string_value(json_object_get(o, "status"));
    if (!service || !status || strlen(service) >= sizeof s->service)
        return -1;
    snprintf(s->service, sizeof s->service, "%s", service);
    s->ticket = (uint64_t)json_integer_value(json_object_get(o, "ticket"));
    for (size_t k = 0; k < sizeof step_names / sizeof step_names[0]; k++)
        if (strcmp(status, step_names[k]) == 0) {
            s->status = (hall_step_status_t)k;
            return 0;
        }
    return -1;
}

/* Reads a stored visit into v: 0, or -1 for a record this build cannot
 * read. */
static int visit_parse(const store_val_t *val, hall_visit_t *v)
{
    json_t *o = json_loadb(val->data, val->len, 0, NULL);
    const char *token = json_string_value(json_object_get(o, "token"));
    json_t *steps = json_object_get(o, "steps");
    int rc = o && token && strlen(token) == HALL_VISIT_TOKEN_HEX &&
                     json_array_size(steps) <= HALL_VISIT_STEPS
                 ? 0
                 : -1;
    if (rc == 0) {
        memset(v, 0, sizeof *v);
        v->id = (uint64_t)json_integer_value(json_object_get(o, "id"));
        snprintf(v->token, sizeof v->token, "%s", token);
        v->created = json_integer_value(json_object_get(o, "created"));
        v->ended = json_integer_value(json_object_get(o, "ended"));
        v->rank = json_integer_value(json_object_get(o, "rank"));
        v->priority = (queue_priority_t)json_integer_value(json_object_get(o, "priority"));
        for (size_t i = 0; i < json_array_size(steps); i++)
            if (step_parse(json_array_get(steps, i), &v->steps[v->n_steps]) == 0)
                v->n_steps++;
    }
    json_decref(o);
    return rc;
}

typedef struct restore_ctx {
    hall_visits_t *vs;
    int64_t now;
} restore_ctx_t;

static int restore_one(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)key;
    restore_ctx_t *r = ctx;
    hall_visit_t v;
    if (visit_parse(val, &v) != 0)
        return 0;
    if (v.id > r->vs->last_id)
        r->vs->last_id = v.id;
    if (v.ended && v.ended < r->now - KEEP_ENDED_MS)
        return 0;
    hall_visit_t *slot = visit_new(r->vs);
    if (slot)
        *slot = v;
    return 0;
}

typedef struct between_ctx {
    int64_t from, to;
    void (*fn)(void *ctx, const hall_visit_t *v);
    void *ctx;
} between_ctx_t;

static int between_one(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)key;
    between_ctx_t *b = ctx;
    hall_visit_t v;
    if (visit_parse(val, &v) == 0 && v.created >= b->from && v.created < b->to)
        b->fn(b->ctx, &v);
    return 0;
}

int hall_visits_between(hall_t *h, int64_t from_ms, int64_t to_ms,
                        void (*fn)(void *ctx, const hall_visit_t *v), void *ctx)
{
    between_ctx_t b = {from_ms, to_ms, fn, ctx};
    int rc = store_walk(hall_store(h), STORE_DB_VISITS, NULL, NULL, false, between_one, &b);
    return rc < 0 ? rc : 0;
}

/* ---- the engine's questions ---- */

/* A step of visit t->visit ended: the next step to issue, or the end. */
static queue_visit_next_t visit_hook(void *ctx, const queue_ticket_t *t, queue_event_type_t how,
                                     queue_issue_req_t *next, char *service, size_t n)
{
    hall_t *h = ctx;
    hall_visit_t *v = visit_by_id(hall_visits_of(h), t->visit);
    size_t at = 0;
    while (v && at < v->n_steps && v->steps[at].ticket != t->id)
        at++;
    if (!v || at == v->n_steps || v->steps[at].status != HALL_STEP_WAITING)
        return QUEUE_VISIT_NOTHING;
    if (how != QUEUE_EV_TICKET_FINISHED) { /* a no-show or a cancel: the rest is skipped */
        for (size_t i = at; i < v->n_steps; i++)
            if (v->steps[i].status != HALL_STEP_DONE)
                v->steps[i].status = HALL_STEP_SKIPPED;
        v->ended = hall_now(h);
        put_visit(h, v);
        return QUEUE_VISIT_END;
    }
    v->steps[at].status = HALL_STEP_DONE;
    if (at + 1 == v->n_steps) {
        v->ended = hall_now(h);
        put_visit(h, v);
        return QUEUE_VISIT_END;
    }
    hall_visit_step_t *s = &v->steps[at + 1];
    s->status = HALL_STEP_WAITING; /* its ticket is attached when issued */
    put_visit(h, v);
    const catalog_service_t *svc = catalog_service_find(hall_catalog(h), s->service);
    snprintf(service, n, "%s", s->service);
    next->service = service;
    next->priority = svc && svc->priority ? v->priority : PRIORITY_NONE;
    next->visit = v->id;
    next->rank = v->rank;
    return QUEUE_VISIT_NEXT;
}

void hall_visits_ticket(hall_t *h, const queue_ticket_t *t)
{
    hall_visit_t *v = t->visit ? visit_by_id(hall_visits_of(h), t->visit) : NULL;
    for (size_t i = 0; v && i < v->n_steps; i++)
        if (v->steps[i].status == HALL_STEP_WAITING && !v->steps[i].ticket &&
            strcmp(v->steps[i].service, t->service) == 0) {
            v->steps[i].ticket = t->id;
            put_visit(h, v);
            return;
        }
}

int hall_visits_restore(hall_t *h, hall_visits_t **out, char *err, size_t errlen)
{
    hall_visits_t *vs = calloc(1, sizeof *vs);
    if (!vs) {
        snprintf(err, errlen, "out of memory for the visits");
        return -1;
    }
    restore_ctx_t r = {vs, hall_now(h)};
    int rc = store_walk(hall_store(h), STORE_DB_VISITS, NULL, NULL, false, restore_one, &r);
    if (rc < 0) {
        hall_visits_free(vs);
        snprintf(err, errlen, "cannot read the visits: %s", store_strerror(rc));
        return -1;
    }
    hall_visits_free(*out);
    *out = vs;
    queue_set_visit_hook(hall_queue(h), visit_hook, h);
    return 0;
}

/* ---- the API's calls ---- */

int hall_visit_start(hall_t *h, const visit_plan_t *plan, queue_priority_t priority, bool print,
                     const hall_visit_t **out, const queue_ticket_t **first)
{
    hall_visits_t *vs = hall_visits_of(h);
    if (vs->n == vs->cap)
        visits_compact(vs, hall_now(h)); /* before the array grows */
    hall_visit_t *v = plan->n_steps ? visit_new(vs) : NULL;
    if (!v)
        return QUEUE_ENOMEM;
    v->id = vs->last_id + 1;
    uint8_t raw[HALL_VISIT_TOKEN_HEX / 2];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(v->token, sizeof v->token, raw, sizeof raw);
    v->created = hall_now(h);
    v->priority = priority;
    for (size_t i = 0; i < plan->n_steps && i < HALL_VISIT_STEPS; i++)
        snprintf(v->steps[v->n_steps++].service, sizeof v->steps[0].service, "%s",
                 plan->steps[i].service->id);
    v->steps[0].status = HALL_STEP_WAITING;
    const catalog_service_t *svc = plan->steps[0].service;
    queue_issue_req_t req = {.service = svc->id,
                             .priority = svc->priority ? priority : PRIORITY_NONE,
                             .print = print,
                             .visit = v->id};
    int rc = queue_issue(hall_queue(h), &req, hall_now(h), first);
    if (rc != QUEUE_OK) {
        vs->n--; /* nothing of it was written */
        return rc;
    }
    vs->last_id = v->id;
    v->rank = (*first)->rank;
    v->steps[0].ticket = (*first)->id;
    put_visit(h, v);
    *out = v;
    return QUEUE_OK;
}

const hall_visit_t *hall_visit_by_token(hall_t *h, const char *token)
{
    hall_visits_t *vs = hall_visits_of(h);
    if (!token || strlen(token) != HALL_VISIT_TOKEN_HEX)
        return NULL;
    for (size_t i = vs->n; i-- > 0;)
        if (sodium_memcmp(vs->v[i].token, token, HALL_VISIT_TOKEN_HEX) == 0)
            return &vs->v[i];
    return NULL;
}

const hall_visit_t *hall_visit_of_ticket(hall_t *h, const queue_ticket_t *t, uint64_t *before)
{
    *before = 0;
    hall_visit_t *v = t->visit ? visit_by_id(hall_visits_of(h), t->visit) : NULL;
    /* its step: the one holding its id, or the waiting one it is being
     * attached to (hall_visits_ticket comes with the ticket's record) */
    size_t at = 0;
    while (v && at < v->n_steps && v->steps[at].ticket != t->id &&
           !(v->steps[at].status == HALL_STEP_WAITING && !v->steps[at].ticket &&
             strcmp(v->steps[at].service, t->service) == 0))
        at++;
    if (!v || at == v->n_steps)
        return NULL;
    *before = at ? v->steps[at - 1].ticket : 0;
    return v;
}
