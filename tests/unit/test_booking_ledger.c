/*
 * test_booking_ledger.c - making bookings: a slot's capacity is never
 * exceeded however reservations and rollbacks interleave, one booking per
 * phone and per NIK per service and day, the cap per phone and day, the
 * walk-in share, every refusal leaving the ledger as it was, unique codes
 * over 5,000 bookings of a day (and a retry on a drawn collision), the
 * ledger rebuilt from its records, and a rush of 20,000 reservations.
 */
#include "test_booking_fixture.h"

#include <ctype.h>
#include <stdlib.h>
#include <time.h>

#include "booking/code.h"
#include "booking/person.h"
#include "booking/record.h"

#define MONDAY "2026-12-07"

/* 1: a reservation is pending, complete, and found every way. */
static void test_reserve_and_find(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    assert_int_equal(day.n_slots, 12);
    const booking_slot_t *s = &day.slots[3]; /* 09:30 */
    assert_int_equal(booking_ledger_left(h.ledger, &day, s), 3);

    const booking_t *b;
    assert_int_equal(fx_reserve(&h, &day, s->start_ms, 1, true, &b), BOOKING_OK);
    assert_true(b->id == 1);
    assert_string_equal(b->service, "dukcapil/ktp");
    assert_int_equal(b->date, fx_date(MONDAY));
    assert_int_equal(b->start_ms, fx_at(MONDAY, 9, 30));
    assert_int_equal(b->end_ms, fx_at(MONDAY, 10, 0));
    assert_int_equal(b->status, BOOKING_STATUS_BOOKED);
    assert_string_equal(b->phone, "+628123000001");
    assert_string_equal(b->nik, "3303010101900002");
    assert_string_equal(b->name, "Sarah Rahayu");
    assert_int_equal(b->created_ms, h.now);
    assert_int_equal(b->checkin_before_min, 30);
    assert_int_equal(b->checkin_after_min, 15);
    assert_true(b->ticket_id == 0);
    char norm[BOOKING_CODE_MAX];
    assert_int_equal(booking_code_normalize(b->code, norm), BOOKING_OK);
    assert_string_equal(norm, b->code);
    assert_true(booking_token_valid(b->token));
    assert_int_equal(booking_ledger_left(h.ledger, &day, s), 2);

    assert_ptr_equal(booking_ledger_by_id(h.ledger, b->id), b);
    assert_ptr_equal(booking_ledger_by_token(h.ledger, b->token), b);
    char typed[16] = "bk ";
    for (int k = 3; k < 7; k++)
        typed[k] = (char)tolower((unsigned char)b->code[k]);
    assert_ptr_equal(booking_ledger_by_code(h.ledger, b->date, typed), b);
    assert_null(booking_ledger_by_code(h.ledger, b->date + 1, b->code));
    assert_null(booking_ledger_by_token(h.ledger, "00000000000000000000000000000000"));
    assert_null(booking_ledger_by_id(h.ledger, 2));

    /* confirmed once; a durable booking is never rolled back */
    assert_int_equal(booking_ledger_confirm(h.ledger, b->id), BOOKING_OK);
    assert_int_equal(booking_ledger_confirm(h.ledger, b->id), BOOKING_ESTATE);
    assert_int_equal(booking_ledger_rollback(h.ledger, b->id), BOOKING_ESTATE);
    assert_int_equal(booking_ledger_rollback(h.ledger, 99), BOOKING_NOT_FOUND);
    assert_int_equal(booking_ledger_confirm(h.ledger, 99), BOOKING_NOT_FOUND);
    assert_int_equal(booking_ledger_size(h.ledger), 1);
    fx_hall_close(&h);
}

/* 2: 3,000 reservations at random slots with rollbacks and confirmations
 * in random rounds: after every step each slot holds what the model says,
 * never more than its capacity, and a full slot refuses. */
