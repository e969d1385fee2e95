/*
 * queue_route.c - routing (which waiting ticket a counter calls next),
 * positions and wait estimates, and the per-agency counts the board shows.
 *
 * Routing looks only at queue heads: for the services a counter serves it
 * takes the lowest-rank head over the priority queues (P) and over the
 * regular queues (R) and lets the agency's route policy choose between
 * them. A counter with preferred services (agency:route { preferred })
 * looks at the heads of those first and at the other services only when
 * none of its preferred queues has a waiting ticket. Nothing walks a whole
 * queue to route.
 *
 * Wait estimates read each service's typical counter time (call -> finish)
 * from a ring of its last finished tickets of the day, pushed when a ticket
 * finishes and refilled at restore: O(1) per ticket (docs/reports.md).
 */
#include "engine/queue_internal.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether the policy takes the priority head p over the regular head r,
 * after `streak` consecutive priority calls. */
static bool take_priority(const catalog_route_t *rt, const queue_ticket_t *p,
                          const queue_ticket_t *r, int streak)
{
    if (!p)
        return false;
    if (!r)
        return true;
    if (rt->priority_first)
        return rt->regular_after_priority <= 0 || streak < rt->regular_after_priority;
    return p->rank < r->rank;
}

/* Queue state of the services counter c serves (in its agency's catalog
 * order) into out[max]; returns how many, and the agency's policy. */
static size_t served(const queue_t *q, const queue_counter_t *c, queue_service_t **out, size_t max,
                     const catalog_agency_t **agency)
{
    const catalog_agency_t *a = catalog_agency_find(q->cat, c->agency);
    *agency = a;
    if (!a)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < a->n_services; i++) {
        const catalog_service_t *svc = &q->cat->services[a->first_service + i];
        if (!catalog_service_at_counter(q->cat, svc, c->number))
            continue;
        queue_service_t *s = queue_service_of(q, svc);
        if (!s)
            continue; /* nothing ever queued there */
        if (out && n < max)
            out[n] = s;
        n++;
    }
    return n;
}

/* Keeps in *p and *r the lower-rank of their ticket and s's heads. */
static void lower_heads(const queue_service_t *s, queue_ticket_t **p, queue_ticket_t **r)
{
    queue_ticket_t *hp = s->head[QLIST_PRIORITY], *hr = s->head[QLIST_REGULAR];
    if (hp && (!*p || hp->rank < (*p)->rank))
        *p = hp;
    if (hr && (!*r || hr->rank < (*r)->rank))
        *r = hr;
}

/* Lowest-rank priority and regular heads over the services counter c
 * serves, those it prefers (pref) or the others. */
static void scan_heads(const queue_t *q, const catalog_agency_t *a, const queue_counter_t *c,
                       bool pref, queue_ticket_t **p, queue_ticket_t **r)
{
    for (size_t i = 0; i < a->n_services; i++) {
        const catalog_service_t *svc = &q->cat->services[a->first_service + i];
        if (!catalog_service_at_counter(q->cat, svc, c->number) ||
            catalog_service_preferred(q->cat, svc, c->number) != pref)
            continue;
        queue_service_t *s = queue_service_of(q, svc);
        if (!s)
            continue;
        lower_heads(s, p, r);
    }
}

/* Heads of the agency's queues whose service a reload removed: called when
 * nothing else waits, so those citizens are still served. */
static void scan_orphans(const queue_t *q, const queue_counter_t *c, queue_ticket_t **p,
                         queue_ticket_t **r)
{
    for (size_t i = 0; i < q->n_orphans; i++) {
        const queue_service_t *s = q->orphans[i];
        if (!s->agency || strcmp(s->agency->id, c->agency) != 0)
            continue;
        lower_heads(s, p, r);
    }
}

queue_ticket_t *queue_route_pick(const queue_t *q, const queue_counter_t *c, bool *priority)
{
    const catalog_agency_t *a = catalog_agency_find(q->cat, c->agency);
    if (!a)
        return NULL;
    queue_ticket_t *p = NULL, *r = NULL;
    if (catalog_counter_has_preferred(a, c->number))
        scan_heads(q, a, c, true, &p, &r);
    if (!p && !r)
        scan_heads(q, a, c, false, &p, &r);
    if (!p && !r)
        scan_orphans(q, c, &p, &r);
    *priority = take_priority(&a->route, p, r, c->priority_streak);
    return *priority ? p : r;
}

