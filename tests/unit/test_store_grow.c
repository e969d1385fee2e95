/*
 * test_store_grow.c - the store's map growth and its limits: MDB_MAP_FULL
 * grows the map and replays the write, another process growing the map
 * (MDB_MAP_RESIZED) is adopted, a size given at open is the least the
 * map gets, and a disk that refuses to grow the file gives STORE_FULL with
 * nothing written. Real LMDB files under /tmp.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_store_fixture.h"

#define TINY_MAP ((size_t)64 << 10)
#define VAL_LEN 1000

static int setup_tiny(void **state)
{
    return fixture_setup(state, TINY_MAP);
}

/* Value i: VAL_LEN bytes derived from i, so a wrong or torn value shows. */
static void make_val(uint64_t i, uint8_t *v)
{
    for (size_t j = 0; j < VAL_LEN; j++)
        v[j] = (uint8_t)(i * 131 + j * 7 + (i >> 8));
}

static store_key_t key_u64(uint64_t v)
{
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, v);
    return k;
}

typedef struct bulk {
    uint64_t first, count;
    int runs; /* how many times fn ran */
} bulk_t;

static int write_bulk(void *ctx, store_txn_t *t)
{
    bulk_t *b = ctx;
    b->runs++;
    uint8_t v[VAL_LEN];
    for (uint64_t i = b->first; i < b->first + b->count; i++) {
        store_key_t k = key_u64(i);
        make_val(i, v);
        int rc = store_put(t, STORE_DB_EVENTS, &k, v, sizeof v);
        if (rc)
            return rc;
    }
    return 0;
}

static void check_range(store_t *s, uint64_t first, uint64_t count)
{
    store_txn_t *t;
    uint8_t want[VAL_LEN];
    assert_int_equal(store_txn_begin(s, false, &t), 0);
    for (uint64_t i = first; i < first + count; i++) {
        store_key_t k = key_u64(i);
        store_val_t v;
        int rc = store_get(t, STORE_DB_EVENTS, &k, &v);
        if (rc)
            fail_msg("key %llu: %s", (unsigned long long)i, store_strerror(rc));
        make_val(i, want);
        assert_int_equal(v.len, VAL_LEN);
        assert_memory_equal(v.data, want, VAL_LEN);
    }
    assert_int_equal(store_txn_commit(t), 0);
}

/* 1. A tiny map grows through store_write and store_batch_commit; every
 * value is there after reopening with a tiny map again. */
static void test_map_full_grows(void **state)
{
    fixture_t *f = *state;
    size_t map0, used0;
    store_usage(f->s, &map0, &used0);
    assert_true(map0 < ((size_t)1 << 20));

    /* 3 MB in one transaction: it cannot fit in 64 KiB. */
    bulk_t b = {.first = 0, .count = 3000};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    assert_true(b.runs > 1); /* replayed after growing */

    /* 2 MB more in 40 batches. */
    uint8_t v[VAL_LEN];
    for (uint64_t n = 0; n < 40; n++) {
        store_batch_t *batch = store_batch_new();
        assert_non_null(batch);
        for (uint64_t i = 3000 + n * 50; i < 3000 + (n + 1) * 50; i++) {
            store_key_t k = key_u64(i);
            make_val(i, v);
            assert_int_equal(store_batch_put(batch, STORE_DB_EVENTS, &k, v, sizeof v), 0);
        }
        assert_int_equal(store_batch_commit(f->s, batch), 0);
        store_batch_free(batch);
    }

    size_t map1, used1;
    store_usage(f->s, &map1, &used1);
    assert_true(map1 >= ((size_t)5 << 20));
    assert_true(used1 >= (size_t)5000 * VAL_LEN && used1 <= map1); /* every value is in it */
    /* keys that only grow fill each page before the next (MDB_APPEND):
     * pages split in half would take twice the values' size */
    assert_true(used1 < (size_t)5000 * VAL_LEN * 5 / 4);
    check_range(f->s, 0, 5000);

    store_close(f->s);
    f->s = NULL;
    assert_int_equal(open_in(f, TINY_MAP), 0);
    check_range(f->s, 0, 5000);

    /* Still grows after the reopen. */
    b = (bulk_t){.first = 5000, .count = 2000};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    check_range(f->s, 0, 7000);
}

/* 2. Opened with the default size, a folder keeps the larger map it last
 * ran with, and a new folder starts at 64 MiB. */
static void test_default_size_keeps_larger_map(void **state)
{
    fixture_t *f = *state;
    const size_t big = (size_t)100 << 20;
    store_close(f->s);
    f->s = NULL;
    assert_int_equal(open_in(f, big), 0);
    bulk_t b = {.first = 0, .count = 10};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    store_close(f->s);
    f->s = NULL;

    assert_int_equal(open_in(f, 0), 0);
    size_t map;
    store_usage(f->s, &map, NULL);
    assert_true(map >= big);
    check_range(f->s, 0, 10);
}

