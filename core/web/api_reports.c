/*
 * api_reports.c - the service-time reports over HTTP: reads the ticket
 * records of a range of days from the store and answers the figures of
 * report/report.h in JSON or CSV.
 *
 * A year of a busy hall is a hundred thousand tickets and most of a second
 * to read, so a report is read off the event loop: the request becomes a
 * job for one worker thread (hall_tickets_of_days reads the range, which
 * costs the tickets of those days, never the whole history), and the loop
 * answers it when the worker wakes it. At most REPORTS_QUEUED reports are
 * read or waiting at once; more are told to ask again (503, Retry-After).
 */
#include "web/api_reports.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "civil/civil.h"
#include "civil/localtime.h"
#include "log.h"
#include "render.h"
#include "report/report.h"

#define REPORTS_RANGE_DAYS 366
#define REPORTS_QUEUED 4 /* reports read or waiting at once; more get 503 */

/* ---- the query ---- */

bool reports_wants_csv(web_req_t *r)
{
    size_t n = strlen(r->path);
    if (n > 4 && strcmp(r->path + n - 4, ".csv") == 0)
        return true;
    char accept[256];
    return lws_hdr_copy(r->wsi, accept, sizeof accept, WSI_TOKEN_HTTP_ACCEPT) > 0 &&
           strstr(accept, "text/csv") != NULL;
}

/* ---- the job: a report read off the loop ---- */

typedef struct report_job {
    reports_job_t base; /* first: the worker's view of it */
    hall_t *hall;
    uint32_t from, to;
    char from_text[11], to_text[11];
    char agency[CATALOG_ID_MAX], service[CATALOG_SVC_ID_MAX]; /* "" = any */
    bool csv;
    report_group_t group;
    report_t *report;
    reports_standards_t standards;
    hall_scan_stats_t stats;
    int rc; /* the scan's store error, or REPORT_ENOMEM */
} report_job_t;

/* The worker and its queue: jobs wait in `todo`, the worker moves each to
 * `done` and wakes the loop, which answers them (reports_collect). */
struct reports {
    struct lws_context *ctx;
    pthread_t thread;
    bool started, stop;
    pthread_mutex_t lock;
    pthread_cond_t more;
    reports_job_t *todo, *done;
    size_t queued;        /* jobs not yet answered */
    size_t queued_anyone; /* of them, asked without a login */
};

/* One standard service time, copied from the catalog. */
struct reports_standard {
    char id[CATALOG_SVC_ID_MAX];
    int minutes;
};

static int standard_cmp(const void *a, const void *b)
{
    return strcmp(((const reports_standard_t *)a)->id, ((const reports_standard_t *)b)->id);
}

int reports_standard_minutes(const reports_standards_t *s, const char *service)
{
    reports_standard_t key;
    snprintf(key.id, sizeof key.id, "%s", service);
    const reports_standard_t *f =
        s->list ? bsearch(&key, s->list, s->n, sizeof key, standard_cmp) : NULL;
    return f ? f->minutes : 0;
}

bool reports_standards_copy(reports_standards_t *s, const catalog_t *cat)
{
    s->list = calloc(cat->n_services ? cat->n_services : 1, sizeof *s->list);
    if (!s->list)
        return false;
    for (size_t i = 0; i < cat->n_services; i++) {
        snprintf(s->list[i].id, sizeof s->list[i].id, "%s", cat->services[i].id);
        s->list[i].minutes = cat->services[i].minutes;
    }
    s->n = cat->n_services;
    qsort(s->list, s->n, sizeof *s->list, standard_cmp);
    return true;
}

static void job_free(reports_job_t *base)
{
    report_job_t *j = (report_job_t *)base;
    report_free(j->report);
    free(j->standards.list);
    free(j);
}

