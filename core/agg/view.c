/*
 * view.c - the province view (view.h): halls in memory, applied event by
 * event, and their records in mppagg's store.
 *
 *   STORE_DB_VIEW  hall id -> view_rec_t header, then n_agencies
 *                  view_agency_t, then n_counters view_counter_t (bytes of
 *                  this build; VIEW_REC_VERSION changes with the layout)
 */
#include "agg/view.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "jsonscan.h"
#include "log.h"
#include "service_time.h"
#include "store/store.h"
#include "survey/ikm.h"

#define VIEW_REC_VERSION 3
#define VIEW_AGENCIES 64
#define VIEW_COUNTERS 256
#define VIEW_MINUTES 181 /* whole minutes 0..179, then 3 hours or more */
#define VIEW_ID_MAX 64

typedef struct view_agency {
    char id[VIEW_ID_MAX];
    char serving[32]; /* the number at a counter, "" when none */
    uint32_t waiting;
    uint32_t issued, served, no_show, cancelled; /* today */
    uint32_t wait_min[VIEW_MINUTES];             /* today's waits, by whole minute */
    uint32_t service_min[VIEW_MINUTES];
    uint32_t with_standard; /* today's served whose service has a standard time */
    uint32_t within;        /* ...and were served within it */
    uint32_t skm_n;         /* this month's survey answers (survey.answered) */
    uint32_t skm_sum[IKM_ELEMENTS];
} view_agency_t;

typedef struct view_counter {
    int32_t number;
    char agency[VIEW_ID_MAX];
    int32_t open; /* status "open" */
} view_counter_t;

typedef struct view_rec {
    uint32_t version;
    char hall[VIEW_ID_MAX];
    char epoch[VIEW_ID_MAX];
    uint64_t last_seq; /* the last event applied */
    uint64_t events;   /* events applied in this epoch */
    char day[16];      /* the local date of the last event, YYYY-MM-DD */
    char month[8];     /* its month, YYYY-MM: the IKM's period */
    char last_at[40];  /* its time, as the hall wrote it */
    uint32_t n_agencies, n_counters;
} view_rec_t;

typedef struct view_hall {
    view_rec_t rec;
    view_agency_t agencies[VIEW_AGENCIES];
    view_counter_t counters[VIEW_COUNTERS];
    bool dirty;
} view_hall_t;

/* End-to-end lag buckets (ms): from the stream's store to the view. */
static const int64_t lag_le[] = {1,    2,    3,    5,    7,     10,    15,    20,    30,
                                 50,   70,   100,  150,  200,   300,   500,   700,   1000,
                                 1500, 2000, 3000, 5000, 10000, 30000, 60000, 300000};
#define LAG_N (sizeof lag_le / sizeof lag_le[0])

struct view {
    store_t *store;
    view_hall_t **halls;
    size_t n_halls, cap_halls;
    uint64_t applied, duplicates, gaps, foreign, bad;
    uint64_t lag[LAG_N + 1];
    uint64_t version;
};

/* ---- records ---- */

static size_t rec_size(const view_hall_t *h)
{
    return sizeof h->rec + h->rec.n_agencies * sizeof(view_agency_t) +
           h->rec.n_counters * sizeof(view_counter_t);
}

static int load_hall(void *ctx, const store_val_t *key, const store_val_t *val)
{
    view_t *v = ctx;
    (void)key;
    view_rec_t rec;
    if (val->len < sizeof rec)
        return 0;
    memcpy(&rec, val->data, sizeof rec);
    if (rec.version != VIEW_REC_VERSION || rec.n_agencies > VIEW_AGENCIES ||
        rec.n_counters > VIEW_COUNTERS ||
        val->len != sizeof rec + rec.n_agencies * sizeof(view_agency_t) +
                        rec.n_counters * sizeof(view_counter_t)) {
        log_warn("agg", "a stored hall record of another layout is left out");
        return 0;
    }
    if (v->n_halls == v->cap_halls) {
        size_t cap = v->cap_halls ? v->cap_halls * 2 : 16;
        view_hall_t **n = realloc(v->halls, cap * sizeof *n);
        if (!n)
            return STORE_FULL;
        v->halls = n;
        v->cap_halls = cap;
    }
    view_hall_t *h = calloc(1, sizeof *h);
    if (!h)
        return STORE_FULL;
    const uint8_t *p = val->data;
    memcpy(&h->rec, p, sizeof rec);
    p += sizeof rec;
    memcpy(h->agencies, p, rec.n_agencies * sizeof(view_agency_t));
    p += rec.n_agencies * sizeof(view_agency_t);
    memcpy(h->counters, p, rec.n_counters * sizeof(view_counter_t));
    v->halls[v->n_halls++] = h;
    return 0;
}

