/*
 * service_time.h - the one rule for when a ticket's service began, shared
 * by the hall's reports, the supervisor's board, /metrics and the province
 * view, so the four measure the same service time.
 */
#ifndef MPP_SERVICE_TIME_H
#define MPP_SERVICE_TIME_H

#include <stdbool.h>
#include <stdint.h>

/* When the service of a ticket called at `called` and started at the
 * counter at `started` began (both in one unit, 0 = not yet): its start,
 * unless there is none or it is older than the call (a start at an earlier
 * step, before the ticket moved on and was called again); then the call.
 * 0 when it was neither called nor started. */
static inline int64_t service_began(int64_t called, int64_t started)
{
    return started > 0 && started >= called ? started : called;
}

/* The service time of a ticket called, started and finished at those
 * times (one unit, 0 = not yet) into *out: from service_began to the
 * finish, 0 when the finish is not after it; false when it never began or
 * never finished. */
static inline bool service_took(int64_t called, int64_t started, int64_t finished, uint64_t *out)
{
    int64_t from = service_began(called, started);
    if (from <= 0 || finished <= 0)
        return false;
    *out = finished > from ? (uint64_t)(finished - from) : 0;
    return true;
}

#endif
