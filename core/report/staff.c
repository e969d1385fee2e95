/*
 * staff.c - staff reports (see staff.h): rows of (period, staff) found
 * through hash chains, the pauses still open per counter, samples sorted
 * once at the end for the percentiles.
 */
#include "report/staff.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 1024 /* chains stay short for the rows of a year of staff */

/* A pause not yet ended: its counter, who paused, why, when. */
typedef struct open_pause {
    int counter;
    uint32_t day;
    int64_t at;
    char staff[REPORT_ID_MAX];
    char reason[REPORT_ID_MAX];
} open_pause_t;

struct report_staff {
    report_group_t group;
    uint32_t range_start;
    report_staff_row_t **rows; /* owned, each row owned */
    size_t n_rows, cap_rows;
    size_t *next;           /* per row: 1 + the next row of its chain, 0 = end */
    size_t bucket[BUCKETS]; /* 1 + the first row of each chain, 0 = empty */
    open_pause_t *open;     /* owned */
    size_t n_open, cap_open;
    bool finished;
};

report_staff_t *report_staff_new(report_group_t g)
{
    report_staff_t *r = calloc(1, sizeof *r);
    if (r)
        r->group = g;
    return r;
}

void report_staff_set_range_start(report_staff_t *r, uint32_t ymd)
{
    if (r)
        r->range_start = ymd;
}

void report_staff_free(report_staff_t *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_rows; i++) {
        free(r->rows[i]->service_ms);
        free(r->rows[i]->ratio_milli);
        free(r->rows[i]->reasons);
        free(r->rows[i]);
    }
    free(r->rows);
    free(r->next);
    free(r->open);
    free(r);
}

/* Makes room for one more of `size` bytes in *list (n used of *cap,
 * starting at `first`); false on ENOMEM, *list as it was. */
static bool room(void **list, size_t n, size_t *cap, size_t size, size_t first)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : first;
    void *p = realloc(*list, c * size);
    if (!p)
        return false;
    *list = p;
    *cap = c;
    return true;
}

/* The row of (period of `day`, staff), made when missing; NULL on ENOMEM
 * or a day that is not a date. */
static report_staff_row_t *row_get(report_staff_t *r, uint32_t day, const char *staff)
{
    uint32_t period = report_period(day, r->group);
    if (!period)
        return NULL;
    if (r->group == REPORT_GROUP_RANGE && r->range_start)
        period = r->range_start;
    size_t b = report_key_hash(period, staff, "") % BUCKETS;
    for (size_t i = r->bucket[b]; i; i = r->next[i - 1]) {
        report_staff_row_t *w = r->rows[i - 1];
        if (w->period == period && strcmp(w->staff, staff) == 0)
            return w;
    }
    if (r->n_rows == r->cap_rows) {
        size_t cap = r->cap_rows ? r->cap_rows * 2 : 64;
        report_staff_row_t **rows = realloc(r->rows, cap * sizeof *rows);
        if (!rows)
            return NULL;
        r->rows = rows;
        size_t *next = realloc(r->next, cap * sizeof *next);
        if (!next)
            return NULL;
        r->next = next;
        r->cap_rows = cap;
    }
    report_staff_row_t *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->period = period;
    memcpy(w->staff, staff, strlen(staff) + 1);
    r->rows[r->n_rows] = w;
    r->next[r->n_rows] = r->bucket[b];
    r->bucket[b] = ++r->n_rows;
    return w;
}

/* The row of e's staff and the period's total row; false on ENOMEM. */
static bool rows_of(report_staff_t *r, uint32_t day, const char *staff, report_staff_row_t *rows[2])
{
    rows[0] = row_get(r, day, staff);
    rows[1] = rows[0] ? row_get(r, day, "") : NULL;
    return rows[1] != NULL;
}

/* Adds a pause of `ms` to the reason's line of row w; false on ENOMEM. */
static bool pause_add(report_staff_row_t *w, const char *reason, int64_t ms)
{
    report_staff_pause_t *p = NULL;
    for (size_t i = 0; i < w->n_reasons && !p; i++)
        if (strcmp(w->reasons[i].reason, reason) == 0)
            p = &w->reasons[i];
    if (!p) {
        if (!room((void **)&w->reasons, w->n_reasons, &w->cap_reasons, sizeof *w->reasons, 4))
            return false;
        p = &w->reasons[w->n_reasons++];
        memset(p, 0, sizeof *p);
        memcpy(p->reason, reason, strlen(reason) + 1);
    }
    p->ms += ms;
    p->count++;
    w->paused_ms += ms;
    w->pauses++;
    return true;
}

/* Ends the open pause at index i at `at` and forgets it. */
static int pause_end(report_staff_t *r, size_t i, int64_t at)
{
    open_pause_t p = r->open[i];
    r->open[i] = r->open[--r->n_open];
    report_staff_row_t *rows[2];
    if (!rows_of(r, p.day, p.staff, rows))
        return REPORT_ENOMEM;
    int64_t ms = at > p.at ? at - p.at : 0;
    for (int k = 0; k < 2; k++)
        if (!pause_add(rows[k], p.reason, ms))
            return REPORT_ENOMEM;
    return REPORT_OK;
}