static void halls_free(view_t *v)
{
    for (size_t i = 0; i < v->n_halls; i++)
        free(v->halls[i]);
    v->n_halls = 0;
}

int view_reload(view_t *v)
{
    halls_free(v);
    int rc = store_walk(v->store, STORE_DB_VIEW, NULL, NULL, false, load_hall, v);
    v->version++;
    return rc < 0 ? rc : 0;
}

int view_open(view_t **out, const char *dir, char *err, size_t errlen)
{
    *out = NULL;
    view_t *v = calloc(1, sizeof *v);
    if (!v) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (store_open(&v->store, dir, 0, err, errlen) != 0) {
        free(v);
        return -1;
    }
    int rc = view_reload(v);
    if (rc != 0) {
        snprintf(err, errlen, "cannot read the view: %s", store_strerror(rc));
        view_close(v);
        return -1;
    }
    *out = v;
    return 0;
}

void view_close(view_t *v)
{
    if (!v)
        return;
    halls_free(v);
    free(v->halls);
    store_close(v->store);
    free(v);
}

static int write_dirty(void *ctx, store_txn_t *t)
{
    view_t *v = ctx;
    for (size_t i = 0; i < v->n_halls; i++) {
        view_hall_t *h = v->halls[i];
        if (!h->dirty)
            continue;
        size_t n = rec_size(h);
        uint8_t *buf = malloc(n);
        if (!buf)
            return STORE_FULL;
        uint8_t *p = buf;
        memcpy(p, &h->rec, sizeof h->rec);
        p += sizeof h->rec;
        memcpy(p, h->agencies, h->rec.n_agencies * sizeof(view_agency_t));
        p += h->rec.n_agencies * sizeof(view_agency_t);
        memcpy(p, h->counters, h->rec.n_counters * sizeof(view_counter_t));
        store_key_t k;
        store_key_init(&k);
        store_key_str(&k, h->rec.hall);
        int rc = store_put(t, STORE_DB_VIEW, &k, buf, n);
        free(buf);
        if (rc != 0)
            return rc;
    }
    return 0;
}

int view_commit(view_t *v)
{
    bool any = false;
    for (size_t i = 0; i < v->n_halls && !any; i++)
        any = v->halls[i]->dirty;
    if (!any)
        return 0;
    int rc = store_write(v->store, write_dirty, v);
    if (rc != 0)
        return rc;
    for (size_t i = 0; i < v->n_halls; i++)
        v->halls[i]->dirty = false;
    v->version++;
    return 0;
}

uint64_t view_applied(const view_t *v)
{
    return v->applied;
}

uint64_t view_version(const view_t *v)
{
    return v->version;
}

/* ---- applying an event ---- */

static view_hall_t *hall_find(view_t *v, const char *id, bool make)
{
    for (size_t i = 0; i < v->n_halls; i++)
        if (strcmp(v->halls[i]->rec.hall, id) == 0)
            return v->halls[i];
    if (!make)
        return NULL;
    if (v->n_halls == v->cap_halls) {
        size_t cap = v->cap_halls ? v->cap_halls * 2 : 16;
        view_hall_t **n = realloc(v->halls, cap * sizeof *n);
        if (!n)
            return NULL;
        v->halls = n;
        v->cap_halls = cap;
    }
    view_hall_t *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->rec.version = VIEW_REC_VERSION;
    snprintf(h->rec.hall, sizeof h->rec.hall, "%s", id);
    v->halls[v->n_halls++] = h;
    return h;
}

