/*
 * queue.c - the queue engine's lifecycle, reads, the change buffer
 * that reports records and events to the sink, the ticket bookkeeping the
 * other engine files share, and the citizen commands (issue, confirm,
 * cancel by token) plus board text and session end.
 *
 * Counter actions live in queue_counter.c, routing and counts in
 * queue_route.c, time and restore in queue_day.c.
 */
#include "engine/queue_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- errors */

int queue_fail(queue_t *q, int rc, const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(q->err, sizeof q->err, fmt, ap);
    va_end(ap);
    q->field = field;
    return rc;
}

const char *queue_last_error(const queue_t *q)
{
    return q->err;
}

const char *queue_last_field(const queue_t *q)
{
    return q->field;
}

/* --------------------------------------------------------- change buffer */

/* The capacity to grow cap to so that it holds need: at least twice cap,
 * so a buffer that grows one command at a time is copied only log(n)
 * times (queue_roll asks for room for every ticket at each command). */
static size_t grown_cap(size_t cap, size_t need)
{
    size_t twice = cap * 2;
    return need + 16 > twice ? need + 16 : twice;
}

int queue_reserve(queue_t *q, size_t n)
{
    if (q->n_ev + n > q->cap_ev) {
        size_t cap = grown_cap(q->cap_ev, q->n_ev + n);
        pend_event_t *ev = realloc(q->ev, cap * sizeof *ev);
        if (!ev)
            return QUEUE_ENOMEM;
        q->ev = ev;
        q->cap_ev = cap;
    }
    if (q->n_dirty + n > q->cap_dirty) {
        size_t cap = grown_cap(q->cap_dirty, q->n_dirty + n);
        tnode_t **d = realloc(q->dirty, cap * sizeof *d);
        if (!d)
            return QUEUE_ENOMEM;
        q->dirty = d;
        q->cap_dirty = cap;
    }
    return QUEUE_OK;
}

void queue_touch_ticket(queue_t *q, queue_ticket_t *t)
{
    tnode_t *n = tnode_of(t);
    if (n->dirty)
        return;
    n->dirty = true;
    q->dirty[q->n_dirty++] = n;
}

void queue_touch_counter(queue_t *q, queue_counter_t *c)
{
    q->counter_dirty[c - q->counters] = true;
}

static void copy_str(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
}

/* A copy of a ticket without the engine's links, for events and recent. */
static void ticket_copy(queue_ticket_t *dst, const queue_ticket_t *src)
{
    *dst = *src;
    dst->queue = NULL;
    dst->prev = dst->next = NULL;
}

pend_event_t *queue_add_event(queue_t *q, queue_event_type_t type, const queue_ticket_t *t,
                              const queue_counter_t *c, const char *staff)
{
    pend_event_t *e = &q->ev[q->n_ev++];
    memset(e, 0, sizeof *e);
    e->type = type;
    if (t) {
        e->has_ticket = true;
        ticket_copy(&e->ticket, t);
    }
    if (c) {
        e->has_counter = true;
        e->counter = *c;
    }
    copy_str(e->staff, sizeof e->staff, staff);
    return e;
}

void queue_counter_state(queue_counter_t *c, queue_counter_status_t status, const char *reason,
                         int64_t now)
{
    c->status = status;
    bool paused = status == QUEUE_COUNTER_PAUSED;
    copy_str(c->pause_reason, sizeof c->pause_reason, paused && reason ? reason : "");
    c->paused_at = paused ? now : 0;
}

void queue_flush(queue_t *q, int64_t now)
{
    for (size_t i = 0; i < q->n_dirty; i++) {
        q->dirty[i]->dirty = false;
        if (q->sink.ticket)
            q->sink.ticket(q->sink.ctx, &q->dirty[i]->t);
    }
    q->n_dirty = 0;
    for (size_t i = 0; i < q->n_counters; i++) {
        if (!q->counter_dirty[i])
            continue;
        q->counter_dirty[i] = false;
        if (q->sink.counter)
            q->sink.counter(q->sink.ctx, &q->counters[i]);
    }
    for (size_t i = 0; i < q->n_ev; i++) {
        pend_event_t *p = &q->ev[i];
        queue_event_t e = {
            .seq = ++q->seq,
            .at = now,
            .type = p->type,
            .ticket = p->has_ticket ? &p->ticket : NULL,
            .counter = p->has_counter ? &p->counter : NULL,
            .staff = p->staff,
            .reason = p->reason,
            .from_service = p->from_service,
            .agency = p->agency[0] ? p->agency : NULL,
            .booking = p->booking[0] ? p->booking : NULL,
            .service = p->service[0] ? p->service : NULL,
            .error = p->error,
            .visit = p->visit,
            .text = p->text,
            .scores = p->has_scores ? p->scores : NULL,
        };
        if (q->sink.event)
            q->sink.event(q->sink.ctx, &e);
    }
    q->n_ev = 0;
}

