/*
 * test_report_staff.c - the staff report arithmetic against a day worked
 * by hand: service times and their ratio to the standard (a start left out,
 * one past the standard), no-shows and transfers, pauses per reason (one
 * ended by a resume, one still running at the end, one ended by a second
 * pause of the same counter, an end with no pause), the total row, a month
 * grouping, and refusals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "report/staff.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)
#define BASE 1704153600000LL /* a day's midnight; only differences matter */
static int64_t at(int h, int m)
{
    return BASE + ((int64_t)h * 3600 + (int64_t)m * 60) * 1000;
}

static report_staff_event_t ev(report_staff_kind_t k, const char *staff, int64_t when)
{
    report_staff_event_t e = {.kind = k, .day = 20240102, .at = when, .staff = staff, .reason = ""};
    return e;
}

static void add(report_staff_t *r, report_staff_event_t e)
{
    assert_int_equal(report_staff_add(r, &e), REPORT_OK);
}

static const report_staff_row_t *row_of(const report_staff_t *r, const char *staff)
{
    for (size_t i = 0; i < report_staff_row_count(r); i++)
        if (strcmp(report_staff_row_at(r, i)->staff, staff) == 0)
            return report_staff_row_at(r, i);
    return NULL;
}

static int64_t paused_for(const report_staff_row_t *w, const char *reason)
{
    for (size_t i = 0; i < w->n_reasons; i++)
        if (strcmp(w->reasons[i].reason, reason) == 0)
            return w->reasons[i].ms;
    return -1;
}

/* 1: a day worked by s1 and s2. */
static void test_day(void **state)
{
    (void)state;
    report_staff_t *r = report_staff_new(REPORT_GROUP_DAY);
    assert_non_null(r);
    report_staff_event_t e = ev(REPORT_STAFF_SERVED, "s1", at(8, 11));
    e.called_at = at(8, 0), e.started_at = at(8, 1), e.finished_at = at(8, 11), e.standard_min = 15;
    add(r, e); /* 10 minutes of 15 */
    e.called_at = at(9, 0), e.started_at = at(8, 1), e.finished_at = at(9, 20), e.at = at(9, 20);
    add(r, e); /* a start of an earlier step: 20 minutes from the call */
    add(r, ev(REPORT_STAFF_NO_SHOW, "s1", at(9, 30)));
    add(r, ev(REPORT_STAFF_TRANSFER, "s1", at(9, 40)));
    e = ev(REPORT_STAFF_PAUSE, "s1", at(12, 0));
    e.counter = 1, e.reason = "ishoma";
    add(r, e);
    e = ev(REPORT_STAFF_PAUSE_END, "boss", at(12, 30));
    e.counter = 1;
    add(r, e);
    add(r, e); /* an end with no pause: nothing */
    e = ev(REPORT_STAFF_PAUSE, "s2", at(13, 0));
    e.counter = 2, e.reason = "rapat";
    add(r, e);
    e.at = at(13, 10), e.reason = "rapat"; /* paused again: the first ends here */
    add(r, e);
    assert_int_equal(report_staff_finish(r, at(13, 45)), REPORT_OK); /* still paused */

    assert_int_equal(report_staff_row_count(r), 3);
    assert_string_equal(report_staff_row_at(r, 0)->staff, ""); /* the total first */
    const report_staff_row_t *s1 = row_of(r, "s1"), *s2 = row_of(r, "s2"), *all = row_of(r, "");
    assert_int_equal(s1->period, 20240102);
    assert_int_equal(s1->served, 2);
    assert_int_equal(s1->service_stats.count, 2);
    NEAR(s1->service_stats.median_s, 900); /* (600 + 1200) / 2 */
    NEAR(s1->service_stats.p90_s, 1140);   /* 600 + 0.9 x 600 */
    NEAR(s1->ratio_stats.median_s, 1.0);   /* (0.667 + 1.333) / 2 */
    assert_int_equal(s1->within_standard, 1);
    assert_int_equal(s1->with_standard, 2);
    assert_int_equal(s1->no_show, 1);
    assert_int_equal(s1->transfers, 1);
    assert_int_equal(paused_for(s1, "ishoma"), 30 * 60000);
    assert_int_equal(s1->pauses, 1);
    assert_int_equal(s2->served, 0);
    assert_int_equal(paused_for(s2, "rapat"), 45 * 60000); /* 10 + 35 */
    assert_int_equal(s2->pauses, 2);
    assert_int_equal(all->served, 2);
    assert_int_equal(all->paused_ms, 75 * 60000);
    assert_int_equal(all->pauses, 3);
    assert_int_equal(all->n_reasons, 2);
    report_staff_free(r);
}

/* 2: a month is one period; the range is named by its first day. */
static void test_periods(void **state)
{
    (void)state;
    report_staff_t *r = report_staff_new(REPORT_GROUP_MONTH);
    report_staff_event_t e = ev(REPORT_STAFF_NO_SHOW, "s1", at(8, 0));
    e.day = 20240103;
    add(r, e);
    e.day = 20240131;
    add(r, e);
    e.day = 20240201;
    add(r, e);
    assert_int_equal(report_staff_finish(r, at(9, 0)), REPORT_OK);
    assert_int_equal(row_of(r, "s1")->period, 20240101);
    assert_int_equal(row_of(r, "s1")->no_show, 2);
    assert_int_equal(report_staff_row_count(r), 4); /* two months, each with its total */
    report_staff_free(r);

    r = report_staff_new(REPORT_GROUP_RANGE);
    report_staff_set_range_start(r, 20240103);
    add(r, e);
    assert_int_equal(report_staff_finish(r, at(9, 0)), REPORT_OK);
    assert_int_equal(row_of(r, "s1")->period, 20240103);
    report_staff_free(r);
}

/* 3: refusals leave the report as it was. */
static void test_refusals(void **state)
{
    (void)state;
    report_staff_t *r = report_staff_new(REPORT_GROUP_DAY);
    char longname[REPORT_ID_MAX + 8];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    report_staff_event_t e = ev(REPORT_STAFF_NO_SHOW, longname, at(8, 0));
    assert_int_equal(report_staff_add(r, &e), REPORT_EINVAL);
    e = ev(REPORT_STAFF_NO_SHOW, "s1", at(8, 0));
    e.day = 20241340;
    assert_int_equal(report_staff_add(r, &e), REPORT_EINVAL);
    e = ev(REPORT_STAFF_PAUSE, "s1", at(8, 0));
    e.reason = longname;
    assert_int_equal(report_staff_add(r, &e), REPORT_EINVAL);
    assert_int_equal(report_staff_finish(r, at(9, 0)), REPORT_OK);
    assert_int_equal(report_staff_row_count(r), 0);
    e = ev(REPORT_STAFF_NO_SHOW, "s1", at(8, 0));
    assert_int_equal(report_staff_add(r, &e), REPORT_EINVAL); /* after the finish */
    report_staff_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_day),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
