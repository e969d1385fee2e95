/*
 * test_booking_slots.c - the rules' bounds and their messages, the walk-in
 * share, a day's slots around a break and at closing time, closed days and
 * holidays without slots, and ISO 8601 times written and read back.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "booking/slots.h"

#define JAKARTA (7 * 60)

static calendar_date_t date_of(const char *text)
{
    calendar_date_t d = -1;
    assert_int_equal(calendar_date_parse(text, &d), BOOKING_OK);
    return d;
}

static char *iso(int64_t ms, int offset)
{
    static char buf[BOOKING_TIME_TEXT];
    assert_int_equal(booking_time_format(ms, offset, buf), BOOKING_OK);
    return buf;
}

/* 1: the defaults pass; each field out of bounds is named in the message. */
static void test_rules_check(void **state)
{
    (void)state;
    booking_rules_t r;
    char err[160];
    booking_rules_default(&r);
    assert_int_equal(booking_rules_check(&r, err, sizeof err), BOOKING_OK);

    struct {
        size_t offset;
        int value;
        const char *message;
    } cases[] = {
        {offsetof(booking_rules_t, slot_minutes), 4, "booking.slot_minutes: must be 5..240"},
        {offsetof(booking_rules_t, slot_minutes), 241, "booking.slot_minutes: must be 5..240"},
        {offsetof(booking_rules_t, capacity), 0, "booking.capacity: must be 1..1000"},
        {offsetof(booking_rules_t, days_ahead), -1, "booking.days_ahead: must be 0..90"},
        {offsetof(booking_rules_t, days_ahead), 91, "booking.days_ahead: must be 0..90"},
        {offsetof(booking_rules_t, walkin_share), 101, "booking.walkin_share: must be 0..100"},
        {offsetof(booking_rules_t, daily_quota), -5, "booking.daily_quota: must be 0..100000"},
        {offsetof(booking_rules_t, checkin_before), 241, "booking.checkin_before: must be 0..240"},
        {offsetof(booking_rules_t, checkin_after), -1, "booking.checkin_after: must be 0..240"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        booking_rules_t bad = r;
        memcpy((char *)&bad + cases[i].offset, &cases[i].value, sizeof(int));
        assert_int_equal(booking_rules_check(&bad, err, sizeof err), BOOKING_EINVAL);
        assert_string_equal(err, cases[i].message);
        assert_int_equal(booking_rules_check(&bad, NULL, 0), BOOKING_EINVAL);
    }

    booking_rules_t empty = r;
    empty.checkin_before = empty.checkin_after = 0;
    assert_int_equal(booking_rules_check(&empty, err, sizeof err), BOOKING_EINVAL);
    assert_non_null(strstr(err, "booking.checkin_after: the check-in window is empty"));

    booking_rules_t pat = r;
    strcpy(pat.code_pattern, "^M-PASPOR-[0-9]{8}$");
    assert_int_equal(booking_rules_check(&pat, err, sizeof err), BOOKING_OK);
    strcpy(pat.code_pattern, "tab\there");
    assert_int_equal(booking_rules_check(&pat, err, sizeof err), BOOKING_EINVAL);
    assert_non_null(strstr(err, "booking.code_pattern"));
    memset(pat.code_pattern, 'x', sizeof pat.code_pattern); /* no NUL */
    assert_int_equal(booking_rules_check(&pat, err, sizeof err), BOOKING_EINVAL);
}

/* 2: the walk-in share is taken from the quota rounding up, so walk-ins
 * never get less than their share. */
static void test_walkin_share(void **state)
{
    (void)state;
    booking_rules_t r;
    booking_rules_default(&r);
    struct {
        int quota, share, bookable;
    } cases[] = {
        {0, 50, BOOKING_UNLIMITED},
        {100, 30, 70},
        {10, 25, 7},
        {10, 0, 10},
        {10, 100, 0},
        {1, 1, 0},
        {7, 50, 3},
        {200, 33, 134},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        r.daily_quota = cases[i].quota;
        r.walkin_share = cases[i].share;
        assert_int_equal(booking_rules_bookable(&r), cases[i].bookable);
    }
}

static const booking_hours_t with_break[] = {{8 * 60, 12 * 60}, {13 * 60, 15 * 60 + 30}};

/* 3: 45-minute slots over 08:00-12:00 and 13:00-15:30: a slot that would
 * run past 12:00 or 15:30 is not offered. */
static void test_slots_around_break(void **state)
{
    (void)state;
    booking_rules_t r;
    booking_rules_default(&r);
    r.slot_minutes = 45;
    r.capacity = 3;
    r.daily_quota = 40;
    r.walkin_share = 25;
    booking_day_t day;
    char err[160];
    assert_int_equal(booking_day_build(&day, "dukcapil/ktp-el", date_of("2026-12-07"), &r,
                                       with_break, 2, NULL, JAKARTA, err, sizeof err),
                     BOOKING_OK);
    const char *starts[] = {"08:00", "08:45", "09:30", "10:15", "11:00", "13:00", "13:45", "14:30"};
    assert_int_equal(day.n_slots, 8);
    for (size_t i = 0; i < day.n_slots; i++) {
        char want[BOOKING_TIME_TEXT];
        snprintf(want, sizeof want, "2026-12-07T%s:00+07:00", starts[i]);
        assert_string_equal(iso(day.slots[i].start_ms, JAKARTA), want);
        assert_int_equal(day.slots[i].end_ms - day.slots[i].start_ms, 45 * 60000);
        assert_int_equal(day.slots[i].capacity, 3);
    }
    assert_string_equal(iso(day.slots[7].end_ms, JAKARTA), "2026-12-07T15:15:00+07:00");
    assert_string_equal(day.service, "dukcapil/ktp-el");
    assert_int_equal(day.bookable, 30);

    /* found by their start; nothing else is a slot */
    for (size_t i = 0; i < day.n_slots; i++)
        assert_ptr_equal(booking_day_slot(&day, day.slots[i].start_ms), &day.slots[i]);
    assert_null(booking_day_slot(&day, day.slots[0].start_ms + 60000));
    assert_null(booking_day_slot(&day, day.slots[7].end_ms));
    assert_null(booking_day_slot(&day, 0));

    /* slots that end exactly at closing are offered: 08:00-12:00 in 5s */
    booking_hours_t morning = {8 * 60, 12 * 60};
    r.slot_minutes = 5;
    assert_int_equal(booking_day_build(&day, "a/b", date_of("2026-12-07"), &r, &morning, 1, NULL,
                                       JAKARTA, err, sizeof err),
                     BOOKING_OK);
    assert_int_equal(day.n_slots, 48);
    /* a whole day of 5-minute slots fills the array exactly */
    booking_hours_t all_day = {0, 1440};
    assert_int_equal(booking_day_build(&day, "a/b", date_of("2026-12-07"), &r, &all_day, 1, NULL,
                                       JAKARTA, err, sizeof err),
                     BOOKING_OK);
    assert_int_equal(day.n_slots, BOOKING_SLOTS_MAX);
    assert_string_equal(iso(day.slots[0].start_ms, JAKARTA), "2026-12-07T00:00:00+07:00");
}

/* 4: a closed weekday, a holiday and a day without hours give no slots;
 * the same hours on an open day do. */
static void test_closed_days_have_no_slots(void **state)
{
    (void)state;
    calendar_t *cal = calendar_new();
    calendar_close_weekday(cal, CALENDAR_SUNDAY);
    calendar_add(cal, date_of("2026-12-25"), "Kelahiran Yesus Kristus", "SKB 3 Menteri");
    calendar_add(cal, date_of("2026-12-24"), "Cuti bersama", "SKB 3 Menteri");
    booking_rules_t r;
    booking_rules_default(&r);
    booking_day_t day;
    const char *closed[] = {"2026-12-24", "2026-12-25", "2026-12-27"};
    for (size_t i = 0; i < 3; i++) {
        day.n_slots = 99;
        assert_int_equal(booking_day_build(&day, "a/b", date_of(closed[i]), &r, with_break, 2, cal,
                                           JAKARTA, NULL, 0),
                         BOOKING_OK);
        assert_int_equal(day.n_slots, 0);
    }
    assert_int_equal(booking_day_build(&day, "a/b", date_of("2026-12-26"), &r, with_break, 2, cal,
                                       JAKARTA, NULL, 0),
                     BOOKING_OK);
    assert_int_equal(day.n_slots, 13); /* 8 + 5 half-hours */
    assert_int_equal(
        booking_day_build(&day, "a/b", date_of("2026-12-26"), &r, NULL, 0, cal, JAKARTA, NULL, 0),
        BOOKING_OK);
    assert_int_equal(day.n_slots, 0);
    calendar_free(cal);
}

/* 5: hours, service, offset and rules that cannot make a day. */
static void test_day_refuses(void **state)
{
    (void)state;
    booking_rules_t r;
    booking_rules_default(&r);
    booking_day_t day;
    char err[160];
    calendar_date_t d = date_of("2026-12-07");
    booking_hours_t backwards = {600, 540};
    booking_hours_t overlap[] = {{480, 720}, {700, 900}};
    booking_hours_t past_midnight = {1380, 1441};
    booking_hours_t many[BOOKING_HOURS_MAX + 1];
    for (int i = 0; i <= BOOKING_HOURS_MAX; i++)
        many[i] = (booking_hours_t){i * 60, i * 60 + 30};

    assert_int_equal(
        booking_day_build(&day, "a/b", d, &r, &backwards, 1, NULL, JAKARTA, err, sizeof err),
        BOOKING_EINVAL);
    assert_non_null(strstr(err, "hours: interval 1"));
    assert_int_equal(
        booking_day_build(&day, "a/b", d, &r, overlap, 2, NULL, JAKARTA, err, sizeof err),
        BOOKING_EINVAL);
    assert_string_equal(err, "hours: interval 2 opens before interval 1 closes");
    assert_int_equal(
        booking_day_build(&day, "a/b", d, &r, &past_midnight, 1, NULL, JAKARTA, err, sizeof err),
        BOOKING_EINVAL);
    assert_int_equal(booking_day_build(&day, "a/b", d, &r, many, BOOKING_HOURS_MAX + 1, NULL,
                                       JAKARTA, err, sizeof err),
                     BOOKING_EINVAL);
    assert_int_equal(booking_day_build(&day, "a/b", d, &r, many, BOOKING_HOURS_MAX, NULL, JAKARTA,
                                       err, sizeof err),
                     BOOKING_OK);
    assert_int_equal(
        booking_day_build(&day, "", d, &r, with_break, 2, NULL, JAKARTA, err, sizeof err),
        BOOKING_EINVAL);
    assert_non_null(strstr(err, "service"));
    assert_int_equal(
        booking_day_build(&day, "a/b", d, &r, with_break, 2, NULL, 15 * 60, err, sizeof err),
        BOOKING_EINVAL);
    assert_non_null(strstr(err, "utc offset"));
    r.slot_minutes = 1;
    assert_int_equal(
        booking_day_build(&day, "a/b", d, &r, with_break, 2, NULL, JAKARTA, err, sizeof err),
        BOOKING_EINVAL);
    assert_string_equal(err, "booking.slot_minutes: must be 5..240");
}

/* 6: ISO 8601 with offset, written and read back, in several zones. */
static void test_time_text(void **state)
{
    (void)state;
    calendar_date_t d = date_of("2026-12-07");
    int64_t eight = calendar_date_start_ms(d, JAKARTA) + 8 * 3600000LL;
    assert_string_equal(iso(eight, JAKARTA), "2026-12-07T08:00:00+07:00");
    assert_string_equal(iso(eight, 0), "2026-12-07T01:00:00+00:00");
    assert_string_equal(iso(eight, -(3 * 60 + 30)), "2026-12-06T21:30:00-03:30");
    assert_string_equal(iso(eight + 999, JAKARTA), "2026-12-07T08:00:00+07:00");
    assert_string_equal(iso(0, 0), "1970-01-01T00:00:00+00:00");

    const char *texts[] = {"2026-12-07T08:00:00+07:00", "2026-12-07T01:00:00Z",
                           "2026-12-07T01:00:00+00:00", "2026-12-06T21:30:00-03:30",
                           "2026-12-07T10:00:00+09:00"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        int64_t ms = 0;
        int off = 12345;
        assert_int_equal(booking_time_parse(texts[i], &ms, &off, NULL, 0), BOOKING_OK);
        assert_int_equal(ms, eight);
    }
    int64_t ms;
    int off;
    assert_int_equal(booking_time_parse("2026-12-06T21:30:00-03:30", &ms, &off, NULL, 0),
                     BOOKING_OK);
    assert_int_equal(off, -210);
    assert_int_equal(booking_time_parse("2026-12-07T08:00:00+07:00", &ms, NULL, NULL, 0),
                     BOOKING_OK);
    char buf[BOOKING_TIME_TEXT];
    assert_int_equal(booking_time_format(-86400001LL, 0, buf), BOOKING_EINVAL);
    assert_string_equal(buf, "");
    assert_int_equal(booking_time_format(eight, 15 * 60, buf), BOOKING_EINVAL);
    assert_int_equal(booking_time_format(-1, 0, buf), BOOKING_EINVAL);
    assert_int_equal(booking_time_format(INT64_MAX, 0, buf), BOOKING_EINVAL);
    assert_int_equal(booking_time_format(CALENDAR_MS_MAX - 1000, 0, buf), BOOKING_OK);
    assert_string_equal(buf, "9999-12-31T23:59:59+00:00");
    assert_int_equal(booking_time_format(CALENDAR_MS_MAX - 1000, 60, buf), BOOKING_EINVAL);
    assert_int_equal(booking_time_format(0, -60, buf), BOOKING_EINVAL); /* 1969 locally */
}

/* 7: anything but the exact shape is refused, with a message. */
static void test_time_refused(void **state)
{
    (void)state;
    const char *bad[] = {
        "",
        "2026-12-07",
        "2026-12-07T08:00:00",
        "2026-12-07T08:00+07:00",
        "2026-12-07T08:00:00.000+07:00",
        "2026-12-07T08:00:00.000Z",
        "2026-12-07 08:00:00+07:00",
        "2026-12-07t08:00:00+07:00",
        "2026-12-07T08:00:00+0700",
        "2026-12-07T08:00:00+07",
        "2026-12-07T08:00:00+07:00 ",
        "2026-12-07T08:00:00z",
        "2026-12-07T24:00:00+07:00",
        "2026-12-07T08:60:00+07:00",
        "2026-12-07T08:00:60+07:00",
        "2026-02-30T08:00:00+07:00",
        "2026-12-07T08:00:00+14:01",
        "2026-12-07T08:00:00-12:30",
        "2026-12-07T08:00:00+07:60",
        "2026-12-07T8:00:00+07:00",
        "+2026-12-07T08:00:00+07:00",
        "2026-12-07T08:00:00+07:00+07:00",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        int64_t ms = 42;
        char err[160] = "";
        assert_int_equal(booking_time_parse(bad[i], &ms, NULL, err, sizeof err), BOOKING_EINVAL);
        assert_int_equal(ms, 42);
        assert_non_null(strstr(err, "expected a time like 2026-12-07T08:00:00+07:00"));
    }
    int64_t ms = 42;
    assert_int_equal(booking_time_parse(NULL, &ms, NULL, NULL, 0), BOOKING_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules_check),        cmocka_unit_test(test_walkin_share),
        cmocka_unit_test(test_slots_around_break), cmocka_unit_test(test_closed_days_have_no_slots),
        cmocka_unit_test(test_day_refuses),        cmocka_unit_test(test_time_text),
        cmocka_unit_test(test_time_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
