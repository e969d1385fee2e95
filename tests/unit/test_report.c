/*
 * test_report.c - the service-time report arithmetic against hand-computed
 * cases: percentiles with interpolation, ISO weeks and months, dates,
 * waiting and service times of records (a start left from an earlier
 * step), a small day worked through by hand per service, agency and hall,
 * grouping by week, and refusals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "civil/civil.h"
#include "report/report.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* ms of HH:MM on a day; the base itself does not matter to durations */
#define BASE 1704153600000LL
static int64_t at(int h, int m)
{
    return BASE + ((int64_t)h * 3600 + (int64_t)m * 60) * 1000;
}

/* 1: percentiles read at rank p x (n - 1), interpolated. */
static void test_percentile(void **state)
{
    (void)state;
    const int64_t four[] = {10, 20, 30, 40};
    NEAR(report_percentile(four, 4, 0.5), 25); /* mean of 20 and 30 */
    NEAR(report_percentile(four, 4, 0.9), 37); /* rank 2.7: 30 + 0.7 x 10 */
    NEAR(report_percentile(four, 4, 1.0), 40);
    NEAR(report_percentile(four, 4, 0.0), 10);
    const int64_t five[] = {1, 2, 3, 4, 5};
    NEAR(report_percentile(five, 5, 0.5), 3);
    NEAR(report_percentile(five, 5, 0.9), 4.6); /* rank 3.6 */
    const int64_t one[] = {7};
    NEAR(report_percentile(one, 1, 0.9), 7);
    NEAR(report_percentile(one, 0, 0.5), 0);

    int64_t ms[] = {3000, 1000, 2000}; /* unsorted, in ms */
    report_stats_t s;
    report_stats_compute(ms, 3, &s);
    assert_int_equal(s.count, 3);
    NEAR(s.median_s, 2);
    NEAR(s.p90_s, 2.8); /* rank 1.8: 2 + 0.8 x 1 */
    NEAR(s.max_s, 3);
    report_stats_compute(ms, 0, &s);
    assert_int_equal(s.count, 0);
}

/* 2: periods: the day, the Monday of its ISO week, the 1st of its month. */
static void test_periods(void **state)
{
    (void)state;
    assert_int_equal(report_period(20240103, REPORT_GROUP_DAY), 20240103);
    assert_int_equal(report_period(20240103, REPORT_GROUP_WEEK), 20240101); /* Wed */
    assert_int_equal(report_period(20240101, REPORT_GROUP_WEEK), 20240101); /* Mon */
    assert_int_equal(report_period(20240107, REPORT_GROUP_WEEK), 20240101); /* Sun */
    assert_int_equal(report_period(20230101, REPORT_GROUP_WEEK), 20221226); /* across a year */
    assert_int_equal(report_period(20240303, REPORT_GROUP_WEEK), 20240226); /* over 29 Feb */
    assert_int_equal(report_period(20240229, REPORT_GROUP_MONTH), 20240201);
    assert_int_equal(report_period(20230229, REPORT_GROUP_DAY), 0); /* no such day */
    assert_int_equal(report_period(20241301, REPORT_GROUP_MONTH), 0);

    report_group_t g;
    assert_int_equal(report_group_parse("week", &g), 0);
    assert_int_equal(g, REPORT_GROUP_WEEK);
    assert_int_equal(report_group_parse("year", &g), -1);
    assert_string_equal(report_group_name(REPORT_GROUP_MONTH), "month");
}

/* 3: dates YYYY-MM-DD, real calendar days only. */
static void test_dates(void **state)
{
    (void)state;
    uint32_t d = 0;
    assert_true(report_date_parse("2024-02-29", &d));
    assert_int_equal(d, 20240229);
    assert_false(report_date_parse("2023-02-29", &d));
    assert_false(report_date_parse("2024-2-29", &d));
    assert_false(report_date_parse("1999-12-31", &d));
    assert_false(report_date_parse("2024-04-31", &d));
    assert_false(report_date_parse("2024-01-0x", &d));
    assert_false(report_date_parse(NULL, &d));
    assert_int_equal(civil_ymd_days(19700101), 0);
    assert_int_equal(civil_ymd_days(20240301) - civil_ymd_days(20240228), 2);
}

