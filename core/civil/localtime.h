/*
 * localtime.h - the local time of a unix second, as localtime_r gives it,
 * kept per thread for the minute it falls in. glibc's localtime_r reads
 * the zone's rule again on every call (for Asia/Jakarta, whose last
 * transition lies in 1964, on every one), and mppd asks for the local
 * time several times for each request: the engine's day and minute, and
 * each time a ticket or event shows. Plain C, no allocation.
 */
#ifndef MPP_LOCALTIME_H
#define MPP_LOCALTIME_H

#include <stdbool.h>
#include <time.h>

/* Fills *out as localtime_r(&secs, out) would; false when it cannot. The
 * zone is read once a minute (a thread's first call in each minute); a
 * zone's offset changes on whole minutes in every rule of this century,
 * and a minute whose local time does not start on a whole minute (the old
 * local mean times) is never kept. */
bool local_time(time_t secs, struct tm *out);

#endif
