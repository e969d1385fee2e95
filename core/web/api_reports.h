/*
 * api_reports.h - the service-time reports over HTTP (api_reports.c):
 * GET /api/v1/reports/service[.csv]. Private to core/web/.
 */
#ifndef MPP_API_REPORTS_H
#define MPP_API_REPORTS_H

#include "report/report.h"
#include "web/web_int.h"

/* GET /api/v1/reports/service?from=&to=[&agency=][&service=][&group=]
 * (and the same path ending in ".csv"): counts, waiting and service times
 * and busiest hours per period, agency and service, read from the ticket
 * records of those days. JSON, or CSV for the .csv path or an Accept
 * header naming text/csv. Admin: the whole hall; staff and liaisons: their
 * own agency. docs/reports.md explains the figures. */
void web_api_reports_service(web_req_t *r);

/* GET /api/v1/reports/staff[.csv]?from=&to=[&group=][&staff=][&agency=]:
 * per person and period, tickets served, service times against their
 * standards, no-shows, transfers and paused time by reason, read from the
 * audit log (api_staff.c). Admin: every one; supervisor: its agency's
 * staff; staff: their own. docs/reports.md explains the figures. */
void web_api_reports_staff(web_req_t *r);

/* ---- what the reports share (api_reports.c) ---- */

/* A report read off the loop: the worker calls run(j), then the loop
 * answer(j) and free(j). Embedded first in each kind of job. */
typedef struct reports_job reports_job_t;
struct reports_job {
    reports_job_t *next;
    web_later_t *reply;
    void (*run)(reports_job_t *j);
    void (*answer)(reports_job_t *j);
    void (*free)(reports_job_t *j);
    bool anyone; /* asked without a login (the public IKM page): such jobs
                    hold at most half the worker, so staff reports still run */
};
/* Queues job j (its reply made here) or answers 503 when the worker is
 * full; j is the worker's or freed afterwards. */
void reports_submit(web_req_t *r, reports_job_t *j);

/* The range of a report: from, to (at most a year) and group. */
typedef struct reports_range {
    uint32_t from, to;
    char from_text[11], to_text[11];
    report_group_t group;
} reports_range_t;
/* Reads the query's from, to and group into *out; false after a 400. */
bool reports_range_read(web_req_t *r, const query_arg_t *from, const query_arg_t *to,
                        const query_arg_t *group, reports_range_t *out);
/* True when the client asks for CSV: a path ending in ".csv" or an Accept
 * header that names text/csv. */
bool reports_wants_csv(web_req_t *r);

/* The standard minutes of each service, copied from the catalog when a job
 * is made (the worker must not read a catalog a reload may free). */
typedef struct reports_standard reports_standard_t;
typedef struct reports_standards {
    reports_standard_t *list; /* owned, sorted by id; free() it */
    size_t n;
} reports_standards_t;
bool reports_standards_copy(reports_standards_t *s, const catalog_t *cat);
/* A service's standard minutes, 0 when it has none or is unknown. */
int reports_standard_minutes(const reports_standards_t *s, const char *service);

/* x (>= 0) rounded half-up to 1 or 3 decimals. */
double reports_round1(double x);
double reports_round3(double x);
/* YYYYMMDD as "YYYY-MM-DD". */
void reports_date_text(uint32_t ymd, char buf[11]);
/* {"count","median_s","p90_s","max_s"} of durations, nulls when none. */
json_t *reports_stats_json(const report_stats_t *s);

/* A growing text buffer for a CSV. */
typedef struct reports_text {
    char *s;
    size_t len, cap;
    bool oom;
} reports_text_t;
void reports_text_add(reports_text_t *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A number cell: one decimal, or empty when there is no value. */
void reports_csv_num(reports_text_t *t, bool has, double v);
/* Answers with the CSV in *out (and frees it), or 500 when it ran out of
 * memory; with the JSON of o (and drops it). */
void reports_text_reply(web_later_t *reply, reports_text_t *out);
void reports_json_reply(web_later_t *reply, json_t *o);

/* The report worker (one thread, started on the first report). */
reports_t *reports_new(struct lws_context *ctx);
/* Answers the reports the worker has read (on the loop, when woken). */
void reports_collect(reports_t *rs);
/* Stops the worker (after the report it reads) and answers every report
 * still waiting with 503. Before the hall closes: the worker reads it. */
void reports_free(reports_t *rs);

#endif