/* 4: waiting and service times of a record. */
static void test_durations(void **state)
{
    (void)state;
    report_ticket_t t = {.outcome = REPORT_SERVED,
                         .queued_at = at(8, 0),
                         .called_at = at(8, 10),
                         .started_at = at(8, 11),
                         .finished_at = at(8, 25)};
    assert_int_equal(report_wait_ms(&t), 600000);
    assert_int_equal(report_service_ms(&t), 840000); /* from the start */
    t.started_at = 0;
    assert_int_equal(report_service_ms(&t), 900000); /* not started: from the call */
    t.started_at = at(7, 50);                        /* an earlier step's start */
    assert_int_equal(report_service_ms(&t), 900000);
    t.outcome = REPORT_NO_SHOW;
    assert_int_equal(report_service_ms(&t), -1);
    assert_int_equal(report_wait_ms(&t), 600000); /* a no-show waited too */
    t.called_at = 0;
    assert_int_equal(report_wait_ms(&t), -1); /* never called */
    t.called_at = at(7, 0);
    assert_int_equal(report_wait_ms(&t), -1); /* a call before its queue */
}

/* The hand-worked day: dukcapil/ktp (15 min) and dukcapil/kk (30 min) on
 * 2 January 2024, samsat/pkb (10 min) on 3 January. */
