/*
 * test_store_group.c - batches, the commit group's writer thread and
 * backups taken while another thread keeps committing. Real LMDB files in
 * mkdtemp folders under /tmp, removed after.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_store_fixture.h"

static int setup(void **state)
{
    if (fixture_setup(state, 0) != 0)
        return -1;
    fixture_t *f = *state;
    snprintf(f->dest, sizeof f->dest, "%s-backup", f->dir);
    return 0;
}

static store_key_t key_u64(uint64_t v)
{
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, v);
    return k;
}

static store_batch_t *batch_of(uint64_t i)
{
    store_batch_t *b = store_batch_new();
    assert_non_null(b);
    store_key_t k = key_u64(i);
    char v[32];
    int n = snprintf(v, sizeof v, "value-%llu", (unsigned long long)i);
    assert_int_equal(store_batch_put(b, STORE_DB_EVENTS, &k, v, (size_t)n), 0);
    assert_int_equal(store_batch_put(b, STORE_DB_OPEN, &k, NULL, 0), 0);
    return b;
}

/* Checks keys [0, n) of `s` as batch_of wrote them. */
static void check_keys(store_t *s, uint64_t n)
{
    store_txn_t *t;
    assert_int_equal(store_txn_begin(s, false, &t), 0);
    for (uint64_t i = 0; i < n; i++) {
        store_key_t k = key_u64(i);
        store_val_t v;
        int rc = store_get(t, STORE_DB_EVENTS, &k, &v);
        if (rc)
            fail_msg("key %llu: %s", (unsigned long long)i, store_strerror(rc));
        char want[32];
        int len = snprintf(want, sizeof want, "value-%llu", (unsigned long long)i);
        assert_int_equal(v.len, (size_t)len);
        assert_memory_equal(v.data, want, v.len);
        assert_int_equal(store_get(t, STORE_DB_OPEN, &k, &v), 0);
    }
    assert_int_equal(store_txn_commit(t), 0);
}

/* ---- 1. batches ---- */

static void test_batch_ops_in_order(void **state)
{
    fixture_t *f = *state;
    store_batch_t *a = store_batch_new(), *b = store_batch_new();
    assert_true(store_batch_empty(a));
    store_key_t k1 = key_u64(1), k2 = key_u64(2);
    assert_int_equal(store_batch_put(a, STORE_DB_TICKETS, &k1, "one", 3), 0);
    assert_int_equal(store_batch_put(a, STORE_DB_TICKETS, &k2, "two", 3), 0);
    assert_false(store_batch_empty(a));
    /* Applied in order: the delete after the put wins, the last put wins. */
    assert_int_equal(store_batch_del(b, STORE_DB_TICKETS, &k1), 0);
    assert_int_equal(store_batch_put(b, STORE_DB_TICKETS, &k2, "deux", 4), 0);
    store_batch_append(a, b);
    assert_true(store_batch_empty(b));
    assert_int_equal(store_batch_commit(f->s, a), 0);
    /* Appending into an empty batch moves the ops too. */
    store_batch_t *c = store_batch_new();
    assert_int_equal(store_batch_put(c, STORE_DB_TICKETS, &k1, "uno", 3), 0);
    store_batch_append(b, c);
    assert_true(store_batch_empty(c));
    assert_false(store_batch_empty(b));
    assert_int_equal(store_batch_commit(f->s, c), 0); /* empty: nothing */
    store_batch_free(a);
    store_batch_free(c);

    store_txn_t *t;
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k1, &v), STORE_NOTFOUND);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k2, &v), 0);
    assert_int_equal(v.len, 4);
    assert_memory_equal(v.data, "deux", 4);
    store_txn_abort(t);

    assert_int_equal(store_batch_commit(f->s, b), 0);
    store_batch_free(b);
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k1, &v), 0);
    assert_memory_equal(v.data, "uno", 3);
    store_txn_abort(t);
}

/* The encoder of test_batch_encoded_puts: "n=" and the number, 0 (refused)
 * for 13 or when cap is too small. */
static size_t encode_number(const void *data, void *out, size_t cap)
{
    uint64_t n;
    memcpy(&n, data, sizeof n);
    int len = snprintf(out, cap, "n=%llu", (unsigned long long)n);
    return n == 13 || len < 0 || (size_t)len >= cap ? 0 : (size_t)len;
}

