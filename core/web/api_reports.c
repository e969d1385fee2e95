/*
 * api_reports.c - the service-time reports over HTTP: reads the ticket
 * records of a range of days from the store and answers the figures of
 * report/report.h in JSON or CSV.
 *
 * Tickets are keyed by their global id, which grows with time, and every
 * record holds its business day, which never goes back as ids grow; so a
 * range of days is a range of ids. The first id of the range is found by a
 * binary search over the id space with cursor seeks (about log2 of the
 * number of tickets ever issued, each reading one record), then the scan
 * reads forward and stops at the first ticket of a later day: the cost is
 * the tickets of the range, never the whole history.
 */
#include "web/api_reports.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "render.h"
#include "report/report.h"

#define REPORTS_RANGE_DAYS 366

/* ---- the query ---- */


/* True when the client asks for CSV: a path ending in ".csv" or an Accept
 * header that names text/csv. */
static bool wants_csv(web_req_t *r)
{
    size_t n = strlen(r->path);
    if (n > 4 && strcmp(r->path + n - 4, ".csv") == 0)
        return true;
    char accept[256];
    return lws_hdr_copy(r->wsi, accept, sizeof accept, WSI_TOKEN_HTTP_ACCEPT) > 0 &&
           strstr(accept, "text/csv") != NULL;
}

/* ---- reading the tickets of a range of days ---- */

typedef struct seek_ctx {
    uint64_t id;
    uint32_t day;
    bool found;
} seek_ctx_t;

static int seek_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    seek_ctx_t *s = ctx;
    if (key->len != 8)
        return 0;
    json_t *rec = json_loadb(val->data, val->len, 0, NULL);
    json_t *day = json_object_get(rec, "day");
    bool ok = json_is_integer(day);
    if (ok) {
        s->id = store_u64_decode(key->data);
        s->day = (uint32_t)json_integer_value(day);
        s->found = true;
    }
    json_decref(rec);
    return ok ? 1 : 0; /* an unreadable record: look at the next one */
}

/* The first readable ticket at or after id `from` (reverse: at or before). */
static int seek(store_txn_t *t, uint64_t from, bool reverse, seek_ctx_t *out)
{
    memset(out, 0, sizeof *out);
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, from);
    int rc = store_scan(t, STORE_DB_TICKETS, &k, NULL, reverse, seek_visit, out);
    return rc < 0 ? rc : 0;
}

/* The lowest ticket id whose day is `day` or later (ids past the last
 * ticket when none is): a binary search with cursor seeks. */
static int first_id_of(store_txn_t *t, uint32_t day, uint64_t *out, unsigned *seeks)
{
    seek_ctx_t s;
    int rc = seek(t, UINT64_MAX, true, &s);
    if (rc < 0)
        return rc;
    (*seeks)++;
    if (!s.found) {
        *out = 1;
        return 0;
    }
    uint64_t lo = 1, hi = s.id + 1;
    /* every ticket below lo is of an earlier day; the first at or after hi
     * is of `day` or later, or there is none */
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        if ((rc = seek(t, mid, false, &s)) < 0)
            return rc;
        (*seeks)++;
        if (s.found && s.day < day)
            lo = s.id + 1;
        else
            hi = mid;
    }
    *out = lo;
    return 0;
}

typedef struct scan_ctx {
    uint32_t to;
    const char *agency, *service;   /* filters, NULL = any */
    const catalog_t *cat;
    report_t *report;
    size_t read, skipped;
    int err;
} scan_ctx_t;

static report_outcome_t outcome_of(queue_status_t s)
{
    switch (s) {
    case TICKET_FINISHED: return REPORT_SERVED;
    case TICKET_NO_SHOW: return REPORT_NO_SHOW;
    case TICKET_CANCELLED: return REPORT_CANCELLED;
    default: return REPORT_OPEN;
    }
}