static void test_capacity_never_exceeded(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    int held[12] = {0};
    struct {
        uint64_t id;
        int slot;
    } pending[64];
    size_t n_pending = 0, refused = 0;
    for (int i = 0; i < 3000; i++) {
        int s = (int)(fx_next(&h.rng) % day.n_slots);
        const booking_t *b;
        int rc = fx_reserve(&h, &day, day.slots[s].start_ms, i, i % 2, &b);
        if (held[s] < 3) {
            assert_int_equal(rc, BOOKING_OK);
            held[s]++;
            pending[n_pending].id = b->id;
            pending[n_pending++].slot = s;
        } else {
            assert_int_equal(rc, BOOKING_SLOT_FULL);
            assert_null(b);
            refused++;
        }
        if (fx_next(&h.rng) % 4 == 0 || n_pending == 64) { /* a commit round ends */
            bool failed = fx_next(&h.rng) % 2;
            for (size_t k = 0; k < n_pending; k++) {
                if (failed) {
                    assert_int_equal(booking_ledger_rollback(h.ledger, pending[k].id), BOOKING_OK);
                    held[pending[k].slot]--;
                } else {
                    assert_int_equal(booking_ledger_confirm(h.ledger, pending[k].id), BOOKING_OK);
                }
            }
            n_pending = 0;
        }
        for (size_t k = 0; k < day.n_slots; k++)
            assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[k]), 3 - held[k]);
    }
    assert_true(refused > 2000);
    booking_counts_t c;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &c);
    int total = 0;
    for (size_t k = 0; k < day.n_slots; k++)
        total += held[k];
    assert_int_equal(c.held, total);
    assert_int_equal(c.status[BOOKING_STATUS_BOOKED], total);
    assert_int_equal(c.total, total);
    assert_int_equal(booking_ledger_size(h.ledger), (size_t)total);
    fx_hall_close(&h);
}

/* 3: a whole day reserved in one round whose commit fails: every place,
 * code and person comes back. */
static void test_round_rolled_back(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    uint64_t ids[36];
    for (int i = 0; i < 36; i++) {
        const booking_t *b;
        assert_int_equal(fx_reserve(&h, &day, day.slots[i / 3].start_ms, i, true, &b), BOOKING_OK);
        ids[i] = b->id;
    }
    for (size_t k = 0; k < day.n_slots; k++)
        assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[k]), 0);
    assert_int_equal(fx_reserve(&h, &day, day.slots[5].start_ms, 99, false, NULL),
                     BOOKING_SLOT_FULL);
    for (int i = 35; i >= 0; i -= 2) /* in any order */
        assert_int_equal(booking_ledger_rollback(h.ledger, ids[i]), BOOKING_OK);
    for (int i = 0; i < 36; i += 2)
        assert_int_equal(booking_ledger_rollback(h.ledger, ids[i]), BOOKING_OK);
    assert_int_equal(booking_ledger_size(h.ledger), 0);
    for (size_t k = 0; k < day.n_slots; k++)
        assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[k]), 3);
    booking_counts_t c;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &c);
    assert_int_equal(c.total, 0);
    assert_int_equal(c.held, 0);
    /* the same people book again; ids are not reused */
    const booking_t *b = fx_book(&h, &day, day.slots[0].start_ms, 0);
    assert_true(b->id == 37);
    fx_hall_close(&h);
}

/* 4: one active booking per phone, and per NIK, per service and day. */
static void test_duplicates(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t ktp, kk, paspor, ktp_tue;
    fx_day(&h, &ktp, "dukcapil/ktp", MONDAY);
    fx_day(&h, &kk, "dukcapil/kk", MONDAY);
    fx_day(&h, &paspor, "imigrasi/paspor", MONDAY);
    fx_day(&h, &ktp_tue, "dukcapil/ktp", "2026-12-08");
    int64_t nine = fx_at(MONDAY, 9, 0), ten = fx_at(MONDAY, 10, 0);

    const booking_t *first = fx_book(&h, &ktp, nine, 1);
    assert_int_equal(fx_reserve(&h, &ktp, ten, 1, false, NULL), BOOKING_DUPLICATE);
    assert_int_equal(fx_reserve(&h, &ktp, nine, 1, true, NULL), BOOKING_DUPLICATE);
    fx_book(&h, &kk, ten, 1);                            /* another service */
    fx_book(&h, &ktp_tue, fx_at("2026-12-08", 9, 0), 1); /* another day */

    /* NIK 1 with phone 2: the same person on another phone */
    char phone2[BOOKING_PHONE_MAX], nik1[BOOKING_NIK_MAX];
    fx_phone(phone2, 2);
    fx_nik(nik1, 1);
    booking_request_t req = {ten, phone2, nik1, "Sarah Rahayu", false};
    const booking_t *b;
    assert_int_equal(booking_ledger_reserve(h.ledger, &ktp, &req, h.now, &b), BOOKING_DUPLICATE);
    assert_int_equal(booking_ledger_reserve(h.ledger, &kk, &req, h.now, &b), BOOKING_DUPLICATE);
    assert_int_equal(booking_ledger_reserve(h.ledger, &paspor, &req, h.now, &b), BOOKING_OK);
    req.nik = "";
    assert_int_equal(booking_ledger_reserve(h.ledger, &ktp, &req, h.now, &b), BOOKING_OK);

    /* cancelled frees the person's day */
    assert_int_equal(booking_ledger_cancel(h.ledger, first->id, h.now, NULL), BOOKING_OK);
    fx_book(&h, &ktp, ten, 1);

    /* a pending booking already holds it; its rollback gives it back */
    assert_int_equal(fx_reserve(&h, &ktp, nine, 5, true, &b), BOOKING_OK);
    uint64_t id = b->id;
    assert_int_equal(fx_reserve(&h, &ktp, ten, 5, false, NULL), BOOKING_DUPLICATE);
    assert_int_equal(booking_ledger_rollback(h.ledger, id), BOOKING_OK);
    assert_int_equal(fx_reserve(&h, &ktp, ten, 5, true, NULL), BOOKING_OK);
    fx_hall_close(&h);
}