/* -------------------------------------------------- agencies and services */

void queue_service_agency(const char *service, char *buf, size_t n)
{
    size_t len = strcspn(service, "/");
    snprintf(buf, n, "%.*s", (int)len, service);
}

qagency_t *queue_agency_state(queue_t *q, const char *agency)
{
    size_t len = strlen(agency);
    qagency_t *a = queue_map_get(&q->agencies, agency, len);
    if (a)
        return a;
    a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    copy_str(a->id, sizeof a->id, agency);
    if (queue_map_put(&q->agencies, agency, len, a) != QUEUE_OK) {
        free(a);
        return NULL;
    }
    return a;
}

queue_service_t *queue_service_state(queue_t *q, const char *service)
{
    size_t len = strlen(service);
    queue_service_t *s = queue_map_get(&q->services, service, len);
    if (s)
        return s;
    char agency[CATALOG_ID_MAX];
    queue_service_agency(service, agency, sizeof agency);
    qagency_t *a = queue_agency_state(q, agency);
    if (!a)
        return NULL;
    s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    copy_str(s->id, sizeof s->id, service);
    s->agency = a;
    if (queue_map_put(&q->services, service, len, s) != QUEUE_OK) {
        free(s);
        return NULL;
    }
    size_t i =
        q->svc_state ? queue_service_index(q, catalog_service_find(q->cat, service)) : SIZE_MAX;
    if (i != SIZE_MAX)
        q->svc_state[i] = s;
    return s;
}

typedef struct orphan_scan {
    queue_t *q;
    size_t cap;
} orphan_scan_t;

static void orphan_visit(void *ctx, void *val)
{
    orphan_scan_t *o = ctx;
    queue_service_t *s = val;
    if (s->count[QLIST_PRIORITY] + s->count[QLIST_REGULAR] == 0 ||
        catalog_service_find(o->q->cat, s->id))
        return;
    if (o->q->n_orphans == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 8;
        queue_service_t **a = realloc(o->q->orphans, cap * sizeof *a);
        if (!a)
            return; /* its tickets can still be called by number */
        o->q->orphans = a;
        o->cap = cap;
    }
    o->q->orphans[o->q->n_orphans++] = s;
}

void queue_orphans_rebuild(queue_t *q)
{
    free(q->orphans);
    q->orphans = NULL;
    q->n_orphans = 0;
    orphan_scan_t o = {q, 0};
    queue_map_each(&q->services, orphan_visit, &o);
}

const catalog_t *queue_catalog(const queue_t *q)
{
    return q->cat;
}

void queue_set_catalog(queue_t *q, const catalog_t *cat)
{
    /* queues are keyed by service id, not by catalog entry: a service that
     * is gone keeps its queue, and its agency's counters keep calling its
     * waiting tickets (after all others) until it is empty; it takes no new
     * ones, since issue needs the catalog entry */
    q->cat = cat;
    q->agencies_day = 0; /* its agencies' closing times are asked again */
    queue_orphans_rebuild(q);
    queue_index_catalog(q);
}

/* --------------------------------------------------------- number index */

size_t queue_number_key(char *buf, size_t n, const char *agency, const char *number)
{
    size_t a = strlen(agency), i = 0;
    if (a + 1 >= n)
        a = n - 2;
    memcpy(buf, agency, a);
    buf[a] = '\0';
    for (i = 0; number[i] && a + 1 + i < n; i++)
        buf[a + 1 + i] = (char)toupper((unsigned char)number[i]);
    return a + 1 + i;
}

tnode_t *queue_find_number(const queue_t *q, const char *agency, const char *number)
{
    char key[CATALOG_ID_MAX + QUEUE_NUMBER_MAX + 1];
    if (strlen(number) >= QUEUE_NUMBER_MAX)
        return NULL;
    size_t len = queue_number_key(key, sizeof key, agency, number);
    return queue_map_get(&q->by_number, key, len);
}

/* Puts a ticket into the id, token and number indexes. */
static int index_ticket(queue_t *q, tnode_t *n)
{
    char key[CATALOG_ID_MAX + QUEUE_NUMBER_MAX + 1];
    size_t len = queue_number_key(key, sizeof key, n->t.agency, n->t.number);
    if (queue_map_put(&q->by_id, &n->t.id, sizeof n->t.id, n) != QUEUE_OK)
        return QUEUE_ENOMEM;
    if (queue_map_put(&q->by_token, n->t.token, strlen(n->t.token), n) != QUEUE_OK) {
        queue_map_del(&q->by_id, &n->t.id, sizeof n->t.id, n);
        return QUEUE_ENOMEM;
    }
    if (queue_map_put(&q->by_number, key, len, n) != QUEUE_OK) {
        queue_map_del(&q->by_id, &n->t.id, sizeof n->t.id, n);
        queue_map_del(&q->by_token, n->t.token, strlen(n->t.token), n);
        return QUEUE_ENOMEM;
    }
    return QUEUE_OK;
}