static int scan_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    scan_ctx_t *c = ctx;
    if (key->len != 8)
        return 0;
    json_t *rec = json_loadb(val->data, val->len, 0, NULL);
    queue_ticket_t t;
    int ok = rec ? render_ticket_parse(rec, &t) : -1;
    json_decref(rec);
    if (ok != 0) {
        c->skipped++;
        return 0;
    }
    if (t.day > c->to)
        return 1;
    c->read++;
    if ((c->agency && strcmp(c->agency, t.agency) != 0) ||
        (c->service && strcmp(c->service, t.service) != 0))
        return 0;
    time_t secs = (time_t)(t.issued_at / 1000);
    struct tm tm;
    int hour = t.issued_at > 0 && localtime_r(&secs, &tm) ? tm.tm_hour : -1;
    const catalog_service_t *svc = catalog_service_find(c->cat, t.service);
    report_ticket_t rt = {t.day, t.agency, t.service, outcome_of(t.status), hour,
                          t.transfers, t.queued_at, t.called_at, t.started_at,
                          t.finished_at, svc ? svc->minutes : 0};
    int rc = report_add(c->report, &rt);
    if (rc == REPORT_ENOMEM) {
        c->err = rc;
        return 1;
    }
    if (rc != REPORT_OK)
        c->skipped++;
    return 0;
}

/* ---- answers ---- */

/* x (>= 0) rounded half-up to 1 decimal, or to 3 with round3. */
static double round1(double x)
{
    return (double)(int64_t)(x * 10.0 + 0.5) / 10.0;
}

static double round3(double x)
{
    return (double)(int64_t)(x * 1000.0 + 0.5) / 1000.0;
}

static void date_text(uint32_t ymd, char buf[11])
{
    snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)(ymd / 10000) % 10000,
             (unsigned)(ymd / 100 % 100), (unsigned)(ymd % 100));
}

static const char *level_of(const report_row_t *w)
{
    return !w->agency[0] ? "hall" : !w->service[0] ? "agency" : "service";
}

static json_t *stats_json(const report_stats_t *s)
{
    if (!s->count)
        return json_pack("{s:i, s:n, s:n, s:n}", "count", 0, "median_s", "p90_s", "max_s");
    return json_pack("{s:I, s:f, s:f, s:f}", "count", (json_int_t)s->count, "median_s",
                     round1(s->median_s), "p90_s", round1(s->p90_s), "max_s",
                     round1(s->max_s));
}

static json_t *row_json(const report_row_t *w, const catalog_t *cat)
{
    char period[11];
    date_text(w->period, period);
    const char *name = NULL;
    if (w->service[0]) {
        const catalog_service_t *s = catalog_service_find(cat, w->service);
        name = s ? s->name : NULL;
    } else if (w->agency[0]) {
        const catalog_agency_t *a = catalog_agency_find(cat, w->agency);
        name = a ? a->name : NULL;
    }
    json_t *service = stats_json(&w->service_stats);
    json_object_set_new(service, "standard_s",
                        w->standard_min > 0 ? json_integer(w->standard_min * 60) : json_null());
    json_object_set_new(service, "within_standard", json_integer(w->within_standard));
    json_object_set_new(service, "within_share",
                        w->with_standard
                            ? json_real(round3((double)w->within_standard / w->with_standard))
                            : json_null());
    json_t *hours = json_array();
    for (int h = 0; h < REPORT_HOURS; h++)
        json_array_append_new(hours, json_integer(w->hours[h]));
    json_t *o = json_object();
    json_object_set_new(o, "period", json_string(period));
    json_object_set_new(o, "level", json_string(level_of(w)));
    json_object_set_new(o, "agency", w->agency[0] ? json_string(w->agency) : json_null());
    json_object_set_new(o, "service", w->service[0] ? json_string(w->service) : json_null());
    json_object_set_new(o, "name", name ? json_string(name) : json_null());
    json_object_set_new(o, "issued", json_integer(w->issued));
    json_object_set_new(o, "served", json_integer(w->served));
    json_object_set_new(o, "no_show", json_integer(w->no_show));
    json_object_set_new(o, "transferred", json_integer(w->transferred));
    json_object_set_new(o, "cancelled", json_integer(w->cancelled));
    json_object_set_new(o, "open", json_integer(w->open));
    json_object_set_new(o, "waiting", stats_json(&w->wait_stats));
    json_object_set_new(o, "service_time", service);
    json_object_set_new(o, "hours", hours);
    return o;
}