/* 5: at most 2 active bookings per phone and date over every service. */
static void test_phone_cap(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 2);
    booking_day_t ktp, kk, paspor, paspor_tue;
    fx_day(&h, &ktp, "dukcapil/ktp", MONDAY);
    fx_day(&h, &kk, "dukcapil/kk", MONDAY);
    fx_day(&h, &paspor, "imigrasi/paspor", MONDAY);
    fx_day(&h, &paspor_tue, "imigrasi/paspor", "2026-12-08");
    int64_t nine = fx_at(MONDAY, 9, 0);
    fx_book(&h, &ktp, nine, 1);
    const booking_t *kk1 = fx_book(&h, &kk, nine, 1);
    assert_int_equal(fx_reserve(&h, &paspor, nine, 1, false, NULL), BOOKING_PHONE_CAP);
    assert_int_equal(fx_reserve(&h, &ktp, nine, 1, false, NULL), BOOKING_DUPLICATE);
    fx_book(&h, &paspor_tue, fx_at("2026-12-08", 9, 0), 1);
    fx_book(&h, &paspor, nine, 2); /* another phone */
    assert_int_equal(booking_ledger_cancel(h.ledger, kk1->id, h.now, NULL), BOOKING_OK);
    fx_book(&h, &paspor, nine, 1);
    fx_hall_close(&h);
}

/* 6: quota 10 with 30% for walk-ins: 7 bookable, whatever the slots
 * still have; a cancellation gives one back. */
static void test_walkin_share(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    h.rules.daily_quota = 10;
    h.rules.walkin_share = 30;
    h.rules.capacity = 5;
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    assert_int_equal(day.bookable, 7);
    const booking_t *last = NULL;
    for (int i = 0; i < 7; i++)
        last = fx_book(&h, &day, day.slots[i / 5].start_ms, i);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 0);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[1]), 0); /* 2 of 5 held */
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[2]), 0);
    assert_int_equal(fx_reserve(&h, &day, day.slots[2].start_ms, 7, false, NULL), BOOKING_DAY_FULL);
    assert_int_equal(booking_ledger_cancel(h.ledger, last->id, h.now, NULL), BOOKING_OK);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[1]), 1);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[2]), 1);
    fx_book(&h, &day, day.slots[2].start_ms, 7);
    assert_int_equal(fx_reserve(&h, &day, day.slots[3].start_ms, 8, false, NULL), BOOKING_DAY_FULL);

    /* 100% for walk-ins: nothing to book */
    h.rules.walkin_share = 100;
    fx_day(&h, &day, "dukcapil/kk", MONDAY);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 0);
    assert_int_equal(fx_reserve(&h, &day, day.slots[0].start_ms, 1, false, NULL), BOOKING_DAY_FULL);
    fx_hall_close(&h);
}