static void add_day(report_t *r)
{
    const report_ticket_t t[] = {
        /* T1 waits 600 s, served 840 s (within 15 min) */
        {20240102, "dukcapil", "dukcapil/ktp", REPORT_SERVED, 8, 0, at(8, 0), at(8, 10), at(8, 11),
         at(8, 25), 15, 0},
        /* T2 waits 900 s, served 1200 s from its call (over) */
        {20240102, "dukcapil", "dukcapil/ktp", REPORT_SERVED, 8, 0, at(8, 5), at(8, 20), 0,
         at(8, 40), 15, 0},
        /* T3 waits 900 s, no-show */
        {20240102, "dukcapil", "dukcapil/ktp", REPORT_NO_SHOW, 8, 0, at(8, 30), at(8, 45), 0, 0, 15,
         0},
        /* T4 cancelled before a call */
        {20240102, "dukcapil", "dukcapil/ktp", REPORT_CANCELLED, 9, 0, at(9, 10), 0, 0, 0, 15, 0},
        /* T5 transferred in at 9:00, waits 120 s, its start is from the earlier
         * step: served 600 s from the call (within) */
        {20240102, "dukcapil", "dukcapil/ktp", REPORT_SERVED, 8, 1, at(9, 0), at(9, 2), at(8, 15),
         at(9, 12), 15, 0},
        /* T6 waits 1800 s, served exactly 30 min: within */
        {20240102, "dukcapil", "dukcapil/kk", REPORT_SERVED, 10, 0, at(10, 0), at(10, 30), 0,
         at(11, 0), 30, 0},
        /* T7 still waiting on the next day */
        {20240103, "samsat", "samsat/pkb", REPORT_OPEN, 13, 0, at(13, 0), 0, 0, 0, 10, 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        assert_int_equal(report_add(r, &t[i]), REPORT_OK);
    report_finish(r);
}

static const report_row_t *row(const report_t *r, size_t i, uint32_t period, const char *agency,
                               const char *service)
{
    const report_row_t *w = report_row_at(r, i);
    assert_non_null(w);
    assert_int_equal(w->period, period);
    assert_string_equal(w->agency, agency);
    assert_string_equal(w->service, service);
    return w;
}

/* 5: the day by hand, per service, agency and hall. */
static void test_day_by_hand(void **state)
{
    (void)state;
    report_t *r = report_new(REPORT_GROUP_DAY);
    assert_non_null(r);
    add_day(r);
    assert_int_equal(report_row_count(r), 7);

    const report_row_t *hall = row(r, 0, 20240102, "", "");
    const report_row_t *dk = row(r, 1, 20240102, "dukcapil", "");
    const report_row_t *kk = row(r, 2, 20240102, "dukcapil", "dukcapil/kk");
    const report_row_t *ktp = row(r, 3, 20240102, "dukcapil", "dukcapil/ktp");
    row(r, 4, 20240103, "", "");
    row(r, 5, 20240103, "samsat", "");
    const report_row_t *pkb = row(r, 6, 20240103, "samsat", "samsat/pkb");

    /* ktp: waits 120 600 900 900, services 600 840 1200 */
    assert_int_equal(ktp->issued, 5);
    assert_int_equal(ktp->served, 3);
    assert_int_equal(ktp->no_show, 1);
    assert_int_equal(ktp->cancelled, 1);
    assert_int_equal(ktp->open, 0);
    assert_int_equal(ktp->transferred, 1);
    assert_int_equal(ktp->standard_min, 15);
    assert_int_equal(ktp->wait_stats.count, 4);
    NEAR(ktp->wait_stats.median_s, 750);
    NEAR(ktp->wait_stats.p90_s, 900);
    NEAR(ktp->wait_stats.max_s, 900);
    assert_int_equal(ktp->service_stats.count, 3);
    NEAR(ktp->service_stats.median_s, 840);
    NEAR(ktp->service_stats.p90_s, 1128); /* rank 1.8: 840 + 0.8 x 360 */
    NEAR(ktp->service_stats.max_s, 1200);
    assert_int_equal(ktp->within_standard, 2);
    assert_int_equal(ktp->with_standard, 3);
    assert_int_equal(ktp->hours[8], 4);
    assert_int_equal(ktp->hours[9], 1);

    assert_int_equal(kk->issued, 1);
    assert_int_equal(kk->within_standard, 1); /* exactly the standard counts */
    NEAR(kk->service_stats.median_s, 1800);

    /* dukcapil: waits 120 600 900 900 1800, services 600 840 1200 1800 */
    assert_int_equal(dk->standard_min, 0);
    assert_int_equal(dk->issued, 6);
    assert_int_equal(dk->served, 4);
    NEAR(dk->wait_stats.median_s, 900);
    NEAR(dk->wait_stats.p90_s, 1440);       /* rank 3.6: 900 + 0.6 x 900 */
    NEAR(dk->service_stats.median_s, 1020); /* (840 + 1200) / 2 */
    NEAR(dk->service_stats.p90_s, 1620);    /* rank 2.7: 1200 + 0.7 x 600 */
    assert_int_equal(dk->within_standard, 3);
    assert_int_equal(dk->with_standard, 4);
    assert_int_equal(dk->hours[10], 1);

    assert_int_equal(hall->issued, 6);
    assert_int_equal(hall->transferred, 1);
    NEAR(hall->service_stats.max_s, 1800);

    assert_int_equal(pkb->issued, 1);
    assert_int_equal(pkb->open, 1);
    assert_int_equal(pkb->wait_stats.count, 0);
    assert_int_equal(pkb->service_stats.count, 0);
    assert_int_equal(pkb->hours[13], 1);
    report_free(r);
}

/* 6: by ISO week the two days are one period. */
static void test_by_week(void **state)
{
    (void)state;
    report_t *r = report_new(REPORT_GROUP_WEEK);
    add_day(r);
    assert_int_equal(report_row_count(r), 6);
    const report_row_t *hall = row(r, 0, 20240101, "", "");
    assert_int_equal(hall->issued, 7);
    assert_int_equal(hall->open, 1);
    assert_int_equal(hall->hours[13], 1);
    row(r, 1, 20240101, "dukcapil", "");
    row(r, 4, 20240101, "samsat", "");
    report_free(r);
}

/* 7: a whole range is one period, named by its first day. */
static void test_by_range(void **state)
{
    (void)state;
    report_group_t g;
    assert_int_equal(report_group_parse("range", &g), 0);
    report_t *r = report_new(g);
    report_set_range_start(r, 20231231);
    add_day(r);
    assert_int_equal(report_row_count(r), 6);
    assert_int_equal(row(r, 0, 20231231, "", "")->issued, 7);
    NEAR(row(r, 1, 20231231, "dukcapil", "")->wait_stats.median_s, 900);
    report_free(r);
}

/* 8: refusals count nothing; many rows grow the table. */
static void test_refusals_and_growth(void **state)
{
    (void)state;
    report_t *r = report_new(REPORT_GROUP_DAY);
    report_ticket_t t = {20240230, "a", "a/x", REPORT_SERVED, 8, 0, 0, 0, 0, 0, 5, 0};
    assert_int_equal(report_add(r, &t), REPORT_EINVAL); /* 30 February */
    char longid[REPORT_ID_MAX + 1];
    memset(longid, 'x', sizeof longid - 1);
    longid[sizeof longid - 1] = '\0';
    t.day = 20240201;
    t.agency = longid;
    assert_int_equal(report_add(r, &t), REPORT_EINVAL);
    t.agency = NULL;
    assert_int_equal(report_add(r, &t), REPORT_EINVAL);
    assert_int_equal(report_row_count(r), 0);

    /* 300 services over 2 days: 600 service rows, 2 agency, 2 hall rows */
    char svc[32];
    t.agency = "a";
    t.service = svc;
    for (int d = 1; d <= 2; d++)
        for (int i = 0; i < 300; i++) {
            snprintf(svc, sizeof svc, "a/s%03d", i);
            t.day = 20240200 + (uint32_t)d;
            assert_int_equal(report_add(r, &t), REPORT_OK);
        }
    snprintf(svc, sizeof svc, "a/s%03d", 7);
    assert_int_equal(report_add(r, &t), REPORT_OK); /* found again, not a new row */
    report_finish(r);
    assert_int_equal(report_row_count(r), 604);
    assert_int_equal(report_row_at(r, 0)->issued, 300);
    assert_int_equal(report_row_at(r, 302)->issued, 301); /* day 2 hall row */
    assert_int_equal(report_add(r, &t), REPORT_EINVAL);   /* after finish */
    assert_null(report_row_at(r, 604));
    report_free(r);
}

/* Booked tickets are counted apart (online / walk-in) and waited for from
 * their slot, or their check-in when later. */
static void online_split(void **state)
{
    (void)state;
    report_t *r = report_new(REPORT_GROUP_DAY);
    /* checked in at 8:50 for a 9:00 slot, called 9:05: 300 s from the slot */
    report_ticket_t booked = {20240102,  "polres", "polres/skck", REPORT_SERVED, 8,  0,
                              at(8, 50), at(9, 5), at(9, 6),      at(9, 20),     15, at(9, 0)};
    /* checked in late at 9:10 for a 9:00 slot, called 9:12: 120 s from check-in */
    report_ticket_t late = {20240102,  "polres",  "polres/skck", REPORT_SERVED, 9,  0,
                            at(9, 10), at(9, 12), at(9, 13),     at(9, 30),     15, at(9, 0)};
    report_ticket_t walk = {20240102, "polres",  "polres/skck", REPORT_SERVED, 8,  0,
                            at(8, 0), at(8, 30), at(8, 31),     at(8, 40),     15, 0};
    assert_int_equal(report_add(r, &booked), REPORT_OK);
    assert_int_equal(report_add(r, &late), REPORT_OK);
    assert_int_equal(report_add(r, &walk), REPORT_OK);
    report_finish(r);
    const report_row_t *svc = report_row_at(r, report_row_count(r) - 1);
    assert_string_equal(svc->service, "polres/skck");
    assert_int_equal(svc->issued, 3);
    assert_int_equal(svc->online, 2);
    assert_int_equal(svc->slot_wait_stats.count, 2);
    assert_true(svc->slot_wait_stats.max_s == 300.0);
    assert_int_equal(report_slot_wait_ms(&walk), -1);
    assert_int_equal(report_slot_wait_ms(&late), 120000);
    report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(online_split),
        cmocka_unit_test(test_percentile),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_durations),
        cmocka_unit_test(test_day_by_hand),
        cmocka_unit_test(test_by_week),
        cmocka_unit_test(test_by_range),
        cmocka_unit_test(test_refusals_and_growth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
