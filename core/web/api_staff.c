/*
 * api_staff.c - the staff reports over HTTP: GET /api/v1/reports/staff
 * (and .csv). The report worker reads the audit log's events of the range
 * (hall_events_of_days), report/staff.h sums them per person and period,
 * and the loop answers in JSON or CSV. Who may read what: the admin every
 * one, a supervisor its agency's counters, staff their own figures.
 */
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "report/staff.h"
#include "web/api_reports.h"

typedef struct staff_job {
    reports_job_t base; /* first: the worker's view of it */
    hall_t *hall;
    const supervise_t *sv; /* the hall's pause reasons, for names and columns */
    reports_range_t range;
    char staff[AUTH_NAME_MAX];   /* "" = every one */
    char agency[CATALOG_ID_MAX]; /* "" = every counter */
    bool csv;
    int64_t now; /* pauses still running end here */
    report_staff_t *report;
    reports_standards_t standards;
    hall_scan_stats_t stats;
    int rc; /* the scan's store error, or REPORT_ENOMEM */
} staff_job_t;

static void staff_free(reports_job_t *base)
{
    staff_job_t *j = (staff_job_t *)base;
    report_staff_free(j->report);
    free(j->standards.list);
    free(j);
}

/* One logged event into the report, when it is staff's and in scope. */
static int staff_event(void *ctx, const hall_logged_event_t *e)
{
    staff_job_t *j = ctx;
    if (j->agency[0] && strcmp(e->agency, j->agency) != 0)
        return 0;
    report_staff_event_t se = {
        .day = e->day, .at = e->at, .staff = e->staff, .counter = e->counter, .reason = e->reason};
    switch (e->type) {
    case QUEUE_EV_TICKET_FINISHED:
        se.kind = REPORT_STAFF_SERVED;
        se.called_at = e->called_at;
        se.started_at = e->started_at;
        se.finished_at = e->finished_at;
        se.standard_min = reports_standard_minutes(&j->standards, e->service);
        break;
    case QUEUE_EV_TICKET_NO_SHOW: se.kind = REPORT_STAFF_NO_SHOW; break;
    case QUEUE_EV_TICKET_TRANSFERRED:
        if (e->reason[0]) /* a declared flow or a hook, not a person's choice */
            return 0;
        se.kind = REPORT_STAFF_TRANSFER;
        break;
    case QUEUE_EV_COUNTER_PAUSED: se.kind = REPORT_STAFF_PAUSE; break;
    default: se.kind = REPORT_STAFF_PAUSE_END; break; /* resumed, closed, opened */
    }
    if (se.kind != REPORT_STAFF_PAUSE_END &&
        (!e->staff[0] || (j->staff[0] && strcmp(e->staff, j->staff) != 0)))
        return 0;
    int rc = report_staff_add(j->report, &se);
    if (rc == REPORT_ENOMEM)
        return REPORT_ENOMEM;
    if (rc != REPORT_OK)
        j->stats.skipped++;
    return 0;
}

static void staff_run(reports_job_t *base)
{
    staff_job_t *j = (staff_job_t *)base;
    uint32_t types = 1u << QUEUE_EV_TICKET_FINISHED | 1u << QUEUE_EV_TICKET_NO_SHOW |
                     1u << QUEUE_EV_TICKET_TRANSFERRED | 1u << QUEUE_EV_COUNTER_PAUSED |
                     1u << QUEUE_EV_COUNTER_RESUMED | 1u << QUEUE_EV_COUNTER_CLOSED |
                     1u << QUEUE_EV_COUNTER_OPENED;
    j->rc =
        hall_events_of_days(j->hall, j->range.from, j->range.to, types, staff_event, j, &j->stats);
    if (j->rc == 0)
        j->rc = report_staff_finish(j->report, j->now);
}

/* The name of a pause reason: the hall's, "logout" said in words, or the
 * id itself for a reason the hall no longer lists. */
static const char *reason_name(const staff_job_t *j, const char *id)
{
    const config_pause_reason_t *r = supervise_reason(j->sv, id);
    if (r)
        return r->name;
    return !id[0]                      ? "Tanpa alasan"
           : strcmp(id, "logout") == 0 ? "Keluar dengan tiket di loket"
                                       : id;
}

