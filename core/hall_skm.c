/*
 * hall_skm.c - what the SKM report needs from the hall besides the
 * answers (hall.h, "SKM"): the tickets served in a period, its population
 * for the sample-size check, and the manager's follow-up (tindak lanjut)
 * of a period's results.
 *
 * Served tickets are counted per day, agency and service from the stored
 * tickets of the day (hall_tickets_of_days); a day before today whose
 * tickets are all final never changes, so its counts are kept in memory
 * once read, and a report reads only the days it has not seen (today, and
 * a day with a ticket carried over, are read each time).
 *
 *   STORE_DB_FOLLOWUPS  scope ("" = the whole hall, else an agency id),
 *                       a 0 byte, u32 from and u32 to (YYYYMMDD) ->
 *                       {"text", "at", "by"} JSON
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil/civil.h"
#include "hall_int.h"

#define SKM_CACHE_DAYS 800 /* past days whose counts are kept */

/* The served tickets of one service on one day. */
typedef struct served {
    char agency[CATALOG_ID_MAX];
    char service[CATALOG_SVC_ID_MAX];
    uint64_t n;
} served_t;

/* One past day's counts. */
typedef struct day_counts {
    uint32_t day;
    served_t *rows;
    size_t n;
    bool open; /* a ticket of the day is not final yet (carried over) */
} day_counts_t;

struct hall_skm {
    day_counts_t *days; /* sorted by day */
    size_t n_days;
};

hall_skm_t *hall_skm_new(void)
{
    return calloc(1, sizeof(hall_skm_t));
}

static void days_clear(hall_skm_t *s)
{
    for (size_t i = 0; i < s->n_days; i++)
        free(s->days[i].rows);
    free(s->days);
    s->days = NULL;
    s->n_days = 0;
}

void hall_skm_free(hall_skm_t *s)
{
    if (!s)
        return;
    days_clear(s);
    free(s);
}

/* ---- served tickets ---- */

typedef struct count_ctx {
    day_counts_t *days; /* one per day of the range read */
    uint32_t from;
    size_t n_days;
    bool nomem;
} count_ctx_t;

static int count_visit(void *ctx, const queue_ticket_t *t)
{
    count_ctx_t *c = ctx;
    day_counts_t *d = NULL;
    for (size_t i = 0; i < c->n_days && !d; i++)
        if (c->days[i].day == t->day)
            d = &c->days[i];
    if (!d)
        return 0;
    if (t->status != QUEUE_TICKET_FINISHED) {
        if (t->status != QUEUE_TICKET_CANCELLED && t->status != QUEUE_TICKET_NO_SHOW)
            d->open = true; /* may still be served on a later day */
        return 0;
    }
    for (size_t i = 0; i < d->n; i++)
        if (strcmp(d->rows[i].service, t->service) == 0 &&
            strcmp(d->rows[i].agency, t->agency) == 0) {
            d->rows[i].n++;
            return 0;
        }
    served_t *grown = realloc(d->rows, (d->n + 1) * sizeof *grown);
    if (!grown) {
        c->nomem = true;
        return 1;
    }
    d->rows = grown;
    served_t *r = &d->rows[d->n++];
    snprintf(r->agency, sizeof r->agency, "%s", t->agency);
    snprintf(r->service, sizeof r->service, "%s", t->service);
    r->n = 1;
    return 0;
}

/* YYYYMMDD of the next day. */
static uint32_t next_day(uint32_t ymd)
{
    return civil_ymd_of_days(civil_ymd_days(ymd) + 1);
}

static const day_counts_t *cached(const hall_skm_t *s, uint32_t day)
{
    for (size_t i = 0; i < s->n_days; i++)
        if (s->days[i].day == day)
            return &s->days[i];
    return NULL;
}

static uint64_t sum_day(const day_counts_t *d, const char *agency, const char *service)
{
    uint64_t n = 0;
    for (size_t i = 0; i < d->n; i++)
        if ((!agency || strcmp(d->rows[i].agency, agency) == 0) &&
            (!service || strcmp(d->rows[i].service, service) == 0))
            n += d->rows[i].n;
    return n;
}

int hall_served_of_days(hall_t *h, uint32_t today, uint32_t from_ymd, uint32_t to_ymd,
                        const char *agency, const char *service, uint64_t *out)
{
    hall_skm_t *s = hall_skm_get(h);
    *out = 0;
    /* the days of the range not yet counted, read in one walk */
    size_t span = 0;
    for (uint32_t d = from_ymd; d <= to_ymd && span < 400; d = next_day(d))
        span++;
    count_ctx_t c = {calloc(span ? span : 1, sizeof *c.days), from_ymd, 0, false};
    if (!c.days)
        return STORE_FULL;
    uint32_t first = 0, last = 0;
    for (uint32_t d = from_ymd; d <= to_ymd && c.n_days < span; d = next_day(d)) {
        const day_counts_t *known = d < today ? cached(s, d) : NULL;
        if (known) {
            *out += sum_day(known, agency, service);
            continue;
        }
        c.days[c.n_days++].day = d;
        if (!first)
            first = d;
        last = d;
    }
    int rc = 0;
    if (c.n_days) {
        hall_scan_stats_t stats;
        rc = hall_tickets_of_days(h, first, last, count_visit, &c, &stats);
        if (rc == 0 && c.nomem)
            rc = STORE_FULL;
    }
    for (size_t i = 0; i < c.n_days; i++) {
        if (rc == 0)
            *out += sum_day(&c.days[i], agency, service);
        if (rc != 0 || c.days[i].day >= today || c.days[i].open || cached(s, c.days[i].day)) {
            free(c.days[i].rows);
            continue;
        }
        if (s->n_days >= SKM_CACHE_DAYS)
            days_clear(s); /* read again when asked again */
        day_counts_t *grown = realloc(s->days, (s->n_days + 1) * sizeof *grown);
        if (!grown) {
            free(c.days[i].rows);
            continue;
        }
        s->days = grown;
        s->days[s->n_days++] = c.days[i];
    }
    free(c.days);
    return rc;
}

/* ---- follow-ups ---- */

static void followup_key(store_key_t *k, const char *scope, uint32_t from, uint32_t to)
{
    static const unsigned char zero = 0;
    store_key_init(k);
    store_key_str(k, scope);
    store_key_bytes(k, &zero, 1);
    store_key_u32(k, from);
    store_key_u32(k, to);
}

int hall_followup_put(hall_t *h, const char *scope, uint32_t from, uint32_t to, const char *json)
{
    store_key_t k;
    followup_key(&k, scope, from, to);
    int rc = json ? store_batch_put(hall_batch(h), STORE_DB_FOLLOWUPS, &k, json, strlen(json))
                  : store_batch_del(hall_batch(h), STORE_DB_FOLLOWUPS, &k);
    return rc == 0 ? 0 : STORE_FULL;
}

int hall_followup_get(hall_t *h, const char *scope, uint32_t from, uint32_t to, char **json)
{
    *json = NULL;
    store_key_t k;
    followup_key(&k, scope, from, to);
    store_txn_t *t;
    int rc = store_txn_begin(hall_store(h), false, &t);
    if (rc != 0)
        return rc;
    store_val_t v;
    rc = store_get(t, STORE_DB_FOLLOWUPS, &k, &v);
    if (rc == 0) {
        *json = malloc(v.len + 1);
        if (*json) {
            memcpy(*json, v.data, v.len);
            (*json)[v.len] = '\0';
        } else {
            rc = STORE_FULL;
        }
    }
    store_txn_abort(t);
    return rc;
}