static view_agency_t *agency_of(view_hall_t *h, const char *id)
{
    if (!id || !id[0] || strlen(id) >= VIEW_ID_MAX)
        return NULL;
    for (uint32_t i = 0; i < h->rec.n_agencies; i++)
        if (strcmp(h->agencies[i].id, id) == 0)
            return &h->agencies[i];
    if (h->rec.n_agencies == VIEW_AGENCIES)
        return NULL;
    view_agency_t *a = &h->agencies[h->rec.n_agencies++];
    memset(a, 0, sizeof *a);
    snprintf(a->id, sizeof a->id, "%s", id);
    return a;
}

static void minute_add(uint32_t *hist, uint64_t secs)
{
    uint64_t m = secs / 60;
    hist[m < VIEW_MINUTES - 1 ? m : VIEW_MINUTES - 1]++;
}

/* A new local day: today's figures start at zero (and a new month's IKM). */
static void new_day(view_hall_t *h, const char *at)
{
    if (strlen(at) < 10 || strncmp(h->rec.day, at, 10) == 0)
        return;
    bool new_month = strncmp(h->rec.month, at, 7) != 0;
    snprintf(h->rec.day, sizeof h->rec.day, "%.10s", at);
    snprintf(h->rec.month, sizeof h->rec.month, "%.7s", at);
    for (uint32_t i = 0; i < h->rec.n_agencies; i++) {
        view_agency_t *a = &h->agencies[i];
        a->issued = a->served = a->no_show = a->cancelled = 0;
        a->with_standard = a->within = 0;
        memset(a->wait_min, 0, sizeof a->wait_min);
        memset(a->service_min, 0, sizeof a->service_min);
        if (new_month) {
            a->skm_n = 0;
            memset(a->skm_sum, 0, sizeof a->skm_sum);
        }
    }
}

/* survey.answered: the nine scores join the agency's tally of the month. */
static void survey_update(view_hall_t *h, jscan_t agency_v, jscan_t list)
{
    char id[VIEW_ID_MAX];
    int scores[IKM_ELEMENTS];
    const char *p = list.p, *end = list.p + list.len;
    jscan_t el;
    size_t n = 0;
    if (!jscan_str(agency_v, id, sizeof id) || !list.p || list.p[0] != '[')
        return;
    while (n < IKM_ELEMENTS && jscan_array_next(&p, end, &el))
        scores[n++] = (int)jscan_u64(el);
    view_agency_t *a = agency_of(h, id);
    if (!a || n != IKM_ELEMENTS || ikm_scores_check(scores) >= 0)
        return;
    a->skm_n++;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        a->skm_sum[i] += (uint32_t)scores[i];
}

enum { C_NUMBER, C_AGENCY, C_STATUS, C_N };
static const char *const counter_fields[C_N] = {"number", "agency", "status"};

static void counter_update(view_hall_t *h, jscan_t c)
{
    jscan_t f[C_N];
    char agency[VIEW_ID_MAX], status[16];
    if (!jscan_fields(c.p, c.p + c.len, counter_fields, f, C_N) || !f[C_NUMBER].p ||
        !jscan_str(f[C_AGENCY], agency, sizeof agency) ||
        !jscan_str(f[C_STATUS], status, sizeof status))
        return;
    int n = (int)jscan_u64(f[C_NUMBER]);
    view_counter_t *slot = NULL;
    for (uint32_t i = 0; i < h->rec.n_counters && !slot; i++)
        if (h->counters[i].number == n)
            slot = &h->counters[i];
    if (!slot) {
        if (h->rec.n_counters == VIEW_COUNTERS)
            return;
        slot = &h->counters[h->rec.n_counters++];
        slot->number = n;
    }
    snprintf(slot->agency, sizeof slot->agency, "%s", agency);
    slot->open = strcmp(status, "open") == 0;
}

enum { A_ID, A_SERVING, A_WAITING, A_N };
static const char *const agency_fields[A_N] = {"id", "serving", "waiting"};

