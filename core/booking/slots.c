/*
 * slots.c - cutting a day's opening hours into slots, and the ISO 8601
 * text of an instant with its offset.
 */
#include "booking/slots.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MS_PER_MIN 60000LL
#define MIN_PER_DAY 1440

static int refuse(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int refuse(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return BOOKING_EINVAL;
}

static bool offset_ok(int utc_offset_min)
{
    return utc_offset_min >= BOOKING_OFFSET_MIN && utc_offset_min <= BOOKING_OFFSET_MAX;
}

/* Intervals inside the day, each opening before it closes, in order and
 * not overlapping. */
static int check_hours(const booking_hours_t *hours, size_t n, char *err, size_t errlen)
{
    if (n > BOOKING_HOURS_MAX)
        return refuse(err, errlen, "hours: %zu intervals, at most %d", n, BOOKING_HOURS_MAX);
    for (size_t i = 0; i < n; i++) {
        const booking_hours_t *h = &hours[i];
        if (h->open_min < 0 || h->close_min > MIN_PER_DAY || h->open_min >= h->close_min)
            return refuse(err, errlen,
                          "hours: interval %zu must open before it closes, within 00:00-24:00",
                          i + 1);
        if (i > 0 && h->open_min < hours[i - 1].close_min)
            return refuse(err, errlen, "hours: interval %zu opens before interval %zu closes",
                          i + 1, i);
    }
    return BOOKING_OK;
}

static int check_day_args(const char *service, calendar_date_t date, const booking_rules_t *rules,
                          int utc_offset_min, char *err, size_t errlen)
{
    if (!service || !*service || strlen(service) >= BOOKING_SERVICE_MAX)
        return refuse(err, errlen, "service: must be 1..%d bytes", BOOKING_SERVICE_MAX - 1);
    if (date < CALENDAR_DATE_MIN || date > CALENDAR_DATE_MAX)
        return refuse(err, errlen, "date: out of range");
    if (!offset_ok(utc_offset_min))
        return refuse(err, errlen, "utc offset: %d minutes is past -12:00..+14:00", utc_offset_min);
    return booking_rules_check(rules, err, errlen);
}

/* Cuts one interval into slots after those already in the day. */
static void cut_interval(booking_day_t *day, const booking_hours_t *h, int64_t midnight_ms)
{
    int len = day->rules.slot_minutes;
    for (int t = h->open_min; t + len <= h->close_min; t += len) {
        booking_slot_t *s = &day->slots[day->n_slots++];
        s->start_ms = midnight_ms + t * MS_PER_MIN;
        s->end_ms = s->start_ms + len * MS_PER_MIN;
        s->capacity = day->rules.capacity;
    }
}

int booking_day_build(booking_day_t *day, const char *service, calendar_date_t date,
                      const booking_rules_t *rules, const booking_hours_t *hours, size_t n_hours,
                      const calendar_t *cal, int utc_offset_min, char *err, size_t errlen)
{
    int rc = check_day_args(service, date, rules, utc_offset_min, err, errlen);
    if (rc == BOOKING_OK)
        rc = check_hours(hours, n_hours, err, errlen);
    if (rc != BOOKING_OK)
        return rc;
    memset(day, 0, sizeof *day);
    memcpy(day->service, service, strlen(service) + 1);
    day->date = date;
    day->utc_offset_min = utc_offset_min;
    day->rules = *rules;
    day->bookable = booking_rules_bookable(rules);
    if (cal && !calendar_is_open(cal, date))
        return BOOKING_OK;
    int64_t midnight = calendar_date_start_ms(date, utc_offset_min);
    for (size_t i = 0; i < n_hours; i++)
        cut_interval(day, &hours[i], midnight);
    return BOOKING_OK;
}

const booking_slot_t *booking_day_slot(const booking_day_t *day, int64_t start_ms)
{
    size_t lo = 0, hi = day->n_slots;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (day->slots[mid].start_ms < start_ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < day->n_slots && day->slots[lo].start_ms == start_ms ? &day->slots[lo] : NULL;
}

bool booking_day_too_far(const booking_day_t *day, int64_t now_ms)
{
    return day->date - calendar_date_of_ms(now_ms, day->utc_offset_min) > day->rules.days_ahead;
}

int booking_time_format(int64_t ms, int utc_offset_min, char out[BOOKING_TIME_TEXT])
{
    out[0] = '\0';
    if (!offset_ok(utc_offset_min) || ms < 0 || ms >= CALENDAR_MS_MAX)
        return BOOKING_EINVAL;
    calendar_date_t date = calendar_date_of_ms(ms, utc_offset_min);
    if (date < CALENDAR_DATE_MIN || date > CALENDAR_DATE_MAX)
        return BOOKING_EINVAL;
    int64_t sec = (ms - calendar_date_start_ms(date, utc_offset_min)) / 1000;
    int y, mo, d;
    calendar_date_to_ymd(date, &y, &mo, &d);
    int off = utc_offset_min < 0 ? -utc_offset_min : utc_offset_min;
    snprintf(out, BOOKING_TIME_TEXT, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d,
             (int)(sec / 3600), (int)(sec / 60 % 60), (int)(sec % 60),
             utc_offset_min < 0 ? '-' : '+', off / 60, off % 60);
    return BOOKING_OK;
}

/* Reads exactly two digits at s into *v. */
static bool two_digits(const char *s, int *v)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return false;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

/* The offset part: "Z", or "+HH:MM" / "-HH:MM", and nothing after it. */
static bool parse_offset(const char *s, int *offset)
{
    int h, m;
    if (strcmp(s, "Z") == 0) {
        *offset = 0;
        return true;
    }
    if ((s[0] != '+' && s[0] != '-') || strlen(s) != 6 || s[3] != ':')
        return false;
    if (!two_digits(s + 1, &h) || !two_digits(s + 4, &m) || m > 59)
        return false;
    *offset = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
    return true;
}

/* The clock part "HH:MM:SS" in seconds of the day. */
static bool parse_clock(const char *s, int *seconds)
{
    int h, m, sec;
    if (s[2] != ':' || s[5] != ':' || !two_digits(s, &h) || !two_digits(s + 3, &m) ||
        !two_digits(s + 6, &sec))
        return false;
    if (h > 23 || m > 59 || sec > 59)
        return false;
    *seconds = h * 3600 + m * 60 + sec;
    return true;
}

int booking_time_parse(const char *text, int64_t *ms, int *utc_offset_min, char *err, size_t errlen)
{
    static const char shape[] = "expected a time like 2026-12-07T08:00:00+07:00";
    char date_text[CALENDAR_DATE_TEXT];
    calendar_date_t date;
    int seconds, offset;
    if (!text || strnlen(text, 32) < 20 || text[10] != 'T')
        return refuse(err, errlen, "%s", shape);
    memcpy(date_text, text, 10);
    date_text[10] = '\0';
    if (calendar_date_parse(date_text, &date) != BOOKING_OK)
        return refuse(err, errlen, "%s (no such date)", shape);
    if (!parse_clock(text + 11, &seconds))
        return refuse(err, errlen, "%s (hours 00-23, minutes and seconds 00-59)", shape);
    if (!parse_offset(text + 19, &offset))
        return refuse(err, errlen, "%s (the offset, +HH:MM, -HH:MM or Z, ends it)", shape);
    if (!offset_ok(offset))
        return refuse(err, errlen, "%s (the offset must be -12:00..+14:00)", shape);
    *ms = calendar_date_start_ms(date, offset) + (int64_t)seconds * 1000;
    if (utc_offset_min)
        *utc_offset_min = offset;
    return BOOKING_OK;
}