size_t queue_agency_callback(const queue_t *q, const char *agency, const queue_ticket_t **out,
                             size_t max)
{
    size_t n = 0;
    /* the list holds tickets in the order they came (restored in id order) */
    for (const tnode_t *nd = q->all_head; nd && n < max; nd = nd->all_next) {
        const queue_ticket_t *t = &nd->t;
        if ((t->status == QUEUE_TICKET_HELD || t->status == QUEUE_TICKET_NO_SHOW) &&
            t->day == q->day && strcmp(t->agency, agency) == 0)
            out[n++] = t;
    }
    return n;
}

size_t queue_counter_waiting(const queue_t *q, int counter, const queue_ticket_t **out, size_t max)
{
    const queue_counter_t *c = queue_counter_get(q, counter);
    if (!c || max == 0)
        return 0;
    const catalog_agency_t *a;
    size_t n = served(q, c, NULL, 0, &a);
    if (n == 0)
        return 0;
    queue_service_t **svcs = malloc(n * sizeof *svcs);
    /* one cursor per queue: [2i] priority, [2i+1] regular */
    queue_ticket_t **cur = malloc(2 * n * sizeof *cur);
    bool *pref = malloc(n * sizeof *pref);
    size_t got = 0;
    if (!svcs || !cur || !pref)
        goto out;
    served(q, c, svcs, n, &a);
    for (size_t i = 0; i < n; i++) {
        cur[2 * i] = svcs[i]->head[QLIST_PRIORITY];
        cur[2 * i + 1] = svcs[i]->head[QLIST_REGULAR];
        const catalog_service_t *svc = catalog_service_find(q->cat, svcs[i]->id);
        pref[i] = svc && catalog_service_preferred(q->cat, svc, counter);
    }
    int streak = c->priority_streak;
    while (got < max) {
        /* the preferred services while any of them has a ticket left */
        bool in_pref = false;
        for (size_t i = 0; i < n && !in_pref; i++)
            in_pref = pref[i] && (cur[2 * i] || cur[2 * i + 1]);
        size_t pi = SIZE_MAX, ri = SIZE_MAX;
        for (size_t i = 0; i < n; i++) {
            if (pref[i] != in_pref)
                continue;
            if (cur[2 * i] && (pi == SIZE_MAX || cur[2 * i]->rank < cur[pi]->rank))
                pi = 2 * i;
            if (cur[2 * i + 1] && (ri == SIZE_MAX || cur[2 * i + 1]->rank < cur[ri]->rank))
                ri = 2 * i + 1;
        }
        queue_ticket_t *p = pi == SIZE_MAX ? NULL : cur[pi];
        queue_ticket_t *r = ri == SIZE_MAX ? NULL : cur[ri];
        if (!p && !r)
            break;
        bool prio = take_priority(&a->route, p, r, streak);
        size_t k = prio ? pi : ri;
        out[got++] = cur[k];
        cur[k] = cur[k]->next;
        streak = prio ? streak + 1 : 0;
    }
out:
    free(svcs);
    free(cur);
    free(pref);
    return got;
}

/* Tickets of list `l` of `s` with a rank below `rank`. Walks from both
 * ends at once and stops where the walks meet the rank, so a ticket near
 * either end (a new ticket is at the back) costs a few steps, not the
 * whole queue. */
static int count_before(const queue_service_t *s, int l, int64_t rank)
{
    int from_head = 0, from_tail = 0;
    const queue_ticket_t *h = s->head[l], *t = s->tail[l];
    while (h && t) {
        if (h->rank >= rank)
            return from_head;
        if (t->rank < rank)
            return (int)s->count[l] - from_tail;
        from_head++;
        from_tail++;
        h = h->next;
        t = t->prev;
    }
    return from_head;
}

int queue_service_group_each(const queue_t *q, const char *service, bool priority,
                             int (*fn)(void *ctx, const queue_ticket_t *t), void *ctx)
{
    const queue_service_t *s = queue_map_get(&q->services, service, strlen(service));
    for (const queue_ticket_t *t = s ? s->head[priority ? QLIST_PRIORITY : QLIST_REGULAR] : NULL; t;
         t = t->next) {
        int rc = fn(ctx, t);
        if (rc)
            return rc;
    }
    return 0;
}

/* Tickets of s that counter routing calls before a ticket of rank `rank`
 * and priority `prio`, under the agency's policy: with priority_first
 * every priority ticket goes first, else each group keeps rank order. */
static int ahead_in(const queue_service_t *s, int64_t rank, bool prio, bool first)
{
    int p = count_before(s, QLIST_PRIORITY, rank), r = count_before(s, QLIST_REGULAR, rank);
    if (prio)
        return first ? p : p + r;
    return (first ? (int)s->count[QLIST_PRIORITY] : p) + r;
}