static report_outcome_t outcome_of(queue_status_t s)
{
    switch (s) {
    case QUEUE_TICKET_FINISHED: return REPORT_SERVED;
    case QUEUE_TICKET_NO_SHOW: return REPORT_NO_SHOW;
    case QUEUE_TICKET_CANCELLED: return REPORT_CANCELLED;
    default: return REPORT_OPEN;
    }
}

/* Adds one stored ticket of the range to the job's report. */
static int job_ticket(void *ctx, const queue_ticket_t *t)
{
    report_job_t *j = ctx;
    if ((j->agency[0] && strcmp(j->agency, t->agency) != 0) ||
        (j->service[0] && strcmp(j->service, t->service) != 0))
        return 0;
    time_t secs = (time_t)(t->issued_at / 1000);
    struct tm tm;
    int hour = t->issued_at > 0 && local_time(secs, &tm) ? tm.tm_hour : -1;
    report_ticket_t rt = {t->day,
                          t->agency,
                          t->service,
                          outcome_of(t->status),
                          hour,
                          t->transfers,
                          t->queued_at,
                          t->called_at,
                          t->started_at,
                          t->finished_at,
                          reports_standard_minutes(&j->standards, t->service),
                          t->booking[0] ? t->booking_start : 0};
    int rc = report_add(j->report, &rt);
    if (rc == REPORT_ENOMEM)
        return REPORT_ENOMEM;
    if (rc != REPORT_OK)
        j->stats.skipped++;
    return 0;
}

/* On the worker: reads the range and computes the figures. */
static void job_run(reports_job_t *base)
{
    report_job_t *j = (report_job_t *)base;
    j->rc = hall_tickets_of_days(j->hall, j->from, j->to, job_ticket, j, &j->stats);
    if (j->rc == 0)
        report_finish(j->report);
}

static void *worker_main(void *arg)
{
    reports_t *rs = arg;
    pthread_mutex_lock(&rs->lock);
    for (;;) {
        while (!rs->todo && !rs->stop)
            pthread_cond_wait(&rs->more, &rs->lock);
        if (rs->stop)
            break;
        reports_job_t *j = rs->todo;
        rs->todo = j->next;
        pthread_mutex_unlock(&rs->lock);
        j->run(j);
        pthread_mutex_lock(&rs->lock);
        j->next = rs->done;
        rs->done = j;
        lws_cancel_service(rs->ctx);
    }
    pthread_mutex_unlock(&rs->lock);
    return NULL;
}

reports_t *reports_new(struct lws_context *ctx)
{
    reports_t *rs = calloc(1, sizeof *rs);
    if (!rs)
        return NULL;
    rs->ctx = ctx;
    pthread_mutex_init(&rs->lock, NULL);
    pthread_cond_init(&rs->more, NULL);
    return rs;
}

/* Answers a job that will not run (mppd is stopping) and frees it. */
static void job_drop(reports_job_t *j)
{
    web_later_error(j->reply, WEB_ERR_BUSY, "mppd is stopping; ask again in a moment");
    j->free(j);
}

void reports_free(reports_t *rs)
{
    if (!rs)
        return;
    pthread_mutex_lock(&rs->lock);
    rs->stop = true;
    pthread_cond_signal(&rs->more);
    pthread_mutex_unlock(&rs->lock);
    if (rs->started)
        pthread_join(rs->thread, NULL);
    for (reports_job_t *lists[2] = {rs->todo, rs->done}, **l = lists; l < lists + 2; l++)
        while (*l) {
            reports_job_t *j = *l;
            *l = j->next;
            job_drop(j);
        }
    pthread_mutex_destroy(&rs->lock);
    pthread_cond_destroy(&rs->more);
    free(rs);
}

/* Queues a job; false when REPORTS_QUEUED are already waiting or the worker
 * cannot start. */