static void unindex_ticket(queue_t *q, tnode_t *n)
{
    char key[CATALOG_ID_MAX + QUEUE_NUMBER_MAX + 1];
    size_t len = queue_number_key(key, sizeof key, n->t.agency, n->t.number);
    queue_map_del(&q->by_id, &n->t.id, sizeof n->t.id, n);
    queue_map_del(&q->by_token, n->t.token, strlen(n->t.token), n);
    queue_map_del(&q->by_number, key, len, n);
}

/* ----------------------------------------------------------- ticket lists */

static void all_link(queue_t *q, tnode_t *n)
{
    n->all_prev = q->all_tail;
    n->all_next = NULL;
    if (q->all_tail)
        q->all_tail->all_next = n;
    else
        q->all_head = n;
    q->all_tail = n;
    q->n_tickets++;
}

static void all_unlink(queue_t *q, tnode_t *n)
{
    if (n->all_prev)
        n->all_prev->all_next = n->all_next;
    else
        q->all_head = n->all_next;
    if (n->all_next)
        n->all_next->all_prev = n->all_prev;
    else
        q->all_tail = n->all_prev;
    q->n_tickets--;
}

void queue_side_link(queue_t *q, int list, tnode_t *n)
{
    side_link_t *l = &n->side[list];
    if (l->linked)
        return;
    l->prev = NULL;
    l->next = q->side_head[list];
    if (l->next)
        l->next->side[list].prev = n;
    q->side_head[list] = n;
    l->linked = true;
}

void queue_side_unlink(queue_t *q, int list, tnode_t *n)
{
    side_link_t *l = &n->side[list];
    if (!l->linked)
        return;
    if (l->prev)
        l->prev->side[list].next = l->next;
    else
        q->side_head[list] = l->next;
    if (l->next)
        l->next->side[list].prev = l->prev;
    l->prev = l->next = NULL;
    l->linked = false;
}

void queue_booked_track(queue_t *q, tnode_t *n)
{
    if (n->t.booking[0] && !queue_ticket_booked_ahead(&n->t))
        queue_side_link(q, SIDE_BOOKED, n);
}

bool queue_ticket_booked_ahead(const queue_ticket_t *t)
{
    return t->booking[0] && t->rank < INT64_MIN / 4;
}

void queue_link(queue_t *q, queue_service_t *s, queue_ticket_t *t)
{
    (void)q;
    int l = t->priority != PRIORITY_NONE ? QLIST_PRIORITY : QLIST_REGULAR;
    /* walk back from the tail: a new ticket goes last at once; only a
     * late print confirmation steps over the few issued after it */
    queue_ticket_t *after = s->tail[l];
    while (after && after->rank > t->rank)
        after = after->prev;
    t->prev = after;
    t->next = after ? after->next : s->head[l];
    if (t->next)
        t->next->prev = t;
    else
        s->tail[l] = t;
    if (after)
        after->next = t;
    else
        s->head[l] = t;
    t->queue = s;
    s->count[l]++;
    s->agency->waiting++;
}

void queue_unlink(queue_t *q, queue_ticket_t *t)
{
    (void)q;
    queue_service_t *s = t->queue;
    if (!s)
        return;
    int l = t->priority != PRIORITY_NONE ? QLIST_PRIORITY : QLIST_REGULAR;
    if (t->prev)
        t->prev->next = t->next;
    else
        s->head[l] = t->next;
    if (t->next)
        t->next->prev = t->prev;
    else
        s->tail[l] = t->prev;
    t->prev = t->next = NULL;
    t->queue = NULL;
    s->count[l]--;
    s->agency->waiting--;
}

void queue_cancel_ticket(queue_t *q, queue_ticket_t *t, const char *reason,
                         const queue_counter_t *c, const char *staff)
{
    tnode_t *n = tnode_of(t);
    bool give_back = t->status == QUEUE_TICKET_PRINTING ||
                     (t->status == QUEUE_TICKET_WAITING && strcmp(reason, "citizen") == 0);
    if (t->status == QUEUE_TICKET_PRINTING)
        queue_side_unlink(q, SIDE_PRINTING, n);
    if (give_back && t->called_at == 0 && t->transfers == 0) {
        /* never served: its place goes back to the day's quota */
        queue_service_t *s = queue_map_get(&q->services, t->service, strlen(t->service));
        if (s && s->issued_day == t->day && s->issued > 0)
            s->issued--;
    }
    queue_unlink(q, t);
    t->status = QUEUE_TICKET_CANCELLED;
    copy_str(t->reason, sizeof t->reason, reason);
    queue_touch_ticket(q, t);
    pend_event_t *e = queue_add_event(q, QUEUE_EV_TICKET_CANCELLED, t, c, staff);
    copy_str(e->reason, sizeof e->reason, reason);
}

