/*
 * service_time.h - the one rule for when a ticket's service began, shared
 * by the hall's reports, the supervisor's board, /metrics and the province
 * view, so the four measure the same service time.
 */
#ifndef MPP_SERVICE_TIME_H
#define MPP_SERVICE_TIME_H

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

#endif