static bool job_queue(reports_t *rs, reports_job_t *j)
{
    if (rs->queued >= REPORTS_QUEUED)
        return false;
    if (!rs->started) {
        if (pthread_create(&rs->thread, NULL, worker_main, rs) != 0)
            return false;
        rs->started = true;
    }
    pthread_mutex_lock(&rs->lock);
    reports_job_t **tail = &rs->todo;
    while (*tail)
        tail = &(*tail)->next;
    *tail = j;
    rs->queued++;
    rs->queued_anyone += j->anyone;
    pthread_cond_signal(&rs->more);
    pthread_mutex_unlock(&rs->lock);
    return true;
}

/* ---- answers ---- */

double reports_round1(double x)
{
    return (double)(int64_t)(x * 10.0 + 0.5) / 10.0;
}

double reports_round3(double x)
{
    return (double)(int64_t)(x * 1000.0 + 0.5) / 1000.0;
}

void reports_date_text(uint32_t ymd, char buf[11])
{
    snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)(ymd / 10000) % 10000,
             (unsigned)(ymd / 100 % 100), (unsigned)(ymd % 100));
}

static const char *level_of(const report_row_t *w)
{
    return !w->agency[0] ? "hall" : !w->service[0] ? "agency" : "service";
}

json_t *reports_stats_json(const report_stats_t *s)
{
    if (!s->count)
        return json_pack("{s:i, s:n, s:n, s:n}", "count", 0, "median_s", "p90_s", "max_s");
    return json_pack("{s:I, s:f, s:f, s:f}", "count", (json_int_t)s->count, "median_s",
                     reports_round1(s->median_s), "p90_s", reports_round1(s->p90_s), "max_s",
                     reports_round1(s->max_s));
}

/* What the bookings of a row's period, agency and service came to (on the
 * loop: the ledger is the hall's), within the report's range. */
typedef struct row_bookings {
    int made, checked_in, missed, cancelled;
} row_bookings_t;

static row_bookings_t row_bookings(hall_t *h, const report_row_t *w, const report_job_t *j)
{
    row_bookings_t out = {0};
    const catalog_t *cat = hall_catalog(h);
    for (int64_t d = civil_ymd_days(j->from); d <= civil_ymd_days(j->to); d++) {
        calendar_date_t date = (calendar_date_t)d;
        uint32_t ymd = civil_ymd_of_days(d);
        if (report_period(ymd, j->group) != w->period && j->group != REPORT_GROUP_RANGE)
            continue;
        for (size_t i = 0; i < cat->n_services; i++) {
            const catalog_service_t *s = &cat->services[i];
            if (!s->bookable || (w->service[0] && strcmp(w->service, s->id) != 0) ||
                (w->agency[0] && strcmp(w->agency, cat->agencies[s->agency].id) != 0) ||
                (j->agency[0] && strcmp(j->agency, cat->agencies[s->agency].id) != 0) ||
                (j->service[0] && strcmp(j->service, s->id) != 0))
                continue;
            booking_counts_t c;
            hall_booking_counts(h, s->id, date, &c);
            out.made += c.total;
            out.checked_in += c.status[BOOKING_STATUS_CHECKED_IN];
            out.missed += c.status[BOOKING_STATUS_MISSED];
            out.cancelled += c.status[BOOKING_STATUS_CANCELLED];
        }
    }
    return out;
}