/* 7: every refusal, each leaving the ledger as it was. */
static void test_refusals_change_nothing(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day, friday, holiday, sunday, next_fri, next_sat;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    fx_day(&h, &friday, "dukcapil/ktp", "2026-12-04");
    fx_day(&h, &holiday, "dukcapil/ktp", "2026-12-25");
    fx_day(&h, &sunday, "dukcapil/ktp", "2026-12-06");
    fx_day(&h, &next_fri, "dukcapil/ktp", "2026-12-11");
    fx_day(&h, &next_sat, "dukcapil/ktp", "2026-12-12");
    assert_int_equal(holiday.n_slots, 0);
    assert_int_equal(sunday.n_slots, 0);
    int64_t nine = fx_at(MONDAY, 9, 0);

    assert_int_equal(fx_reserve(&h, &holiday, fx_at("2026-12-25", 9, 0), 1, false, NULL),
                     BOOKING_NOT_OPEN);
    assert_int_equal(fx_reserve(&h, &sunday, fx_at("2026-12-06", 9, 0), 1, false, NULL),
                     BOOKING_NOT_OPEN);
    assert_int_equal(fx_reserve(&h, &day, nine + FX_MIN, 1, false, NULL), BOOKING_BAD_SLOT);
    assert_int_equal(fx_reserve(&h, &day, fx_at(MONDAY, 12, 0), 1, false, NULL),
                     BOOKING_BAD_SLOT); /* the break */
    assert_int_equal(fx_reserve(&h, &day, fx_at("2026-12-08", 9, 0), 1, false, NULL),
                     BOOKING_BAD_SLOT); /* another day's slot */
    assert_int_equal(fx_reserve(&h, &friday, fx_at("2026-12-04", 10, 0), 1, false, NULL),
                     BOOKING_PAST); /* starts now */
    assert_int_equal(fx_reserve(&h, &friday, fx_at("2026-12-04", 8, 0), 1, false, NULL),
                     BOOKING_PAST);
    assert_int_equal(fx_reserve(&h, &next_sat, fx_at("2026-12-12", 9, 0), 1, false, NULL),
                     BOOKING_TOO_FAR);

    char phone[BOOKING_PHONE_MAX];
    fx_phone(phone, 1);
    booking_request_t bad[] = {
        {nine, "081234567890", NULL, "Sarah", false}, /* not normalised */
        {nine, phone, "12345", "Sarah", false},       /* NIK */
        {nine, phone, NULL, "", false},               /* name */
        {nine, phone, NULL, "Sarah\nRahayu", false},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const booking_t *b = (const booking_t *)1;
        assert_int_equal(booking_ledger_reserve(h.ledger, &day, &bad[i], h.now, &b),
                         BOOKING_EINVAL);
        assert_null(b);
    }
    assert_int_equal(booking_ledger_size(h.ledger), 0);
    assert_int_equal(h.rng.calls, 0); /* not even a code drawn */

    /* the edges that pass: a slot a minute from now, the last day ahead */
    h.now = fx_at("2026-12-04", 10, 29);
    fx_book(&h, &friday, fx_at("2026-12-04", 10, 30), 1);
    fx_book(&h, &next_fri, fx_at("2026-12-11", 14, 30), 1);
    h.rules.days_ahead = 0;
    booking_day_t tomorrow;
    fx_day(&h, &tomorrow, "dukcapil/kk", "2026-12-05");
    assert_int_equal(fx_reserve(&h, &tomorrow, fx_at("2026-12-05", 9, 0), 1, false, NULL),
                     BOOKING_TOO_FAR);
    fx_hall_close(&h);
}

/* 8: no randomness, no booking. */
static void test_no_random_no_booking(void **state)
{
    (void)state;
    fx_script_t empty = {NULL, 0, 0};
    booking_ledger_opts_t opts = {FX_JAKARTA, 0, {fx_script_fill, &empty}};
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_ledger_free(h.ledger);
    h.ledger = booking_ledger_new(&opts);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    assert_int_equal(fx_reserve(&h, &day, day.slots[0].start_ms, 1, true, NULL), BOOKING_ERANDOM);
    assert_int_equal(booking_ledger_size(h.ledger), 0);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 3);

    opts.random.fill = NULL;
    assert_null(booking_ledger_new(&opts));
    opts.random.fill = fx_script_fill;
    opts.phone_cap = -1;
    assert_null(booking_ledger_new(&opts));
    opts.phone_cap = 0;
    opts.utc_offset_min = 15 * 60;
    assert_null(booking_ledger_new(&opts));
    assert_null(booking_ledger_new(NULL));
    booking_ledger_free(NULL);
    fx_hall_close(&h);
}

