/*
 * calendar.c - dates as days since 1970-01-01 (core/civil), and the hours
 * of a hall: opening ranges per weekday, a date-sorted array of named closures
 * and a date-sorted array of special periods, both looked up by binary
 * search.
 */
#include "booking/calendar.h"

#include "civil/civil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MS_PER_DAY 86400000LL

typedef struct closure {
    calendar_date_t date;
    char *name;   /* owned */
    char *source; /* owned, "" when none */
} closure_t;

/* A special period: from..to with hours of its own per weekday. */
typedef struct period {
    calendar_date_t from, to;
    char *name;               /* owned */
    char *source;             /* owned, "" when none */
    calendar_hours_t week[8]; /* by ISO weekday; [0] unused */
} period_t;

/* The ranges of one weekday. */
typedef struct week_hours {
    size_t n;
    calendar_range_t range[CALENDAR_RANGES_MAX];
} week_hours_t;

struct calendar {
    week_hours_t week[8]; /* by ISO weekday; [0] unused */
    closure_t *closures;  /* sorted by date, no two alike */
    size_t n, cap;
    period_t *periods; /* sorted by first date, none overlapping */
    size_t n_periods;
};

int calendar_date_from_ymd(int year, int month, int day, calendar_date_t *out)
{
    if (!civil_valid(year, month, day))
        return BOOKING_EINVAL;
    *out = (calendar_date_t)civil_days(year, month, day);
    return BOOKING_OK;
}

void calendar_date_to_ymd(calendar_date_t date, int *year, int *month, int *day)
{
    civil_date(date, year, month, day);
}

int calendar_date_parse(const char *text, calendar_date_t *out)
{
    uint32_t ymd;
    if (!civil_ymd_parse(text, &ymd))
        return BOOKING_EINVAL;
    *out = (calendar_date_t)civil_ymd_days(ymd);
    return BOOKING_OK;
}

void calendar_date_format(calendar_date_t date, char out[CALENDAR_DATE_TEXT])
{
    int y, m, d;
    calendar_date_to_ymd(date, &y, &m, &d);
    snprintf(out, CALENDAR_DATE_TEXT, "%04d-%02d-%02d", y, m, d);
}

int calendar_weekday(calendar_date_t date)
{
    /* 1970-01-01 was a Thursday */
    int w = (int)((date % 7 + 7 + CALENDAR_THURSDAY - 1) % 7);
    return w + 1;
}

calendar_date_t calendar_date_of_ms(int64_t ms, int utc_offset_min)
{
    int64_t local = ms + (int64_t)utc_offset_min * 60000;
    int64_t days = local / MS_PER_DAY;
    if (local % MS_PER_DAY < 0)
        days--; /* floor, not truncation, before 1970 */
    return (calendar_date_t)days;
}

int64_t calendar_date_start_ms(calendar_date_t date, int utc_offset_min)
{
    return (int64_t)date * MS_PER_DAY - (int64_t)utc_offset_min * 60000;
}

calendar_t *calendar_new(void)
{
    calendar_t *cal = calloc(1, sizeof(calendar_t));
    for (int w = CALENDAR_MONDAY; cal && w <= CALENDAR_SUNDAY; w++) {
        cal->week[w].n = 1;
        cal->week[w].range[0] = (calendar_range_t){0, 1440};
    }
    return cal;
}

void calendar_free(calendar_t *cal)
{
    if (!cal)
        return;
    for (size_t i = 0; i < cal->n; i++) {
        free(cal->closures[i].name);
        free(cal->closures[i].source);
    }
    free(cal->closures);
    for (size_t i = 0; i < cal->n_periods; i++) {
        free(cal->periods[i].name);
        free(cal->periods[i].source);
    }
    free(cal->periods);
    free(cal);
}

int calendar_close_weekday(calendar_t *cal, int weekday)
{
    return calendar_set_week(cal, weekday, NULL, 0);
}

int calendar_ranges_check(const calendar_range_t *range, size_t n)
{
    if (n > CALENDAR_RANGES_MAX || (n && !range))
        return BOOKING_EINVAL;
    for (size_t i = 0; i < n; i++) {
        const calendar_range_t *r = &range[i];
        if (r->open_min < 0 || r->close_min > 1440 || r->open_min >= r->close_min ||
            (i > 0 && r->open_min < range[i - 1].close_min))
            return BOOKING_EINVAL;
    }
    return BOOKING_OK;
}

