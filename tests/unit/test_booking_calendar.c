/*
 * test_booking_calendar.c - dates (against libc's timegm and gmtime over
 * every day from 1970 to 2200), "YYYY-MM-DD" accepted and refused, the
 * local date of an instant, and a hall calendar with closed weekdays,
 * national holidays and cuti bersama, hours with breaks, special periods
 * (Ramadan, a closure of several days), an agency's hours inside the
 * hall's and a service's cut-off.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "booking/booking.h"

#define JAKARTA (7 * 60)

static calendar_date_t date_of(const char *text)
{
    calendar_date_t d = -1;
    assert_int_equal(calendar_date_parse(text, &d), BOOKING_OK);
    return d;
}

/* 1: every date from 1970 to 2200 agrees with timegm and gmtime, and
 * goes to year-month-day and back. */
static void test_dates_match_libc(void **state)
{
    (void)state;
    calendar_date_t last = -1;
    for (int y = 1970; y <= 2200; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= 31; d++) {
                struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
                time_t t = timegm(&tm);
                calendar_date_t date;
                if (tm.tm_mday != d) { /* libc rolled 31 April into May */
                    assert_int_equal(calendar_date_from_ymd(y, m, d, &date), BOOKING_EINVAL);
                    continue;
                }
                assert_int_equal(calendar_date_from_ymd(y, m, d, &date), BOOKING_OK);
                assert_int_equal((int64_t)date * 86400, (int64_t)t);
                assert_int_equal(date, last + 1);
                last = date;
                int yy, mm, dd;
                calendar_date_to_ymd(date, &yy, &mm, &dd);
                assert_int_equal(yy, y);
                assert_int_equal(mm, m);
                assert_int_equal(dd, d);
                struct tm g;
                gmtime_r(&t, &g);
                assert_int_equal(calendar_weekday(date) % 7, g.tm_wday);
            }
}

/* 2: the text form, exactly "YYYY-MM-DD" of a real date in range. */
static void test_parse_and_format(void **state)
{
    (void)state;
    const char *good[] = {"1970-01-01", "2024-02-29", "2026-12-07", "2000-02-29", "9999-12-31"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        char back[CALENDAR_DATE_TEXT];
        calendar_date_format(date_of(good[i]), back);
        assert_string_equal(back, good[i]);
    }
    assert_int_equal(date_of("1970-01-01"), CALENDAR_DATE_MIN);
    assert_int_equal(date_of("9999-12-31"), CALENDAR_DATE_MAX);

    const char *bad[] = {"",
                         "2026-02-29",
                         "1900-02-29",
                         "2026-13-01",
                         "2026-00-10",
                         "2026-04-31",
                         "2026-1-01",
                         "2026-01-1",
                         "2026/01/01",
                         "2026-01-01 ",
                         " 2026-01-01",
                         "1969-12-31",
                         "10000-01-01",
                         "+026-01-01",
                         "2026-01-0a",
                         "2026-12-07T08:00:00+07:00"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        calendar_date_t d = 42;
        assert_int_equal(calendar_date_parse(bad[i], &d), BOOKING_EINVAL);
        assert_int_equal(d, 42);
    }
    calendar_date_t d = 42;
    assert_int_equal(calendar_date_parse(NULL, &d), BOOKING_EINVAL);
    assert_int_equal(calendar_date_from_ymd(2026, 2, 29, &d), BOOKING_EINVAL);
}

/* 3: the local date of an instant, with the offset given, not assumed. */
static void test_date_of_instant(void **state)
{
    (void)state;
    calendar_date_t dec7 = date_of("2026-12-07");
    int64_t midnight = calendar_date_start_ms(dec7, JAKARTA); /* 2026-12-06T17:00Z */
    assert_int_equal(midnight, (int64_t)dec7 * 86400000 - 7 * 3600000);
    assert_int_equal(calendar_date_of_ms(midnight, JAKARTA), dec7);
    assert_int_equal(calendar_date_of_ms(midnight - 1, JAKARTA), dec7 - 1);
    /* the same instant is still 6 December in UTC and in New York */
    assert_int_equal(calendar_date_of_ms(midnight, 0), dec7 - 1);
    assert_int_equal(calendar_date_of_ms(midnight, -5 * 60), dec7 - 1);
    /* before the epoch in UTC, the floor and not the truncation */
    assert_int_equal(calendar_date_of_ms(-1, 0), -1);
    assert_int_equal(calendar_date_of_ms(0, -60), -1);
    assert_int_equal(calendar_weekday(dec7), CALENDAR_MONDAY);
    assert_int_equal(calendar_weekday(0), CALENDAR_THURSDAY);
}

/* 4: a week with Saturday and Sunday closed, and the dated closures of the
 * SKB: names and sources kept, a date closed twice keeps its first name. */
