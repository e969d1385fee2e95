/*
 * test_booking_ledger_status.c - a booking after it is made: check-in
 * exactly at the edges of its window (and across midnight), cancellation,
 * the sweep of missed bookings (whose places stay taken), and the erasure
 * of personal data, down to the bytes of the stored record.
 */
#include "test_booking_fixture.h"

#include "booking/record.h"

#define MONDAY "2026-12-07"

/* Collects what a sweep or walk reports. */
typedef struct seen {
    const booking_t *b[64];
    size_t n;
} seen_t;

static void see(void *ctx, const booking_t *b)
{
    seen_t *s = ctx;
    assert_true(s->n < 64);
    s->b[s->n++] = b;
}

/* 1: the window of a 08:00 slot is 07:30:00.000 to 08:15:00.000, both
 * included; outside it the answer says when it opens. */
static void test_check_in_window_edges(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    int64_t eight = fx_at(MONDAY, 8, 0);
    const booking_t *a = fx_book(&h, &day, eight, 1);
    const booking_t *b = fx_book(&h, &day, eight, 2);
    booking_checkin_t ci;

    int64_t opens = fx_at(MONDAY, 7, 30), closes = fx_at(MONDAY, 8, 15);
    assert_int_equal(booking_ledger_can_check_in(h.ledger, a->code, opens - 1, &ci),
                     BOOKING_TOO_EARLY);
    assert_ptr_equal(ci.booking, a);
    assert_int_equal(ci.opens_ms, opens);
    assert_int_equal(ci.closes_ms, closes);
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, opens - 1, 9, &ci),
                     BOOKING_TOO_EARLY);
    assert_int_equal(booking_ledger_can_check_in(h.ledger, a->code, opens, &ci), BOOKING_OK);
    assert_int_equal(booking_ledger_can_check_in(h.ledger, a->code, closes, &ci), BOOKING_OK);
    assert_int_equal(booking_ledger_can_check_in(h.ledger, a->code, closes + 1, &ci),
                     BOOKING_TOO_LATE);
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, closes + 1, 9, &ci),
                     BOOKING_TOO_LATE);
    assert_int_equal(a->status, BOOKING_STATUS_BOOKED); /* asking changed nothing */

    /* in at the last millisecond, and at the first */
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, closes, 77, &ci), BOOKING_OK);
    assert_ptr_equal(ci.booking, a);
    assert_int_equal(a->status, BOOKING_STATUS_CHECKED_IN);
    assert_true(a->ticket_id == 77);
    assert_int_equal(a->updated_ms, closes);
    char typed[BOOKING_CODE_MAX + 2];
    snprintf(typed, sizeof typed, " %s", b->code + 3); /* without BK- */
    assert_int_equal(booking_ledger_check_in(h.ledger, typed, opens, 78, &ci), BOOKING_OK);
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, opens, 79, &ci), BOOKING_ALREADY);
    assert_true(a->ticket_id == 77);

    booking_counts_t c;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &c);
    assert_int_equal(c.status[BOOKING_STATUS_CHECKED_IN], 2);
    assert_int_equal(c.held, 2);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 1);
    fx_hall_close(&h);
}