/* The counts of the agencies this event changed, as the board shows them. */
static void agencies_update(view_hall_t *h, jscan_t list)
{
    const char *p = list.p, *end = list.p + list.len;
    jscan_t el, f[A_N];
    char id[VIEW_ID_MAX];
    while (p && jscan_array_next(&p, end, &el)) {
        if (!jscan_fields(el.p, el.p + el.len, agency_fields, f, A_N) ||
            !jscan_str(f[A_ID], id, sizeof id))
            continue;
        view_agency_t *a = agency_of(h, id);
        if (!a)
            continue;
        if (f[A_WAITING].p)
            a->waiting = (uint32_t)jscan_u64(f[A_WAITING]);
        if (!jscan_str(f[A_SERVING], a->serving, sizeof a->serving))
            a->serving[0] = '\0'; /* null: nobody at a counter */
    }
}

enum { T_AGENCY, T_ISSUED, T_CALLED, T_STARTED, T_FINISHED, T_N };
static const char *const ticket_fields[T_N] = {"agency", "issued_at", "called_at", "started_at",
                                               "finished_at"};

/* What a ticket event adds to today's figures of its agency. Service time
 * is counted as mppd's /metrics counts it: from when the service began
 * (service_began) to the finish, in whole seconds (service_took). */
static void ticket_update(view_hall_t *h, jscan_t ticket, const char *type, jscan_t standard)
{
    jscan_t t[T_N];
    char agency[VIEW_ID_MAX];
    if (!jscan_fields(ticket.p, ticket.p + ticket.len, ticket_fields, t, T_N) ||
        !jscan_str(t[T_AGENCY], agency, sizeof agency))
        return;
    view_agency_t *a = agency_of(h, agency);
    uint64_t secs;
    if (!a)
        return;
    if (strcmp(type, "ticket.issued") == 0)
        a->issued++;
    else if (strcmp(type, "ticket.called") == 0) {
        if (jscan_secs(t[T_ISSUED], t[T_CALLED], &secs))
            minute_add(a->wait_min, secs);
    } else if (strcmp(type, "ticket.finished") == 0) {
        a->served++;
        int64_t called, started, finished;
        if (service_took(jscan_iso_seconds(t[T_CALLED], &called) ? called : 0,
                         jscan_iso_seconds(t[T_STARTED], &started) ? started : 0,
                         jscan_iso_seconds(t[T_FINISHED], &finished) ? finished : 0, &secs)) {
            minute_add(a->service_min, secs);
            uint64_t std_s = jscan_u64(standard);
            if (std_s > 0) { /* counted as the hall's service report counts it */
                a->with_standard++;
                a->within += secs <= std_s;
            }
        }
    } else if (strcmp(type, "ticket.no_show") == 0)
        a->no_show++;
    else if (strcmp(type, "ticket.cancelled") == 0)
        a->cancelled++;
}

enum { E_TYPE, E_AT, E_AGENCIES, E_COUNTER, E_TICKET, E_AGENCY, E_SCORES, E_STANDARD, E_N };
static const char *const event_fields[E_N] = {"type",   "at",     "agencies", "counter",
                                              "ticket", "agency", "scores",   "standard_s"};

static void apply_event(view_hall_t *h, const jscan_t *ev, const char *type)
{
    char at[40];
    if (jscan_str(ev[E_AT], at, sizeof at)) {
        new_day(h, at);
        snprintf(h->rec.last_at, sizeof h->rec.last_at, "%s", at);
    }
    if (ev[E_AGENCIES].p && ev[E_AGENCIES].p[0] == '[')
        agencies_update(h, ev[E_AGENCIES]);
    if (ev[E_COUNTER].p && ev[E_COUNTER].p[0] == '{')
        counter_update(h, ev[E_COUNTER]);
    if (ev[E_TICKET].p && ev[E_TICKET].p[0] == '{')
        ticket_update(h, ev[E_TICKET], type, ev[E_STANDARD]);
    if (strcmp(type, "survey.answered") == 0)
        survey_update(h, ev[E_AGENCY], ev[E_SCORES]);
}