void queue_drop_ticket(queue_t *q, tnode_t *n)
{
    queue_unlink(q, &n->t);
    for (int l = 0; l < SIDE_LISTS; l++)
        queue_side_unlink(q, l, n);
    unindex_ticket(q, n);
    all_unlink(q, n);
    free(n);
}

/* Takes ticket `id` out of the recent calls, keeping the others' order. */
static void recent_drop(queue_t *q, uint64_t id)
{
    size_t oldest = (q->recent_head + QUEUE_RECENT - q->recent_n) % QUEUE_RECENT, kept = 0;
    for (size_t i = 0; i < q->recent_n; i++) {
        size_t from = (oldest + i) % QUEUE_RECENT, to = (oldest + kept) % QUEUE_RECENT;
        if (q->recent[from].id == id)
            continue;
        if (to != from) {
            ticket_copy(&q->recent[to], &q->recent[from]);
            q->recent_counter[to] = q->recent_counter[from];
        }
        kept++;
    }
    q->recent_n = kept;
    q->recent_head = (oldest + kept) % QUEUE_RECENT;
}

void queue_note_call(queue_t *q, const queue_ticket_t *t, const queue_counter_t *c)
{
    recent_drop(q, t->id); /* a recall moves the number to the front, once */
    ticket_copy(&q->recent[q->recent_head], t);
    q->recent_counter[q->recent_head] = c->number;
    q->recent_head = (q->recent_head + 1) % QUEUE_RECENT;
    if (q->recent_n < QUEUE_RECENT)
        q->recent_n++;
    qagency_t *a = queue_agency_state(q, c->agency);
    if (a) { /* without memory the board only misses this number */
        copy_str(a->serving, sizeof a->serving, t->number);
        a->serving_day = q->day;
    }
}

/* ------------------------------------------------------------- lifecycle */

int queue_new(queue_t **out, const queue_hall_t *hall, const catalog_t *cat, const queue_env_t *env,
              const queue_sink_t *sink)
{
    *out = NULL;
    if (!hall || !env || !env->local || !env->random)
        return QUEUE_EINVAL;
    queue_t *q = calloc(1, sizeof *q);
    if (!q)
        return QUEUE_ENOMEM;
    q->cat = cat;
    q->env = *env;
    if (sink)
        q->sink = *sink;
    memcpy(q->open_min, hall->open_min, sizeof q->open_min);
    memcpy(q->close_min, hall->close_min, sizeof q->close_min);
    q->day_hours = hall->day_hours;
    q->hours_ctx = hall->hours_ctx;
    q->carry_over = hall->carry_over;
    q->print_timeout_s = hall->print_timeout_s > 0 ? hall->print_timeout_s : 120;
    q->counters = calloc(hall->n_counters ? hall->n_counters : 1, sizeof *q->counters);
    q->counter_dirty = calloc(hall->n_counters ? hall->n_counters : 1, sizeof(bool));
    if (!q->counters || !q->counter_dirty)
        goto nomem;
    for (size_t i = 0; i < hall->n_counters; i++) {
        if (queue_map_get(&q->by_counter, &hall->counters[i], sizeof(int)))
            continue; /* a counter listed twice is one counter */
        queue_counter_t *c = &q->counters[q->n_counters];
        c->number = hall->counters[i];
        copy_str(c->agency, sizeof c->agency, hall->counter_agency[i]);
        c->status = QUEUE_COUNTER_CLOSED;
        if (queue_map_put(&q->by_counter, &c->number, sizeof c->number, c) != QUEUE_OK)
            goto nomem;
        q->n_counters++;
    }
    if (queue_reserve(q, 16) != QUEUE_OK)
        goto nomem;
    queue_index_catalog(q);
    *out = q;
    return QUEUE_OK;
nomem:
    queue_free(q);
    return QUEUE_ENOMEM;
}

static void free_val(void *ctx, void *val)
{
    (void)ctx;
    free(val);
}

void queue_free(queue_t *q)
{
    if (!q)
        return;
    tnode_t *n = q->all_head;
    while (n) {
        tnode_t *next = n->all_next;
        free(n);
        n = next;
    }
    queue_map_each(&q->services, free_val, NULL);
    queue_map_each(&q->agencies, free_val, NULL);
    queue_map_clear(&q->by_id);
    queue_map_clear(&q->by_token);
    queue_map_clear(&q->by_number);
    queue_map_clear(&q->by_counter);
    queue_map_clear(&q->services);
    queue_index_free(q);
    queue_map_clear(&q->agencies);
    free(q->orphans);
    free(q->counters);
    free(q->counter_dirty);
    free(q->ev);
    free(q->dirty);
    free(q->views);
    free(q->view_tickets);
    free(q);
}