/* A growing text buffer for the CSV. */
typedef struct text {
    char *s;
    size_t len, cap;
    bool oom;
} text_t;

static void text_add(text_t *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_add(text_t *t, const char *fmt, ...)
{
    if (t->oom)
        return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->s ? t->s + t->len : NULL, t->s ? t->cap - t->len : 0, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->oom = true;
            return;
        }
        if (t->s && t->len + (size_t)n < t->cap) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = (t->cap ? t->cap * 2 : 4096) + (size_t)n;
        char *p = realloc(t->s, cap);
        if (!p) {
            t->oom = true;
            return;
        }
        t->s = p;
        t->cap = cap;
    }
}

/* A number cell: one decimal, or empty when there is no value. */
static void csv_num(text_t *t, bool has, double v)
{
    if (has)
        text_add(t, ",%.1f", round1(v));
    else
        text_add(t, ",");
}

/* Ids are a-z, 0-9, "-" and "/": no cell needs quoting. */
static void csv_rows(text_t *t, const report_t *rep)
{
    text_add(t, "period,level,agency,service,issued,served,no_show,transferred,cancelled,open,"
                "wait_count,wait_median_s,wait_p90_s,wait_max_s,service_count,"
                "service_median_s,service_p90_s,service_max_s,standard_s,within_standard,"
                "within_share");
    for (int h = 0; h < REPORT_HOURS; h++)
        text_add(t, ",h%02d", h);
    text_add(t, "\r\n");
    for (size_t i = 0; i < report_row_count(rep); i++) {
        const report_row_t *w = report_row_at(rep, i);
        char period[11];
        date_text(w->period, period);
        text_add(t, "%s,%s,%s,%s,%u,%u,%u,%u,%u,%u", period, level_of(w), w->agency,
                 w->service, w->issued, w->served, w->no_show, w->transferred, w->cancelled,
                 w->open);
        const report_stats_t *s[2] = {&w->wait_stats, &w->service_stats};
        for (int k = 0; k < 2; k++) {
            text_add(t, ",%zu", s[k]->count);
            csv_num(t, s[k]->count, s[k]->median_s);
            csv_num(t, s[k]->count, s[k]->p90_s);
            csv_num(t, s[k]->count, s[k]->max_s);
        }
        if (w->standard_min > 0)
            text_add(t, ",%d", w->standard_min * 60);
        else
            text_add(t, ",");
        text_add(t, ",%u", w->within_standard);
        if (w->with_standard)
            text_add(t, ",%.3f", (double)w->within_standard / w->with_standard);
        else
            text_add(t, ",");
        for (int h = 0; h < REPORT_HOURS; h++)
            text_add(t, ",%u", w->hours[h]);
        text_add(t, "\r\n");
    }
}

/* ---- GET /api/v1/reports/service ---- */

/* The agency filter the account may use: admin any (NULL = all), staff and
 * liaisons their own; false after a 403. */
static bool scope_check(web_req_t *r, const auth_user_t *u, query_arg_t *agency,
                        const query_arg_t *service)
{
    if (u->role == ROLE_ADMIN)
        return true;
    if ((u->role != ROLE_STAFF && u->role != ROLE_LIAISON) || !u->agency[0]) {
        web_reply_error(r, 403, "forbidden", NULL,
                        "service reports are for the hall's admin and agency staff");
        return false;
    }
    size_t n = strlen(u->agency);
    if ((agency->value[0] && strcmp(agency->value, u->agency) != 0) ||
        (service->value[0] &&
         (strncmp(service->value, u->agency, n) != 0 || service->value[n] != '/'))) {
        web_reply_error(r, 403, "forbidden", agency->value[0] ? "agency" : "service",
                        "your account may read the reports of %s only", u->agency);
        return false;
    }
    snprintf(agency->value, sizeof agency->value, "%s", u->agency);
    return true;
}

