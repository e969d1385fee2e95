/*
 * supervise.c - the hall live (supervise.h): one walk over the tickets in
 * memory gathers the waiting tickets and today's waits per agency, then the
 * counters and the alerts are read from them. Nothing is kept between two
 * looks but the grown scratch.
 */
#include "supervise/supervise.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "service_time.h"

#define TYPICAL_MIN_SAMPLES 5 /* called tickets before a typical wait is told */
#define AMBER_SHARE 0.8       /* of the standard: the timer turns amber */

struct supervise {
    config_pause_reason_t reasons[CONFIG_MAX_PAUSE_REASONS];
    size_t n_reasons;
    double wait_multiple;
    int64_t wait_floor_s, no_counter_s;

    /* scratch of the last look, grown as needed */
    supervise_agency_t *agencies;
    size_t cap_agencies;
    supervise_counter_t *counters;
    size_t cap_counters;
    supervise_alert_t *alerts;
    size_t n_alerts, cap_alerts;
    struct sample {
        size_t agency;
        int64_t ms;
    } * samples; /* waits of today's called tickets */
    size_t n_samples, cap_samples;
    const queue_ticket_t **waiting; /* tickets waiting now */
    size_t n_waiting, cap_waiting;
    struct svc_wait {
        int tickets;
        int64_t oldest_queued; /* ms */
    } * services;              /* per catalog service */
    size_t cap_services;
};

int supervise_new(supervise_t **out, const config_t *cfg)
{
    supervise_t *sv = calloc(1, sizeof *sv);
    if (!sv)
        return SUPERVISE_ENOMEM;
    sv->n_reasons = cfg->n_pause_reasons;
    memcpy(sv->reasons, cfg->pause_reasons, sizeof sv->reasons);
    sv->wait_multiple = cfg->alert_wait_multiple;
    sv->wait_floor_s = (int64_t)cfg->alert_wait_floor_min * 60;
    sv->no_counter_s = (int64_t)cfg->alert_no_counter_min * 60;
    *out = sv;
    return SUPERVISE_OK;
}

void supervise_free(supervise_t *sv)
{
    if (!sv)
        return;
    free(sv->agencies);
    free(sv->counters);
    free(sv->alerts);
    free(sv->samples);
    free(sv->waiting);
    free(sv->services);
    free(sv);
}

const config_pause_reason_t *supervise_reason(const supervise_t *sv, const char *reason)
{
    for (size_t i = 0; reason && i < sv->n_reasons; i++)
        if (strcmp(sv->reasons[i].id, reason) == 0)
            return &sv->reasons[i];
    return NULL;
}

const config_pause_reason_t *supervise_reasons(const supervise_t *sv, size_t *n)
{
    *n = sv->n_reasons;
    return sv->reasons;
}

/* Whether `text` names the reason whose id or name is `name`: letters
 * without case, and ' ', '_' and '-' alike. */
static bool same_name(const char *text, const char *name)
{
    for (;; text++, name++) {
        char a = *text, b = *name;
        a = a == ' ' || a == '_' ? '-' : a >= 'A' && a <= 'Z' ? (char)(a + 32) : a;
        b = b == ' ' || b == '_' ? '-' : b >= 'A' && b <= 'Z' ? (char)(b + 32) : b;
        if (a != b)
            return false;
        if (!a)
            return true;
    }
}

int supervise_reason_check(const supervise_t *sv, const char *reason, const char **id, char *msg,
                           size_t n)
{
    bool given = reason && reason[0];
    *id = NULL;
    if (!given)
        return SUPERVISE_OK; /* CONTRACT.md: pause takes no body; reported "no reason given" */
    for (size_t i = 0; i < sv->n_reasons; i++)
        if (same_name(reason, sv->reasons[i].id) || same_name(reason, sv->reasons[i].name)) {
            *id = sv->reasons[i].id;
            return SUPERVISE_OK;
        }
    if (sv->n_reasons == 0) {
        snprintf(msg, n,
                 "this hall lists no pause reasons (pause_reasons in the hall config); pause "
                 "without a reason");
        return SUPERVISE_EUNKNOWN;
    }
    size_t off = (size_t)snprintf(msg, n, "'%.40s' is not a pause reason of this hall; ", reason);
    off += (size_t)snprintf(msg + (off < n ? off : n), off < n ? n - off : 0, "reason is one of");
    for (size_t i = 0; i < sv->n_reasons && off < n; i++)
        off += (size_t)snprintf(msg + off, n - off, "%s \"%s\"", i ? "," : "", sv->reasons[i].id);
    return SUPERVISE_EUNKNOWN;
}