/* ------------------------------------------------------------------ reads */

const queue_ticket_t *queue_ticket_by_token(const queue_t *q, const char *token)
{
    if (!token)
        return NULL;
    tnode_t *n = queue_map_get(&q->by_token, token, strlen(token));
    return n ? &n->t : NULL;
}

const queue_ticket_t *queue_ticket_by_id(const queue_t *q, uint64_t id)
{
    tnode_t *n = queue_map_get(&q->by_id, &id, sizeof id);
    return n ? &n->t : NULL;
}

const queue_counter_t *queue_counter_get(const queue_t *q, int number)
{
    return queue_map_get(&q->by_counter, &number, sizeof number);
}

size_t queue_counter_count(const queue_t *q)
{
    return q->n_counters;
}

const queue_counter_t *queue_counter_at(const queue_t *q, size_t i)
{
    return i < q->n_counters ? &q->counters[i] : NULL;
}

size_t queue_recent(const queue_t *q, const queue_ticket_t **tickets, int *counters)
{
    for (size_t i = 0; i < q->recent_n; i++) {
        size_t at = (q->recent_head + QUEUE_RECENT - 1 - i) % QUEUE_RECENT;
        if (tickets)
            tickets[i] = &q->recent[at];
        if (counters)
            counters[i] = q->recent_counter[at];
    }
    return q->recent_n;
}

const char *queue_text(const queue_t *q)
{
    return q->text;
}

uint64_t queue_seq(const queue_t *q)
{
    return q->seq;
}

/* ------------------------------------------------------ citizen commands */

int queue_begin(queue_t *q, int64_t now)
{
    q->err[0] = '\0';
    q->field = NULL;
    q->now = now;
    int rc = queue_roll(q, now);
    if (rc == QUEUE_OK)
        rc = queue_reserve(q, 8);
    if (rc != QUEUE_OK)
        return queue_fail(q, rc, NULL, "out of memory");
    return QUEUE_OK;
}

/* A fresh token for ticket `id` that no live ticket has (QUEUE_TOKEN_LEN);
 * QUEUE_ESTATE when the random source keeps repeating itself. */
static int make_token(queue_t *q, uint64_t id, char out[QUEUE_TOKEN_LEN + 1])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < QUEUE_TOKEN_ID_LEN; i++)
        out[i] = hex[(id >> (4 * (QUEUE_TOKEN_ID_LEN - 1 - i))) & 15];
    for (int tries = 0; tries < 64; tries++) {
        unsigned char b[(QUEUE_TOKEN_LEN - QUEUE_TOKEN_ID_LEN) / 2];
        q->env.random(q->env.ctx, b, sizeof b);
        for (size_t i = 0; i < sizeof b; i++) {
            out[QUEUE_TOKEN_ID_LEN + 2 * i] = hex[b[i] >> 4];
            out[QUEUE_TOKEN_ID_LEN + 2 * i + 1] = hex[b[i] & 15];
        }
        out[QUEUE_TOKEN_LEN] = '\0';
        if (!queue_map_get(&q->by_token, out, QUEUE_TOKEN_LEN))
            return QUEUE_OK;
    }
    return QUEUE_ESTATE;
}

int queue_service_check(queue_t *q, const char *service, uint32_t reserved, int64_t now)
{
    const catalog_service_t *svc = catalog_service_find(q->cat, service);
    if (!svc)
        return queue_fail(q, QUEUE_ENOTFOUND, "service", "service %s does not exist",
                          service ? service : "");
    int rc = queue_check_hours(q, svc, now, false);
    if (rc != QUEUE_OK)
        return rc;
    const queue_service_t *s = queue_service_of(q, svc);
    uint32_t issued = s && s->issued_day == q->day ? s->issued : 0;
    if (svc->quota > 0 && issued + reserved >= (uint32_t)svc->quota)
        return queue_fail(q, QUEUE_EQUOTA, "service",
                          "service %s has given all %d tickets of its daily quota", svc->id,
                          svc->quota);
    return QUEUE_OK;
}

int queue_service_remaining(const queue_t *q, const char *service, uint32_t reserved)
{
    const catalog_service_t *svc = catalog_service_find(q->cat, service);
    if (!svc || svc->quota <= 0)
        return -1;
    const queue_service_t *s = queue_service_of(q, svc);
    uint32_t used = (s && s->issued_day == q->day ? s->issued : 0) + reserved;
    return used >= (uint32_t)svc->quota ? 0 : svc->quota - (int)used;
}

