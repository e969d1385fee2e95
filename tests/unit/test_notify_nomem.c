/*
 * test_notify_nomem.c - out of memory at every allocation that adding,
 * restoring and creating an outbox make: each fails with NOTIFY_ENOMEM (or
 * NULL) and leaves the outbox as it was (the same messages and counts, no
 * leak: LeakSanitizer checks at exit), and the same call succeeds
 * afterwards. Changes of status, sweeps and look-ups allocate nothing, so
 * they cannot fail this way.
 *
 * The library's malloc, calloc and realloc are wrapped at link time
 * (-Wl,--wrap, CMakeLists.txt); the wrappers fail the fail_at-th call
 * while armed.
 */
#define FX_WRAP_ALLOC
#include "test_notify_fixture.h"

static notify_opts_t opts(void)
{
    notify_opts_t o = fx_opts();
    o.quiet.start_min = o.quiet.end_min = 0;
    return o;
}

/* 1: with 0 to 70 messages held (so both lists grow past their first 64),
 * half of them sent when their number is odd, each allocation of an add
 * fails in turn. */
static void test_add_out_of_memory(void **state)
{
    (void)state;
    notify_opts_t o = opts();
    long failures = 0;
    int64_t now = fx_at(0, 9, 0);
    for (int held = 0; held <= 70; held += held < 60 ? 10 : 1) {
        for (long k = 0;; k++) {
            notify_outbox_t *box = notify_outbox_new(&o);
            assert_non_null(box);
            for (int i = 0; i < held; i++)
                fx_add(box, i, now);
            const notify_msg_t *batch[80];
            size_t n = notify_outbox_next_due(box, now, batch, held % 2 ? (size_t)held / 2 : 0);
            for (size_t i = 0; i < n; i++)
                assert_int_equal(notify_outbox_mark_sent(box, batch[i]->id, now, NULL), NOTIFY_OK);
            notify_counts_t before, after;
            notify_outbox_counts(box, &before);

            notify_request_t req = {
                "+6281234567890", "ticket.near", "Nomor A-007: 3 lagi.", "A-007", NULL, 0, 0, 7};
            const notify_msg_t *m = NULL;
            arm(k);
            int rc = notify_outbox_add(box, &req, now, &m);
            armed = false;
            if (rc == NOTIFY_OK) {
                assert_int_equal(notify_outbox_confirm(box, m->id), NOTIFY_OK);
                notify_outbox_free(box);
                break;
            }
            failures++;
            assert_int_equal(rc, NOTIFY_ENOMEM);
            assert_null(m);
            assert_int_equal(notify_outbox_size(box), held);
            notify_outbox_counts(box, &after);
            assert_memory_equal(&before, &after, sizeof before);
            /* the same request goes through now, due as any other */
            assert_int_equal(notify_outbox_add(box, &req, now, &m), NOTIFY_OK);
            assert_int_equal(notify_outbox_confirm(box, m->id), NOTIFY_OK);
            assert_true(m->id == (uint64_t)held + 1); /* the failure took no id */
            assert_int_equal(notify_outbox_next_due(box, now, batch, 80), held - (int)n + 1);
            notify_outbox_free(box);
        }
    }
    assert_true(failures > 20);
}

/* 2: restoring a record, and creating an outbox, each allocation failing
 * in turn. */
static void test_restore_and_new_out_of_memory(void **state)
{
    (void)state;
    notify_opts_t o = opts();
    notify_msg_t rec = fx_msg();
    for (long k = 0;; k++) {
        notify_outbox_t *box = notify_outbox_new(&o);
        arm(k);
        int rc = notify_outbox_restore(box, &rec);
        armed = false;
        if (rc == NOTIFY_OK) {
            assert_int_equal(notify_outbox_size(box), 1);
            notify_outbox_free(box);
            break;
        }
        assert_int_equal(rc, NOTIFY_ENOMEM);
        assert_int_equal(notify_outbox_size(box), 0);
        assert_null(notify_outbox_get(box, rec.id));
        assert_int_equal(notify_outbox_restore(box, &rec), NOTIFY_OK);
        notify_outbox_free(box);
    }
    arm(0);
    notify_outbox_t *box = notify_outbox_new(&o);
    armed = false;
    assert_null(box);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_out_of_memory),
        cmocka_unit_test(test_restore_and_new_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