/* 2: codes that name nothing that may check in. */
static void test_check_in_refusals(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t mon, tue;
    fx_day(&h, &mon, "dukcapil/ktp", MONDAY);
    fx_day(&h, &tue, "dukcapil/ktp", "2026-12-08");
    int64_t eight = fx_at(MONDAY, 8, 0);
    const booking_t *cancelled = fx_book(&h, &mon, eight, 1);
    assert_int_equal(booking_ledger_cancel(h.ledger, cancelled->id, h.now, NULL), BOOKING_OK);
    const booking_t *pending;
    assert_int_equal(fx_reserve(&h, &mon, eight, 2, true, &pending), BOOKING_OK);
    const booking_t *tuesday = fx_book(&h, &tue, fx_at("2026-12-08", 8, 0), 3);

    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, cancelled->code, eight, 1, &ci),
                     BOOKING_CANCELLED);
    assert_int_equal(booking_ledger_check_in(h.ledger, pending->code, eight, 1, &ci),
                     BOOKING_NOT_FOUND);
    assert_null(ci.booking);
    const char *unknown[] = {"BK-2222", "hello", "", "BK-7QK3-7QK3"};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(booking_ledger_check_in(h.ledger, unknown[i], eight, 1, &ci),
                         BOOKING_NOT_FOUND);
        assert_null(ci.booking);
    }
    assert_int_equal(booking_ledger_check_in(h.ledger, NULL, eight, 1, &ci), BOOKING_NOT_FOUND);
    /* tomorrow's booking is found, and is too early, with when to come */
    assert_int_equal(booking_ledger_check_in(h.ledger, tuesday->code, eight, 1, &ci),
                     BOOKING_TOO_EARLY);
    assert_ptr_equal(ci.booking, tuesday);
    assert_int_equal(ci.opens_ms, fx_at("2026-12-08", 7, 30));
    /* the day after tomorrow's is not */
    assert_int_equal(booking_ledger_check_in(h.ledger, tuesday->code, eight - 86400000LL, 1, &ci),
                     BOOKING_NOT_FOUND);
    fx_hall_close(&h);
}

/* 3: a slot at 00:00 opens for check-in at 23:30 the day before. */
static void test_check_in_across_midnight(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    h.hours[0] = (booking_hours_t){0, 60};
    h.hours[1] = (booking_hours_t){60, 120};
    booking_day_t tue;
    fx_day(&h, &tue, "dukcapil/ktp", "2026-12-08");
    const booking_t *b = fx_book(&h, &tue, fx_at("2026-12-08", 0, 0), 1);
    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, b->code, fx_at(MONDAY, 23, 29), 1, &ci),
                     BOOKING_TOO_EARLY);
    assert_int_equal(booking_ledger_check_in(h.ledger, b->code, fx_at(MONDAY, 23, 30), 1, &ci),
                     BOOKING_OK);
    fx_hall_close(&h);
}

/* 4: cancel frees the place, once; not a pending, checked-in or missed
 * booking. */
static void test_cancel(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    int64_t eight = fx_at(MONDAY, 8, 0);
    const booking_t *a = fx_book(&h, &day, eight, 1);
    const booking_t *in = fx_book(&h, &day, eight, 2);
    const booking_t *pending, *out;
    assert_int_equal(fx_reserve(&h, &day, eight, 3, true, &pending), BOOKING_OK);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 0);

    assert_int_equal(booking_ledger_cancel(h.ledger, pending->id, h.now, &out), BOOKING_ESTATE);
    assert_null(out);
    assert_int_equal(booking_ledger_cancel(h.ledger, 999, h.now, &out), BOOKING_NOT_FOUND);
    h.now = fx_at(MONDAY, 7, 0);
    assert_int_equal(booking_ledger_cancel(h.ledger, a->id, h.now, &out), BOOKING_OK);
    assert_ptr_equal(out, a);
    assert_int_equal(a->status, BOOKING_STATUS_CANCELLED);
    assert_int_equal(a->updated_ms, h.now);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 1);
    assert_int_equal(booking_ledger_cancel(h.ledger, a->id, h.now, &out), BOOKING_CANCELLED);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 1);

    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, in->code, eight, 5, &ci), BOOKING_OK);
    assert_int_equal(booking_ledger_cancel(h.ledger, in->id, eight, NULL), BOOKING_ALREADY);
    fx_hall_close(&h);
}

/* 5: the sweep marks missed what is still booked once its window closed:
 * not at 08:15:00.000, at 08:15:00.001; not checked-in, cancelled or
 * pending bookings. A missed place is not sold again; the person may book
 * again. */