/* Whether req may be issued now: the service exists and takes the
 * priority asked, the hall is open and the quota has room (a booked ticket
 * and a visit's next step are past it: their place was kept). */
static int issue_check(queue_t *q, const queue_issue_req_t *req, int64_t now,
                       const catalog_service_t **svc, queue_service_t **s)
{
    if (!req->service || !req->service[0])
        return queue_fail(q, QUEUE_EINVAL, "service", "choose a service");
    *svc = catalog_service_find(q->cat, req->service);
    if (!*svc)
        return queue_fail(q, QUEUE_ENOTFOUND, "service", "service %s does not exist", req->service);
    if ((unsigned)req->priority >= PRIORITY__COUNT)
        return queue_fail(q, QUEUE_EINVAL, "priority", "unknown priority group");
    if (req->priority != PRIORITY_NONE && !(*svc)->priority)
        return queue_fail(q, QUEUE_EINVAL, "priority",
                          "service %s has no priority queue; take a regular ticket", (*svc)->id);
    int rc = queue_check_hours(q, *svc, now, req->booking && req->booking[0]);
    if (rc != QUEUE_OK)
        return rc;
    *s = queue_service_state(q, (*svc)->id);
    if (!*s)
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory");
    uint32_t issued = (*s)->issued_day == q->day ? (*s)->issued : 0;
    bool kept = (req->booking && req->booking[0]) || req->rank;
    if (!kept && (*svc)->quota > 0 && issued + req->reserved >= (uint32_t)(*svc)->quota)
        return queue_fail(q, QUEUE_EQUOTA, "service",
                          "service %s has reached its daily quota of %d tickets%s; "
                          "come back on the next working day",
                          (*svc)->id, (*svc)->quota,
                          req->reserved ? " (the rest are booked online)" : "");
    return QUEUE_OK;
}

/* The next number of agency a today: 001 on a new day, unless tickets of
 * earlier days that can still be called carry numbers; then after them. */
static uint32_t next_seq(queue_t *q, const catalog_agency_t *ag, const qagency_t *a)
{
    uint32_t seq = a->seq_day == q->day ? a->seq : 0;
    if (a->seq_day != q->day) {
        uint32_t carried = queue_carried_seq(q, ag->id);
        if (carried)
            seq = carried > a->seq ? carried : a->seq;
    }
    return seq + 1;
}

int queue_issue_within(queue_t *q, const queue_issue_req_t *req, int64_t now, queue_ticket_t **out)
{
    const catalog_service_t *svc = NULL;
    queue_service_t *s = NULL;
    int rc = issue_check(q, req, now, &svc, &s);
    if (rc != QUEUE_OK)
        return rc;
    const catalog_agency_t *ag = &q->cat->agencies[svc->agency];
    qagency_t *a = s->agency;
    uint32_t seq = next_seq(q, ag, a);
    tnode_t *n = calloc(1, sizeof *n);
    if (!n)
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory");
    queue_ticket_t *t = &n->t;
    t->id = q->last_id + 1;
    snprintf(t->number, sizeof t->number, "%s-%03u", ag->prefix, (unsigned)seq);
    t->day = q->day;
    t->seq = seq;
    copy_str(t->agency, sizeof t->agency, ag->id);
    copy_str(t->service, sizeof t->service, svc->id);
    t->status = req->print ? QUEUE_TICKET_PRINTING : QUEUE_TICKET_WAITING;
    t->priority = req->priority;
    t->issued_at = now;
    t->queued_at = now;
    t->rank = req->rank ? req->rank : q->rank_hi + 1;
    t->visit = req->visit;
    if (req->booking && req->booking[0]) {
        copy_str(t->booking, sizeof t->booking, req->booking);
        t->booking_start = req->booking_start;
        if (now >= req->booking_start)
            t->rank = QUEUE_RANK_BOOKED + req->booking_start;
    }
    if (make_token(q, t->id, t->token) != QUEUE_OK) {
        free(n);
        return queue_fail(q, QUEUE_ESTATE, NULL, "could not make a unique ticket token; try again");
    }
    if (index_ticket(q, n) != QUEUE_OK) {
        free(n);
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory");
    }

    /* accepted: nothing below can fail */
    all_link(q, n);
    queue_booked_track(q, n);
    q->last_id = t->id;
    if (!queue_ticket_booked_ahead(t) && t->rank > q->rank_hi)
        q->rank_hi = t->rank;
    a->seq_day = q->day;
    a->seq = seq;
    s->issued = (s->issued_day == q->day ? s->issued : 0) + 1;
    s->issued_day = q->day;
    if (req->print)
        queue_side_link(q, SIDE_PRINTING, n);
    else
        queue_link(q, s, t);
    queue_touch_ticket(q, t);
    queue_add_event(q, QUEUE_EV_TICKET_ISSUED, t, NULL, "");
    if (t->visit) /* the first step starts the visit, a later one is ready */
        queue_add_event(q, req->rank ? QUEUE_EV_VISIT_STEP_READY : QUEUE_EV_VISIT_STARTED, t, NULL,
                        "")
            ->visit = t->visit;
    *out = t;
    return QUEUE_OK;
}

