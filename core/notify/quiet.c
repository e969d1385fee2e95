/*
 * quiet.c - quiet hours: parsing "HH:MM-HH:MM" and deferring an instant
 * past them (quiet.h).
 */
#include "notify/quiet.h"

#include <stdio.h>

#include "notify/notify.h"

#define MIN_MS 60000LL

/* Reads "HH:MM" at s (exactly five characters) into minutes of the day;
 * 24:00 only when allow_24. -1 when it is not one. */
static int read_hhmm(const char *s, bool allow_24)
{
    for (int i = 0; i < 5; i++) {
        bool digit = s[i] >= '0' && s[i] <= '9';
        if (i == 2 ? s[i] != ':' : !digit)
            return -1;
    }
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow_24)))
        return -1;
    return h * 60 + m;
}

static int refuse(char *err, size_t errlen, const char *text, const char *why)
{
    if (err && errlen)
        snprintf(err, errlen, "quiet hours \"%.40s\": %s", text, why);
    return NOTIFY_EINVAL;
}

int notify_quiet_parse(const char *text, notify_quiet_t *out, char *err, size_t errlen)
{
    out->start_min = out->end_min = 0;
    if (text[0] == '\0' || (text[0] == 'o' && text[1] == 'f' && text[2] == 'f' && !text[3]))
        return NOTIFY_OK;
    for (int i = 0; i < 11; i++)
        if (text[i] == '\0')
            return refuse(err, errlen, text, "expected HH:MM-HH:MM, like \"21:00-06:00\"");
    if (text[5] != '-' || text[11] != '\0')
        return refuse(err, errlen, text, "expected HH:MM-HH:MM, like \"21:00-06:00\"");
    int start = read_hhmm(text, false), end = read_hhmm(text + 6, true);
    if (start < 0 || end < 0)
        return refuse(err, errlen, text,
                      "hours are 00 to 23 (the end may be 24:00), minutes 00 to 59");
    end %= 1440;
    if (start == end)
        return refuse(err, errlen, text,
                      start == 0 && text[6] == '2' ? "a whole day would never deliver"
                                                   : "the span is empty");
    out->start_min = start;
    out->end_min = end;
    return NOTIFY_OK;
}

bool notify_quiet_valid(const notify_quiet_t *q)
{
    return q->start_min >= 0 && q->start_min < 1440 && q->end_min >= 0 && q->end_min < 1440;
}

int64_t notify_local_ms_of_day(int64_t ms, int utc_offset_min)
{
    int64_t local = ms + (int64_t)utc_offset_min * MIN_MS;
    int64_t r = local % NOTIFY_DAY_MS;
    return r < 0 ? r + NOTIFY_DAY_MS : r;
}

bool notify_quiet_active(const notify_quiet_t *q, int64_t at_ms, int utc_offset_min)
{
    if (q->start_min == q->end_min)
        return false;
    int64_t t = notify_local_ms_of_day(at_ms, utc_offset_min);
    int64_t start = q->start_min * MIN_MS, end = q->end_min * MIN_MS;
    return start < end ? t >= start && t < end : t >= start || t < end;
}

int64_t notify_quiet_defer(const notify_quiet_t *q, int64_t at_ms, int utc_offset_min)
{
    if (!notify_quiet_active(q, at_ms, utc_offset_min))
        return at_ms;
    int64_t t = notify_local_ms_of_day(at_ms, utc_offset_min);
    int64_t wait = (q->end_min * MIN_MS - t) % NOTIFY_DAY_MS;
    return at_ms + (wait < 0 ? wait + NOTIFY_DAY_MS : wait);
}