static int64_t typical_s(const queue_t *q, const catalog_service_t *svc);

/* The tickets counter routing calls before t (waiting, or printing and
 * shown where it will go): those ahead of it in its own service's queue
 * and in the queues of the services that share a counter with it, which
 * routing takes in rank order; svc and a are t's service and agency in
 * the catalog, or NULL. With work_s, also their typical counter times
 * summed, in seconds. The count stops once it passes `limit` (INT_MAX:
 * never); work_s asks for all of it. Loops over the agency's services,
 * never over a queue. */
static int ahead_of(const queue_t *q, const queue_ticket_t *t, const catalog_service_t *svc,
                    const catalog_agency_t *a, int64_t *work_s, int limit)
{
    const queue_service_t *own =
        t->queue ? t->queue : queue_map_get(&q->services, t->service, strlen(t->service));
    bool first = a && a->route.priority_first, prio = t->priority != PRIORITY_NONE;
    int n = own ? ahead_in(own, t->rank, prio, first) : 0;
    int64_t work = svc && n > 0 && work_s ? (int64_t)n * typical_s(q, svc) : 0;
    for (size_t i = 0; svc && a && i < a->n_services && n <= limit; i++) {
        const catalog_service_t *o = &q->cat->services[a->first_service + i];
        if (o == svc || !queue_services_share(q, a, svc, o))
            continue;
        const queue_service_t *s = queue_service_of(q, o);
        int k = s ? ahead_in(s, t->rank, prio, first) : 0;
        n += k;
        if (k > 0 && work_s) /* typical_s looks the service up again */
            work += (int64_t)k * typical_s(q, o);
    }
    if (work_s)
        *work_s = work;
    return n;
}

int queue_ticket_position(const queue_t *q, const queue_ticket_t *t)
{
    return queue_ticket_position_upto(q, t, INT_MAX);
}

int queue_ticket_position_upto(const queue_t *q, const queue_ticket_t *t, int limit)
{
    if (!t || (t->status != QUEUE_TICKET_WAITING && t->status != QUEUE_TICKET_PRINTING))
        return 0;
    return ahead_of(q, t, catalog_service_find(q->cat, t->service),
                    catalog_agency_find(q->cat, t->agency), NULL, limit);
}

/* ---- wait estimates ---- */

/* Pushes one counter time (seconds) into s's samples of `day`. */
static void sample_push(queue_service_t *s, uint32_t day, int64_t secs)
{
    if (s->samples_day != day) {
        s->samples_day = day;
        s->n_samples = 0;
    }
    if (secs > INT32_MAX)
        secs = INT32_MAX;
    s->sample_s[s->n_samples % QUEUE_SERVICE_SAMPLES] = (int32_t)secs;
    s->n_samples++;
}

void queue_note_finish(queue_t *q, const queue_ticket_t *t)
{
    if (t->day != q->day || t->called_at <= 0 || t->finished_at < t->called_at)
        return;
    queue_service_t *s = queue_service_state(q, t->service);
    if (s)
        sample_push(s, t->day, (t->finished_at - t->called_at) / 1000);
}

static void samples_clear(void *ctx, void *val)
{
    (void)ctx;
    ((queue_service_t *)val)->n_samples = 0;
}

