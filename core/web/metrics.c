/*
 * metrics.c - GET /metrics: the hall in the Prometheus text exposition
 * format (version 0.0.4), each metric documented in docs/metrics.md.
 *
 * What happens is counted where it happens, in O(1) each time: tickets
 * issued, served, no-show, cancelled and transferred per agency, and their
 * wait and service times, from the events the hall hands to the feed once
 * they are committed (so a change that a failed commit undid is never
 * counted), from what each said of its ticket; HTTP latency per kind of
 * request, from server.c; the commit group's rounds and plugin reloads,
 * from the hall's probe. The counters start at zero when mppd starts
 * (mpp_start_time_seconds says when) and only go up: hook counts of plugin
 * versions a reload replaced are kept. What is true now (waiting tickets,
 * WebSocket clients, LMDB use, plugin errors) is read when the page is
 * asked for.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "plugin/plugin.h"
#include "render.h"
#include "service_time.h"
#include "web/web_int.h"

/* ---- histograms ---- */

#define HIST_MAX 16

/* A histogram's upper bounds, in its own unit (microseconds, seconds or
 * tickets; milliseconds for a message's lag), and how many decimals turn
 * that unit into the exposed one. */
typedef struct hist_def {
    const uint64_t *le;
    size_t n;
    int decimals; /* 6: the unit is a millionth of the exposed one, 3 a thousandth */
} hist_def_t;

/* Counts per bucket (not cumulative: bucket i holds le[i-1] < v <= le[i],
 * the last one v > le[n-1]), the number of observations and their sum. */
typedef struct hist {
    uint64_t bucket[HIST_MAX + 1];
    uint64_t count, sum;
} hist_t;

/* Request and commit latency, in microseconds: 0.5 ms to 5 s. */
static const uint64_t latency_le[] = {500,    1000,   2500,   5000,    10000,   25000,  50000,
                                      100000, 250000, 500000, 1000000, 2500000, 5000000};
/* Wait and service times in a hall, in seconds: a minute to two hours. */
static const uint64_t hall_le[] = {60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200};
/* Delivery lag of a message, in milliseconds: 100 ms to an hour. */
static const uint64_t lag_le[] = {100,   250,   500,   1000,   2500,   5000,
                                  10000, 30000, 60000, 300000, 900000, 3600000};
/* Tickets per commit round. */
static const uint64_t batch_le[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};

#define DEF(arr, dec)                                                                              \
    {                                                                                              \
        arr, sizeof arr / sizeof arr[0], dec                                                       \
    }
static const hist_def_t latency_def = DEF(latency_le, 6);
static const hist_def_t hall_def = DEF(hall_le, 0);
static const hist_def_t batch_def = DEF(batch_le, 0);
static const hist_def_t lag_def = DEF(lag_le, 3);
#undef DEF

static void hist_observe(hist_t *h, const hist_def_t *d, uint64_t v)
{
    size_t i = 0;
    while (i < d->n && v > d->le[i])
        i++;
    h->bucket[i]++;
    h->count++;
    h->sum += v;
}

/* ---- per agency ---- */

static const char *const cancel_reasons[] = {"citizen", "staff", "closed", "print_timeout",
                                             "other"};
#define N_REASONS (sizeof cancel_reasons / sizeof cancel_reasons[0])

/* Kinds of a failed delivery attempt (hall_probe_t.message). */
#define N_FAILURES 3

typedef struct agency_stats {
    char id[CATALOG_ID_MAX];
    uint64_t issued, served, no_show, transferred;
    uint64_t cancelled[N_REASONS];
    hist_t wait, service;
    /* hook counts of the plugin versions that reloads replaced */
    uint64_t hook_calls, hook_failures, hook_overruns;
} agency_stats_t;

struct metrics {
    agency_stats_t *agencies; /* owned; every agency seen since start */
    size_t n_agencies, cap_agencies;
    hist_t http[WEB_ROUTE__COUNT];
    hist_t commit_time, commit_tickets;
    uint64_t commit_failures;
    bool commit_failing; /* the last commit failed */
    uint64_t reloads_swapped, reloads_refused;
    hist_t message_lag;                  /* due to delivered, ms */
    uint64_t gateway_errors[N_FAILURES]; /* failed attempts by failure_names */
    int64_t started_at;                  /* unix seconds */
    /* ids of the tickets called at least once on called_day: the wait is
     * observed at a ticket's first call only, not when a no-show or held
     * ticket is called back */
    uint64_t *called; /* owned; open addressing, 0 = free */
    size_t called_n, called_cap;
    char called_day[11]; /* "YYYY-MM-DD" of the events it holds */
};