static void test_calendar_closures(void **state)
{
    (void)state;
    calendar_t *cal = calendar_new();
    assert_non_null(cal);
    assert_int_equal(calendar_close_weekday(cal, CALENDAR_SATURDAY), BOOKING_OK);
    assert_int_equal(calendar_close_weekday(cal, CALENDAR_SUNDAY), BOOKING_OK);
    assert_int_equal(calendar_close_weekday(cal, 0), BOOKING_EINVAL);
    assert_int_equal(calendar_close_weekday(cal, 8), BOOKING_EINVAL);

    const char *skb = "SKB Menteri Agama, Menaker dan MenPAN-RB 2026";
    assert_int_equal(calendar_add(cal, date_of("2026-12-25"), "Kelahiran Yesus Kristus", skb),
                     BOOKING_OK);
    assert_int_equal(calendar_add(cal, date_of("2026-12-24"), "Cuti bersama Natal", skb),
                     BOOKING_OK);
    assert_int_equal(calendar_add(cal, date_of("2026-08-17"), "Hari Kemerdekaan", NULL),
                     BOOKING_OK);
    assert_int_equal(calendar_add(cal, date_of("2026-12-25"), "Natal", "lain"), BOOKING_EEXIST);

    assert_true(calendar_is_open(cal, date_of("2026-12-23")));  /* Wednesday */
    assert_false(calendar_is_open(cal, date_of("2026-12-24"))); /* cuti bersama */
    assert_false(calendar_is_open(cal, date_of("2026-12-25"))); /* holiday */
    assert_false(calendar_is_open(cal, date_of("2026-12-26"))); /* Saturday */
    assert_false(calendar_is_open(cal, date_of("2026-12-27"))); /* Sunday */
    assert_true(calendar_is_open(cal, date_of("2026-12-28")));

    assert_string_equal(calendar_holiday(cal, date_of("2026-12-25")), "Kelahiran Yesus Kristus");
    assert_string_equal(calendar_holiday_source(cal, date_of("2026-12-25")), skb);
    assert_string_equal(calendar_holiday_source(cal, date_of("2026-08-17")), "");
    assert_null(calendar_holiday(cal, date_of("2026-12-26"))); /* closed, but no holiday */
    assert_null(calendar_holiday_source(cal, date_of("2026-12-23")));

    /* listed in date order, whatever the order they were added in */
    assert_int_equal(calendar_count(cal), 3);
    calendar_date_t d;
    const char *name, *source;
    assert_true(calendar_at(cal, 0, &d, &name, &source));
    assert_string_equal(name, "Hari Kemerdekaan");
    assert_true(calendar_at(cal, 2, &d, &name, &source));
    assert_int_equal(d, date_of("2026-12-25"));
    assert_false(calendar_at(cal, 3, &d, &name, &source));
    calendar_free(cal);
    calendar_free(NULL);
}

/* 5: names and sources that are empty, too long, or dates out of range. */
static void test_calendar_refuses(void **state)
{
    (void)state;
    calendar_t *cal = calendar_new();
    char longname[CALENDAR_NAME_MAX + 2];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    char longsource[CALENDAR_SOURCE_MAX + 2];
    memset(longsource, 's', sizeof longsource - 1);
    longsource[sizeof longsource - 1] = '\0';
    calendar_date_t d = date_of("2026-03-20");
    assert_int_equal(calendar_add(cal, d, "", NULL), BOOKING_EINVAL);
    assert_int_equal(calendar_add(cal, d, NULL, NULL), BOOKING_EINVAL);
    assert_int_equal(calendar_add(cal, d, longname, NULL), BOOKING_EINVAL);
    assert_int_equal(calendar_add(cal, d, "Nyepi", longsource), BOOKING_EINVAL);
    assert_int_equal(calendar_add(cal, -1, "Nyepi", NULL), BOOKING_EINVAL);
    assert_int_equal(calendar_add(cal, CALENDAR_DATE_MAX + 1, "Nyepi", NULL), BOOKING_EINVAL);
    longname[CALENDAR_NAME_MAX] = '\0'; /* exactly the most allowed */
    assert_int_equal(calendar_add(cal, d, longname, NULL), BOOKING_OK);
    assert_int_equal(calendar_count(cal), 1);
    calendar_free(cal);
}

/* 6: many closures in a scrambled order stay sorted and found. */
static void test_calendar_many(void **state)
{
    (void)state;
    calendar_t *cal = calendar_new();
    calendar_date_t base = date_of("2026-01-01");
    for (int i = 0; i < 365; i++) {
        int k = (i * 7919) % 365; /* 7919 is prime: every day once */
        assert_int_equal(calendar_add(cal, base + k, "Tutup", "uji"), BOOKING_OK);
    }
    assert_int_equal(calendar_count(cal), 365);
    for (size_t i = 0; i < 365; i++) {
        calendar_date_t d;
        const char *name, *source;
        assert_true(calendar_at(cal, i, &d, &name, &source));
        assert_int_equal(d, base + (calendar_date_t)i);
    }
    assert_true(calendar_is_open(cal, base - 1));
    assert_true(calendar_is_open(cal, base + 365));
    calendar_free(cal);
}