/* 2b. A size given to store_open is where a new folder starts and the
 * least an existing one gets: a folder that ran with a larger map keeps
 * it, one that ran with a smaller map is raised to it. */
static void test_given_size_is_a_floor(void **state)
{
    fixture_t *f = *state;
    size_t map;
    store_usage(f->s, &map, NULL);
    assert_int_equal(map, TINY_MAP); /* a new folder: exactly the size given */
    bulk_t b = {.first = 0, .count = 10};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    store_close(f->s);
    f->s = NULL;

    const size_t mid = (size_t)3 << 20;
    assert_int_equal(open_in(f, mid), 0); /* raised */
    store_usage(f->s, &map, NULL);
    assert_int_equal(map, mid);
    b = (bulk_t){.first = 10, .count = 10};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0); /* records the size */
    store_close(f->s);
    f->s = NULL;

    assert_int_equal(open_in(f, TINY_MAP), 0); /* kept */
    store_usage(f->s, &map, NULL);
    assert_int_equal(map, mid);
    check_range(f->s, 0, 20);
}

/* 3. Another process grows the file past this process's map: the next
 * transaction here adopts the larger map (MDB_MAP_RESIZED). */
static void test_map_resized_by_other_process(void **state)
{
    fixture_t *f = *state;
    bulk_t b = {.first = 0, .count = 10};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    size_t map0;
    store_usage(f->s, &map0, NULL);

    /* Another process, as mppctl would be: this binary run afresh. */
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    assert_true(n > 0);
    self[n] = '\0';
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        execl(self, "test_store_grow", "--grow-child", f->dir, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);

    check_range(f->s, 0, 4010);
    size_t map1;
    store_usage(f->s, &map1, NULL);
    assert_true(map1 > map0);

    b = (bulk_t){.first = 4010, .count = 100};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);
    check_range(f->s, 0, 4110);
}

static off_t file_size(const char *dir)
{
    char path[128];
    snprintf(path, sizeof path, "%s/data.mdb", dir);
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : -1;
}

/* 4. When the disk will not take a larger file, the write gives up with
 * STORE_FULL, nothing of it is written, and the store works on. The limit
 * stands in for a full disk: RLIMIT_FSIZE makes writes past it fail. */
static void test_disk_refuses_growth(void **state)
{
    fixture_t *f = *state;
    bulk_t b = {.first = 0, .count = 100};
    assert_int_equal(store_write(f->s, write_bulk, &b), 0);

    struct rlimit old;
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    off_t size = file_size(f->dir);
    assert_true(size > 0);
    rlim_t cap = (rlim_t)size + (256 << 10);
    if (old.rlim_max != RLIM_INFINITY && old.rlim_max < cap)
        skip();
    void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = {.rlim_cur = cap, .rlim_max = old.rlim_max};
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);

    bulk_t big = {.first = 1000, .count = 4000};
    int rc = store_write(f->s, write_bulk, &big);

    store_batch_t *batch = store_batch_new();
    uint8_t v[VAL_LEN];
    for (uint64_t i = 9000; i < 12000; i++) {
        store_key_t k = key_u64(i);
        make_val(i, v);
        assert_int_equal(store_batch_put(batch, STORE_DB_EVENTS, &k, v, sizeof v), 0);
    }
    int brc = store_batch_commit(f->s, batch);
    store_batch_free(batch);

    assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, prev);

    assert_int_equal(rc, STORE_FULL);
    assert_int_equal(brc, STORE_FULL);
    store_txn_t *t;
    store_val_t val;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    store_key_t k = key_u64(1000);
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &val), STORE_NOTFOUND);
    k = key_u64(4999);
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &val), STORE_NOTFOUND);
    k = key_u64(9000);
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &val), STORE_NOTFOUND);
    store_txn_abort(t);
    check_range(f->s, 0, 100);

    /* With room again the same write succeeds. */
    big.runs = 0;
    assert_int_equal(store_write(f->s, write_bulk, &big), 0);
    check_range(f->s, 1000, 4000);
    check_range(f->s, 0, 100);
}

/* The other process of test 2: opens the store with its own tiny map and
 * grows the file well past the first process's map. */
static int grow_child(const char *dir)
{
    store_t *other;
    char err[256];
    if (store_open(&other, dir, TINY_MAP, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    bulk_t more = {.first = 10, .count = 4000};
    int rc = store_write(other, write_bulk, &more);
    store_close(other);
    return rc == 0 ? 0 : 3;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--grow-child") == 0)
        return grow_child(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_map_full_grows, setup_tiny, teardown),
        cmocka_unit_test_setup_teardown(test_default_size_keeps_larger_map, setup_tiny, teardown),
        cmocka_unit_test_setup_teardown(test_given_size_is_a_floor, setup_tiny, teardown),
        cmocka_unit_test_setup_teardown(test_map_resized_by_other_process, setup_tiny, teardown),
        cmocka_unit_test_setup_teardown(test_disk_refuses_growth, setup_tiny, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