static void test_sweep_missed(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    int64_t eight = fx_at(MONDAY, 8, 0), nine = fx_at(MONDAY, 9, 0);
    const booking_t *in = fx_book(&h, &day, eight, 1);
    const booking_t *gone = fx_book(&h, &day, eight, 2);
    const booking_t *late = fx_book(&h, &day, eight, 3);
    assert_int_equal(booking_ledger_cancel(h.ledger, gone->id, h.now, NULL), BOOKING_OK);
    const booking_t *pending, *later = fx_book(&h, &day, nine, 5);
    assert_int_equal(fx_reserve(&h, &day, eight, 4, true, &pending), BOOKING_OK);
    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, in->code, eight, 1, &ci), BOOKING_OK);

    seen_t seen = {.n = 0};
    int64_t closes = fx_at(MONDAY, 8, 15);
    assert_int_equal(booking_ledger_sweep_missed(h.ledger, closes, see, &seen), 0);
    assert_int_equal(booking_ledger_sweep_missed(h.ledger, closes + 1, see, &seen), 1);
    assert_int_equal(seen.n, 1);
    assert_ptr_equal(seen.b[0], late);
    assert_int_equal(late->status, BOOKING_STATUS_MISSED);
    assert_int_equal(late->updated_ms, closes + 1);
    assert_int_equal(pending->status, BOOKING_STATUS_BOOKED);
    assert_int_equal(in->status, BOOKING_STATUS_CHECKED_IN);
    assert_int_equal(booking_ledger_sweep_missed(h.ledger, closes + 1, NULL, NULL), 0);

    /* the missed place stays taken; its person books again that day */
    assert_int_equal(booking_ledger_rollback(h.ledger, pending->id), BOOKING_OK);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 1); /* in + late */
    h.now = closes + 1;
    fx_book(&h, &day, fx_at(MONDAY, 10, 0), 3);
    assert_int_equal(booking_ledger_check_in(h.ledger, late->code, closes + 1, 1, &ci),
                     BOOKING_TOO_LATE);
    assert_int_equal(booking_ledger_cancel(h.ledger, late->id, h.now, NULL), BOOKING_TOO_LATE);

    assert_int_equal(booking_ledger_sweep_missed(h.ledger, fx_at(MONDAY, 9, 15) + 1, see, &seen),
                     1);
    assert_ptr_equal(seen.b[1], later);
    booking_counts_t c;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &c);
    assert_int_equal(c.status[BOOKING_STATUS_MISSED], 2);
    assert_int_equal(c.status[BOOKING_STATUS_CHECKED_IN], 1);
    assert_int_equal(c.status[BOOKING_STATUS_CANCELLED], 1);
    assert_int_equal(c.status[BOOKING_STATUS_BOOKED], 1);
    assert_int_equal(c.held, 4);
    assert_int_equal(c.total, 5);
    fx_hall_close(&h);
}

/* Whether the record of b holds the bytes of text. */
static bool record_holds(const booking_t *b, const char *text)
{
    uint8_t buf[BOOKING_RECORD_MAX];
    size_t len;
    assert_int_equal(booking_record_encode(b, buf, sizeof buf, &len), BOOKING_OK);
    size_t n = strlen(text);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(buf + i, text, n) == 0)
            return true;
    return false;
}

/* 6: after the cut-off, name, phone and NIK are gone from memory and from
 * the records the store rewrites, to the byte; statuses and counts stay. A
 * slot ending exactly at the cut-off keeps its data. */
