/*
 * report.c - service-time reports (see report.h): rows found through an
 * open-addressing hash on (period, agency, service), samples kept per row
 * and sorted once at the end for the percentiles.
 */
#include "report/report.h"

#include "civil/civil.h"
#include "service_time.h"

#include <stdlib.h>
#include <string.h>

struct report {
    report_group_t group;
    uint32_t range_start; /* REPORT_GROUP_RANGE: its period */
    report_row_t **rows;  /* owned, each row owned */
    size_t n_rows, cap_rows;
    size_t *slots;  /* owned hash table: row index + 1, 0 = empty */
    size_t n_slots; /* a power of two */
    bool finished;
};

uint32_t report_period(uint32_t ymd, report_group_t g)
{
    if (!civil_valid((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100)))
        return 0;
    switch (g) {
    case REPORT_GROUP_WEEK: {
        int64_t days = civil_ymd_days(ymd);
        /* 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on a Monday */
        int64_t since_monday = ((days + 3) % 7 + 7) % 7;
        return civil_ymd_of_days(days - since_monday);
    }
    case REPORT_GROUP_MONTH: return ymd / 100 * 100 + 1;
    default: return ymd;
    }
}

int report_group_parse(const char *s, report_group_t *out)
{
    static const char *const names[] = {"day", "week", "month", "range"};
    for (int i = 0; i < 4; i++)
        if (s && strcmp(s, names[i]) == 0) {
            *out = (report_group_t)i;
            return 0;
        }
    return -1;
}

const char *report_group_name(report_group_t g)
{
    return g == REPORT_GROUP_WEEK    ? "week"
           : g == REPORT_GROUP_MONTH ? "month"
           : g == REPORT_GROUP_RANGE ? "range"
                                     : "day";
}

bool report_date_parse(const char *s, uint32_t *ymd)
{
    uint32_t v;
    if (!civil_ymd_parse(s, &v) || v / 10000 < 2000)
        return false;
    *ymd = v;
    return true;
}

/* ---- statistics ---- */

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

double report_percentile(const int64_t *sorted, size_t n, double p)
{
    if (n == 0)
        return 0;
    if (p <= 0)
        return (double)sorted[0];
    if (p >= 1)
        return (double)sorted[n - 1];
    double rank = p * (double)(n - 1);
    size_t lo = (size_t)rank;
    size_t hi = lo + 1 < n ? lo + 1 : lo;
    double frac = rank - (double)lo;
    return (double)sorted[lo] + ((double)sorted[hi] - (double)sorted[lo]) * frac;
}

void report_stats_compute(int64_t *ms, size_t n, report_stats_t *out)
{
    memset(out, 0, sizeof *out);
    out->count = n;
    if (n == 0)
        return;
    qsort(ms, n, sizeof *ms, cmp_i64);
    out->median_s = report_percentile(ms, n, 0.5) / 1000.0;
    out->p90_s = report_percentile(ms, n, 0.9) / 1000.0;
    out->max_s = (double)ms[n - 1] / 1000.0;
}

int64_t report_service_ms(const report_ticket_t *t)
{
    if (t->outcome != REPORT_SERVED || t->finished_at <= 0 || t->called_at <= 0)
        return -1;
    int64_t start = service_began(t->called_at, t->started_at);
    return t->finished_at >= start ? t->finished_at - start : -1;
}

int64_t report_wait_ms(const report_ticket_t *t)
{
    if (t->called_at <= 0 || t->queued_at <= 0 || t->called_at < t->queued_at)
        return -1;
    return t->called_at - t->queued_at;
}

/* ---- rows ---- */

report_t *report_new(report_group_t g)
{
    report_t *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->group = g;
    r->n_slots = 256;
    r->slots = calloc(r->n_slots, sizeof *r->slots);
    if (!r->slots) {
        free(r);
        return NULL;
    }
    return r;
}

void report_set_range_start(report_t *r, uint32_t ymd)
{
    if (r)
        r->range_start = ymd;
}