static const char *const failure_names[N_FAILURES] = {"http", "timeout", "network"};

static const char *const route_names[WEB_ROUTE__COUNT] = {"issue", "counter", "read", "write",
                                                          "page"};

metrics_t *metrics_new(void)
{
    metrics_t *m = calloc(1, sizeof *m);
    if (m)
        m->started_at = (int64_t)time(NULL);
    return m;
}

void metrics_free(metrics_t *m)
{
    if (!m)
        return;
    free(m->agencies);
    free(m->called);
    free(m);
}

/* The stats of agency `id`, added when new; NULL when out of memory. */
static agency_stats_t *agency_get(metrics_t *m, const char *id)
{
    for (size_t i = 0; i < m->n_agencies; i++)
        if (strcmp(m->agencies[i].id, id) == 0)
            return &m->agencies[i];
    if (m->n_agencies == m->cap_agencies) {
        size_t cap = m->cap_agencies ? m->cap_agencies * 2 : 32;
        agency_stats_t *p = realloc(m->agencies, cap * sizeof *p);
        if (!p)
            return NULL;
        m->agencies = p;
        m->cap_agencies = cap;
    }
    agency_stats_t *a = &m->agencies[m->n_agencies++];
    memset(a, 0, sizeof *a);
    snprintf(a->id, sizeof a->id, "%s", id);
    return a;
}

/* ---- the first call of each ticket ---- */

static size_t id_slot(uint64_t id, size_t cap)
{
    id ^= id >> 33;
    id *= 0xff51afd7ed558ccdULL;
    id ^= id >> 33;
    return (size_t)(id & (cap - 1));
}

static bool called_grow(metrics_t *m)
{
    size_t cap = m->called_cap ? m->called_cap * 2 : 1024;
    uint64_t *p = calloc(cap, sizeof *p);
    if (!p)
        return false;
    for (size_t i = 0; i < m->called_cap; i++) {
        if (!m->called[i])
            continue;
        size_t s = id_slot(m->called[i], cap);
        while (p[s])
            s = (s + 1) & (cap - 1);
        p[s] = m->called[i];
    }
    free(m->called);
    m->called = p;
    m->called_cap = cap;
    return true;
}

/* True when ticket `id` is called for the first time on `day` (events of
 * a new day forget the ones before: calls by number reach only today's
 * tickets). Out of memory, every call counts as a first one. */
static bool called_first(metrics_t *m, const char *day, uint64_t id)
{
    if (strcmp(day, m->called_day) != 0) {
        snprintf(m->called_day, sizeof m->called_day, "%s", day);
        if (m->called)
            memset(m->called, 0, m->called_cap * sizeof *m->called);
        m->called_n = 0;
    }
    if (id == 0 || ((m->called_n + 1) * 2 > m->called_cap && !called_grow(m)))
        return true;
    size_t s = id_slot(id, m->called_cap);
    while (m->called[s]) {
        if (m->called[s] == id)
            return false;
        s = (s + 1) & (m->called_cap - 1);
    }
    m->called[s] = id;
    m->called_n++;
    return true;
}

/* ---- events ----
 * A committed event comes with what it said of its ticket
 * (hall_event_facts_t), taken from the engine's event when it was
 * recorded: at the hall's issue rate (over 20,000 a second) even one pass
 * over each event's JSON cost the loop a tenth of its time. Times are
 * counted in whole seconds, as the event's JSON gives them. */

static int64_t secs_of(int64_t ms)
{
    return ms / 1000;
}

/* Seconds from a to b (ms, 0: not yet); false when either is not yet. */
static bool secs_between(int64_t a, int64_t b, uint64_t *out)
{
    if (a <= 0 || b <= 0)
        return false;
    *out = secs_of(b) > secs_of(a) ? (uint64_t)(secs_of(b) - secs_of(a)) : 0;
    return true;
}