static json_t *row_json(const staff_job_t *j, const report_staff_row_t *w)
{
    char period[11];
    reports_date_text(w->period, period);
    const report_stats_t *ratio = &w->ratio_stats;
    json_t *against = ratio->count ? json_pack("{s:I, s:f, s:f}", "count", (json_int_t)ratio->count,
                                               "median", reports_round3(ratio->median_s), "p90",
                                               reports_round3(ratio->p90_s))
                                   : json_pack("{s:i, s:n, s:n}", "count", 0, "median", "p90");
    json_object_set_new(against, "within_standard", json_integer(w->within_standard));
    json_object_set_new(
        against, "within_share",
        w->with_standard ? json_real(reports_round3((double)w->within_standard / w->with_standard))
                         : json_null());
    json_t *reasons = json_array();
    for (size_t i = 0; i < w->n_reasons; i++) {
        const report_staff_pause_t *p = &w->reasons[i];
        json_array_append_new(reasons,
                              json_pack("{s:o, s:s, s:I, s:i}", "reason",
                                        p->reason[0] ? json_string(p->reason) : json_null(), "name",
                                        reason_name(j, p->reason), "seconds",
                                        (json_int_t)(p->ms / 1000), "count", (int)p->count));
    }
    json_t *o = json_object();
    json_object_set_new(o, "period", json_string(period));
    json_object_set_new(o, "staff", w->staff[0] ? json_string(w->staff) : json_null());
    json_object_set_new(o, "served", json_integer(w->served));
    json_object_set_new(o, "service_time", reports_stats_json(&w->service_stats));
    json_object_set_new(o, "against_standard", against);
    json_object_set_new(o, "no_show", json_integer(w->no_show));
    json_object_set_new(o, "transfers", json_integer(w->transfers));
    json_object_set_new(o, "pauses", json_integer(w->pauses));
    json_object_set_new(o, "paused_s", json_integer((json_int_t)(w->paused_ms / 1000)));
    json_object_set_new(o, "paused_by_reason", reasons);
    return o;
}

/* Seconds of row w's pauses for `reason`; with other, those of every
 * reason the hall does not list. */
static int64_t paused_of(const staff_job_t *j, const report_staff_row_t *w, const char *reason,
                         bool other)
{
    int64_t ms = 0;
    for (size_t i = 0; i < w->n_reasons; i++)
        if (other ? !supervise_reason(j->sv, w->reasons[i].reason)
                  : strcmp(w->reasons[i].reason, reason) == 0)
            ms += w->reasons[i].ms;
    return ms / 1000;
}

/* Names are [a-z0-9._-] and ids [a-z0-9-]: no cell needs quoting. */
static void csv_rows(reports_text_t *t, const staff_job_t *j)
{
    size_t n;
    const config_pause_reason_t *list = supervise_reasons(j->sv, &n);
    reports_text_add(t, "period,staff,served,service_count,service_median_s,service_p90_s,"
                        "service_max_s,standard_count,standard_ratio_median,standard_ratio_p90,"
                        "within_standard,within_share,no_show,transfers,pauses,paused_s");
    for (size_t i = 0; i < n; i++)
        reports_text_add(t, ",paused_%s_s", list[i].id);
    reports_text_add(t, ",paused_other_s\r\n");
    for (size_t r = 0; r < report_staff_row_count(j->report); r++) {
        const report_staff_row_t *w = report_staff_row_at(j->report, r);
        char period[11];
        reports_date_text(w->period, period);
        const report_stats_t *s = &w->service_stats, *q = &w->ratio_stats;
        reports_text_add(t, "%s,%s,%u,%zu", period, w->staff[0] ? w->staff : "(semua)", w->served,
                         s->count);
        reports_csv_num(t, s->count, s->median_s);
        reports_csv_num(t, s->count, s->p90_s);
        reports_csv_num(t, s->count, s->max_s);
        reports_text_add(t, ",%zu", q->count);
        if (q->count)
            reports_text_add(t, ",%.3f,%.3f", reports_round3(q->median_s),
                             reports_round3(q->p90_s));
        else
            reports_text_add(t, ",,");
        reports_text_add(t, ",%u", w->within_standard);
        if (w->with_standard)
            reports_text_add(t, ",%.3f", (double)w->within_standard / w->with_standard);
        else
            reports_text_add(t, ",");
        reports_text_add(t, ",%u,%u,%u,%lld", w->no_show, w->transfers, w->pauses,
                         (long long)(w->paused_ms / 1000));
        for (size_t i = 0; i < n; i++)
            reports_text_add(t, ",%lld", (long long)paused_of(j, w, list[i].id, false));
        reports_text_add(t, ",%lld\r\n", (long long)paused_of(j, w, NULL, true));
    }
}