static void test_erase_personal(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t mon, tue;
    fx_day(&h, &mon, "dukcapil/ktp", MONDAY);
    fx_day(&h, &tue, "dukcapil/ktp", "2026-12-08");
    const booking_t *a = fx_book(&h, &mon, fx_at(MONDAY, 8, 0), 1);
    const booking_t *b = fx_book(&h, &mon, fx_at(MONDAY, 8, 0), 2);
    const booking_t *last = fx_book(&h, &mon, fx_at(MONDAY, 14, 30), 3);
    const booking_t *next = fx_book(&h, &tue, fx_at("2026-12-08", 8, 0), 4);
    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, fx_at(MONDAY, 8, 0), 1, &ci),
                     BOOKING_OK);
    assert_true(record_holds(a, "Sarah Rahayu"));
    assert_true(record_holds(a, "8123000001"));
    assert_true(record_holds(a, "3303010101900002"));
    booking_counts_t before, after;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &before);

    seen_t seen = {.n = 0};
    int64_t three = fx_at(MONDAY, 15, 0), later = fx_at("2027-01-07", 1, 0);
    assert_int_equal(booking_ledger_erase_personal(h.ledger, three, later, see, &seen), 2);
    assert_int_equal(seen.n, 2);
    const booking_t *erased[] = {a, b};
    for (int i = 0; i < 2; i++) {
        const booking_t *e = erased[i];
        assert_true(e->erased);
        assert_string_equal(e->name, "");
        assert_string_equal(e->phone, "");
        assert_string_equal(e->nik, "");
        assert_int_equal(e->updated_ms, later);
        for (size_t k = 0; k < sizeof e->name; k++)
            assert_int_equal(e->name[k], 0); /* not a byte left behind */
        assert_false(record_holds(e, "Sarah"));
        assert_false(record_holds(e, "Rahayu"));
        assert_false(record_holds(e, "+62"));
        assert_false(record_holds(e, "812300000"));
        assert_false(record_holds(e, "33030101"));
    }
    assert_int_equal(a->status, BOOKING_STATUS_CHECKED_IN);
    assert_false(last->erased); /* ends exactly at the cut-off */
    assert_false(next->erased);
    assert_true(record_holds(last, "Sarah Rahayu"));
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &after);
    assert_memory_equal(&before, &after, sizeof before);

    assert_int_equal(booking_ledger_erase_personal(h.ledger, three, later, NULL, NULL), 0);
    assert_int_equal(booking_ledger_erase_personal(h.ledger, three + 1, later, see, &seen), 1);
    assert_ptr_equal(seen.b[2], last);
    /* a booking still booked when erased is swept as usual */
    assert_int_equal(booking_ledger_sweep_missed(h.ledger, later, NULL, NULL), 3);
    assert_int_equal(last->status, BOOKING_STATUS_MISSED);
    fx_hall_close(&h);
}

static void count_visit(void *ctx, const booking_t *b)
{
    uint64_t *ids = ctx;
    ids[ids[0]++ + 1] = b->id;
}

/* 7: a service-day's bookings are walked in the order they were made. */
static void test_each_in_order(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day, other;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    fx_day(&h, &other, "dukcapil/kk", MONDAY);
    for (int i = 0; i < 6; i++)
        fx_book(&h, i % 2 ? &other : &day, day.slots[5 - i].start_ms, i);
    uint64_t ids[8] = {0};
    assert_int_equal(
        booking_ledger_each(h.ledger, "dukcapil/ktp", fx_date(MONDAY), count_visit, ids), 3);
    assert_true(ids[0] == 3 && ids[1] == 1 && ids[2] == 3 && ids[3] == 5);
    assert_int_equal(
        booking_ledger_each(h.ledger, "dukcapil/ktp", fx_date("2026-12-08"), count_visit, ids), 0);
    char longname[BOOKING_SERVICE_MAX + 8];
    memset(longname, 'x', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    booking_counts_t c;
    booking_ledger_counts(h.ledger, longname, fx_date(MONDAY), &c);
    assert_int_equal(c.total, 0);
    fx_hall_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_in_window_edges),
        cmocka_unit_test(test_check_in_refusals),
        cmocka_unit_test(test_check_in_across_midnight),
        cmocka_unit_test(test_cancel),
        cmocka_unit_test(test_sweep_missed),
        cmocka_unit_test(test_erase_personal),
        cmocka_unit_test(test_each_in_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