static void test_names(void **state)
{
    (void)state;
    assert_string_equal(booking_result_code(BOOKING_SLOT_FULL), "slot_full");
    assert_string_equal(booking_result_code(BOOKING_ALREADY), "already_checked_in");
    assert_string_equal(booking_result_code(BOOKING_DAY_FULL), "quota_reached");
    assert_string_equal(booking_result_code(BOOKING_NOT_OPEN), "closed");
    assert_string_equal(booking_result_code(12345), "error");
    assert_string_equal(booking_status_name(BOOKING_STATUS_CHECKED_IN), "checked_in");
    assert_null(booking_status_name(BOOKING_STATUS__COUNT));
    assert_true(booking_status_active(BOOKING_STATUS_BOOKED));
    assert_false(booking_status_active(BOOKING_STATUS_MISSED));
}

/* 8: weekly hours with a lunch break, a Ramadan period with hours of its
 * own on some weekdays, a closure of several days, and a dated holiday
 * inside the period, which wins. */
static void test_calendar_hours(void **state)
{
    (void)state;
    calendar_t *cal = calendar_new();
    assert_non_null(cal);
    calendar_day_t day;
    calendar_day(cal, date_of("2027-02-01"), &day);
    assert_int_equal(day.n, 1); /* a new calendar is open all day */
    assert_int_equal(day.range[0].close_min, 1440);
    const calendar_range_t week[] = {{450, 720}, {780, 900}};
    const calendar_range_t friday[] = {{450, 690}, {810, 900}};
    for (int w = CALENDAR_MONDAY; w <= CALENDAR_THURSDAY; w++)
        assert_int_equal(calendar_set_week(cal, w, week, 2), BOOKING_OK);
    assert_int_equal(calendar_set_week(cal, CALENDAR_FRIDAY, friday, 2), BOOKING_OK);
    assert_int_equal(calendar_close_weekday(cal, CALENDAR_SATURDAY), BOOKING_OK);
    assert_int_equal(calendar_close_weekday(cal, CALENDAR_SUNDAY), BOOKING_OK);
    /* refused: overlapping, backwards, outside the day, too many */
    const calendar_range_t overlap[] = {{450, 720}, {700, 900}};
    const calendar_range_t backwards[] = {{720, 450}};
    const calendar_range_t late[] = {{1400, 1441}};
    calendar_range_t many[CALENDAR_RANGES_MAX + 1];
    for (int i = 0; i <= CALENDAR_RANGES_MAX; i++)
        many[i] = (calendar_range_t){i * 60, i * 60 + 30};
    assert_int_equal(calendar_set_week(cal, CALENDAR_MONDAY, overlap, 2), BOOKING_EINVAL);
    assert_int_equal(calendar_set_week(cal, CALENDAR_MONDAY, backwards, 1), BOOKING_EINVAL);
    assert_int_equal(calendar_set_week(cal, CALENDAR_MONDAY, late, 1), BOOKING_EINVAL);
    assert_int_equal(calendar_set_week(cal, CALENDAR_MONDAY, many, CALENDAR_RANGES_MAX + 1),
                     BOOKING_EINVAL);
    assert_int_equal(calendar_set_week(cal, 0, week, 2), BOOKING_EINVAL);
    calendar_day(cal, date_of("2027-02-01"), &day); /* a Monday, unchanged */
    assert_int_equal(day.n, 2);
    assert_int_equal(day.range[1].open_min, 780);
    assert_null(day.name);
    assert_false(day.special);

    calendar_hours_t ramadan[8];
    memset(ramadan, 0, sizeof ramadan);
    for (int w = CALENDAR_MONDAY; w <= CALENDAR_THURSDAY; w++)
        ramadan[w] = (calendar_hours_t){true, 1, {{480, 840}}};
    ramadan[CALENDAR_FRIDAY] = (calendar_hours_t){true, 2, {{480, 660}, {780, 870}}};
    assert_int_equal(calendar_add_period(cal, date_of("2027-02-08"), date_of("2027-03-09"),
                                         "Ramadan 1448 H", NULL, ramadan),
                     BOOKING_OK);
    assert_int_equal(calendar_add_period(cal, date_of("2027-04-12"), date_of("2027-04-14"),
                                         "Renovasi gedung", "Keputusan Kepala DPMPTSP", NULL),
                     BOOKING_OK);
    /* overlapping another period, backwards, nameless */
    static const struct {
        const char *from, *to, *name;
        int rc;
    } refused[] = {{"2027-03-09", "2027-03-10", "X", BOOKING_EEXIST},
                   {"2027-04-01", "2027-04-12", "X", BOOKING_EEXIST},
                   {"2027-05-02", "2027-05-01", "X", BOOKING_EINVAL},
                   {"2027-05-01", "2027-05-01", "", BOOKING_EINVAL}};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        assert_int_equal(calendar_add_period(cal, date_of(refused[i].from), date_of(refused[i].to),
                                             refused[i].name, NULL, NULL),
                         refused[i].rc);
    assert_int_equal(calendar_period_count(cal), 2);
    assert_int_equal(calendar_add(cal, date_of("2027-03-09"), "Isra Mikraj", NULL), BOOKING_OK);

    calendar_day(cal, date_of("2027-02-07"), &day); /* the Sunday before: closed */
    assert_int_equal(day.n, 0);
    calendar_day(cal, date_of("2027-02-08"), &day); /* Ramadan's first Monday */
    assert_int_equal(day.n, 1);
    assert_int_equal(day.range[0].open_min, 480);
    assert_int_equal(day.range[0].close_min, 840);
    assert_string_equal(day.name, "Ramadan 1448 H");
    assert_true(day.special);
    calendar_day(cal, date_of("2027-02-12"), &day); /* its Friday: prayer break */
    assert_int_equal(day.n, 2);
    assert_int_equal(day.range[0].close_min, 660);
    assert_int_equal(day.range[1].open_min, 780);
    calendar_day(cal, date_of("2027-02-13"), &day); /* Saturday: the weekly closure */
    assert_int_equal(day.n, 0);
    assert_null(day.name);
    calendar_day(cal, date_of("2027-03-09"), &day); /* a holiday inside the period */
    assert_int_equal(day.n, 0);
    assert_string_equal(day.name, "Isra Mikraj");
    assert_false(calendar_is_open(cal, date_of("2027-03-09")));
    calendar_day(cal, date_of("2027-03-10"), &day); /* after it: weekly again */
    assert_int_equal(day.n, 2);
    assert_null(day.name);
    for (const char *d = "2027-04-12"; d; d = strcmp(d, "2027-04-12") == 0 ? "2027-04-14" : NULL) {
        calendar_day(cal, date_of(d), &day);
        assert_int_equal(day.n, 0);
        assert_string_equal(day.name, "Renovasi gedung");
    }
    assert_true(calendar_is_open(cal, date_of("2027-04-15")));
    calendar_date_t from, to;
    const char *name, *source;
    assert_true(calendar_period_at(cal, 1, &from, &to, &name, &source));
    assert_int_equal(from, date_of("2027-04-12"));
    assert_string_equal(source, "Keputusan Kepala DPMPTSP");
    assert_false(calendar_period_at(cal, 2, &from, &to, &name, &source));
    calendar_free(cal);
}