static json_t *row_json(const report_row_t *w, const catalog_t *cat, const row_bookings_t *b)
{
    char period[11];
    reports_date_text(w->period, period);
    const char *name = NULL;
    if (w->service[0]) {
        const catalog_service_t *s = catalog_service_find(cat, w->service);
        name = s ? s->name : NULL;
    } else if (w->agency[0]) {
        const catalog_agency_t *a = catalog_agency_find(cat, w->agency);
        name = a ? a->name : NULL;
    }
    json_t *service = reports_stats_json(&w->service_stats);
    json_object_set_new(service, "standard_s",
                        w->standard_min > 0 ? json_integer(w->standard_min * 60) : json_null());
    json_object_set_new(service, "within_standard", json_integer(w->within_standard));
    json_object_set_new(
        service, "within_share",
        w->with_standard ? json_real(reports_round3((double)w->within_standard / w->with_standard))
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
    json_object_set_new(o, "waiting", reports_stats_json(&w->wait_stats));
    json_object_set_new(o, "service_time", service);
    json_object_set_new(o, "hours", hours);
    json_object_set_new(o, "online",
                        json_pack("{s:i, s:i, s:o, s:i, s:i, s:i, s:i}", "tickets", (int)w->online,
                                  "walk_in", (int)(w->issued - w->online), "slot_wait",
                                  reports_stats_json(&w->slot_wait_stats), "bookings_made", b->made,
                                  "checked_in", b->checked_in, "missed", b->missed, "cancelled",
                                  b->cancelled));
    return o;
}

void reports_text_add(reports_text_t *t, const char *fmt, ...)
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

void reports_csv_num(reports_text_t *t, bool has, double v)
{
    if (has)
        reports_text_add(t, ",%.1f", reports_round1(v));
    else
        reports_text_add(t, ",");
}

/* Ids are a-z, 0-9, "-" and "/": no cell needs quoting. */
static void csv_rows(reports_text_t *t, const report_t *rep, hall_t *hall, const report_job_t *j)
{
    reports_text_add(t,
                     "period,level,agency,service,issued,served,no_show,transferred,cancelled,open,"
                     "wait_count,wait_median_s,wait_p90_s,wait_max_s,service_count,"
                     "service_median_s,service_p90_s,service_max_s,standard_s,within_standard,"
                     "within_share");
    for (int h = 0; h < REPORT_HOURS; h++)
        reports_text_add(t, ",h%02d", h);
    reports_text_add(t, ",online,walk_in,slot_wait_median_s,bookings_made,bookings_checked_in,"
                        "bookings_missed,bookings_cancelled\r\n");
    for (size_t i = 0; i < report_row_count(rep); i++) {
        const report_row_t *w = report_row_at(rep, i);
        char period[11];
        reports_date_text(w->period, period);
        reports_text_add(t, "%s,%s,%s,%s,%u,%u,%u,%u,%u,%u", period, level_of(w), w->agency,
                         w->service, w->issued, w->served, w->no_show, w->transferred, w->cancelled,
                         w->open);
        const report_stats_t *s[2] = {&w->wait_stats, &w->service_stats};
        for (int k = 0; k < 2; k++) {
            reports_text_add(t, ",%zu", s[k]->count);
            reports_csv_num(t, s[k]->count, s[k]->median_s);
            reports_csv_num(t, s[k]->count, s[k]->p90_s);
            reports_csv_num(t, s[k]->count, s[k]->max_s);
        }
        if (w->standard_min > 0)
            reports_text_add(t, ",%d", w->standard_min * 60);
        else
            reports_text_add(t, ",");
        reports_text_add(t, ",%u", w->within_standard);
        if (w->with_standard)
            reports_text_add(t, ",%.3f", (double)w->within_standard / w->with_standard);
        else
            reports_text_add(t, ",");
        for (int h = 0; h < REPORT_HOURS; h++)
            reports_text_add(t, ",%u", w->hours[h]);
        row_bookings_t b = row_bookings(hall, w, j);
        reports_text_add(t, ",%u,%u", w->online, w->issued - w->online);
        reports_csv_num(t, w->slot_wait_stats.count, w->slot_wait_stats.median_s);
        reports_text_add(t, ",%d,%d,%d,%d\r\n", b.made, b.checked_in, b.missed, b.cancelled);
    }
}

/* ---- GET /api/v1/reports/service ---- */

/* The agency filter the account may use: admin any (NULL = all), staff,
 * liaisons and supervisors their own; false after a 403. */
static bool scope_check(web_req_t *r, const auth_user_t *u, query_arg_t *agency,
                        const query_arg_t *service)
{
    if (u->role == ROLE_ADMIN)
        return true;
    if ((u->role != ROLE_STAFF && u->role != ROLE_LIAISON && u->role != ROLE_SUPERVISOR) ||
        !u->agency[0]) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL,
                        "service reports are for the hall's admin and agency staff");
        return false;
    }
    size_t n = strlen(u->agency);
    if ((agency->value[0] && strcmp(agency->value, u->agency) != 0) ||
        (service->value[0] &&
         (strncmp(service->value, u->agency, n) != 0 || service->value[n] != '/'))) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, agency->value[0] ? "agency" : "service",
                        "your account may read the reports of %s only", u->agency);
        return false;
    }
    snprintf(agency->value, sizeof agency->value, "%s", u->agency);
    return true;
}