void report_free(report_t *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_rows; i++) {
        free(r->rows[i]->wait_ms);
        free(r->rows[i]->service_ms);
        free(r->rows[i]->slot_wait_ms);
        free(r->rows[i]);
    }
    free(r->rows);
    free(r->slots);
    free(r);
}

size_t report_key_hash(uint32_t period, const char *agency, const char *service)
{
    uint64_t h = 1469598103934665603ull;
    for (int i = 0; i < 4; i++) {
        h ^= (period >> (8 * i)) & 0xff;
        h *= 1099511628211ull;
    }
    for (const char *p = agency;; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ull;
        if (!*p)
            break;
    }
    for (const char *p = service; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ull;
    }
    return (size_t)h;
}

static int slots_grow(report_t *r)
{
    size_t n = r->n_slots * 2;
    size_t *s = calloc(n, sizeof *s);
    if (!s)
        return REPORT_ENOMEM;
    for (size_t i = 0; i < r->n_rows; i++) {
        const report_row_t *w = r->rows[i];
        size_t k = report_key_hash(w->period, w->agency, w->service) & (n - 1);
        while (s[k])
            k = (k + 1) & (n - 1);
        s[k] = i + 1;
    }
    free(r->slots);
    r->slots = s;
    r->n_slots = n;
    return REPORT_OK;
}

/* The row of (period, agency, service), made when missing; NULL on ENOMEM. */
static report_row_t *row_get(report_t *r, uint32_t period, const char *agency, const char *service,
                             int standard_min)
{
    size_t k = report_key_hash(period, agency, service) & (r->n_slots - 1);
    for (; r->slots[k]; k = (k + 1) & (r->n_slots - 1)) {
        report_row_t *w = r->rows[r->slots[k] - 1];
        if (w->period == period && strcmp(w->agency, agency) == 0 &&
            strcmp(w->service, service) == 0)
            return w;
    }
    if ((r->n_rows + 1) * 2 > r->n_slots) {
        if (slots_grow(r) != REPORT_OK)
            return NULL;
        return row_get(r, period, agency, service, standard_min);
    }
    if (r->n_rows == r->cap_rows) {
        size_t cap = r->cap_rows ? r->cap_rows * 2 : 64;
        report_row_t **rows = realloc(r->rows, cap * sizeof *rows);
        if (!rows)
            return NULL;
        r->rows = rows;
        r->cap_rows = cap;
    }
    report_row_t *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->period = period;
    memcpy(w->agency, agency, strlen(agency) + 1);
    memcpy(w->service, service, strlen(service) + 1);
    w->standard_min = service[0] && standard_min > 0 ? standard_min : 0;
    r->rows[r->n_rows++] = w;
    r->slots[k] = r->n_rows;
    return w;
}

int report_sample_room(int64_t **v, size_t n, size_t *cap)
{
    if (n < *cap)
        return REPORT_OK;
    size_t c = *cap ? *cap * 2 : 16;
    int64_t *p = realloc(*v, c * sizeof *p);
    if (!p)
        return REPORT_ENOMEM;
    *v = p;
    *cap = c;
    return REPORT_OK;
}

/* The durations of one ticket a row keeps (-1: none). */
typedef struct durations {
    int64_t wait, service, slot_wait;
} durations_t;

/* Makes room in row w for t's samples, so counting it cannot fail. */
static int row_room(report_row_t *w, const durations_t *d)
{
    if ((d->wait >= 0 && report_sample_room(&w->wait_ms, w->n_wait, &w->cap_wait) != REPORT_OK) ||
        (d->service >= 0 &&
         report_sample_room(&w->service_ms, w->n_service, &w->cap_service) != REPORT_OK) ||
        (d->slot_wait >= 0 &&
         report_sample_room(&w->slot_wait_ms, w->n_slot_wait, &w->cap_slot_wait) != REPORT_OK))
        return REPORT_ENOMEM;
    return REPORT_OK;
}