/* Values written at commit from a copy of their data, the caller's
 * changes after the put unseen; a refused one is left out and the rest of
 * its batch written; a value longer than the stack's room still goes in. */
static void test_batch_encoded_puts(void **state)
{
    fixture_t *f = *state;
    store_batch_t *b = store_batch_new();
    uint64_t n = 7;
    store_key_t k1 = key_u64(1), k2 = key_u64(2), k3 = key_u64(3);
    assert_int_equal(
        store_batch_put_encoded(b, STORE_DB_TICKETS, &k1, &n, sizeof n, encode_number, 32), 0);
    n = 13;
    assert_int_equal(
        store_batch_put_encoded(b, STORE_DB_TICKETS, &k2, &n, sizeof n, encode_number, 32), 0);
    n = 123456789;
    assert_int_equal(
        store_batch_put_encoded(b, STORE_DB_TICKETS, &k3, &n, sizeof n, encode_number, 4096), 0);
    n = 99; /* after the puts: not what they write */
    assert_int_equal(store_batch_put_encoded(b, STORE_DB_TICKETS, &k1, &n, sizeof n, NULL, 32), -1);
    assert_int_equal(
        store_batch_put_encoded(b, STORE_DB_TICKETS, &k1, &n, sizeof n, encode_number, 0), -1);
    assert_int_equal(store_batch_commit(f->s, b), 0);
    store_batch_free(b);

    store_txn_t *t;
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k1, &v), 0);
    assert_int_equal(v.len, 3);
    assert_memory_equal(v.data, "n=7", 3);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k2, &v), STORE_NOTFOUND);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k3, &v), 0);
    assert_int_equal(v.len, 11);
    assert_memory_equal(v.data, "n=123456789", 11);
    store_txn_abort(t);
}

static void test_batch_bad_key_writes_nothing(void **state)
{
    fixture_t *f = *state;
    store_batch_t *b = store_batch_new();
    store_key_t good = key_u64(5), bad;
    store_key_init(&bad);
    uint8_t big[STORE_KEY_MAX + 1] = {0};
    store_key_bytes(&bad, big, sizeof big);
    assert_int_equal(store_batch_put(b, STORE_DB_TICKETS, &good, "g", 1), 0);
    assert_int_equal(store_batch_put(b, STORE_DB_TICKETS, &bad, "b", 1), 0);
    assert_int_equal(store_batch_commit(f->s, b), STORE_INVAL);
    store_batch_free(b);

    store_txn_t *t;
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &good, &v), STORE_NOTFOUND);
    store_txn_abort(t);
}

/* ---- 2. the commit group ---- */

typedef struct waker {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    unsigned calls;
    pthread_t writer; /* the thread wake ran on */
} waker_t;

static void on_wake(void *ctx)
{
    waker_t *w = ctx;
    pthread_mutex_lock(&w->mu);
    w->calls++;
    w->writer = pthread_self();
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

#define GROUP_N 1000

static void test_group_commits_in_order(void **state)
{
    fixture_t *f = *state;
    waker_t w = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};
    store_group_t *g;
    assert_int_equal(store_group_start(&g, f->s, on_wake, &w), 0);
    assert_false(store_group_busy(g));

    static int users[GROUP_N];
    static int seen[GROUP_N];
    memset(seen, 0, sizeof seen);
    for (int i = 0; i < GROUP_N; i++)
        store_group_submit(g, batch_of((uint64_t)i), &users[i]);
    assert_true(store_group_busy(g));

    /* The owner sleeps until woken, then collects what is done. */
    int next = 0;
    unsigned woken = 0;
    while (next < GROUP_N) {
        pthread_mutex_lock(&w.mu);
        while (w.calls == woken)
            pthread_cond_wait(&w.cv, &w.mu);
        woken = w.calls;
        pthread_mutex_unlock(&w.mu);
        void *user;
        int rc;
        while (store_group_done(g, &user, &rc)) {
            assert_int_equal(rc, 0);
            assert_true(next < GROUP_N);
            assert_ptr_equal(user, &users[next]); /* submission order */
            seen[next]++;
            next++;
        }
    }
    void *user;
    int rc;
    assert_false(store_group_done(g, &user, &rc));
    assert_false(store_group_busy(g));
    for (int i = 0; i < GROUP_N; i++)
        assert_int_equal(seen[i], 1);
    pthread_mutex_lock(&w.mu);
    assert_true(w.calls >= 1);
    assert_false(pthread_equal(w.writer, pthread_self()));
    pthread_mutex_unlock(&w.mu);

    store_group_stop(g);
    check_keys(f->s, GROUP_N);
}

