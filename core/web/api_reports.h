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
void api_reports_service(web_req_t *r);

#endif