static void staff_answer(reports_job_t *base)
{
    staff_job_t *j = (staff_job_t *)base;
    if (j->rc == REPORT_ENOMEM)
        return web_later_error(base->reply, WEB_ERR_INTERNAL, "out of memory");
    if (j->rc != 0)
        return web_later_error(base->reply, WEB_ERR_STORAGE_UNAVAILABLE,
                               "the audit log cannot be read: %s", hall_strerror(j->rc));
    if (j->stats.skipped)
        log_warn("reports", "%zu logged events could not be read", j->stats.skipped);
    if (j->csv) {
        reports_text_t out = {0};
        csv_rows(&out, j);
        return reports_text_reply(base->reply, &out);
    }
    json_t *rows = json_array();
    for (size_t i = 0; i < report_staff_row_count(j->report); i++)
        json_array_append_new(rows, row_json(j, report_staff_row_at(j->report, i)));
    size_t n;
    const config_pause_reason_t *list = supervise_reasons(j->sv, &n);
    json_t *reasons = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(reasons,
                              json_pack("{s:s, s:s}", "id", list[i].id, "name", list[i].name));
    json_t *o = json_object();
    json_object_set_new(o, "from", json_string(j->range.from_text));
    json_object_set_new(o, "to", json_string(j->range.to_text));
    json_object_set_new(o, "group", json_string(report_group_name(j->range.group)));
    json_object_set_new(o, "staff", j->staff[0] ? json_string(j->staff) : json_null());
    json_object_set_new(o, "agency", j->agency[0] ? json_string(j->agency) : json_null());
    json_object_set_new(o, "events_read", json_integer((json_int_t)j->stats.read));
    json_object_set_new(o, "seeks", json_integer(j->stats.seeks));
    json_object_set_new(o, "pause_reasons", reasons);
    json_object_set_new(o, "rows", rows);
    reports_json_reply(base->reply, o);
}

/* Who may read which staff: admin any; a supervisor the counters of its
 * agency; staff only themselves. Fills the filters; false after a 403. */
static bool staff_scope(web_req_t *r, const auth_user_t *u, query_arg_t *staff, query_arg_t *agency)
{
    switch (u->role) {
    case ROLE_ADMIN: return true;
    case ROLE_SUPERVISOR:
        if (agency->value[0] && strcmp(agency->value, u->agency) != 0) {
            web_reply_error(r, WEB_ERR_FORBIDDEN, "agency",
                            "your account may read the staff of %s only", u->agency);
            return false;
        }
        snprintf(agency->value, sizeof agency->value, "%s", u->agency);
        return true;
    case ROLE_STAFF:
        if (staff->value[0] && strcmp(staff->value, u->name) != 0) {
            web_reply_error(r, WEB_ERR_FORBIDDEN, "staff", "staff read their own figures only (%s)",
                            u->name);
            return false;
        }
        snprintf(staff->value, sizeof staff->value, "%s", u->name);
        return true;
    default:
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL,
                        "staff reports are for the hall's admin, supervisors and staff");
        return false;
    }
}

void web_api_reports_staff(web_req_t *r)
{
    enum { A_FROM, A_TO, A_GROUP, A_STAFF, A_AGENCY, A__COUNT };
    query_arg_t args[A__COUNT] = {{"from", "", false},
                                  {"to", "", false},
                                  {"group", "", false},
                                  {"staff", "", false},
                                  {"agency", "", false}};
    auth_session_t *s = web_session_require(r);
    reports_range_t range;
    if (!s || !web_query_read(r, args, A__COUNT) ||
        !staff_scope(r, &s->user, &args[A_STAFF], &args[A_AGENCY]) ||
        !reports_range_read(r, &args[A_FROM], &args[A_TO], &args[A_GROUP], &range))
        return;
    if (strlen(args[A_STAFF].value) >= AUTH_NAME_MAX ||
        (args[A_STAFF].value[0] && !auth_name_valid(args[A_STAFF].value)))
        return web_reply_error(r, WEB_ERR_INVALID, "staff",
                               "'staff' is a user name: 1 to 63 of a-z, 0-9, '.', '_', '-'");
    if (args[A_AGENCY].value[0] &&
        !catalog_agency_find(hall_catalog(r->web->hall), args[A_AGENCY].value))
        return web_reply_error(r, WEB_ERR_INVALID, "agency", "no agency '%.64s' is loaded",
                               args[A_AGENCY].value);
    staff_job_t *j = calloc(1, sizeof *j);
    if (j)
        j->base = (reports_job_t){NULL, NULL, staff_run, staff_answer, staff_free, false};
    if (!j || !(j->report = report_staff_new(range.group)) ||
        !reports_standards_copy(&j->standards, hall_catalog(r->web->hall))) {
        if (j)
            staff_free(&j->base);
        return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    }
    report_staff_set_range_start(j->report, range.from);
    j->hall = r->web->hall;
    j->sv = r->web->sv;
    j->range = range;
    snprintf(j->staff, sizeof j->staff, "%s", args[A_STAFF].value);
    snprintf(j->agency, sizeof j->agency, "%s", args[A_AGENCY].value);
    j->csv = reports_wants_csv(r);
    j->now = hall_now(r->web->hall);
    reports_submit(r, &j->base);
}