static void on_called(metrics_t *m, agency_stats_t *a, const hall_event_facts_t *f)
{
    char at[40], day[11];
    render_time(f->at, at, sizeof at);
    if (!at[0])
        return;
    snprintf(day, sizeof day, "%.10s", at);
    uint64_t wait;
    if (called_first(m, day, f->ticket) && secs_between(f->issued_at, f->called_at, &wait))
        hist_observe(&a->wait, &hall_def, wait);
}

/* Service time (service_took), in whole seconds as the events give them. */
static void on_finished(agency_stats_t *a, const hall_event_facts_t *f)
{
    uint64_t secs;
    if (service_took(secs_of(f->called_at), secs_of(f->started_at), secs_of(f->finished_at), &secs))
        hist_observe(&a->service, &hall_def, secs);
}

void metrics_event(metrics_t *m, const hall_event_facts_t *f)
{
    if (!m || !f || !f->ticket)
        return;
    agency_stats_t *a = agency_get(m, f->agency);
    if (!a)
        return;
    switch (f->type) {
    case QUEUE_EV_TICKET_ISSUED: a->issued++; break;
    case QUEUE_EV_TICKET_CALLED: on_called(m, a, f); break;
    case QUEUE_EV_TICKET_FINISHED:
        a->served++;
        on_finished(a, f);
        break;
    case QUEUE_EV_TICKET_NO_SHOW: a->no_show++; break;
    case QUEUE_EV_TICKET_TRANSFERRED: a->transferred++; break;
    case QUEUE_EV_TICKET_CANCELLED: {
        size_t i = 0;
        while (i < N_REASONS - 1 && strcmp(f->reason, cancel_reasons[i]) != 0)
            i++;
        a->cancelled[i]++;
        break;
    }
    default: break;
    }
}

/* ---- HTTP, commits, reloads ---- */

int64_t metrics_clock_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

web_route_t metrics_route_of(const char *method, const char *path)
{
    bool read = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
    if (strcmp(path, "/healthz") == 0 || strcmp(path, "/metrics") == 0)
        return read ? WEB_ROUTE_READ : WEB_ROUTE_WRITE;
    if (strncmp(path, "/api/", 5) != 0)
        return WEB_ROUTE_PAGE;
    if (read)
        return WEB_ROUTE_READ;
    if (strcmp(method, "POST") == 0 && strcmp(path, "/api/v1/tickets") == 0)
        return WEB_ROUTE_ISSUE;
    if (strcmp(method, "POST") == 0 && strncmp(path, "/api/v1/counters/", 17) == 0)
        return WEB_ROUTE_COUNTER;
    return WEB_ROUTE_WRITE;
}

void metrics_http_done(metrics_t *m, web_route_t route, int64_t us)
{
    if (m && (unsigned)route < WEB_ROUTE__COUNT)
        hist_observe(&m->http[route], &latency_def, us > 0 ? (uint64_t)us : 0);
}

void metrics_commit(void *ctx, int rc, int64_t us, size_t tickets)
{
    metrics_t *m = ctx;
    if (!m)
        return;
    hist_observe(&m->commit_time, &latency_def, us > 0 ? (uint64_t)us : 0);
    hist_observe(&m->commit_tickets, &batch_def, tickets);
    if (rc != 0)
        m->commit_failures++;
    m->commit_failing = rc != 0;
}

void metrics_message(void *ctx, bool delivered, int64_t lag_ms, const char *failure)
{
    metrics_t *m = ctx;
    if (!m)
        return;
    if (delivered) {
        hist_observe(&m->message_lag, &lag_def, lag_ms > 0 ? (uint64_t)lag_ms : 0);
        return;
    }
    size_t i = 0;
    while (i < N_FAILURES - 1 && strcmp(failure_names[i], failure) != 0)
        i++;
    m->gateway_errors[i]++;
}

bool metrics_commit_failing(const metrics_t *m)
{
    return m && m->commit_failing;
}