static void test_group_reports_failures(void **state)
{
    fixture_t *f = *state;
    waker_t w = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};
    store_group_t *g;
    assert_int_equal(store_group_start(&g, f->s, on_wake, &w), 0);
    store_batch_t *bad = store_batch_new();
    store_key_t k;
    store_key_init(&k); /* empty key: refused */
    assert_int_equal(store_batch_put(bad, STORE_DB_TICKETS, &k, "x", 1), 0);
    int u[3];
    store_group_submit(g, batch_of(0), &u[0]);
    store_group_submit(g, bad, &u[1]);
    store_group_submit(g, batch_of(1), &u[2]);

    int rcs[3], n = 0;
    while (n < 3) {
        pthread_mutex_lock(&w.mu);
        while (w.calls == 0)
            pthread_cond_wait(&w.cv, &w.mu);
        w.calls = 0;
        pthread_mutex_unlock(&w.mu);
        void *user;
        int rc;
        while (store_group_done(g, &user, &rc)) {
            assert_ptr_equal(user, &u[n]);
            rcs[n++] = rc;
        }
    }
    assert_int_equal(rcs[0], 0);
    assert_int_equal(rcs[1], STORE_INVAL);
    assert_int_equal(rcs[2], 0);
    store_group_stop(g);
    check_keys(f->s, 2);
}

/* Rounds as the hall makes them: each batch taken from the group, filled,
 * submitted and collected before the next. The collected batch comes back
 * empty, its values gone and its room kept: each round writes its own
 * keys and values and nothing of the round before, a failed round's
 * included. */
static void test_group_batch_reused(void **state)
{
    fixture_t *f = *state;
    store_group_t *g;
    assert_int_equal(store_group_start(&g, f->s, NULL, NULL), 0);
    store_batch_t *last = NULL;
    int reused = 0;
    for (uint64_t round = 0; round < 40; round++) {
        store_batch_t *b = store_group_batch(g);
        assert_non_null(b);
        assert_true(store_batch_empty(b));
        reused += b == last;
        if (round == 20) { /* an empty key: the commit refuses the round */
            store_key_t bad;
            store_key_init(&bad);
            assert_int_equal(store_batch_put(b, STORE_DB_TICKETS, &bad, "x", 1), 0);
        } else {
            for (uint64_t i = round * 10; i < round * 10 + 10; i++) {
                store_key_t k = key_u64(i);
                char v[32];
                int n = snprintf(v, sizeof v, "value-%llu", (unsigned long long)i);
                assert_int_equal(store_batch_put(b, STORE_DB_EVENTS, &k, v, (size_t)n), 0);
                assert_int_equal(store_batch_put(b, STORE_DB_OPEN, &k, NULL, 0), 0);
            }
        }
        store_group_submit(g, b, &reused);
        last = b;
        void *user;
        int rc;
        while (!store_group_done(g, &user, &rc))
            usleep(100);
        assert_ptr_equal(user, &reused);
        assert_int_equal(rc, round == 20 ? STORE_INVAL : 0);
    }
    assert_int_equal(reused, 39);
    store_group_stop(g);
    check_keys(f->s, 200);
    store_txn_t *t;
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    store_key_t k = key_u64(205); /* the failed round's place: nothing */
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &v), STORE_NOTFOUND);
    k = key_u64(215);
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &v), 0);
    assert_memory_equal(v.data, "value-215", 9);
    store_txn_abort(t);
}

static void test_group_stop_drains(void **state)
{
    fixture_t *f = *state;
    store_group_t *g;
    assert_int_equal(store_group_start(&g, f->s, NULL, NULL), 0);
    static int users[300];
    for (int i = 0; i < 300; i++)
        store_group_submit(g, batch_of((uint64_t)i), &users[i]);
    store_group_stop(g); /* without collecting anything */

    store_close(f->s);
    f->s = NULL;
    char err[256];
    assert_int_equal(store_open(&f->s, f->dir, 0, err, sizeof err), 0);
    check_keys(f->s, 300);
}