int calendar_set_week(calendar_t *cal, int weekday, const calendar_range_t *range, size_t n)
{
    if (weekday < CALENDAR_MONDAY || weekday > CALENDAR_SUNDAY ||
        calendar_ranges_check(range, n) != BOOKING_OK)
        return BOOKING_EINVAL;
    cal->week[weekday].n = n;
    if (n)
        memcpy(cal->week[weekday].range, range, n * sizeof *range);
    return BOOKING_OK;
}

/* Binary search: true when the date is closed, *pos its index; otherwise
 * *pos is where it would go. */
static bool find(const calendar_t *cal, calendar_date_t date, size_t *pos)
{
    size_t lo = 0, hi = cal->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cal->closures[mid].date < date)
            lo = mid + 1;
        else
            hi = mid;
    }
    *pos = lo;
    return lo < cal->n && cal->closures[lo].date == date;
}

static char *copy_text(const char *s)
{
    size_t len = strlen(s);
    char *c = malloc(len + 1);
    if (c)
        memcpy(c, s, len + 1);
    return c;
}

static int reserve_room(calendar_t *cal)
{
    if (cal->n < cal->cap)
        return BOOKING_OK;
    size_t cap = cal->cap ? cal->cap * 2 : 16;
    closure_t *c = realloc(cal->closures, cap * sizeof *c);
    if (!c)
        return BOOKING_ENOMEM;
    cal->closures = c;
    cal->cap = cap;
    return BOOKING_OK;
}

int calendar_add(calendar_t *cal, calendar_date_t date, const char *name, const char *source)
{
    if (!source)
        source = "";
    if (date < CALENDAR_DATE_MIN || date > CALENDAR_DATE_MAX || !name || !*name ||
        strlen(name) > CALENDAR_NAME_MAX || strlen(source) > CALENDAR_SOURCE_MAX)
        return BOOKING_EINVAL;
    size_t pos;
    if (find(cal, date, &pos))
        return BOOKING_EEXIST;
    closure_t c = {.date = date, .name = copy_text(name), .source = copy_text(source)};
    if (!c.name || !c.source || reserve_room(cal) != BOOKING_OK) {
        free(c.name);
        free(c.source);
        return BOOKING_ENOMEM;
    }
    memmove(&cal->closures[pos + 1], &cal->closures[pos], (cal->n - pos) * sizeof c);
    cal->closures[pos] = c;
    cal->n++;
    return BOOKING_OK;
}

static const closure_t *closure_on(const calendar_t *cal, calendar_date_t date)
{
    size_t pos;
    return find(cal, date, &pos) ? &cal->closures[pos] : NULL;
}

bool calendar_is_open(const calendar_t *cal, calendar_date_t date)
{
    calendar_day_t day;
    calendar_day(cal, date, &day);
    return day.n > 0;
}