/* Finish order: finished_at, then id. */
static int by_finished(const void *a, const void *b)
{
    const queue_ticket_t *x = *(queue_ticket_t *const *)a, *y = *(queue_ticket_t *const *)b;
    if (x->finished_at != y->finished_at)
        return x->finished_at < y->finished_at ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

void queue_samples_rebuild(queue_t *q)
{
    queue_map_each(&q->services, samples_clear, NULL);
    size_t n = 0;
    for (tnode_t *nd = q->all_head; nd; nd = nd->all_next)
        n += nd->t.status == QUEUE_TICKET_FINISHED && nd->t.day == q->day;
    if (n == 0)
        return;
    queue_ticket_t **fin = malloc(n * sizeof *fin);
    if (!fin)
        return; /* the estimates fall back on the standard minutes */
    size_t k = 0;
    for (tnode_t *nd = q->all_head; nd; nd = nd->all_next)
        if (nd->t.status == QUEUE_TICKET_FINISHED && nd->t.day == q->day)
            fin[k++] = &nd->t;
    qsort(fin, k, sizeof *fin, by_finished);
    for (size_t i = 0; i < k; i++)
        queue_note_finish(q, fin[i]);
    free(fin);
}

/* The typical counter time of service svc in seconds: the median of its
 * samples today, blended with the standard while they are few. */
static int64_t typical_s(const queue_t *q, const catalog_service_t *svc)
{
    int64_t standard = (int64_t)svc->minutes * 60;
    const queue_service_t *s = queue_service_of(q, svc);
    size_t k = 0;
    if (s && s->samples_day == q->day)
        k = s->n_samples < QUEUE_SERVICE_SAMPLES ? s->n_samples : QUEUE_SERVICE_SAMPLES;
    if (k == 0)
        return standard;
    int32_t v[QUEUE_SERVICE_SAMPLES];
    for (size_t i = 0; i < k; i++) { /* insertion sort of at most 20 */
        int32_t x = s->sample_s[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
    int64_t median = k % 2 ? v[k / 2] : ((int64_t)v[k / 2 - 1] + v[k / 2]) / 2;
    if (k >= QUEUE_SAMPLES_TRUST)
        return median;
    return ((int64_t)k * median + (int64_t)(QUEUE_SAMPLES_TRUST - k) * standard) /
           QUEUE_SAMPLES_TRUST;
}

/* Whether counter c is open and serves svc (of its agency). */
static bool serves_now(const queue_t *q, const queue_counter_t *c, const catalog_service_t *svc)
{
    return c->status == QUEUE_COUNTER_OPEN &&
           strcmp(c->agency, q->cat->agencies[svc->agency].id) == 0 &&
           catalog_service_at_counter(q->cat, svc, c->number);
}

int queue_service_counters_open(const queue_t *q, const char *service)
{
    const catalog_service_t *svc = catalog_service_find(q->cat, service);
    int open = 0;
    for (size_t i = 0; svc && i < q->n_counters; i++)
        open += serves_now(q, &q->counters[i], svc);
    return open;
}

/* The wait is the work ahead of t over the open counters serving its
 * service: the tickets ahead of it in its own queue and in the queues of
 * the services that share a counter with it (routing takes them in rank
 * order), each at its service's typical counter time, plus half a typical
 * time for each of those counters still busy with a ticket; a break in
 * today's hours that the wait runs into is added to it. The loops run
 * over the agency's services and counters, never over a queue. */
void queue_ticket_outlook(const queue_t *q, const queue_ticket_t *t, queue_outlook_t *out)
{
    memset(out, 0, sizeof *out);
    if (!t || (t->status != QUEUE_TICKET_WAITING && t->status != QUEUE_TICKET_PRINTING))
        return;
    const catalog_service_t *svc = catalog_service_find(q->cat, t->service);
    const catalog_agency_t *a = catalog_agency_find(q->cat, t->agency);
    int64_t work;
    out->position = ahead_of(q, t, svc, a, &work, INT_MAX);
    if (!svc || !a)
        return;
    int open = 0;
    for (size_t i = 0; i < q->n_counters; i++) {
        const queue_counter_t *c = &q->counters[i];
        if (!serves_now(q, c, svc))
            continue;
        open++;
        const queue_ticket_t *busy = c->ticket ? queue_ticket_by_id(q, c->ticket) : NULL;
        const catalog_service_t *bs = busy ? catalog_service_find(q->cat, busy->service) : NULL;
        if (bs)
            work += typical_s(q, bs) / 2;
    }
    out->counters_open = open;
    out->estimate_s = queue_wait_in_hours(q, t->agency, work / (open > 1 ? open : 1));
}

int64_t queue_ticket_estimate(const queue_t *q, const queue_ticket_t *t)
{
    queue_outlook_t o;
    queue_ticket_outlook(q, t, &o);
    return o.estimate_s;
}

int64_t queue_service_estimate(const queue_t *q, const char *service)
{
    const catalog_service_t *svc = catalog_service_find(q->cat, service);
    if (!svc)
        return 0;
    /* a ticket not yet queued, after everyone: the queue is searched by
     * its service and it is counted behind every waiting ticket */
    queue_ticket_t t;
    memset(&t, 0, sizeof t);
    t.status = QUEUE_TICKET_PRINTING;
    t.rank = INT64_MAX;
    snprintf(t.service, sizeof t.service, "%s", svc->id);
    snprintf(t.agency, sizeof t.agency, "%s", q->cat->agencies[svc->agency].id);
    return queue_ticket_estimate(q, &t);
}

int queue_agency_waiting(const queue_t *q, const char *agency)
{
    const qagency_t *a = agency ? queue_map_get(&q->agencies, agency, strlen(agency)) : NULL;
    return a ? a->waiting : 0;
}

const char *queue_agency_serving(const queue_t *q, const char *agency)
{
    const qagency_t *a = agency ? queue_map_get(&q->agencies, agency, strlen(agency)) : NULL;
    return a && a->serving_day == q->day ? a->serving : "";
}