/* ---- 3. backup while another thread writes ---- */

typedef struct writer {
    store_t *s;
    atomic_ullong committed; /* keys [0, committed) are durable */
    atomic_bool stop;
    int rc;
} writer_t;

static void *write_loop(void *arg)
{
    writer_t *w = arg;
    for (uint64_t i = 0; !atomic_load(&w->stop); i++) {
        store_batch_t *b = store_batch_new();
        store_key_t k = key_u64(i);
        char v[32];
        int n = snprintf(v, sizeof v, "value-%llu", (unsigned long long)i);
        store_batch_put(b, STORE_DB_EVENTS, &k, v, (size_t)n);
        store_batch_put(b, STORE_DB_OPEN, &k, NULL, 0);
        int rc = store_batch_commit(w->s, b);
        store_batch_free(b);
        if (rc) {
            w->rc = rc;
            break;
        }
        atomic_store(&w->committed, i + 1);
    }
    return NULL;
}

static void test_backup_while_writing(void **state)
{
    fixture_t *f = *state;
    writer_t w = {.s = f->s};
    atomic_init(&w.committed, 0);
    atomic_init(&w.stop, false);
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, write_loop, &w), 0);
    while (atomic_load(&w.committed) < 200)
        usleep(1000);

    uint64_t before = atomic_load(&w.committed);
    char err[512] = "";
    int rc = store_backup(f->s, f->dest, err, sizeof err);
    uint64_t after = atomic_load(&w.committed);
    /* Let the writer go on a little after the backup too. */
    while (atomic_load(&w.committed) < after + 20 && w.rc == 0)
        usleep(1000);
    atomic_store(&w.stop, true);
    pthread_join(th, NULL);
    if (rc)
        fail_msg("backup: %s (%s)", store_strerror(rc), err);
    assert_int_equal(w.rc, 0);

    store_t *copy;
    assert_int_equal(store_open(&copy, f->dest, 0, err, sizeof err), 0);
    check_keys(copy, before);
    assert_string_not_equal(store_epoch(copy), store_epoch(f->s));
    assert_int_equal(strlen(store_epoch(copy)), 32);
    /* Keys after the backup are only in the source. */
    store_txn_t *t;
    store_val_t v;
    store_key_t late = key_u64(atomic_load(&w.committed) - 1);
    assert_int_equal(store_txn_begin(copy, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &late, &v), STORE_NOTFOUND);
    store_txn_abort(t);
    store_close(copy);

    check_keys(f->s, atomic_load(&w.committed));
}

static void test_backup_folder_rules(void **state)
{
    fixture_t *f = *state;
    store_group_t *g;
    assert_int_equal(store_group_start(&g, f->s, NULL, NULL), 0);
    for (int i = 0; i < 10; i++)
        store_group_submit(g, batch_of((uint64_t)i), NULL);
    store_group_stop(g);

    /* An existing empty folder is fine. */
    assert_int_equal(mkdir(f->dest, 0700), 0);
    char err[512] = "";
    assert_int_equal(store_backup(f->s, f->dest, err, sizeof err), 0);
    store_t *copy;
    assert_int_equal(store_open(&copy, f->dest, 0, err, sizeof err), 0);
    check_keys(copy, 10);
    store_close(copy);

    /* A folder with files in it is refused, with its path in the message. */
    err[0] = '\0';
    assert_int_equal(store_backup(f->s, f->dest, err, sizeof err), STORE_INVAL);
    assert_non_null(strstr(err, f->dest));

    /* A folder that cannot be made. */
    char bad[160];
    snprintf(bad, sizeof bad, "%s/data.mdb/sub", f->dest);
    err[0] = '\0';
    assert_true(store_backup(f->s, bad, err, sizeof err) < 0);
    assert_non_null(strstr(err, bad));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_batch_ops_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_encoded_puts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_bad_key_writes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_commits_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_reports_failures, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_batch_reused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_stop_drains, setup, teardown),
        cmocka_unit_test_setup_teardown(test_backup_while_writing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_backup_folder_rules, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