void api_reports_service(web_req_t *r)
{
    enum { A_FROM, A_TO, A_AGENCY, A_SERVICE, A_GROUP, A__COUNT };
    query_arg_t args[A__COUNT] = {{"from", "", false},
                                  {"to", "", false},
                                  {"agency", "", false},
                                  {"service", "", false},
                                  {"group", "", false}};
    auth_session_t *s = web_session_require(r);
    if (!s || !web_query_read(r, args, A__COUNT) ||
        !scope_check(r, &s->user, &args[A_AGENCY], &args[A_SERVICE]))
        return;
    uint32_t ymd[2];
    for (int i = A_FROM; i <= A_TO; i++) {
        if (!args[i].value[0]) {
            web_reply_error(r, 400, "missing_field", args[i].name,
                            "give '%s' as YYYY-MM-DD", args[i].name);
            return;
        }
        if (!report_date_parse(args[i].value, &ymd[i])) {
            web_reply_error(r, 400, "invalid", args[i].name,
                            "'%s' must be a date written YYYY-MM-DD", args[i].name);
            return;
        }
    }
    int64_t days = report_day_number(ymd[A_TO]) - report_day_number(ymd[A_FROM]) + 1;
    if (days < 1) {
        web_reply_error(r, 400, "invalid", "to", "'to' is before 'from'");
        return;
    }
    if (days > REPORTS_RANGE_DAYS) {
        web_reply_error(r, 400, "invalid", "to", "a report covers at most %d days",
                        REPORTS_RANGE_DAYS);
        return;
    }
    report_group_t group = REPORT_GROUP_DAY;
    if (args[A_GROUP].value[0] && report_group_parse(args[A_GROUP].value, &group) != 0) {
        web_reply_error(r, 400, "invalid", "group", "'group' is day, week, month or range");
        return;
    }

    const catalog_t *cat = hall_catalog(r->web->hall);
    scan_ctx_t c = {ymd[A_TO], args[A_AGENCY].value[0] ? args[A_AGENCY].value : NULL,
                    args[A_SERVICE].value[0] ? args[A_SERVICE].value : NULL, cat,
                    report_new(group), 0, 0, 0};
    report_set_range_start(c.report, ymd[A_FROM]);
    if (!c.report) {
        web_reply_error(r, 500, "internal", NULL, "out of memory");
        return;
    }
    unsigned seeks = 0;
    uint64_t first = 0;
    store_txn_t *t;
    int rc = store_txn_begin(hall_store(r->web->hall), false, &t);
    if (rc == 0) {
        rc = first_id_of(t, ymd[A_FROM], &first, &seeks);
        if (rc == 0) {
            store_key_t k;
            store_key_init(&k);
            store_key_u64(&k, first);
            rc = store_scan(t, STORE_DB_TICKETS, &k, NULL, false, scan_visit, &c);
        }
        store_txn_abort(t);
    }
    if (rc < 0 || c.err) {
        report_free(c.report);
        if (c.err)
            web_reply_error(r, 500, "internal", NULL, "out of memory");
        else
            web_reply_error(r, 503, "storage_unavailable", NULL,
                            "the tickets cannot be read: %s", store_strerror(rc));
        return;
    }
    if (c.skipped)
        log_warn("reports", "%zu stored tickets could not be read", c.skipped);
    report_finish(c.report);

    if (wants_csv(r)) {
        text_t out = {0};
        csv_rows(&out, c.report);
        report_free(c.report);
        if (out.oom || !out.s)
            web_reply_error(r, 500, "internal", NULL, "out of memory");
        else
            web_reply_bytes(r, 200, "text/csv; charset=utf-8", out.s, out.len);
        free(out.s);
        return;
    }
    json_t *rows = json_array();
    for (size_t i = 0; i < report_row_count(c.report); i++)
        json_array_append_new(rows, row_json(report_row_at(c.report, i), cat));
    report_free(c.report);
    json_t *o = json_object();
    json_object_set_new(o, "from", json_string(args[A_FROM].value));
    json_object_set_new(o, "to", json_string(args[A_TO].value));
    json_object_set_new(o, "group", json_string(report_group_name(group)));
    json_object_set_new(o, "agency", c.agency ? json_string(c.agency) : json_null());
    json_object_set_new(o, "service", c.service ? json_string(c.service) : json_null());
    json_object_set_new(o, "tickets_read", json_integer((json_int_t)c.read));
    json_object_set_new(o, "seeks", json_integer(seeks));
    json_object_set_new(o, "rows", rows);
    web_reply_json(r, 200, o);
}
