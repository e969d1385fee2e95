/*
 * test_booking_nomem.c - out of memory at every allocation a reservation,
 * a restore or a calendar entry makes: each fails with BOOKING_ENOMEM and
 * leaves the ledger as it was (the same places, the same people, no leak:
 * LeakSanitizer checks at exit), and the same request succeeds afterwards.
 * Changes of status allocate nothing, so they cannot fail this way.
 *
 * The library's malloc, calloc and realloc are wrapped at link time
 * (-Wl,--wrap, CMakeLists.txt); the wrappers fail the fail_at-th call
 * while armed.
 */
#define FX_WRAP_ALLOC
#include "test_booking_fixture.h"

#include "booking/record.h"

/* Everything a failed call must leave as it was. */
typedef struct snapshot {
    size_t size;
    booking_counts_t counts;
    int left;
} snapshot_t;

static snapshot_t snap(fx_hall_t *h, const booking_day_t *day)
{
    snapshot_t s;
    memset(&s, 0, sizeof s);
    s.size = booking_ledger_size(h->ledger);
    booking_ledger_counts(h->ledger, day->service, day->date, &s.counts);
    s.left = booking_ledger_left(h->ledger, day, &day->slots[0]);
    return s;
}

/* 1: with 0 to 40 bookings already held (so every index grows at some
 * point), each allocation of a reservation fails in turn. */
static void test_reserve_out_of_memory(void **state)
{
    (void)state;
    long failures = 0;
    for (int held = 0; held <= 40; held++) {
        for (long k = 0;; k++) {
            fx_hall_t h;
            fx_hall_open(&h, 0);
            h.rules.capacity = 100;
            booking_day_t mon, tue;
            fx_day(&h, &mon, "dukcapil/ktp", "2026-12-07");
            fx_day(&h, &tue, "dukcapil/kk", "2026-12-08");
            for (int i = 0; i < held; i++)
                fx_book(&h, &mon, mon.slots[i % 12].start_ms, i);
            const booking_day_t *day = held % 2 ? &tue : &mon; /* a new day, or not */
            snapshot_t before = snap(&h, day);
            arm(k);
            int rc = fx_reserve(&h, day, day->slots[0].start_ms, 1000, true, NULL);
            armed = false;
            if (rc == BOOKING_OK) {
                fx_hall_close(&h);
                break;
            }
            failures++;
            assert_int_equal(rc, BOOKING_ENOMEM);
            snapshot_t after = snap(&h, day);
            assert_memory_equal(&before, &after, sizeof before);
            fx_book(&h, day, day->slots[0].start_ms, 1000); /* not a duplicate */
            fx_hall_close(&h);
        }
    }
    assert_true(failures > 100);
}

/* 2: restoring a record, each allocation failing in turn. */
static void test_restore_out_of_memory(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", "2026-12-07");
    booking_t rec = *fx_book(&h, &day, day.slots[0].start_ms, 1);
    fx_hall_close(&h);
    for (long k = 0;; k++) {
        fx_rng_t g;
        booking_ledger_opts_t opts = {FX_JAKARTA, 0, fx_random(&g, 3)};
        booking_ledger_t *l = booking_ledger_new(&opts);
        arm(k);
        int rc = booking_ledger_restore(l, &rec);
        armed = false;
        if (rc == BOOKING_OK) {
            assert_int_equal(booking_ledger_size(l), 1);
            booking_ledger_free(l);
            break;
        }
        assert_int_equal(rc, BOOKING_ENOMEM);
        assert_int_equal(booking_ledger_size(l), 0);
        assert_null(booking_ledger_by_token(l, rec.token));
        assert_int_equal(booking_ledger_restore(l, &rec), BOOKING_OK);
        booking_ledger_free(l);
    }
}

/* 3: a new ledger and a calendar entry, failing in turn. */
static void test_new_and_calendar_out_of_memory(void **state)
{
    (void)state;
    fx_rng_t g;
    booking_ledger_opts_t opts = {FX_JAKARTA, 0, fx_random(&g, 3)};
    arm(0);
    assert_null(booking_ledger_new(&opts));
    arm(0);
    assert_null(calendar_new());
    armed = false;
    calendar_t *cal = calendar_new();
    for (long k = 0;; k++) {
        arm(k);
        int rc = calendar_add(cal, fx_date("2026-08-17"), "Hari Kemerdekaan", "UU");
        armed = false;
        if (rc == BOOKING_OK)
            break;
        assert_int_equal(rc, BOOKING_ENOMEM);
        assert_int_equal(calendar_count(cal), 0);
    }
    assert_int_equal(calendar_count(cal), 1);
    calendar_free(cal);
}

/* 4: check-in, cancel, rollback, the sweeps and every look-up allocate
 * nothing. */
static void test_status_changes_do_not_allocate(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", "2026-12-07");
    int64_t eight = day.slots[0].start_ms;
    const booking_t *a = fx_book(&h, &day, eight, 1);
    const booking_t *b = fx_book(&h, &day, eight, 2);
    const booking_t *c = fx_book(&h, &day, day.slots[1].start_ms, 3);
    const booking_t *p;
    assert_int_equal(fx_reserve(&h, &day, day.slots[2].start_ms, 4, true, &p), BOOKING_OK);
    booking_checkin_t ci;
    booking_counts_t counts;
    arm(0);
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, eight, 1, &ci), BOOKING_OK);
    assert_int_equal(booking_ledger_cancel(h.ledger, b->id, eight, NULL), BOOKING_OK);
    assert_int_equal(booking_ledger_rollback(h.ledger, p->id), BOOKING_OK);
    assert_int_equal(booking_ledger_sweep_missed(h.ledger, eight + 86400000LL, NULL, NULL), 1);
    assert_int_equal(booking_ledger_erase_personal(h.ledger, eight + 86400000LL, eight, NULL, NULL),
                     3);
    assert_non_null(booking_ledger_by_token(h.ledger, c->token));
    assert_non_null(booking_ledger_by_code(h.ledger, c->date, c->code));
    booking_ledger_counts(h.ledger, "dukcapil/ktp", day.date, &counts);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[1]), 2);
    /* a refused reservation allocates nothing either */
    assert_int_equal(fx_reserve(&h, &day, eight + 1, 5, true, NULL), BOOKING_BAD_SLOT);
    armed = false;
    assert_int_equal(calls, 0);
    fx_hall_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reserve_out_of_memory),
        cmocka_unit_test(test_restore_out_of_memory),
        cmocka_unit_test(test_new_and_calendar_out_of_memory),
        cmocka_unit_test(test_status_changes_do_not_allocate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