bool reports_range_read(web_req_t *r, const query_arg_t *from, const query_arg_t *to,
                        const query_arg_t *group, reports_range_t *out)
{
    const query_arg_t *ends[2] = {from, to};
    uint32_t ymd[2];
    for (int i = 0; i < 2; i++) {
        if (!ends[i]->value[0]) {
            web_reply_error(r, WEB_ERR_MISSING_FIELD, ends[i]->name, "give '%s' as YYYY-MM-DD",
                            ends[i]->name);
            return false;
        }
        if (!report_date_parse(ends[i]->value, &ymd[i])) {
            web_reply_error(r, WEB_ERR_INVALID, ends[i]->name,
                            "'%s' must be a date written YYYY-MM-DD", ends[i]->name);
            return false;
        }
    }
    int64_t days = civil_ymd_days(ymd[1]) - civil_ymd_days(ymd[0]) + 1;
    if (days < 1) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "'to' is before 'from'");
        return false;
    }
    if (days > REPORTS_RANGE_DAYS) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "a report covers at most %d days",
                        REPORTS_RANGE_DAYS);
        return false;
    }
    out->group = REPORT_GROUP_DAY;
    if (group->value[0] && report_group_parse(group->value, &out->group) != 0) {
        web_reply_error(r, WEB_ERR_INVALID, "group", "'group' is day, week, month or range");
        return false;
    }
    out->from = ymd[0];
    out->to = ymd[1];
    snprintf(out->from_text, sizeof out->from_text, "%s", from->value);
    snprintf(out->to_text, sizeof out->to_text, "%s", to->value);
    return true;
}

void reports_submit(web_req_t *r, reports_job_t *j)
{
    const reports_t *rs = r->web->reports;
    if (rs->queued >= REPORTS_QUEUED || (j->anyone && rs->queued_anyone >= REPORTS_QUEUED / 2)) {
        j->free(j);
        web_reply_header(r, "retry-after", "2");
        web_reply_error(r, WEB_ERR_BUSY, NULL, "%d reports are being read; ask again in a moment",
                        REPORTS_QUEUED);
        return;
    }
    if (!(j->reply = web_reply_later(r)))
        j->free(j);
    else if (!job_queue(r->web->reports, j))
        job_drop(j);
}

static void job_answer(reports_job_t *base);

