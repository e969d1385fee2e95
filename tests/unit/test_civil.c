/*
 * test_civil.c - the hall's one date arithmetic against libc: every day
 * from 1970-01-01 to 9999-12-31 goes to its day number and back, each
 * number one more than the day before and equal to timegm's; the hall's
 * timestamps and YYYY-MM-DD dates are read exactly, in every zone offset,
 * and every malformed or impossible one is refused; local_time gives what
 * localtime_r gives, across the changes of a zone's offset.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "civil/civil.h"
#include "civil/localtime.h"
#include <stdlib.h>

/* 1: every date of the range, in order, to its number and back. */
static void test_every_day(void **state)
{
    (void)state;
    int64_t expect = 0;
    for (int y = CIVIL_YEAR_MIN; y <= CIVIL_YEAR_MAX; y++) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= civil_month_days(y, m); d++) {
                assert_true(civil_valid(y, m, d));
                int64_t n = civil_days(y, m, d);
                assert_true(n == expect);
                int yy, mm, dd;
                civil_date(n, &yy, &mm, &dd);
                assert_true(yy == y && mm == m && dd == d);
                expect++;
            }
        }
    }
    /* 8030 years, 1947 of them leap (every 4th, not every 100th, every 400th) */
    assert_true(expect == 8030LL * 365 + 1947);
}

/* 2: the same numbers as libc's timegm, leap days and century years. */
static void test_agrees_with_timegm(void **state)
{
    (void)state;
    static const int dates[][3] = {{1970, 1, 1},  {1972, 2, 29}, {2000, 2, 29}, {2000, 3, 1},
                                   {2024, 2, 29}, {2026, 12, 6}, {2100, 2, 28}, {2100, 3, 1},
                                   {2400, 2, 29}, {9999, 12, 31}};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        struct tm tm = {
            .tm_year = dates[i][0] - 1900, .tm_mon = dates[i][1] - 1, .tm_mday = dates[i][2]};
        assert_true(civil_days(dates[i][0], dates[i][1], dates[i][2]) * 86400 ==
                    (int64_t)timegm(&tm));
    }
    assert_false(civil_leap(2100));
    assert_true(civil_leap(2400));
    assert_false(civil_valid(2100, 2, 29));
    assert_false(civil_valid(1969, 12, 31));
    assert_false(civil_valid(2026, 13, 1));
    assert_false(civil_valid(2026, 4, 31));
    assert_true(civil_ymd_of_days(civil_ymd_days(20261231) + 1) == 20270101);
    assert_true(civil_ymd_of_days(-1) == 19691231); /* before 1970 too */
}

/* 3: the hall's timestamps, as render_time writes them, in any offset. */
static void test_time_parse(void **state)
{
    (void)state;
    int64_t s;
    uint32_t ymd = 0;
    const char *t = "2026-11-27T08:00:00+07:00";
    assert_true(civil_time_parse(t, strlen(t), &s, &ymd));
    assert_true(s == 1795741200 && ymd == 20261127); /* 01:00 UTC */
    t = "2026-11-27T01:00:00+00:00";
    assert_true(civil_time_parse(t, strlen(t), &s, NULL) && s == 1795741200);
    t = "2026-11-26T21:30:00-03:30";
    assert_true(civil_time_parse(t, strlen(t), &s, &ymd));
    assert_true(s == 1795741200 && ymd == 20261126); /* its own local date */
    t = "2024-02-29T23:59:60+07:00";                 /* a leap second reads as the next second */
    assert_true(civil_time_parse(t, strlen(t), &s, NULL));

    static const char *const bad[] = {
        "",
        "2026-11-27T08:00:00",        /* no offset */
        "2026-11-27 08:00:00+07:00",  /* a space for T */
        "2026-11-27T08:00:00Z",       /* Z is not how the hall writes it */
        "2026-02-29T08:00:00+07:00",  /* not a leap year */
        "2026-11-31T08:00:00+07:00",  /* no 31st */
        "2026-11-27T24:00:00+07:00",  /* no hour 24 */
        "2026-11-27T08:60:00+07:00",  /* no minute 60 */
        "2026-11-27T08:00:00+07:60",  /* no offset minute 60 */
        "2026-11-27T08:00:00*07:00",  /* no sign */
        "2026-11-27T08:0a:00+07:00",  /* a letter */
        "1969-12-31T23:00:00+07:00",  /* before 1970 */
        "+2026-11-27T08:00:00+07:0",  /* shifted */
        "2026-11-27T08:00:00+07:00x", /* one byte too many */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        s = 42;
        assert_false(civil_time_parse(bad[i], strlen(bad[i]), &s, NULL));
        assert_true(s == 42); /* nothing written */
    }
    /* the length given is the length read: no NUL needed, none trusted */
    char buf[40];
    memcpy(buf, "2026-11-27T08:00:00+07:00!!!", 28);
    assert_true(civil_time_parse(buf, 25, &s, NULL) && s == 1795741200);
    assert_false(civil_time_parse(buf, 26, &s, NULL));
    assert_false(civil_time_parse(NULL, 25, &s, NULL));
}

