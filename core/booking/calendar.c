/*
 * calendar.c - civil dates as days since 1970-01-01, and the closed days of
 * a hall: a weekly mask and a date-sorted array of named closures, looked
 * up by binary search.
 */
#include "booking/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MS_PER_DAY 86400000LL
#define YEAR_MIN 1970
#define YEAR_MAX 9999

typedef struct closure {
    calendar_date_t date;
    char *name;   /* owned */
    char *source; /* owned, "" when none */
} closure_t;

struct calendar {
    unsigned weekly_closed; /* bit w set: ISO weekday w is closed */
    closure_t *closures;    /* sorted by date, no two alike */
    size_t n, cap;
};

/* Days before each month in a common year. */
static const int month_start[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

static bool is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return len[month - 1] + (month == 2 && is_leap(year));
}

/* Leap days in the years 1..year-1 of the proleptic Gregorian calendar. */
static int32_t leaps_before(int year)
{
    int y = year - 1;
    return y / 4 - y / 100 + y / 400;
}

/* The date of 1 January of a year from 1970. */
static calendar_date_t year_start(int year)
{
    return 365 * (year - YEAR_MIN) + leaps_before(year) - leaps_before(YEAR_MIN);
}

/* Day of the year (0-based) at which a month (1-12) starts. */
static int month_start_in(int year, int month)
{
    return month_start[month - 1] + (month > 2 && is_leap(year));
}

int calendar_date_from_ymd(int year, int month, int day, calendar_date_t *out)
{
    if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12)
        return BOOKING_EINVAL;
    if (day < 1 || day > days_in_month(year, month))
        return BOOKING_EINVAL;
    *out = year_start(year) + month_start_in(year, month) + day - 1;
    return BOOKING_OK;
}

void calendar_date_to_ymd(calendar_date_t date, int *year, int *month, int *day)
{
    /* 365 days a year overshoots by the leap days; step back to the year */
    int y = YEAR_MIN + date / 365;
    while (year_start(y) > date)
        y--;
    int doy = date - year_start(y);
    int m = 12;
    while (month_start_in(y, m) > doy)
        m--;
    *year = y;
    *month = m;
    *day = doy - month_start_in(y, m) + 1;
}

/* Reads exactly n digits at s into *v. */
static bool read_fixed_digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

int calendar_date_parse(const char *text, calendar_date_t *out)
{
    int y, m, d;
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return BOOKING_EINVAL;
    if (!read_fixed_digits(text, 4, &y) || !read_fixed_digits(text + 5, 2, &m) ||
        !read_fixed_digits(text + 8, 2, &d))
        return BOOKING_EINVAL;
    return calendar_date_from_ymd(y, m, d, out);
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
    return calloc(1, sizeof(calendar_t));
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
    free(cal);
}

int calendar_close_weekday(calendar_t *cal, int weekday)
{
    if (weekday < CALENDAR_MONDAY || weekday > CALENDAR_SUNDAY)
        return BOOKING_EINVAL;
    cal->weekly_closed |= 1u << weekday;
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
    if (cal->weekly_closed & (1u << calendar_weekday(date)))
        return false;
    return closure_on(cal, date) == NULL;
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
