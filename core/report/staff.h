/*
 * staff.h - staff reports: what each member of staff did, per period
 * (day, ISO week, month or the whole range), read from the audit log's
 * events. Plain C: the hall reads the events, this sums them.
 *
 * Per person and period:
 *   served          tickets they finished (a ticket finished at two steps
 *                   of a flow counts once for each person who finished it)
 *   service time    of those, finished_at - start (start: started_at when
 *                   started after the last call, else called_at), as the
 *                   service report reads it (report_service_ms): median,
 *                   p90 and max; and the same over the service's standard
 *                   (1.0 = exactly the standard) for tickets whose service
 *                   has one, with the count within the standard
 *   no_show         tickets they marked no-show
 *   transfers       tickets they transferred (not declared flows or hooks)
 *   paused          seconds their counters were paused, in total and per
 *                   reason: from counter.paused to that counter's next
 *                   resume, close or open; a pause still running when the
 *                   events end runs until `now` (report_staff_finish). A
 *                   pause counts in the period of the day it began.
 * Every event also lands in the period's total row (staff "").
 */
#ifndef MPP_REPORT_STAFF_H
#define MPP_REPORT_STAFF_H

#include <stddef.h>
#include <stdint.h>

#include "report/report.h"

typedef enum report_staff_kind {
    REPORT_STAFF_SERVED = 0, /* a ticket finished */
    REPORT_STAFF_NO_SHOW,
    REPORT_STAFF_TRANSFER,
    REPORT_STAFF_PAUSE,    /* a counter paused */
    REPORT_STAFF_PAUSE_END /* that counter resumed, closed or was opened */
} report_staff_kind_t;

/* One event as a staff report reads it. Strings are borrowed for the call. */
typedef struct report_staff_event {
    report_staff_kind_t kind;
    uint32_t day;                               /* local date YYYYMMDD */
    int64_t at;                                 /* ms since the epoch */
    const char *staff;                          /* who made it; PAUSE_END: anyone */
    int counter;                                /* PAUSE, PAUSE_END: the counter */
    const char *reason;                         /* PAUSE: why, "" none */
    int64_t called_at, started_at, finished_at; /* SERVED: the ticket's times (ms) */
    int standard_min;                           /* SERVED: its service's standard, <= 0 none */
} report_staff_event_t;

/* Paused time of one reason. */
typedef struct report_staff_pause {
    char reason[REPORT_ID_MAX]; /* "" none */
    int64_t ms;
    uint32_t count; /* pauses */
} report_staff_pause_t;

typedef struct report_staff_row {
    uint32_t period; /* first day of the period, YYYYMMDD */
    char staff[REPORT_ID_MAX];
    uint32_t served, no_show, transfers;
    uint32_t within_standard, with_standard;
    report_stats_t service_stats; /* seconds; filled by report_staff_finish */
    report_stats_t ratio_stats;   /* service time / standard (count of those
                                     with a standard; max_s etc. are ratios) */
    int64_t paused_ms;
    uint32_t pauses;
    report_staff_pause_t *reasons; /* by reason, in the order first seen */
    size_t n_reasons;
    /* samples, owned by the report: ms, and ratios in thousandths */
    int64_t *service_ms, *ratio_milli;
    size_t n_service, cap_service, n_ratio, cap_ratio, cap_reasons;
} report_staff_row_t;

typedef struct report_staff report_staff_t;

/* A new empty staff report grouped by `g`; NULL when out of memory. Free
 * with report_staff_free. */
report_staff_t *report_staff_new(report_group_t g);
/* The first day naming the single period of a REPORT_GROUP_RANGE report. */
void report_staff_set_range_start(report_staff_t *r, uint32_t ymd);
void report_staff_free(report_staff_t *r);

/* Adds one event, in the order they happened. REPORT_EINVAL for a name
 * too long or a day that is not a date; REPORT_ENOMEM leaves the report
 * usable. */
int report_staff_add(report_staff_t *r, const report_staff_event_t *e);

/* Ends the pauses still running at `now` (ms), sorts the rows (period,
 * then staff; the total row "" first) and computes their statistics. Call
 * once, after the last event. REPORT_ENOMEM when a running pause could
 * not be counted. */
int report_staff_finish(report_staff_t *r, int64_t now);

size_t report_staff_row_count(const report_staff_t *r);
const report_staff_row_t *report_staff_row_at(const report_staff_t *r, size_t i);

#endif