supervise_level_t supervise_level(int64_t elapsed_s, int standard_s)
{
    if (standard_s <= 0)
        return SUPERVISE_LEVEL_NONE;
    if (elapsed_s > standard_s)
        return SUPERVISE_LEVEL_RED;
    if ((double)elapsed_s >= AMBER_SHARE * standard_s)
        return SUPERVISE_LEVEL_AMBER;
    return SUPERVISE_LEVEL_OK;
}

const char *supervise_level_name(supervise_level_t l)
{
    static const char *const names[] = {NULL, "ok", "amber", "red"};
    return (unsigned)l <= SUPERVISE_LEVEL_RED ? names[l] : NULL;
}

const char *supervise_alert_name(supervise_alert_kind_t k)
{
    static const char *const names[] = {"long_wait", "long_pause", "no_counter"};
    return (unsigned)k <= SUPERVISE_ALERT_NO_COUNTER ? names[k] : "unknown";
}

/* ---- the look ---- */

/* Makes room for `want` items of `size` in *p (capacity *cap). */
static bool room(void **p, size_t *cap, size_t want, size_t size)
{
    if (want <= *cap)
        return true;
    size_t n = *cap ? *cap : 16;
    while (n < want)
        n *= 2;
    void *q = realloc(*p, n * size);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

typedef struct walk {
    supervise_t *sv;
    const catalog_t *cat;
    const char *only; /* agency filter, NULL = all */
    uint32_t day;
    bool oom;
} walk_t;

static int walk_ticket(void *ctx, const queue_ticket_t *t)
{
    walk_t *w = ctx;
    supervise_t *sv = w->sv;
    if (w->only && strcmp(t->agency, w->only) != 0)
        return 0;
    const catalog_agency_t *a = catalog_agency_find(w->cat, t->agency);
    if (!a)
        return 0;
    size_t ai = (size_t)(a - w->cat->agencies);
    if (t->status == QUEUE_TICKET_WAITING) {
        if (!room((void **)&sv->waiting, &sv->cap_waiting, sv->n_waiting + 1, sizeof *sv->waiting))
            return w->oom = true;
        sv->waiting[sv->n_waiting++] = t;
    } else if (t->day == w->day && t->called_at > 0 && t->called_at >= t->queued_at &&
               t->status != QUEUE_TICKET_PRINTING) {
        if (!room((void **)&sv->samples, &sv->cap_samples, sv->n_samples + 1, sizeof *sv->samples))
            return w->oom = true;
        sv->samples[sv->n_samples++] = (struct sample){ai, t->called_at - t->queued_at};
    }
    return 0;
}

static int sample_cmp(const void *a, const void *b)
{
    const struct sample *x = a, *y = b;
    if (x->agency != y->agency)
        return x->agency < y->agency ? -1 : 1;
    return (x->ms > y->ms) - (x->ms < y->ms);
}

/* Median waits per agency (index into the catalog) into typical[]. */
static void typical_waits(supervise_t *sv, int64_t *typical, size_t n_agencies)
{
    for (size_t i = 0; i < n_agencies; i++)
        typical[i] = -1;
    if (sv->n_samples)
        qsort(sv->samples, sv->n_samples, sizeof *sv->samples, sample_cmp);
    for (size_t i = 0; i < sv->n_samples;) {
        size_t k = i;
        while (k < sv->n_samples && sv->samples[k].agency == sv->samples[i].agency)
            k++;
        size_t n = k - i;
        if (n >= TYPICAL_MIN_SAMPLES) {
            const struct sample *m = &sv->samples[i + n / 2];
            int64_t ms = n % 2 ? m->ms : (m->ms + sv->samples[i + n / 2 - 1].ms) / 2;
            typical[sv->samples[i].agency] = ms / 1000;
        }
        i = k;
    }
}

static supervise_alert_t *alert_add(supervise_t *sv, supervise_alert_kind_t kind,
                                    const char *agency)
{
    if (!room((void **)&sv->alerts, &sv->cap_alerts, sv->n_alerts + 1, sizeof *sv->alerts))
        return NULL;
    supervise_alert_t *al = &sv->alerts[sv->n_alerts++];
    memset(al, 0, sizeof *al);
    al->kind = kind;
    al->agency = agency;
    return al;
}

/* One counter's line, and its long-pause alert. */
static bool look_counter(supervise_t *sv, const queue_t *q, const catalog_t *cat, int64_t now,
                         const queue_counter_t *c, supervise_counter_t *out)
{
    memset(out, 0, sizeof *out);
    out->counter = c;
    out->ticket = c->ticket ? queue_ticket_by_id(q, c->ticket) : NULL;
    const queue_ticket_t *t = out->ticket;
    if (t && (t->status == QUEUE_TICKET_CALLED || t->status == QUEUE_TICKET_SERVING)) {
        int64_t from = service_began(t->called_at, t->started_at);
        out->ticket_s = from > 0 && now > from ? (now - from) / 1000 : 0;
        const catalog_service_t *svc = catalog_service_find(cat, t->service);
        out->standard_s = svc && svc->minutes > 0 ? svc->minutes * 60 : 0;
        out->level = supervise_level(out->ticket_s, out->standard_s);
    }
    if (c->status != QUEUE_COUNTER_PAUSED)
        return true;
    out->paused_s = c->paused_at > 0 && now > c->paused_at ? (now - c->paused_at) / 1000 : 0;
    const config_pause_reason_t *r = supervise_reason(sv, c->pause_reason);
    out->pause_limit_s = r ? r->max_minutes * 60 : 0;
    if (out->pause_limit_s > 0 && out->paused_s > out->pause_limit_s) {
        supervise_alert_t *al = alert_add(sv, SUPERVISE_ALERT_LONG_PAUSE, c->agency);
        if (!al)
            return false;
        al->counter = c->number;
        al->reason = c->pause_reason;
        al->staff = c->staff;
        al->for_s = out->paused_s;
        al->limit_s = out->pause_limit_s;
    }
    return true;
}

/* Whether some counter of agency a that is open now serves svc. */
static bool served_now(const queue_t *q, const catalog_t *cat, const catalog_agency_t *a,
                       const catalog_service_t *svc)
{
    for (size_t i = 0; i < a->n_counters; i++) {
        const queue_counter_t *c = queue_counter_get(q, a->counters[i]);
        if (c && c->status == QUEUE_COUNTER_OPEN && catalog_service_at_counter(cat, svc, c->number))
            return true;
    }
    return false;
}

/* The waits: per agency (the n_agencies of the look), long-wait alerts;
 * per service, no-counter ones. */
static bool look_waiting(supervise_t *sv, const queue_t *q, const catalog_t *cat, int64_t now,
                         size_t n_agencies)
{
    if (!room((void **)&sv->services, &sv->cap_services, cat->n_services + 1, sizeof *sv->services))
        return false;
    memset(sv->services, 0, (cat->n_services + 1) * sizeof *sv->services);
    /* per agency: 1 + the index of its long-wait alert, 0 = none yet (an
       index, since adding alerts may move them) */
    size_t *long_wait = calloc(cat->n_agencies + 1, sizeof *long_wait);
    if (!long_wait)
        return false;
    bool ok = true;
    for (size_t i = 0; i < sv->n_waiting && ok; i++) {
        const queue_ticket_t *t = sv->waiting[i];
        const catalog_agency_t *a = catalog_agency_find(cat, t->agency);
        supervise_agency_t *ag = NULL;
        for (size_t k = 0; a && k < n_agencies && !ag; k++)
            if (sv->agencies[k].agency == a)
                ag = &sv->agencies[k];
        if (!ag)
            continue;
        int64_t waited = now > t->queued_at ? (now - t->queued_at) / 1000 : 0;
        ag->waiting++;
        if (waited > ag->longest_s)
            ag->longest_s = waited;
        if (waited > ag->threshold_s) {
            size_t ai = (size_t)(a - cat->agencies);
            if (!long_wait[ai]) {
                if (!alert_add(sv, SUPERVISE_ALERT_LONG_WAIT, a->id)) {
                    ok = false;
                    break;
                }
                long_wait[ai] = sv->n_alerts;
            }
            supervise_alert_t *al = &sv->alerts[long_wait[ai] - 1];
            al->tickets++;
            al->limit_s = ag->threshold_s;
            if (waited > al->for_s) {
                al->for_s = waited;
                al->number = t->number;
            }
        }
        const catalog_service_t *svc = catalog_service_find(cat, t->service);
        if (svc) {
            struct svc_wait *s = &sv->services[svc - cat->services];
            if (!s->tickets || t->queued_at < s->oldest_queued)
                s->oldest_queued = t->queued_at;
            s->tickets++;
        }
    }
    free(long_wait);
    for (size_t i = 0; i < cat->n_services && ok; i++) {
        const struct svc_wait *s = &sv->services[i];
        const catalog_service_t *svc = &cat->services[i];
        const catalog_agency_t *a = &cat->agencies[svc->agency];
        int64_t oldest = now > s->oldest_queued ? (now - s->oldest_queued) / 1000 : 0;
        if (!s->tickets || oldest < sv->no_counter_s || served_now(q, cat, a, svc))
            continue;
        supervise_alert_t *al = alert_add(sv, SUPERVISE_ALERT_NO_COUNTER, a->id);
        if (!al)
            return false;
        al->service = svc->id;
        al->tickets = s->tickets;
        al->for_s = oldest;
        al->limit_s = sv->no_counter_s;
    }
    return ok;
}

static int alert_cmp(const void *a, const void *b)
{
    const supervise_alert_t *x = a, *y = b;
    int64_t ox = x->for_s - x->limit_s, oy = y->for_s - y->limit_s; /* how far past */
    return (ox < oy) - (ox > oy);
}

int supervise_look(supervise_t *sv, const queue_t *q, const catalog_t *cat, int64_t now,
                   const char *agency, supervise_view_t *out)
{
    memset(out, 0, sizeof *out);
    const char *only = agency && agency[0] ? agency : NULL;
    size_t n_counters = queue_counter_count(q);
    sv->n_alerts = sv->n_samples = sv->n_waiting = 0;
    if (!room((void **)&sv->agencies, &sv->cap_agencies, cat->n_agencies + 1,
              sizeof *sv->agencies) ||
        !room((void **)&sv->counters, &sv->cap_counters, n_counters + 1, sizeof *sv->counters))
        return SUPERVISE_ENOMEM;
    walk_t w = {sv, cat, only, queue_day(q), false};
    queue_ticket_each(q, walk_ticket, &w);
    if (w.oom)
        return SUPERVISE_ENOMEM;
    int64_t *typical = malloc((cat->n_agencies + 1) * sizeof *typical);
    if (!typical)
        return SUPERVISE_ENOMEM;
    typical_waits(sv, typical, cat->n_agencies);

    size_t na = 0, nc = 0;
    for (size_t i = 0; i < cat->n_agencies; i++) {
        const catalog_agency_t *a = &cat->agencies[i];
        if (only && strcmp(a->id, only) != 0)
            continue;
        supervise_agency_t *ag = &sv->agencies[na++];
        memset(ag, 0, sizeof *ag);
        ag->agency = a;
        ag->typical_s = typical[i];
        int64_t by_typical = typical[i] > 0 ? (int64_t)(sv->wait_multiple * (double)typical[i]) : 0;
        ag->threshold_s = by_typical > sv->wait_floor_s ? by_typical : sv->wait_floor_s;
        ag->first = nc;
        for (size_t k = 0; k < n_counters; k++) {
            const queue_counter_t *c = queue_counter_at(q, k);
            if (strcmp(c->agency, a->id) != 0)
                continue;
            if (!look_counter(sv, q, cat, now, c, &sv->counters[nc++])) {
                free(typical);
                return SUPERVISE_ENOMEM;
            }
            ag->open += c->status == QUEUE_COUNTER_OPEN;
            ag->paused += c->status == QUEUE_COUNTER_PAUSED;
        }
        ag->n = nc - ag->first;
    }
    free(typical);
    out->agencies = sv->agencies;
    out->n_agencies = na;
    if (!look_waiting(sv, q, cat, now, na))
        return SUPERVISE_ENOMEM;
    if (sv->n_alerts)
        qsort(sv->alerts, sv->n_alerts, sizeof *sv->alerts, alert_cmp);
    out->counters = sv->counters;
    out->n_counters = nc;
    out->alerts = sv->alerts;
    out->n_alerts = sv->n_alerts;
    return SUPERVISE_OK;
}