int queue_issue(queue_t *q, const queue_issue_req_t *req, int64_t now, const queue_ticket_t **out)
{
    if (out)
        *out = NULL;
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    queue_ticket_t *t;
    rc = queue_issue_within(q, req, now, &t);
    if (rc != QUEUE_OK)
        return rc;
    queue_after_command(q, 0, NULL, "");
    queue_flush(q, now);
    if (out)
        *out = t;
    return QUEUE_OK;
}

/* Looks a ticket up by token for a citizen command. */
static int token_ticket(queue_t *q, const char *token, tnode_t **n)
{
    if (!token || !token[0])
        return queue_fail(q, QUEUE_EINVAL, "token", "a ticket token is needed");
    *n = queue_map_get(&q->by_token, token, strlen(token));
    if (!*n)
        return queue_fail(q, QUEUE_ENOTFOUND, "token", "no current ticket has this token");
    return QUEUE_OK;
}

int queue_confirm(queue_t *q, const char *token, int64_t now, const queue_ticket_t **out)
{
    if (out)
        *out = NULL;
    tnode_t *n;
    int rc = queue_begin(q, now);
    if (rc == QUEUE_OK)
        rc = token_ticket(q, token, &n);
    if (rc != QUEUE_OK)
        return rc;
    queue_ticket_t *t = &n->t;
    if (t->status == QUEUE_TICKET_WAITING) {
        if (out)
            *out = t; /* a retried confirm */
        return QUEUE_OK;
    }
    if (t->status != QUEUE_TICKET_PRINTING)
        return queue_fail(q, QUEUE_ESTATE, "token",
                          "ticket %s is %s; only a printing ticket can be confirmed", t->number,
                          queue_status_name(t->status));
    queue_service_t *s = queue_service_state(q, t->service);
    if (!s)
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory");
    queue_side_unlink(q, SIDE_PRINTING, n);
    t->status = QUEUE_TICKET_WAITING;
    t->queued_at = now;
    queue_link(q, s, t);
    queue_touch_ticket(q, t);
    queue_add_event(q, QUEUE_EV_TICKET_CONFIRMED, t, NULL, "");
    queue_after_command(q, 0, NULL, "");
    queue_flush(q, now);
    if (out)
        *out = t;
    return QUEUE_OK;
}

int queue_cancel_token(queue_t *q, const char *token, int64_t now, const queue_ticket_t **out)
{
    if (out)
        *out = NULL;
    tnode_t *n;
    int rc = queue_begin(q, now);
    if (rc == QUEUE_OK)
        rc = token_ticket(q, token, &n);
    if (rc != QUEUE_OK)
        return rc;
    queue_ticket_t *t = &n->t;
    if (t->status != QUEUE_TICKET_PRINTING && t->status != QUEUE_TICKET_WAITING)
        return queue_fail(q, QUEUE_ESTATE, "token",
                          "ticket %s is %s; only a printing or waiting ticket can be "
                          "cancelled by its holder",
                          t->number, queue_status_name(t->status));
    queue_cancel_ticket(q, t, "citizen", NULL, "");
    queue_after_command(q, 0, NULL, "");
    queue_flush(q, now);
    if (out)
        *out = t;
    return QUEUE_OK;
}

int queue_board_text(queue_t *q, const char *text, const char *staff, int64_t now)
{
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    if (!text)
        return queue_fail(q, QUEUE_EINVAL, "text", "the running text is missing");
    if (strlen(text) > QUEUE_TEXT_MAX)
        return queue_fail(q, QUEUE_EINVAL, "text",
                          "the running text is %zu bytes; at most %d are allowed", strlen(text),
                          QUEUE_TEXT_MAX);
    copy_str(q->text, sizeof q->text, text);
    pend_event_t *e = queue_add_event(q, QUEUE_EV_BOARD_TEXT, NULL, NULL, staff);
    e->text = q->text;
    queue_flush(q, now);
    return QUEUE_OK;
}

int queue_agency_updated(queue_t *q, const char *agency, int64_t now)
{
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    if (!agency || !agency[0] || strlen(agency) >= CATALOG_ID_MAX)
        return queue_fail(q, QUEUE_EINVAL, "agency", "no agency named");
    pend_event_t *e = queue_add_event(q, QUEUE_EV_AGENCY_UPDATED, NULL, NULL, "");
    copy_str(e->agency, sizeof e->agency, agency);
    queue_flush(q, now);
    return QUEUE_OK;
}