void metrics_reload(void *ctx, bool swapped, const catalog_t *old)
{
    metrics_t *m = ctx;
    if (!m)
        return;
    if (!swapped) {
        m->reloads_refused++;
        return;
    }
    m->reloads_swapped++;
    /* the replaced versions' hook counts stay in the totals */
    for (size_t i = 0; old && i < old->n_agencies; i++) {
        plugin_runtime_stats_t st;
        agency_stats_t *a;
        if (plugin_runtime_stats(&old->agencies[i], &st) != 0 ||
            !(a = agency_get(m, old->agencies[i].id)))
            continue;
        a->hook_calls += st.calls;
        a->hook_failures += st.failures;
        a->hook_overruns += st.overruns;
    }
}

/* ---- the exposition ---- */

/* The page being written; oom once a write failed. */
typedef struct out {
    char *p;
    size_t len, cap;
    bool oom;
} out_t;

static void put(out_t *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(out_t *o, const char *fmt, ...)
{
    for (int tries = 0; tries < 2 && !o->oom; tries++) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(o->p + o->len, o->cap - o->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            o->oom = true;
            return;
        }
        if ((size_t)n < o->cap - o->len) {
            o->len += (size_t)n;
            return;
        }
        size_t cap = (o->cap + (size_t)n + 1) * 2;
        char *p = realloc(o->p, cap);
        if (!p) {
            o->oom = true;
            return;
        }
        o->p = p;
        o->cap = cap;
    }
}

/* HELP and TYPE of a metric family, once, before its samples. The help
 * texts are ours and hold no backslash or newline to escape. */