/* 4: YYYY-MM-DD, exactly. */
static void test_ymd_parse(void **state)
{
    (void)state;
    uint32_t ymd = 0;
    assert_true(civil_ymd_parse("2024-02-29", &ymd) && ymd == 20240229);
    assert_true(civil_ymd_parse("1970-01-01", &ymd) && ymd == 19700101);
    static const char *const bad[] = {"2023-02-29", "2026-1-05",   "2026-01-5",  "2026/01/05",
                                      "20260105",   "2026-01-05 ", "2026-00-10", "1969-12-31",
                                      "",           "2026-01-0x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ymd = 7;
        assert_false(civil_ymd_parse(bad[i], &ymd));
        assert_true(ymd == 7);
    }
    assert_false(civil_ymd_parse(NULL, &ymd));
}

/* Whether two broken-down times are the same in every field. */
static void assert_same_tm(const struct tm *a, const struct tm *b, time_t secs)
{
    if (a->tm_year != b->tm_year || a->tm_mon != b->tm_mon || a->tm_mday != b->tm_mday ||
        a->tm_hour != b->tm_hour || a->tm_min != b->tm_min || a->tm_sec != b->tm_sec ||
        a->tm_wday != b->tm_wday || a->tm_yday != b->tm_yday || a->tm_isdst != b->tm_isdst ||
        a->tm_gmtoff != b->tm_gmtoff)
        fail_msg("local_time differs from localtime_r at %lld", (long long)secs);
}

/* 5: local_time, kept per minute, against localtime_r in zones that
 * change their offset (daylight saving at whole, half and quarter hours,
 * Lord Howe's half-hour shift) and in the hall's, second by second around
 * each change, and back and forth; and Batavia's old mean time (an offset
 * with seconds), which is never kept. */
static void test_local_time(void **state)
{
    (void)state;
    static const struct {
        const char *zone;
        time_t at; /* an instant near a change of offset */
    } cases[] = {
        {"Asia/Jakarta", 1796601600},        /* 2026-12-07, no change since 1964 */
        {"Europe/Berlin", 1774746000},       /* 2026-03-29 01:00 UTC: +01 -> +02 */
        {"Europe/Berlin", 1792890000},       /* 2026-10-25 01:00 UTC: +02 -> +01 */
        {"America/St_Johns", 1772947800},    /* 2026-03-08 05:30 UTC: -03:30 -> -02:30 */
        {"Australia/Lord_Howe", 1775314800}, /* 2026-04-04 15:00 UTC: +11 -> +10:30 */
        {"Asia/Kathmandu", 504901800},       /* 1986-01-01 00:00 +05:45 */
        {"Asia/Jakarta", -1451719200},       /* 1924: Batavia's mean time +07:07:12 ends */
    };
    const char *old = getenv("TZ");
    char *saved = old ? strdup(old) : NULL;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        setenv("TZ", cases[c].zone, 1);
        tzset();
        struct tm got, want;
        /* second by second through the two hours around the change */
        for (time_t t = cases[c].at - 3600; t <= cases[c].at + 3600; t++) {
            assert_true(local_time(t, &got));
            assert_non_null(localtime_r(&t, &want));
            assert_same_tm(&got, &want, t);
        }
        /* back and forth across it, and a day away */
        for (int i = 0; i < 2000; i++) {
            time_t t = cases[c].at + (i % 2 ? 1 : -1) * (time_t)((i * 7919) % 7200) +
                       (i % 5 == 0 ? 86400 : 0);
            assert_true(local_time(t, &got));
            assert_non_null(localtime_r(&t, &want));
            assert_same_tm(&got, &want, t);
        }
    }
    if (saved) {
        setenv("TZ", saved, 1);
        free(saved);
    } else {
        unsetenv("TZ");
    }
    tzset();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_day),  cmocka_unit_test(test_agrees_with_timegm),
        cmocka_unit_test(test_time_parse), cmocka_unit_test(test_ymd_parse),
        cmocka_unit_test(test_local_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