/* The special period covering the date, or NULL (binary search). */
static const period_t *period_on(const calendar_t *cal, calendar_date_t date)
{
    size_t lo = 0, hi = cal->n_periods;
    while (lo < hi) { /* the first period starting after the date */
        size_t mid = lo + (hi - lo) / 2;
        if (cal->periods[mid].from <= date)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && cal->periods[lo - 1].to >= date ? &cal->periods[lo - 1] : NULL;
}

int calendar_add_period(calendar_t *cal, calendar_date_t from, calendar_date_t to, const char *name,
                        const char *source, const calendar_hours_t *by_weekday)
{
    if (!source)
        source = "";
    if (from < CALENDAR_DATE_MIN || to > CALENDAR_DATE_MAX || to < from || !name || !*name ||
        strlen(name) > CALENDAR_NAME_MAX || strlen(source) > CALENDAR_SOURCE_MAX)
        return BOOKING_EINVAL;
    period_t p = {.from = from, .to = to};
    for (int w = CALENDAR_MONDAY; w <= CALENDAR_SUNDAY; w++) {
        if (!by_weekday) {
            p.week[w].set = true; /* closed all through */
            continue;
        }
        if (by_weekday[w].set && calendar_ranges_check(by_weekday[w].range, by_weekday[w].n))
            return BOOKING_EINVAL;
        p.week[w] = by_weekday[w];
    }
    size_t pos = 0;
    while (pos < cal->n_periods && cal->periods[pos].from < from)
        pos++;
    if ((pos > 0 && cal->periods[pos - 1].to >= from) ||
        (pos < cal->n_periods && cal->periods[pos].from <= to))
        return BOOKING_EEXIST;
    period_t *grown = realloc(cal->periods, (cal->n_periods + 1) * sizeof *grown);
    if (!grown)
        return BOOKING_ENOMEM;
    cal->periods = grown;
    p.name = copy_text(name);
    p.source = copy_text(source);
    if (!p.name || !p.source) {
        free(p.name);
        free(p.source);
        return BOOKING_ENOMEM;
    }
    memmove(&cal->periods[pos + 1], &cal->periods[pos], (cal->n_periods - pos) * sizeof p);
    cal->periods[pos] = p;
    cal->n_periods++;
    return BOOKING_OK;
}

void calendar_day(const calendar_t *cal, calendar_date_t date, calendar_day_t *out)
{
    memset(out, 0, sizeof *out);
    const closure_t *c = closure_on(cal, date);
    if (c) {
        out->name = c->name;
        return;
    }
    int w = calendar_weekday(date);
    const period_t *p = period_on(cal, date);
    if (p && p->week[w].set) {
        out->n = p->week[w].n;
        memcpy(out->range, p->week[w].range, out->n * sizeof *out->range);
        out->name = p->name;
        out->special = true;
    } else { /* a weekday the period leaves alone keeps the weekly hours */
        out->n = cal->week[w].n;
        memcpy(out->range, cal->week[w].range, out->n * sizeof *out->range);
    }
}

void calendar_day_intersect(const calendar_day_t *a, const calendar_day_t *b, calendar_day_t *out)
{
    calendar_day_t r = {0};
    r.name = b->name ? b->name : a->name;
    r.special = a->special || b->special;
    for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
        int open = a->range[i].open_min > b->range[j].open_min ? a->range[i].open_min
                                                               : b->range[j].open_min;
        int close = a->range[i].close_min < b->range[j].close_min ? a->range[i].close_min
                                                                  : b->range[j].close_min;
        if (open < close && r.n < CALENDAR_RANGES_MAX)
            r.range[r.n++] = (calendar_range_t){open, close};
        if (a->range[i].close_min < b->range[j].close_min)
            i++;
        else
            j++;
    }
    *out = r;
}

void calendar_day_clip(calendar_day_t *day, int close_min)
{
    size_t n = 0;
    while (n < day->n && day->range[n].open_min < close_min) {
        if (day->range[n].close_min > close_min)
            day->range[n].close_min = close_min;
        n++;
    }
    day->n = n;
}

size_t calendar_period_count(const calendar_t *cal)
{
    return cal->n_periods;
}

bool calendar_period_at(const calendar_t *cal, size_t i, calendar_date_t *from, calendar_date_t *to,
                        const char **name, const char **source)
{
    if (i >= cal->n_periods)
        return false;
    *from = cal->periods[i].from;
    *to = cal->periods[i].to;
    *name = cal->periods[i].name;
    *source = cal->periods[i].source;
    return true;
}

const char *calendar_holiday(const calendar_t *cal, calendar_date_t date)
{
    const closure_t *c = closure_on(cal, date);
    return c ? c->name : NULL;
}

const char *calendar_holiday_source(const calendar_t *cal, calendar_date_t date)
{
    const closure_t *c = closure_on(cal, date);
    return c ? c->source : NULL;
}

size_t calendar_count(const calendar_t *cal)
{
    return cal->n;
}

bool calendar_at(const calendar_t *cal, size_t i, calendar_date_t *date, const char **name,
                 const char **source)
{
    if (i >= cal->n)
        return false;
    *date = cal->closures[i].date;
    *name = cal->closures[i].name;
    *source = cal->closures[i].source;
    return true;
}
