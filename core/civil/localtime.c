/*
 * localtime.c - localtime_r kept per thread for the minute (civil/localtime.h).
 */
#include "civil/localtime.h"

/* A thread's last minute: its first second's local time. */
static _Thread_local struct {
    bool set;
    time_t minute; /* seconds / 60, rounded down */
    struct tm tm;
} kept;

bool local_time(time_t secs, struct tm *out)
{
    time_t minute = secs / 60 - (secs % 60 < 0);
    if (!kept.set || kept.minute != minute) {
        time_t start = minute * 60;
        kept.set = false;
        if (!localtime_r(&start, &kept.tm))
            return localtime_r(&secs, out) != NULL;
        if (kept.tm.tm_sec != 0) /* an offset with seconds: not kept */
            return localtime_r(&secs, out) != NULL;
        kept.minute = minute;
        kept.set = true;
    }
    *out = kept.tm;
    out->tm_sec = (int)(secs - minute * 60);
    return true;
}