view_verdict_t view_apply(view_t *v, const char *msg_id, const char *json, size_t len,
                          int64_t lag_ms)
{
    char hall[64], epoch[64];
    uint64_t seq;
    if (export_msg_id_parse(msg_id, hall, epoch, &seq) != 0 || seq == 0) {
        v->bad++;
        return VIEW_BAD;
    }
    view_hall_t *h = hall_find(v, hall, false);
    if (h && strcmp(h->rec.epoch, epoch) != 0 && seq != 1) {
        v->foreign++;
        return VIEW_FOREIGN;
    }
    if (h && strcmp(h->rec.epoch, epoch) == 0) {
        if (seq <= h->rec.last_seq) {
            v->duplicates++;
            return VIEW_DUPLICATE;
        }
        if (seq != h->rec.last_seq + 1) {
            v->gaps++;
            return VIEW_GAP;
        }
    }
    jscan_t ev[E_N];
    char type[64];
    if (!json || !jscan_fields(json, json + len, event_fields, ev, E_N) ||
        !jscan_str(ev[E_TYPE], type, sizeof type)) {
        v->bad++;
        return VIEW_BAD;
    }
    if (!h && !(h = hall_find(v, hall, true)))
        return VIEW_GAP;                    /* out of memory: later */
    if (strcmp(h->rec.epoch, epoch) != 0) { /* a new history of this hall */
        if (h->rec.epoch[0])
            log_info("agg", "hall %s begins epoch %s; its figures start again", hall, epoch);
        h->rec.last_seq = h->rec.events = 0;
        h->rec.day[0] = h->rec.last_at[0] = '\0';
        h->rec.n_agencies = h->rec.n_counters = 0;
        snprintf(h->rec.epoch, sizeof h->rec.epoch, "%s", epoch);
    }
    apply_event(h, ev, type);
    h->rec.last_seq = seq;
    h->rec.events++;
    h->dirty = true;
    v->applied++;
    if (lag_ms >= 0) {
        size_t b = 0;
        while (b < LAG_N && lag_ms > lag_le[b])
            b++;
        v->lag[b]++;
    }
    return VIEW_APPLIED;
}

/* ---- the figures ---- */

/* The median of a minute histogram, in seconds (the middle of its minute),
 * or null with no sample. */
static json_t *median(const uint32_t *hist)
{
    uint64_t n = 0;
    for (size_t i = 0; i < VIEW_MINUTES; i++)
        n += hist[i];
    if (n == 0)
        return json_null();
    uint64_t half = (n + 1) / 2, seen = 0;
    for (size_t i = 0; i < VIEW_MINUTES; i++)
        if ((seen += hist[i]) >= half)
            return json_integer((json_int_t)(i * 60 + 30));
    return json_null();
}

/* {"period", "respondents", "value", "grade"} of a month's tally (exact
 * 1/9 weights, core/survey); value and grade null without answers. */
static json_t *ikm_json(const char *month, const ikm_tally_t *t)
{
    ikm_weights_t w;
    ikm_result_t r;
    ikm_weights_default(&w);
    bool ok = ikm_compute(t, &w, &r) == IKM_OK && r.has_value;
    const char *grade = ok ? ikm_grade_name(r.grade) : NULL;
    return json_pack("{s:s?, s:I, s:o, s:s?}", "period", month[0] ? month : NULL, "respondents",
                     (json_int_t)t->respondents, "value",
                     ok ? json_real((double)r.value_hundredths / 100.0) : json_null(), "grade",
                     grade);
}

static void tally_of(const view_agency_t *a, ikm_tally_t *t)
{
    t->respondents += a->skm_n;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        t->sum[i] += a->skm_sum[i];
}

/* Adds "within_standard" (served within their service's standard time)
 * and "within_share" (of the served whose service has one, to 3
 * decimals; null without any), as the hall's service report gives them. */
static json_t *with_standard(json_t *o, uint32_t within, uint32_t of)
{
    json_object_set_new(o, "within_standard", json_integer(within));
    json_object_set_new(
        o, "within_share",
        of ? json_real((double)(within * 1000ull / of + (within * 1000ull % of * 2 >= of)) / 1000.0)
           : json_null());
    return o;
}