int queue_booking_missed(queue_t *q, const char *service, const char *code, int64_t now)
{
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    if (!service || !code || strlen(service) >= CATALOG_SVC_ID_MAX ||
        strlen(code) >= QUEUE_BOOKING_MAX)
        return queue_fail(q, QUEUE_EINVAL, "service", "no booking named");
    pend_event_t *e = queue_add_event(q, QUEUE_EV_BOOKING_MISSED, NULL, NULL, "");
    char agency[CATALOG_ID_MAX];
    queue_service_agency(service, agency, sizeof agency);
    copy_str(e->agency, sizeof e->agency, agency);
    copy_str(e->service, sizeof e->service, service);
    copy_str(e->booking, sizeof e->booking, code);
    queue_flush(q, now);
    return QUEUE_OK;
}

int queue_survey_answered(queue_t *q, const char *service, const int scores[9], int64_t now)
{
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    if (!service || strlen(service) >= CATALOG_SVC_ID_MAX || !scores)
        return queue_fail(q, QUEUE_EINVAL, "service", "no service named");
    for (size_t i = 0; i < 9; i++)
        if (scores[i] < 1 || scores[i] > 4)
            return queue_fail(q, QUEUE_EINVAL, "scores", "a score outside 1..4");
    pend_event_t *e = queue_add_event(q, QUEUE_EV_SURVEY_ANSWERED, NULL, NULL, "");
    char agency[CATALOG_ID_MAX];
    queue_service_agency(service, agency, sizeof agency);
    copy_str(e->agency, sizeof e->agency, agency);
    copy_str(e->service, sizeof e->service, service);
    e->has_scores = true;
    for (size_t i = 0; i < 9; i++)
        e->scores[i] = (uint8_t)scores[i];
    queue_flush(q, now);
    return QUEUE_OK;
}

int queue_agency_reload_failed(queue_t *q, const char *agency, const catalog_error_t *error,
                               int64_t now)
{
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    if (!agency || strlen(agency) >= CATALOG_ID_MAX || !error)
        return queue_fail(q, QUEUE_EINVAL, "agency", "no agency named");
    pend_event_t *e = queue_add_event(q, QUEUE_EV_AGENCY_RELOAD_FAILED, NULL, NULL, "");
    copy_str(e->agency, sizeof e->agency, agency);
    e->error = error;
    queue_flush(q, now);
    return QUEUE_OK;
}

void queue_session_ended(queue_t *q, const char *session, int64_t now)
{
    if (!session || !session[0])
        return;
    if (queue_roll(q, now) != QUEUE_OK || queue_reserve(q, q->n_counters) != QUEUE_OK)
        return;
    for (size_t i = 0; i < q->n_counters; i++) {
        queue_counter_t *c = &q->counters[i];
        if (c->status == QUEUE_COUNTER_CLOSED || strcmp(c->session, session) != 0)
            continue;
        char staff[QUEUE_STAFF_MAX];
        copy_str(staff, sizeof staff, c->staff);
        c->session[0] = '\0';
        queue_touch_counter(q, c);
        if (c->ticket == 0) {
            queue_counter_state(c, QUEUE_COUNTER_CLOSED, NULL, now);
            c->staff[0] = '\0';
            queue_add_event(q, QUEUE_EV_COUNTER_CLOSED, NULL, c, staff);
        } else if (c->status == QUEUE_COUNTER_OPEN) {
            queue_counter_state(c, QUEUE_COUNTER_PAUSED, "logout", now);
            pend_event_t *e = queue_add_event(q, QUEUE_EV_COUNTER_PAUSED, NULL, c, staff);
            copy_str(e->reason, sizeof e->reason, c->pause_reason);
        }
    }
    queue_flush(q, now);
}

/* ---------------------------------------------------------------- restore */

int queue_adopt_ticket(queue_t *q, const queue_ticket_t *t)
{
    tnode_t *n = queue_map_get(&q->by_id, &t->id, sizeof t->id);
    if (n) /* a later version of a ticket already restored */
        queue_drop_ticket(q, n);
    n = calloc(1, sizeof *n);
    if (!n)
        return QUEUE_ENOMEM;
    ticket_copy(&n->t, t);
    if (index_ticket(q, n) != QUEUE_OK) {
        free(n);
        return QUEUE_ENOMEM;
    }
    all_link(q, n);
    queue_booked_track(q, n);
    return QUEUE_OK;
}

uint32_t queue_day(const queue_t *q)
{
    return q->day;
}

int queue_ticket_each(const queue_t *q, int (*fn)(void *ctx, const queue_ticket_t *t), void *ctx)
{
    for (const tnode_t *n = q->all_head; n; n = n->all_next) {
        int rc = fn(ctx, &n->t);
        if (rc)
            return rc;
    }
    return 0;
}