void web_api_reports_service(web_req_t *r)
{
    enum { A_FROM, A_TO, A_AGENCY, A_SERVICE, A_GROUP, A__COUNT };
    query_arg_t args[A__COUNT] = {{"from", "", false},
                                  {"to", "", false},
                                  {"agency", "", false},
                                  {"service", "", false},
                                  {"group", "", false}};
    auth_session_t *s = web_session_require(r);
    reports_range_t range;
    if (!s || !web_query_read(r, args, A__COUNT) ||
        !scope_check(r, &s->user, &args[A_AGENCY], &args[A_SERVICE]) ||
        !reports_range_read(r, &args[A_FROM], &args[A_TO], &args[A_GROUP], &range))
        return;
    report_job_t *j = calloc(1, sizeof *j);
    if (j)
        j->base = (reports_job_t){NULL, NULL, job_run, job_answer, job_free, false};
    if (!j || !(j->report = report_new(range.group)) ||
        !reports_standards_copy(&j->standards, hall_catalog(r->web->hall))) {
        if (j)
            job_free(&j->base);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    report_set_range_start(j->report, range.from);
    j->hall = r->web->hall;
    j->from = range.from;
    j->to = range.to;
    snprintf(j->from_text, sizeof j->from_text, "%s", range.from_text);
    snprintf(j->to_text, sizeof j->to_text, "%s", range.to_text);
    snprintf(j->agency, sizeof j->agency, "%s", args[A_AGENCY].value);
    snprintf(j->service, sizeof j->service, "%s", args[A_SERVICE].value);
    j->csv = reports_wants_csv(r);
    j->group = range.group;
    reports_submit(r, &j->base);
}

/* On the loop: the answer of a job the worker has read. */
static void job_answer(reports_job_t *base)
{
    report_job_t *j = (report_job_t *)base;
    web_later_t *reply = base->reply;
    if (j->rc == REPORT_ENOMEM) {
        web_later_error(reply, WEB_ERR_INTERNAL, "out of memory");
        return;
    }
    if (j->rc != 0) {
        web_later_error(reply, WEB_ERR_STORAGE_UNAVAILABLE, "the tickets cannot be read: %s",
                        hall_strerror(j->rc));
        return;
    }
    if (j->stats.skipped)
        log_warn("reports", "%zu stored tickets could not be read", j->stats.skipped);
    if (j->csv) {
        reports_text_t out = {0};
        csv_rows(&out, j->report, j->hall, j);
        reports_text_reply(reply, &out);
        return;
    }
    const catalog_t *cat = hall_catalog(j->hall);
    json_t *rows = json_array();
    for (size_t i = 0; i < report_row_count(j->report); i++) {
        const report_row_t *w = report_row_at(j->report, i);
        row_bookings_t b = row_bookings(j->hall, w, j);
        json_array_append_new(rows, row_json(w, cat, &b));
    }
    json_t *o = json_object();
    json_object_set_new(o, "from", json_string(j->from_text));
    json_object_set_new(o, "to", json_string(j->to_text));
    json_object_set_new(o, "group", json_string(report_group_name(j->group)));
    json_object_set_new(o, "agency", j->agency[0] ? json_string(j->agency) : json_null());
    json_object_set_new(o, "service", j->service[0] ? json_string(j->service) : json_null());
    json_object_set_new(o, "tickets_read", json_integer((json_int_t)j->stats.read));
    json_object_set_new(o, "seeks", json_integer(j->stats.seeks));
    json_object_set_new(o, "rows", rows);
    reports_json_reply(reply, o);
}

void reports_text_reply(web_later_t *reply, reports_text_t *out)
{
    if (out->oom || !out->s)
        web_later_error(reply, WEB_ERR_INTERNAL, "out of memory");
    else
        web_later_bytes(reply, 200, "text/csv; charset=utf-8", out->s, out->len);
    free(out->s);
}

void reports_json_reply(web_later_t *reply, json_t *o)
{
    char *text = json_dumps(o, WEB_JSON_FLAGS);
    json_decref(o);
    if (text)
        web_later_bytes(reply, 200, "application/json", text, strlen(text));
    else
        web_later_error(reply, WEB_ERR_INTERNAL, "out of memory");
    free(text);
}

void reports_collect(reports_t *rs)
{
    pthread_mutex_lock(&rs->lock);
    reports_job_t *done = rs->done;
    rs->done = NULL;
    pthread_mutex_unlock(&rs->lock);
    while (done) {
        reports_job_t *j = done;
        done = j->next;
        bool anyone = j->anyone;
        j->answer(j);
        j->free(j);
        rs->queued--;
        rs->queued_anyone -= anyone;
    }
}