static int pause_begin(report_staff_t *r, const report_staff_event_t *e)
{
    if (!e->reason || strlen(e->reason) >= REPORT_ID_MAX)
        return REPORT_EINVAL;
    if (!report_period(e->day, r->group))
        return REPORT_EINVAL;
    for (size_t i = 0; i < r->n_open; i++)
        if (r->open[i].counter == e->counter) { /* paused twice: the first ends here */
            int rc = pause_end(r, i, e->at);
            if (rc != REPORT_OK)
                return rc;
            break;
        }
    if (!room((void **)&r->open, r->n_open, &r->cap_open, sizeof *r->open, 8))
        return REPORT_ENOMEM;
    open_pause_t *p = &r->open[r->n_open++];
    memset(p, 0, sizeof *p);
    p->counter = e->counter;
    p->day = e->day;
    p->at = e->at;
    memcpy(p->staff, e->staff, strlen(e->staff) + 1);
    memcpy(p->reason, e->reason, strlen(e->reason) + 1);
    return REPORT_OK;
}

/* A served ticket into rows w[2], which exist. */
static int served_add(report_staff_row_t *w[2], const report_staff_event_t *e)
{
    report_ticket_t t = {.outcome = REPORT_SERVED,
                         .called_at = e->called_at,
                         .started_at = e->started_at,
                         .finished_at = e->finished_at};
    int64_t ms = report_service_ms(&t);
    int64_t std_ms = (int64_t)e->standard_min * 60000;
    for (int k = 0; k < 2; k++) {
        if ((ms >= 0 && report_sample_room(&w[k]->service_ms, w[k]->n_service,
                                           &w[k]->cap_service) != REPORT_OK) ||
            (ms >= 0 && std_ms > 0 &&
             report_sample_room(&w[k]->ratio_milli, w[k]->n_ratio, &w[k]->cap_ratio) != REPORT_OK))
            return REPORT_ENOMEM;
    }
    for (int k = 0; k < 2; k++) {
        w[k]->served++;
        if (ms < 0)
            continue;
        w[k]->service_ms[w[k]->n_service++] = ms;
        if (std_ms <= 0)
            continue;
        w[k]->ratio_milli[w[k]->n_ratio++] = (ms * 1000 + std_ms / 2) / std_ms; /* rounded */
        w[k]->with_standard++;
        w[k]->within_standard += ms <= std_ms;
    }
    return REPORT_OK;
}

int report_staff_add(report_staff_t *r, const report_staff_event_t *e)
{
    if (!r || !e || r->finished || !e->staff || strlen(e->staff) >= REPORT_ID_MAX)
        return REPORT_EINVAL;
    if (e->kind == REPORT_STAFF_PAUSE_END) {
        for (size_t i = 0; i < r->n_open; i++)
            if (r->open[i].counter == e->counter)
                return pause_end(r, i, e->at);
        return REPORT_OK; /* a counter that was not paused in the range */
    }
    if (e->kind == REPORT_STAFF_PAUSE)
        return pause_begin(r, e);
    report_staff_row_t *w[2];
    if (!report_period(e->day, r->group))
        return REPORT_EINVAL;
    if (!rows_of(r, e->day, e->staff, w))
        return REPORT_ENOMEM;
    switch (e->kind) {
    case REPORT_STAFF_SERVED: return served_add(w, e);
    case REPORT_STAFF_NO_SHOW: w[0]->no_show++, w[1]->no_show++; break;
    case REPORT_STAFF_TRANSFER: w[0]->transfers++, w[1]->transfers++; break;
    default: return REPORT_EINVAL;
    }
    return REPORT_OK;
}

static int row_cmp(const void *a, const void *b)
{
    const report_staff_row_t *x = *(report_staff_row_t *const *)a;
    const report_staff_row_t *y = *(report_staff_row_t *const *)b;
    if (x->period != y->period)
        return x->period < y->period ? -1 : 1;
    return strcmp(x->staff, y->staff);
}

int report_staff_finish(report_staff_t *r, int64_t now)
{
    if (!r || r->finished)
        return REPORT_OK;
    int rc = REPORT_OK;
    while (r->n_open && rc == REPORT_OK)
        rc = pause_end(r, r->n_open - 1, now);
    r->finished = true;
    if (r->n_rows > 1)
        qsort(r->rows, r->n_rows, sizeof *r->rows, row_cmp);
    for (size_t i = 0; i < r->n_rows; i++) {
        report_staff_row_t *w = r->rows[i];
        report_stats_compute(w->service_ms, w->n_service, &w->service_stats);
        /* thousandths through the ms-to-seconds of the stats: ratios */
        report_stats_compute(w->ratio_milli, w->n_ratio, &w->ratio_stats);
    }
    /* the chains no longer match the sorted rows */
    memset(r->bucket, 0, sizeof r->bucket);
    return rc;
}

size_t report_staff_row_count(const report_staff_t *r)
{
    return r ? r->n_rows : 0;
}

const report_staff_row_t *report_staff_row_at(const report_staff_t *r, size_t i)
{
    return r && i < r->n_rows ? r->rows[i] : NULL;
}
