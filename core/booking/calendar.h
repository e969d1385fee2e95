/*
 * calendar.h - dates, and the days a hall does not take bookings: weekly
 * closed days (Saturday, Sunday) and dated closures, each with a name and
 * the text it comes from (a national holiday or cuti bersama of the SKB
 * Tiga Menteri, a local closure of the hall).
 *
 * It also keeps the hours of each day: opening ranges per weekday (more
 * than one a day: a lunch break, Friday prayer) and special periods, date
 * ranges with hours of their own (Ramadan) or none (a closure of several
 * days). calendar_day answers the hours of one date: a dated closure first,
 * then the special period covering the date, then the weekly hours.
 *
 * A date is a calendar_date_t: days since 1970-01-01, in the hall's local
 * calendar, from 1970-01-01 to 9999-12-31. Its text form is "YYYY-MM-DD".
 * A calendar_t is owned by its creator and freed with calendar_free; it
 * copies the names and sources it is given. Functions that can fail return
 * BOOKING_OK or a negative booking_result_t (result.h).
 */
#ifndef MPP_BOOKING_CALENDAR_H
#define MPP_BOOKING_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "booking/result.h"

/* Days since 1970-01-01. */
typedef int32_t calendar_date_t;

#define CALENDAR_DATE_MIN 0               /* 1970-01-01 */
#define CALENDAR_DATE_MAX 2932896         /* 9999-12-31 */
#define CALENDAR_MS_MAX 253402300800000LL /* 10000-01-01T00:00Z: instants stay below */
#define CALENDAR_DATE_TEXT 11             /* "YYYY-MM-DD" with its NUL */
#define CALENDAR_NAME_MAX 120             /* bytes of a closure's name, without NUL */
#define CALENDAR_SOURCE_MAX 240           /* bytes of its source text, without NUL */

/* ISO weekdays. */
enum calendar_weekday {
    CALENDAR_MONDAY = 1,
    CALENDAR_TUESDAY,
    CALENDAR_WEDNESDAY,
    CALENDAR_THURSDAY,
    CALENDAR_FRIDAY,
    CALENDAR_SATURDAY,
    CALENDAR_SUNDAY
};

typedef struct calendar calendar_t;

#define CALENDAR_RANGES_MAX 8 /* opening ranges in one day */

/* An opening range in minutes of the local day: 08:00-12:00 is
 * {480, 720}. 0 <= open_min < close_min <= 1440. */
typedef struct calendar_range {
    int open_min;
    int close_min;
} calendar_range_t;

/* The hours of one weekday in a special period: `set` false keeps the
 * weekly hours of that weekday; set with n 0 closes it. */
typedef struct calendar_hours {
    bool set;
    size_t n;
    calendar_range_t range[CALENDAR_RANGES_MAX];
} calendar_hours_t;

/* The hours of one date: its ranges in time order (n 0: closed all day)
 * and the name of what set them: the dated closure, the special period
 * ("Ramadan 1448 H") when it sets that weekday, or NULL for the weekly
 * hours. `special` tells a
 * special period's hours from the weekly ones. The name is borrowed from
 * the calendar. */
typedef struct calendar_day {
    size_t n;
    calendar_range_t range[CALENDAR_RANGES_MAX];
    const char *name;
    bool special;
} calendar_day_t;

/* The date of year-month-day in *out; BOOKING_EINVAL (and *out unchanged)
 * for a day that does not exist (2026-02-29) or lies outside the range. */
int calendar_date_from_ymd(int year, int month, int day, calendar_date_t *out);
/* The year, month (1-12) and day (1-31) of a date in range. */
void calendar_date_to_ymd(calendar_date_t date, int *year, int *month, int *day);
/* Reads exactly "YYYY-MM-DD" (four, two and two digits, a real date in
 * range); BOOKING_EINVAL for anything else, *out unchanged. */
int calendar_date_parse(const char *text, calendar_date_t *out);
/* Writes "YYYY-MM-DD" into out (CALENDAR_DATE_TEXT bytes). */
void calendar_date_format(calendar_date_t date, char out[CALENDAR_DATE_TEXT]);
/* The ISO weekday of a date: 1 Monday .. 7 Sunday. */
int calendar_weekday(calendar_date_t date);
/* The local date of an instant (ms since the epoch, within
 * +-CALENDAR_MS_MAX) in a zone that is utc_offset_min minutes ahead of UTC
 * (420 for Asia/Jakarta). */