static void family(out_t *o, const char *name, const char *type, const char *help)
{
    put(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* A label value, escaped as the format asks (backslash, quote, newline). */
static void put_value(out_t *o, const char *v)
{
    if (!strpbrk(v, "\\\"\n")) {
        put(o, "%s", v);
        return;
    }
    for (; *v; v++) {
        if (*v == '\\')
            put(o, "\\\\");
        else if (*v == '"')
            put(o, "\\\"");
        else if (*v == '\n')
            put(o, "\\n");
        else
            put(o, "%c", *v);
    }
}

/* `name{label="value"} ` or `name ` when label is NULL. */
static void sample_start(out_t *o, const char *name, const char *label, const char *value)
{
    put(o, "%s", name);
    if (label) {
        put(o, "{%s=\"", label);
        put_value(o, value);
        put(o, "\"}");
    }
    put(o, " ");
}

static void sample_u64(out_t *o, const char *name, const char *label, const char *value, uint64_t v)
{
    sample_start(o, name, label, value);
    put(o, "%llu\n", (unsigned long long)v);
}

/* v in the histogram's unit, written in the exposed one the way
 * Prometheus clients write it (0.005, 1, 2.5), since le is matched as a
 * string in queries. */
static void put_scaled(out_t *o, uint64_t v, int decimals)
{
    uint64_t unit = 1;
    for (int i = 0; i < decimals; i++)
        unit *= 10;
    if (v % unit == 0) {
        put(o, "%llu", (unsigned long long)(v / unit));
        return;
    }
    char frac[24];
    snprintf(frac, sizeof frac, "%0*llu", decimals, (unsigned long long)(v % unit));
    size_t n = strlen(frac);
    while (n > 0 && frac[n - 1] == '0')
        frac[--n] = '\0';
    put(o, "%llu.%s", (unsigned long long)(v / unit), frac);
}

/* The _bucket (cumulative), _sum and _count lines of one histogram. */
static void hist_put(out_t *o, const char *name, const char *label, const char *value,
                     const hist_t *h, const hist_def_t *d)
{
    uint64_t cum = 0;
    for (size_t i = 0; i <= d->n; i++) {
        cum += h->bucket[i];
        put(o, "%s_bucket{", name);
        if (label) {
            put(o, "%s=\"", label);
            put_value(o, value);
            put(o, "\",");
        }
        put(o, "le=\"");
        if (i < d->n)
            put_scaled(o, d->le[i], d->decimals);
        else
            put(o, "+Inf");
        put(o, "\"} %llu\n", (unsigned long long)cum);
    }
    char sub[96];
    snprintf(sub, sizeof sub, "%s_sum", name);
    sample_start(o, sub, label, value);
    put_scaled(o, h->sum, d->decimals);
    put(o, "\n");
    snprintf(sub, sizeof sub, "%s_count", name);
    sample_u64(o, sub, label, value, h->count);
}

/* A per-agency counter family: one sample per agency, the uint64_t at
 * `offset` in its stats. */
static void agency_counter(out_t *o, const metrics_t *m, const char *name, const char *help,
                           size_t offset)
{
    family(o, name, "counter", help);
    for (size_t i = 0; i < m->n_agencies; i++)
        sample_u64(o, name, "agency", m->agencies[i].id,
                   *(const uint64_t *)((const char *)&m->agencies[i] + offset));
}

/* Ticket counts, waiting now and the two time histograms. */
static void put_tickets(out_t *o, metrics_t *m, queue_t *q)
{
    agency_counter(o, m, "mpp_tickets_issued_total",
                   "Tickets issued since mppd started, per agency.",
                   offsetof(agency_stats_t, issued));
    agency_counter(o, m, "mpp_tickets_served_total",
                   "Tickets finished at a counter since mppd started, per agency (each "
                   "step of a multi-step service counts).",
                   offsetof(agency_stats_t, served));
    agency_counter(o, m, "mpp_tickets_no_show_total",
                   "Tickets marked no-show since mppd started, per agency.",
                   offsetof(agency_stats_t, no_show));
    agency_counter(o, m, "mpp_tickets_transferred_total",
                   "Tickets moved into one of the agency's services (transfer or next "
                   "step) since mppd started, per receiving agency.",
                   offsetof(agency_stats_t, transferred));
    family(o, "mpp_tickets_cancelled_total", "counter",
           "Tickets cancelled since mppd started, per agency and reason (citizen, staff, "
           "closed, print_timeout, other).");
    for (size_t i = 0; i < m->n_agencies; i++)
        for (size_t r = 0; r < N_REASONS; r++) {
            put(o, "mpp_tickets_cancelled_total{agency=\"");
            put_value(o, m->agencies[i].id);
            put(o, "\",reason=\"%s\"} %llu\n", cancel_reasons[r],
                (unsigned long long)m->agencies[i].cancelled[r]);
        }
    family(o, "mpp_waiting_tickets", "gauge", "Tickets waiting now, per agency.");
    for (size_t i = 0; i < m->n_agencies; i++)
        sample_u64(o, "mpp_waiting_tickets", "agency", m->agencies[i].id,
                   (uint64_t)queue_agency_waiting(q, m->agencies[i].id));
    family(o, "mpp_wait_seconds", "histogram",
           "Seconds from issue to a ticket's first call, per agency.");
    for (size_t i = 0; i < m->n_agencies; i++)
        hist_put(o, "mpp_wait_seconds", "agency", m->agencies[i].id, &m->agencies[i].wait,
                 &hall_def);
    family(o, "mpp_service_seconds", "histogram",
           "Seconds from the start at a counter (or the call) to the finish, per agency.");
    for (size_t i = 0; i < m->n_agencies; i++)
        hist_put(o, "mpp_service_seconds", "agency", m->agencies[i].id, &m->agencies[i].service,
                 &hall_def);
}

/* Plugins: load errors, reloads, hook counts (replaced versions + the
 * running one) and the memory of each agency's Lua state. */
static void put_plugins(out_t *o, metrics_t *m, const catalog_t *cat, size_t n_refused)
{
    family(o, "mpp_plugin_errors", "gauge",
           "Plugin problems /healthz lists: files that did not load, and the errors of the last "
           "refused reload (the running version stays).");
    sample_u64(o, "mpp_plugin_errors", NULL, NULL, cat->n_errors + n_refused);
    family(o, "mpp_plugin_reloads_total", "counter",
           "Plugin reloads since mppd started: swapped in, or refused because an edit "
           "broke a running agency.");
    sample_u64(o, "mpp_plugin_reloads_total", "result", "swapped", m->reloads_swapped);
    sample_u64(o, "mpp_plugin_reloads_total", "result", "refused", m->reloads_refused);

    static const struct {
        const char *name, *help;
    } hooks[] = {
        {"mpp_plugin_hook_calls_total", "Hook and route function calls, per agency."},
        {"mpp_plugin_hook_failures_total",
         "Hook and route calls that failed (error, overrun, refused or not allowed answer), "
         "per agency."},
        {"mpp_plugin_budget_overruns_total",
         "Hook calls stopped by their time or memory budget, per agency."},
    };
    for (size_t h = 0; h < 3; h++) {
        family(o, hooks[h].name, "counter", hooks[h].help);
        for (size_t i = 0; i < m->n_agencies; i++) {
            const agency_stats_t *a = &m->agencies[i];
            plugin_runtime_stats_t st;
            if (plugin_runtime_stats(catalog_agency_find(cat, a->id), &st) != 0)
                memset(&st, 0, sizeof st);
            uint64_t v = h == 0   ? a->hook_calls + st.calls
                         : h == 1 ? a->hook_failures + st.failures
                                  : a->hook_overruns + st.overruns;
            sample_u64(o, hooks[h].name, "agency", a->id, v);
        }
    }
    family(o, "mpp_plugin_memory_bytes", "gauge",
           "Bytes held by the Lua state of each agency that has hooks.");
    for (size_t i = 0; i < cat->n_agencies; i++) {
        plugin_runtime_stats_t st;
        if (plugin_runtime_stats(&cat->agencies[i], &st) == 0)
            sample_u64(o, "mpp_plugin_memory_bytes", "agency", cat->agencies[i].id, st.memory);
    }
}

/* The server: clients, HTTP, commits, storage. */
static void put_server(out_t *o, web_t *w, metrics_t *m)
{
    queue_t *q = hall_queue(w->hall);
    size_t open = 0;
    for (size_t i = 0; i < queue_counter_count(q); i++)
        open += queue_counter_at(q, i)->status == QUEUE_COUNTER_OPEN;
    family(o, "mpp_counters_open", "gauge", "Counters open now.");
    sample_u64(o, "mpp_counters_open", NULL, NULL, open);
    family(o, "mpp_events_total", "counter",
           "Events committed since the data folder was made (the last seq).");
    sample_u64(o, "mpp_events_total", NULL, NULL, hall_committed_seq(w->hall));
    family(o, "mpp_ws_clients", "gauge", "WebSocket clients connected now.");
    sample_u64(o, "mpp_ws_clients", NULL, NULL, feed_client_count(w->feed));

    family(o, "mpp_http_requests_total", "counter", "HTTP requests handled.");
    sample_u64(o, "mpp_http_requests_total", NULL, NULL, w->http_requests);
    family(o, "mpp_http_errors_total", "counter", "HTTP replies with a 4xx or 5xx status.");
    sample_u64(o, "mpp_http_errors_total", NULL, NULL, w->http_errors);
    family(o, "mpp_connections_refused_total", "counter",
           "Connections closed at accept: their address had rate_limits.connections_per_ip "
           "open.");
    sample_u64(o, "mpp_connections_refused_total", NULL, NULL, web_limits_conns_refused(w->limits));
    family(o, "mpp_request_bodies_refused_total", "counter",
           "Request bodies refused: their address had 128 being read, or one took over 10 s.");
    sample_u64(o, "mpp_request_bodies_refused_total", NULL, NULL,
               web_limits_bodies_refused(w->limits));
    family(o, "mpp_http_request_duration_seconds", "histogram",
           "Seconds from a request's headers to the last byte of its reply written, per "
           "kind of request (issue, counter, read, write, page).");
    for (size_t r = 0; r < WEB_ROUTE__COUNT; r++)
        hist_put(o, "mpp_http_request_duration_seconds", "route", route_names[r], &m->http[r],
                 &latency_def);

    family(o, "mpp_commit_duration_seconds", "histogram",
           "Seconds from handing a round of changes to the writer to seeing it committed.");
    hist_put(o, "mpp_commit_duration_seconds", NULL, NULL, &m->commit_time, &latency_def);
    family(o, "mpp_commit_tickets", "histogram", "Ticket records written per commit round.");
    hist_put(o, "mpp_commit_tickets", NULL, NULL, &m->commit_tickets, &batch_def);
    family(o, "mpp_commit_failures_total", "counter",
           "Commit rounds that failed (their requests were answered 503).");
    sample_u64(o, "mpp_commit_failures_total", NULL, NULL, m->commit_failures);

    size_t map = 0, used = 0;
    hall_storage_usage(w->hall, &map, &used);
    family(o, "mpp_lmdb_map_bytes", "gauge", "Size of the LMDB map.");
    sample_u64(o, "mpp_lmdb_map_bytes", NULL, NULL, map);
    family(o, "mpp_lmdb_used_bytes", "gauge", "Bytes of the LMDB map in use.");
    sample_u64(o, "mpp_lmdb_used_bytes", NULL, NULL, used);
    family(o, "mpp_start_time_seconds", "gauge",
           "When this mppd started, in seconds since 1970 (counters count from then).");
    sample_u64(o, "mpp_start_time_seconds", NULL, NULL, (uint64_t)m->started_at);
}

/* The outbox: messages held by template and status, the delivery lag,
 * the gateway's failed attempts. */
static void put_messages(out_t *o, web_t *w, metrics_t *m)
{
    hall_notify_tally_t rows[64];
    size_t n = hall_notify_tally(w->hall, rows, 64);
    family(o, "mpp_messages", "gauge",
           "Messages to citizens held in the outbox now, by template and status (queued, "
           "sending, sent, failed, dropped); sent and failed ones stay notify.forget_days.");
    for (size_t i = 0; i < n; i++) {
        put(o, "mpp_messages{template=\"%s\",status=\"%s\"} %llu\n", rows[i].template_name,
            notify_status_name(rows[i].status), (unsigned long long)rows[i].count);
    }
    family(o, "mpp_message_delivery_seconds", "histogram",
           "Seconds from when a message was due to the gateway's 2xx, retries included.");
    hist_put(o, "mpp_message_delivery_seconds", NULL, NULL, &m->message_lag, &lag_def);
    family(o, "mpp_gateway_errors_total", "counter",
           "Delivery attempts the gateway did not take: a non-2xx answer (http), no answer in "
           "time (timeout), no connection (network).");
    for (size_t i = 0; i < N_FAILURES; i++)
        sample_u64(o, "mpp_gateway_errors_total", "kind", failure_names[i], m->gateway_errors[i]);
}

/* The export to NATS JetStream, when the hall config has one. */
static void put_export(out_t *o, web_t *w)
{
    hall_export_state_t x;
    hall_export_state(w->hall, &x);
    if (!x.enabled)
        return;
    family(o, "mpp_export_acked_seq", "gauge",
           "The last event the JetStream stream acknowledged (in order).");
    sample_u64(o, "mpp_export_acked_seq", NULL, NULL, x.acked);
    family(o, "mpp_export_lag_events", "gauge",
           "Durable events not yet acknowledged by the stream.");
    sample_u64(o, "mpp_export_lag_events", NULL, NULL, x.lag_events);
    family(o, "mpp_export_lag_seconds", "gauge",
           "Seconds events have been waiting to be acknowledged (0 when none wait).");
    sample_u64(o, "mpp_export_lag_seconds", NULL, NULL, (uint64_t)x.lag_s);
    family(o, "mpp_export_connected", "gauge", "1 while the connection to the broker is up.");
    sample_u64(o, "mpp_export_connected", NULL, NULL, x.connected);
    family(o, "mpp_export_published_total", "counter",
           "Messages the stream acknowledged since mppd started.");
    sample_u64(o, "mpp_export_published_total", NULL, NULL, x.published);
    family(o, "mpp_export_failures_total", "counter",
           "Messages that failed or timed out (and were sent again) since mppd started.");
    sample_u64(o, "mpp_export_failures_total", NULL, NULL, x.failures);
}

void metrics_handle(web_req_t *r)
{
    web_t *w = r->web;
    metrics_t *m = w->metrics;
    const catalog_t *cat = hall_catalog(w->hall);
    if (!m) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "metrics are not available (out of memory)");
        return;
    }
    /* every agency of the catalog shows, with zeros until it has tickets */
    for (size_t i = 0; i < cat->n_agencies; i++)
        agency_get(m, cat->agencies[i].id);
    out_t o = {NULL, 0, 0, false};
    o.cap = 16384 + m->n_agencies * 8192;
    o.p = malloc(o.cap);
    o.oom = !o.p;
    put_tickets(&o, m, hall_queue(w->hall));
    size_t refused = 0;
    hall_reload_errors(w->hall, &refused);
    put_plugins(&o, m, cat, refused);
    put_server(&o, w, m);
    put_messages(&o, w, m);
    put_export(&o, w);
    if (o.oom)
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    else
        web_reply_bytes(r, 200, "text/plain; version=0.0.4; charset=utf-8", o.p, o.len);
    free(o.p);
}