/* 9: an agency's hours inside the hall's, and a cut-off. */
static void test_calendar_intersect_and_clip(void **state)
{
    (void)state;
    calendar_day_t hall = {2, {{450, 720}, {780, 900}}, NULL, false};
    calendar_day_t pln = {1, {{480, 660}}, "Stock opname", true};
    calendar_day_t out;
    calendar_day_intersect(&hall, &pln, &out);
    assert_int_equal(out.n, 1);
    assert_int_equal(out.range[0].open_min, 480);
    assert_int_equal(out.range[0].close_min, 660);
    assert_string_equal(out.name, "Stock opname");
    calendar_day_t open_all = {1, {{0, 1440}}, NULL, false};
    calendar_day_intersect(&hall, &open_all, &out);
    assert_int_equal(out.n, 2);
    assert_int_equal(out.range[1].close_min, 900);
    calendar_day_t shut = {0, {{0, 0}}, "Tutup", true};
    calendar_day_intersect(&hall, &shut, &out);
    assert_int_equal(out.n, 0);
    assert_string_equal(out.name, "Tutup");
    calendar_day_t day = hall;
    calendar_day_clip(&day, 840); /* cut-off 14:00: the afternoon shortened */
    assert_int_equal(day.n, 2);
    assert_int_equal(day.range[1].close_min, 840);
    day = hall;
    calendar_day_clip(&day, 750); /* cut-off inside the break */
    assert_int_equal(day.n, 1);
    assert_int_equal(day.range[0].close_min, 720);
    calendar_day_clip(&day, 0);
    assert_int_equal(day.n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates_match_libc),
        cmocka_unit_test(test_parse_and_format),
        cmocka_unit_test(test_date_of_instant),
        cmocka_unit_test(test_calendar_closures),
        cmocka_unit_test(test_calendar_refuses),
        cmocka_unit_test(test_calendar_many),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_calendar_hours),
        cmocka_unit_test(test_calendar_intersect_and_clip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