calendar_date_t calendar_date_of_ms(int64_t ms, int utc_offset_min);
/* The instant (ms since the epoch) of local midnight starting a date. */
int64_t calendar_date_start_ms(calendar_date_t date, int utc_offset_min);

/* A calendar with every day open; NULL when out of memory. */
calendar_t *calendar_new(void);
/* Frees the calendar and its copies of names and sources; NULL is fine. */
void calendar_free(calendar_t *cal);
/* Closes a weekday (1..7) every week; BOOKING_EINVAL for another number. */
int calendar_close_weekday(calendar_t *cal, int weekday);
/* Sets the weekly hours of a weekday (1..7) to n ranges (n 0: closed).
 * BOOKING_EINVAL (nothing changed) for another weekday, more than
 * CALENDAR_RANGES_MAX ranges, or ranges that are empty, outside the day,
 * out of order or overlapping. A new calendar is open 00:00-24:00. */
int calendar_set_week(calendar_t *cal, int weekday, const calendar_range_t *range, size_t n);
/* Checks ranges as calendar_set_week does: BOOKING_OK or BOOKING_EINVAL. */
int calendar_ranges_check(const calendar_range_t *range, size_t n);
/* Adds a special period from..to (inclusive) with its name (1..
 * CALENDAR_NAME_MAX bytes) and source (NULL for none): by_weekday[1..7]
 * gives each weekday's hours in it (index 0 is unused; NULL closes the
 * whole period). BOOKING_EEXIST when it overlaps a period already added,
 * BOOKING_EINVAL for dates out of range or backwards, a bad name or bad
 * ranges. */
int calendar_add_period(calendar_t *cal, calendar_date_t from, calendar_date_t to, const char *name,
                        const char *source, const calendar_hours_t *by_weekday);
/* The hours of a date (see calendar_day_t). */
void calendar_day(const calendar_t *cal, calendar_date_t date, calendar_day_t *out);
/* The hours open in both a and b (an agency inside its hall), with b's
 * name when it has one, else a's. out may be a or b. */
void calendar_day_intersect(const calendar_day_t *a, const calendar_day_t *b, calendar_day_t *out);
/* Ends the day's hours at minute `close_min` (a service's cut-off):
 * ranges from it on are dropped, the one across it is shortened. */
void calendar_day_clip(calendar_day_t *day, int close_min);
/* How many special periods the calendar holds. */
size_t calendar_period_count(const calendar_t *cal);
/* The i-th special period in date order: its first and last date and its
 * name and source, borrowed. False past the end. */
bool calendar_period_at(const calendar_t *cal, size_t i, calendar_date_t *from, calendar_date_t *to,
                        const char **name, const char **source);
/* Closes one date, named (1..CALENDAR_NAME_MAX bytes, "Idul Fitri 1448 H")
 * with its source ("SKB 3 Menteri 2026"; NULL for none). BOOKING_EEXIST
 * when the date is already closed (the first name stays), BOOKING_EINVAL
 * for a date out of range or a name or source too long or empty. */
int calendar_add(calendar_t *cal, calendar_date_t date, const char *name, const char *source);
/* Whether the hall opens on the date at all: not a dated closure, and
 * the weekly or special hours of that date have a range. */
bool calendar_is_open(const calendar_t *cal, calendar_date_t date);
/* The name of the date's dated closure, or NULL when none (a closed
 * weekday has no name; a closed special period is calendar_day's name).
 * Borrowed from the calendar. */
const char *calendar_holiday(const calendar_t *cal, calendar_date_t date);
/* The source text of the date's closure ("" when none was given), or NULL
 * when the date has no closure. Borrowed from the calendar. */
const char *calendar_holiday_source(const calendar_t *cal, calendar_date_t date);
/* How many dated closures the calendar holds. */
size_t calendar_count(const calendar_t *cal);
/* The i-th dated closure in date order (i < calendar_count): its date, and
 * name and source borrowed from the calendar. False past the end. */
bool calendar_at(const calendar_t *cal, size_t i, calendar_date_t *date, const char **name,
                 const char **source);

#endif