/* Counts t into row w, which has room for its samples. */
static void row_count(report_row_t *w, const report_ticket_t *t, const durations_t *d)
{
    if (d->wait >= 0)
        w->wait_ms[w->n_wait++] = d->wait;
    if (d->service >= 0)
        w->service_ms[w->n_service++] = d->service;
    if (d->slot_wait >= 0)
        w->slot_wait_ms[w->n_slot_wait++] = d->slot_wait;
    w->issued++;
    if (t->booking_start > 0)
        w->online++;
    switch (t->outcome) {
    case REPORT_SERVED: w->served++; break;
    case REPORT_NO_SHOW: w->no_show++; break;
    case REPORT_CANCELLED: w->cancelled++; break;
    default: w->open++; break;
    }
    if (t->transfers > 0)
        w->transferred++;
    if (d->service >= 0 && t->standard_min > 0) {
        w->with_standard++;
        if (d->service <= (int64_t)t->standard_min * 60000)
            w->within_standard++;
    }
    if (t->hour >= 0 && t->hour < REPORT_HOURS)
        w->hours[t->hour]++;
}

int64_t report_slot_wait_ms(const report_ticket_t *t)
{
    if (t->booking_start <= 0 || t->called_at <= 0)
        return -1;
    int64_t from = t->queued_at > t->booking_start ? t->queued_at : t->booking_start;
    return t->called_at > from ? t->called_at - from : 0;
}

int report_add(report_t *r, const report_ticket_t *t)
{
    if (!r || !t || r->finished || !t->agency || !t->service ||
        strlen(t->agency) >= REPORT_ID_MAX || strlen(t->service) >= REPORT_SVC_MAX)
        return REPORT_EINVAL;
    uint32_t period = report_period(t->day, r->group);
    if (!period)
        return REPORT_EINVAL;
    if (r->group == REPORT_GROUP_RANGE && r->range_start)
        period = r->range_start;
    durations_t d = {report_wait_ms(t), report_service_ms(t), report_slot_wait_ms(t)};
    /* rows and room first, so a failure to make them counts the ticket nowhere */
    report_row_t *rows[3] = {row_get(r, period, t->agency, t->service, t->standard_min), NULL,
                             NULL};
    if (rows[0])
        rows[1] = row_get(r, period, t->agency, "", 0);
    if (rows[1])
        rows[2] = row_get(r, period, "", "", 0);
    for (int i = 0; i < 3; i++)
        if (!rows[i] || row_room(rows[i], &d) != REPORT_OK)
            return REPORT_ENOMEM;
    for (int i = 0; i < 3; i++)
        row_count(rows[i], t, &d);
    return REPORT_OK;
}

static int row_cmp(const void *a, const void *b)
{
    const report_row_t *x = *(report_row_t *const *)a, *y = *(report_row_t *const *)b;
    if (x->period != y->period)
        return x->period < y->period ? -1 : 1;
    int c = strcmp(x->agency, y->agency);
    return c ? c : strcmp(x->service, y->service);
}

void report_finish(report_t *r)
{
    if (!r || r->finished)
        return;
    r->finished = true;
    if (r->n_rows > 1)
        qsort(r->rows, r->n_rows, sizeof *r->rows, row_cmp);
    for (size_t i = 0; i < r->n_rows; i++) {
        report_row_t *w = r->rows[i];
        report_stats_compute(w->wait_ms, w->n_wait, &w->wait_stats);
        report_stats_compute(w->service_ms, w->n_service, &w->service_stats);
        report_stats_compute(w->slot_wait_ms, w->n_slot_wait, &w->slot_wait_stats);
    }
    /* the hash indexes no longer match the sorted rows */
    free(r->slots);
    r->slots = NULL;
    r->n_slots = 0;
}

size_t report_row_count(const report_t *r)
{
    return r ? r->n_rows : 0;
}

const report_row_t *report_row_at(const report_t *r, size_t i)
{
    return r && i < r->n_rows ? r->rows[i] : NULL;
}
