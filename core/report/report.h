/*
 * report.h - service-time reports: counts, waiting and service times
 * against the service standard, and busiest hours, grouped by period
 * (day, ISO week, month), agency and service. Plain C: no JSON, no
 * storage; the web layer reads the ticket records and feeds them here.
 *
 * Every ticket lands in three rows of its period: its service's row, its
 * agency's row (service "") and the hall's row (agency "" and service "").
 * A ticket counts where it ended: the service and agency of its record,
 * which after a transfer are those it was moved to.
 *
 *   waiting time = called_at - queued_at  (entering the queue it was
 *                  called from: issue, print confirmation or transfer)
 *   service time = finished_at - start, start = started_at when the
 *                  ticket was started after its last call, else called_at
 *
 * Percentiles interpolate linearly between the closest ranks (the
 * "inclusive" definition: p of a sorted list x[0..n-1] is read at rank
 * p x (n - 1)), so the median of an even count is the mean of the two
 * middle values. docs/reports.md explains each figure.
 */
#ifndef MPP_REPORT_H
#define MPP_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define REPORT_ID_MAX 64   /* agency id, with its NUL */
#define REPORT_SVC_MAX 128 /* "<agency>/<service>", with its NUL */
#define REPORT_HOURS 24

typedef enum report_err {
    REPORT_OK = 0,
    REPORT_EINVAL = -1, /* a bad argument (an id too long, ...) */
    REPORT_ENOMEM = -2
} report_err_t;

typedef enum report_group {
    REPORT_GROUP_DAY = 0,
    REPORT_GROUP_WEEK, /* ISO weeks, Monday to Sunday */
    REPORT_GROUP_MONTH,
    REPORT_GROUP_RANGE /* one period for the whole range, named by
                                its first day (report_set_range_start) */
} report_group_t;

/* How a ticket stands in its record. */
typedef enum report_outcome {
    REPORT_OPEN = 0, /* printing, waiting, called, serving or held */
    REPORT_SERVED,   /* finished */
    REPORT_NO_SHOW,
    REPORT_CANCELLED
} report_outcome_t;

/* One ticket as a report reads it. Strings are borrowed for the call. */
typedef struct report_ticket {
    uint32_t day;        /* business day YYYYMMDD */
    const char *agency;  /* agency id */
    const char *service; /* "<agency>/<service>" */
    report_outcome_t outcome;
    int hour;                                   /* local hour of issue 0..23, -1 unknown */
    int transfers;                              /* times transferred */
    int64_t queued_at;                          /* ms since the epoch; 0 = not known */
    int64_t called_at, started_at, finished_at; /* ms; 0 = not yet */
    int standard_min;                           /* the service's standard minutes, <= 0 none */
    int64_t booking_start; /* a booked ticket: its slot's start (ms); 0 = walk-in */
} report_ticket_t;

/* Median, 90th percentile and maximum of a list of durations. */
typedef struct report_stats {
    size_t count; /* 0: the other fields are meaningless */
    double median_s, p90_s, max_s;
} report_stats_t;

/* One row: a period and an agency and service ("" for every one). */
typedef struct report_row {
    uint32_t period; /* first day of the period, YYYYMMDD */
    char agency[REPORT_ID_MAX];
    char service[REPORT_SVC_MAX];
    int standard_min; /* service rows: the standard, else 0 */
    uint32_t issued;  /* tickets counted here, whatever their end */
    uint32_t served, no_show, cancelled, open;
    uint32_t transferred;                     /* of those, tickets moved here by transfer */
    uint32_t within_standard;                 /* served with service time <= standard */
    uint32_t with_standard;                   /* served whose service has a standard */
    uint32_t hours[REPORT_HOURS];             /* tickets issued per local hour */
    uint32_t online;                          /* of those, tickets of online bookings */
    report_stats_t wait_stats, service_stats; /* filled by report_finish */
    report_stats_t slot_wait_stats;           /* booked tickets: from their slot (or check-in,
                                       if later) to their call */
    /* samples in ms, owned by the report */
    int64_t *wait_ms, *service_ms, *slot_wait_ms;
    size_t n_wait, cap_wait, n_service, cap_service, n_slot_wait, cap_slot_wait;
} report_row_t;

typedef struct report report_t;

/* A new empty report grouped by `g`; NULL when out of memory. The caller
 * frees it with report_free. */
report_t *report_new(report_group_t g);
/* The first day (YYYYMMDD) that names the single period of a
 * REPORT_GROUP_RANGE report; call before the first report_add. */
void report_set_range_start(report_t *r, uint32_t ymd);
/* Frees r and every row (NULL is ignored). */
void report_free(report_t *r);

/* Adds one ticket to its three rows. REPORT_EINVAL for an id too long or
 * a day that is not a date; REPORT_ENOMEM leaves the report usable. Must
 * not be called after report_finish. */
int report_add(report_t *r, const report_ticket_t *t);

/* Sorts the rows (period, then agency, then service; "" first) and
 * computes their statistics. Call once, after the last report_add. */
void report_finish(report_t *r);

/* Rows in order (after report_finish); pointers live as long as r. */
size_t report_row_count(const report_t *r);
const report_row_t *report_row_at(const report_t *r, size_t i);

/* The first day (YYYYMMDD) of the period of `ymd` under `g`: the day
 * itself, the Monday of its ISO week, or the 1st of its month (a range:
 * the day itself; the report names its period). 0 when ymd is not a
 * date. */
uint32_t report_period(uint32_t ymd, report_group_t g);

/* Parses "day", "week", "month" or "range"; -1 for anything else. */
int report_group_parse(const char *s, report_group_t *out);
const char *report_group_name(report_group_t g);

/* Parses a date written YYYY-MM-DD (a real calendar day, year 2000 or
 * later) into YYYYMMDD; false when it is not one. */
bool report_date_parse(const char *s, uint32_t *ymd);

/* The p-th percentile (0 <= p <= 1) of sorted[0..n-1], interpolating
 * linearly between the closest ranks; 0 when n is 0. */
double report_percentile(const int64_t *sorted, size_t n, double p);
/* Median, p90 and max of ms[0..n-1] in seconds; sorts ms in place. */
void report_stats_compute(int64_t *ms, size_t n, report_stats_t *out);

/* FNV-1a over a period and two ids (the first with its NUL): the hash of
 * a row's key. */
size_t report_key_hash(uint32_t period, const char *a, const char *b);

/* Makes room for one more sample in *v (n used of *cap); REPORT_OK, or
 * REPORT_ENOMEM with *v as it was. */
int report_sample_room(int64_t **v, size_t n, size_t *cap);

/* The service time of a finished ticket in ms (see above), or -1 when the
 * record cannot give one; the waiting time likewise. */
int64_t report_service_ms(const report_ticket_t *t);
int64_t report_wait_ms(const report_ticket_t *t);
/* A booked ticket's wait against its slot: from the slot's start (or its
 * check-in, when later) to its call, in ms; -1 for a walk-in or a ticket
 * not called. */
int64_t report_slot_wait_ms(const report_ticket_t *t);

#endif
