/*
 * api_reports.h - the service-time reports over HTTP (api_reports.c):
 * GET /api/v1/reports/service[.csv]. Private to core/web/.
 */
#ifndef MPP_API_REPORTS_H
#define MPP_API_REPORTS_H

#include "web/web_int.h"

/* GET /api/v1/reports/service?from=&to=[&agency=][&service=][&group=]
 * (and the same path ending in ".csv"): counts, waiting and service times
 * and busiest hours per period, agency and service, read from the ticket
 * records of those days. JSON, or CSV for the .csv path or an Accept
 * header naming text/csv. Admin: the whole hall; staff and liaisons: their
 * own agency. docs/reports.md explains the figures. */
void web_api_reports_service(web_req_t *r);

/* The report worker (one thread, started on the first report). */
reports_t *reports_new(struct lws_context *ctx);
/* Answers the reports the worker has read (on the loop, when woken). */
void reports_collect(reports_t *rs);
/* Stops the worker (after the report it reads) and answers every report
 * still waiting with 503. Before the hall closes: the worker reads it. */
void reports_free(reports_t *rs);

#endif