static int compare_text(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

/* 9: 5,000 bookings in one day have 5,000 codes and tokens, each finding
 * its booking. */
static void test_codes_unique_in_day(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    h.rules.capacity = 1000;
    booking_day_t ktp, kk;
    fx_day(&h, &ktp, "dukcapil/ktp", MONDAY);
    fx_day(&h, &kk, "dukcapil/kk", MONDAY);
    enum { N = 5000 };
    static char codes[N][BOOKING_CODE_MAX], tokens[N][BOOKING_TOKEN_MAX];
    for (int i = 0; i < N; i++) {
        const booking_day_t *day = i % 2 ? &ktp : &kk; /* one day, two services */
        const booking_t *b = fx_book(&h, day, day->slots[i % 12].start_ms, i);
        memcpy(codes[i], b->code, sizeof codes[i]);
        memcpy(tokens[i], b->token, sizeof tokens[i]);
        assert_ptr_equal(booking_ledger_by_code(h.ledger, b->date, b->code), b);
    }
    qsort(codes, N, sizeof codes[0], compare_text);
    qsort(tokens, N, sizeof tokens[0], compare_text);
    for (int i = 1; i < N; i++) {
        assert_string_not_equal(codes[i - 1], codes[i]);
        assert_string_not_equal(tokens[i - 1], tokens[i]);
    }
    for (int i = 0; i < N; i++)
        assert_non_null(booking_ledger_by_token(h.ledger, tokens[i]));
    fx_hall_close(&h);
}

/* Copies n bytes to p, or sets them to `fill` when bytes is NULL;
 * returns the end. */
static unsigned char *append(unsigned char *p, const unsigned char *bytes, int fill, size_t n)
{
    if (bytes)
        memcpy(p, bytes, n);
    else
        memset(p, fill, n);
    return p + n;
}

/* 10: a drawn code the day already has is drawn again; a source that
 * keeps drawing it gives up rather than loop, and takes nothing. */
static void test_code_collision(void **state)
{
    (void)state;
    static unsigned char script[8 * 64 + 16 * 3];
    unsigned char *p = script;
    const unsigned char x[8] = {0, 1, 2, 3, 0, 0, 0, 0}, y[8] = {4, 5, 6, 7, 0, 0, 0, 0};
    p = append(p, x, 0, 8); /* booking 1: BK-2345 */
    p = append(p, NULL, 0xaa, 16);
    p = append(p, x, 0, 8); /* booking 2: BK-2345 again, */
    p = append(p, y, 0, 8); /*            then BK-6789 */
    p = append(p, NULL, 0xbb, 16);
    for (int i = 0; i < 40; i++)
        p = append(p, x, 0, 8); /* booking 3: only ever BK-2345 */
    fx_script_t s = {script, (size_t)(p - script), 0};
    booking_ledger_opts_t opts = {FX_JAKARTA, 0, {fx_script_fill, &s}};
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_ledger_free(h.ledger);
    h.ledger = booking_ledger_new(&opts);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    const booking_t *b1 = fx_book(&h, &day, day.slots[0].start_ms, 1);
    const booking_t *b2 = fx_book(&h, &day, day.slots[0].start_ms, 2);
    assert_string_equal(b1->code, "BK-2345");
    assert_string_equal(b2->code, "BK-6789");
    assert_string_equal(b2->token, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    assert_int_equal(fx_reserve(&h, &day, day.slots[0].start_ms, 3, true, NULL), BOOKING_ERANDOM);
    assert_int_equal(booking_ledger_left(h.ledger, &day, &day.slots[0]), 1);
    assert_int_equal(booking_ledger_size(h.ledger), 2);
    fx_hall_close(&h);
}

typedef struct records {
    uint8_t bytes[64][BOOKING_RECORD_MAX];
    size_t len[64], n;
} records_t;

static void keep_record(void *ctx, const booking_t *b)
{
    records_t *r = ctx;
    assert_int_equal(booking_record_encode(b, r->bytes[r->n], BOOKING_RECORD_MAX, &r->len[r->n]),
                     BOOKING_OK);
    r->n++;
}

/* 11: the ledger rebuilt from its stored records holds the same bookings,
 * counts and people, and goes on numbering after them. */
static void test_restore(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    booking_day_t day;
    fx_day(&h, &day, "dukcapil/ktp", MONDAY);
    const booking_t *a = fx_book(&h, &day, day.slots[0].start_ms, 1);
    const booking_t *c = fx_book(&h, &day, day.slots[0].start_ms, 2);
    fx_book(&h, &day, day.slots[1].start_ms, 3);
    assert_int_equal(booking_ledger_cancel(h.ledger, c->id, h.now, NULL), BOOKING_OK);
    h.now = fx_at(MONDAY, 7, 45);
    booking_checkin_t ci;
    assert_int_equal(booking_ledger_check_in(h.ledger, a->code, h.now, 555, &ci), BOOKING_OK);

    static records_t rec;
    rec.n = 0;
    assert_int_equal(
        booking_ledger_each(h.ledger, "dukcapil/ktp", fx_date(MONDAY), keep_record, &rec), 3);
    booking_counts_t before, after;
    booking_ledger_counts(h.ledger, "dukcapil/ktp", fx_date(MONDAY), &before);

    fx_rng_t g;
    booking_ledger_opts_t opts = {FX_JAKARTA, 0, fx_random(&g, 2)};
    booking_ledger_t *again = booking_ledger_new(&opts);
    for (size_t i = 0; i < rec.n; i++) {
        booking_t b;
        assert_int_equal(booking_record_decode(rec.bytes[i], rec.len[i], &b), BOOKING_OK);
        assert_int_equal(booking_ledger_restore(again, &b), BOOKING_OK);
        assert_int_equal(booking_ledger_restore(again, &b), BOOKING_EEXIST);
        fx_assert_same(booking_ledger_by_token(again, b.token), &b);
    }
    booking_ledger_counts(again, "dukcapil/ktp", fx_date(MONDAY), &after);
    assert_memory_equal(&before, &after, sizeof before);
    assert_int_equal(booking_ledger_left(again, &day, &day.slots[0]), 2);
    assert_true(booking_ledger_by_code(again, fx_date(MONDAY), a->code)->ticket_id == 555);

    /* the checked-in citizen still holds the day; the cancelled one not */
    booking_ledger_t *mine = h.ledger;
    h.ledger = again;
    assert_int_equal(fx_reserve(&h, &day, day.slots[2].start_ms, 1, false, NULL),
                     BOOKING_DUPLICATE);
    const booking_t *b = fx_book(&h, &day, day.slots[2].start_ms, 2);
    assert_true(b->id == 4);
    h.ledger = mine;

    booking_t bad = *b;
    bad.id = 0;
    assert_int_equal(booking_ledger_restore(again, &bad), BOOKING_EINVAL);
    bad = *b;
    bad.id = 77;
    assert_int_equal(booking_ledger_restore(again, &bad), BOOKING_EEXIST); /* its token */
    booking_ledger_free(again);
    fx_hall_close(&h);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* 12: a rush: 20,000 reservations that fit (two days of 12,000 places),
 * then 20,000 more refused as the slots fill. Timed, not only counted: a
 * second of the hall's loop must hold far more than 20,000 attempts, even
 * in this sanitized build. */
static void test_rush(void **state)
{
    (void)state;
    fx_hall_t h;
    fx_hall_open(&h, 0);
    h.rules.capacity = 1000;
    booking_day_t mon, tue;
    fx_day(&h, &mon, "dukcapil/ktp", MONDAY);
    fx_day(&h, &tue, "dukcapil/ktp", "2026-12-08");
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < 20000; i++) {
        const booking_day_t *d = i % 2 ? &tue : &mon;
        const booking_t *b;
        int64_t start = d->slots[i / 2 % 12].start_ms;
        assert_int_equal(fx_reserve(&h, d, start, i, true, &b), BOOKING_OK);
        booking_ledger_confirm(h.ledger, b->id);
    }
    double made = seconds_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t ok = 0;
    for (int i = 20000; i < 40000; i++) {
        int rc = fx_reserve(&h, &mon, mon.slots[i % 12].start_ms, i, false, NULL);
        assert_true(rc == BOOKING_OK || rc == BOOKING_SLOT_FULL);
        ok += rc == BOOKING_OK;
    }
    double refused = seconds_since(&t0);
    assert_int_equal(ok, 2000);
    print_message("20,000 reservations in %.3f s; 20,000 more (%zu accepted) in %.3f s\n", made, ok,
                  refused);
    assert_true(made < 2.0 && refused < 2.0);
    fx_hall_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reserve_and_find),
        cmocka_unit_test(test_capacity_never_exceeded),
        cmocka_unit_test(test_round_rolled_back),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_phone_cap),
        cmocka_unit_test(test_walkin_share),
        cmocka_unit_test(test_refusals_change_nothing),
        cmocka_unit_test(test_no_random_no_booking),
        cmocka_unit_test(test_codes_unique_in_day),
        cmocka_unit_test(test_code_collision),
        cmocka_unit_test(test_restore),
        cmocka_unit_test(test_rush),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