static json_t *hall_json(const view_hall_t *h)
{
    ikm_tally_t hall_tally = {0};
    uint32_t within = 0, with_std = 0;
    json_t *agencies = json_array();
    uint32_t waiting = 0, issued = 0, served = 0, no_show = 0, open = 0;
    uint32_t wait_all[VIEW_MINUTES] = {0}, service_all[VIEW_MINUTES] = {0};
    for (uint32_t i = 0; i < h->rec.n_agencies; i++) {
        const view_agency_t *a = &h->agencies[i];
        uint32_t a_open = 0;
        for (uint32_t k = 0; k < h->rec.n_counters; k++)
            a_open += h->counters[k].open && strcmp(h->counters[k].agency, a->id) == 0;
        for (size_t m = 0; m < VIEW_MINUTES; m++) {
            wait_all[m] += a->wait_min[m];
            service_all[m] += a->service_min[m];
        }
        ikm_tally_t tally = {0};
        tally_of(a, &tally);
        tally_of(a, &hall_tally);
        waiting += a->waiting;
        issued += a->issued;
        served += a->served;
        no_show += a->no_show;
        within += a->within;
        with_std += a->with_standard;
        json_t *row =
            json_pack("{s:s, s:s?, s:i, s:i, s:i, s:i, s:i, s:i, s:o, s:o, s:o}", "id", a->id,
                      "serving", a->serving[0] ? a->serving : NULL, "waiting", (int)a->waiting,
                      "counters_open", (int)a_open, "issued_today", (int)a->issued, "served_today",
                      (int)a->served, "no_show_today", (int)a->no_show, "cancelled_today",
                      (int)a->cancelled, "median_wait_s", median(a->wait_min), "median_service_s",
                      median(a->service_min), "ikm", ikm_json(h->rec.month, &tally));
        json_array_append_new(agencies, with_standard(row, a->within, a->with_standard));
    }
    for (uint32_t k = 0; k < h->rec.n_counters; k++)
        open += h->counters[k].open != 0;
    json_t *hall = json_pack(
        "{s:s, s:s, s:I, s:I, s:s?, s:s?, s:i, s:i, s:i, s:i, s:i, s:o, s:o, s:o, "
        "s:o}",
        "hall", h->rec.hall, "epoch", h->rec.epoch, "events", (json_int_t)h->rec.events, "last_seq",
        (json_int_t)h->rec.last_seq, "day", h->rec.day[0] ? h->rec.day : NULL, "last_at",
        h->rec.last_at[0] ? h->rec.last_at : NULL, "waiting", (int)waiting, "counters_open",
        (int)open, "issued_today", (int)issued, "served_today", (int)served, "no_show_today",
        (int)no_show, "median_wait_s", median(wait_all), "median_service_s", median(service_all),
        "ikm", ikm_json(h->rec.month, &hall_tally), "agencies", agencies);
    return with_standard(hall, within, with_std);
}

static int by_hall(const void *a, const void *b)
{
    return strcmp((*(view_hall_t *const *)a)->rec.hall, (*(view_hall_t *const *)b)->rec.hall);
}

json_t *view_halls_json(const view_t *v)
{
    view_hall_t **sorted = malloc((v->n_halls + 1) * sizeof *sorted);
    json_t *halls = json_array();
    if (sorted) {
        if (v->n_halls)
            memcpy(sorted, v->halls, v->n_halls * sizeof *sorted);
        qsort(sorted, v->n_halls, sizeof *sorted, by_hall);
        for (size_t i = 0; i < v->n_halls; i++)
            json_array_append_new(halls, hall_json(sorted[i]));
        free(sorted);
    }
    /* the end-to-end lag since mppagg started: the bucket bound of its p50/p99 */
    uint64_t n = 0;
    for (size_t b = 0; b <= LAG_N; b++)
        n += v->lag[b];
    json_t *p[2] = {json_null(), json_null()};
    const double q[2] = {0.50, 0.99};
    for (int k = 0; k < 2 && n; k++) {
        uint64_t need = (uint64_t)(q[k] * (double)n + 0.999999), seen = 0;
        for (size_t b = 0; b <= LAG_N; b++)
            if ((seen += v->lag[b]) >= need) {
                p[k] = b < LAG_N ? json_integer(lag_le[b]) : json_null();
                break;
            }
    }
    return json_pack("{s:o, s:I, s:I, s:I, s:I, s:I, s:{s:o, s:o}}", "halls", halls, "applied",
                     (json_int_t)v->applied, "duplicates", (json_int_t)v->duplicates, "gaps",
                     (json_int_t)v->gaps, "foreign", (json_int_t)v->foreign, "bad",
                     (json_int_t)v->bad, "lag_ms", "p50", p[0], "p99", p[1]);
}
