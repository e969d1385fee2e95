/*
 * test_notify_subs.c - the set of subscriptions by ticket id: every one
 * added is found, whatever is removed (one by one, from the middle, the
 * way the daily sweep walks the array) is gone and breaks no other's
 * lookup, with ids one after the other and ids a table's size apart;
 * a second add gives the phone anew and keeps the marks. A subscription's
 * record reads back as written, in each of its forms, and one that is
 * not a record is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/subs.h"
#include "test_common.h"

enum { N = 6000 };

/* The i-th ticket id: runs of neighbours, and ids 2^14 apart that share
 * their low bits. */
static uint64_t id_of(size_t i)
{
    return i % 3 == 0 ? 1000000 + (uint64_t)i * 16384 : 1000 + (uint64_t)i;
}

static void phone_of(size_t i, char out[NOTIFY_PHONE_MAX])
{
    snprintf(out, NOTIFY_PHONE_MAX, "+62812%08zu", i);
}

/* Every id below N is found (with its phone) exactly when gone[i] is false. */
static void expect_set(notify_subs_t *subs, const bool *gone)
{
    size_t live = 0;
    for (size_t i = 0; i < N; i++) {
        notify_sub_t *s = notify_subs_find(subs, id_of(i));
        if (gone[i]) {
            assert_null(s);
            continue;
        }
        live++;
        assert_non_null(s);
        assert_true(s->ticket == id_of(i));
        char phone[NOTIFY_PHONE_MAX];
        phone_of(i, phone);
        assert_string_equal(s->phone, phone);
    }
    assert_int_equal(notify_subs_count(subs), live);
}

static void test_add_find_remove(void **state)
{
    (void)state;
    static bool gone[N];
    memset(gone, 0, sizeof gone);
    notify_subs_t *subs = notify_subs_new();
    assert_non_null(subs);
    assert_null(notify_subs_find(subs, 1)); /* empty, no index yet */
    for (size_t i = 0; i < N; i++) {
        char phone[NOTIFY_PHONE_MAX];
        phone_of(i, phone);
        notify_sub_t *s;
        assert_int_equal(notify_subs_add(subs, id_of(i), (int64_t)i, phone, 0, &s), 0);
        assert_false(s->near || s->ended);
        assert_true(s->at == 0 && s->via == 0 && s->issued_ms == (int64_t)i);
    }
    expect_set(subs, gone);

    /* one in five, found by id */
    for (size_t i = 0; i < N; i += 5) {
        notify_subs_remove(subs, notify_subs_find(subs, id_of(i)));
        gone[i] = true;
    }
    expect_set(subs, gone);

    /* the sweep's walk: from the end of the array, the last moving in */
    for (size_t i = notify_subs_count(subs); i-- > 0;) {
        notify_sub_t *s = notify_subs_at(subs, i);
        if (s->issued_ms % 2 == 1) {
            gone[s->issued_ms] = true;
            notify_subs_remove(subs, s);
        }
    }
    expect_set(subs, gone);

    /* a second add: a new phone and booking, the marks and `at` kept */
    size_t k = 2; /* kept: even and not a multiple of five */
    notify_sub_t *s = notify_subs_find(subs, id_of(k));
    s->near = true;
    s->at = 77;
    s->via = 5;
    notify_sub_t *again;
    assert_int_equal(notify_subs_add(subs, id_of(k), 0, "+6281300000000", 9, &again), 0);
    assert_ptr_equal(again, s);
    assert_string_equal(again->phone, "+6281300000000");
    assert_true(again->booking == 9 && again->via == 0 && again->near && again->at == 77);
    assert_true(again->issued_ms == (int64_t)k);

    notify_subs_clear(subs);
    assert_int_equal(notify_subs_count(subs), 0);
    assert_null(notify_subs_find(subs, id_of(k)));
    notify_subs_free(subs);
    notify_subs_free(NULL);
}

/* Reads the record s from a copy of exactly its bytes (ASan sees a read
 * past them). */
static int sub_decode(const char *s, notify_sub_rec_t *rec)
{
    size_t len = strlen(s);
    char *copy = fx_exact_copy(s, len);
    int rc = notify_sub_decode(copy, len, rec);
    free(copy);
    return rc;
}

static void test_record(void **state)
{
    (void)state;
    const struct {
        notify_sub_t sub;
        const char *text;
    } cases[] = {
        {{.phone = "+6281234567890", .issued_ms = 1767495600123LL},
         "+6281234567890\t1767495600123"},
        {{.phone = "+6281234567890", .near = true, .ended = true, .issued_ms = 5},
         "+6281234567890\tnear\tended\t5"},
        {{.phone = "+6281234567890", .booking = 42, .issued_ms = 5}, "b42\t5"},
        {{.phone = "", .via = 7, .ended = true}, "t7\tended\t0"},
        {{.phone = "",
          .booking = UINT64_MAX,
          .near = true,
          .ended = true,
          .issued_ms = NOTIFY_MS_MAX},
         "b18446744073709551615\tnear\tended\t253402300799999"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const notify_sub_t *s = &cases[i].sub;
        char buf[NOTIFY_SUB_REC_MAX + 1];
        size_t len = notify_sub_encode(s, buf);
        assert_true(len < NOTIFY_SUB_REC_MAX);
        buf[len] = '\0';
        assert_string_equal(buf, cases[i].text);
        notify_sub_rec_t rec;
        assert_int_equal(sub_decode(buf, &rec), NOTIFY_OK);
        assert_int_equal(rec.keeper, s->booking ? 'b' : s->via ? 't' : 0);
        assert_true(rec.keeper_id == (s->booking ? s->booking : s->via));
        assert_string_equal(rec.phone, rec.keeper ? "" : s->phone);
        assert_true(rec.near == s->near && rec.ended == s->ended);
        assert_true(rec.has_issued && rec.issued_ms == s->issued_ms);
    }
    /* a record written before the issue time was kept */
    notify_sub_rec_t rec;
    assert_int_equal(sub_decode("+6281234567890\tnear", &rec), NOTIFY_OK);
    assert_true(rec.near && !rec.ended && !rec.has_issued && rec.issued_ms == 0);
    assert_int_equal(sub_decode("+6281234567890", &rec), NOTIFY_OK);
    assert_true(!rec.near && !rec.has_issued);

    static const char *const bad[] = {
        "",
        "\t5",
        "b",
        "b0\t5",
        "bx\t5",
        "b12a\t5",
        "t-1\t5",
        "081234567890\t5",
        "+62812\t5",
        "+6281234567890\tnearby\t5",
        "+6281234567890\t5\t6",
        "+6281234567890\t5\t",
        "+6281234567890\t\t5",
        "+6281234567890\t253402300800000",
        "+6281234567890\t-5",
        "+6281234567890\tnear\tnear\tnear\tnear\tnear\tnear\tnear\tnear\tnear", /* too long */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&rec, 0x5a, sizeof rec);
        assert_int_equal(sub_decode(bad[i], &rec), NOTIFY_EINVAL);
        assert_true(rec.keeper == 0 && rec.phone[0] == '\0' && !rec.has_issued);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_find_remove),
        cmocka_unit_test(test_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
