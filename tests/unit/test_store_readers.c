/*
 * test_store_readers.c - stale reader slots: a process killed (SIGKILL)
 * inside a read transaction leaves its slot in LMDB's reader table, and
 * LMDB keeps every page that reader could see. The store clears such slots
 * (store_reader_check) at open and while it writes, so the file stays
 * bounded; a reader that is alive is never cleared. Real LMDB files under
 * /tmp, real processes (this binary run again as the reader).
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
#include <sys/wait.h>
#include <unistd.h>

#include "test_store_fixture.h"

#define TINY_MAP ((size_t)64 << 10)
#define VAL_LEN 1000
#define KEYS 40 /* values rewritten by each commit */
#define COMMITS 400

static char self[4096];

static int setup(void **state)
{
    return fixture_setup(state, TINY_MAP);
}

typedef struct rewrite {
    uint64_t round;
} rewrite_t;

/* Rewrites the same KEYS values: the data stays the same size, but every
 * commit frees the pages it replaced. */
static int write_round(void *ctx, store_txn_t *t)
{
    rewrite_t *r = ctx;
    uint8_t v[VAL_LEN];
    for (uint64_t i = 0; i < KEYS; i++) {
        store_key_t k;
        store_key_init(&k);
        store_key_u64(&k, i);
        memset(v, (int)(r->round + i), sizeof v);
        int rc = store_put(t, STORE_DB_EVENTS, &k, v, sizeof v);
        if (rc)
            return rc;
    }
    return 0;
}

/* COMMITS commits of KEYS rewritten values; returns the bytes in use. */
static size_t churn(store_t *s)
{
    for (uint64_t n = 0; n < COMMITS; n++) {
        rewrite_t r = {n};
        assert_int_equal(store_write(s, write_round, &r), 0);
    }
    size_t used;
    store_usage(s, NULL, &used);
    return used;
}

/* A reader in another process: this binary run with --hold DIR opens the
 * store, begins a read transaction, says so on its stdout and waits to be
 * killed. Returns its pid once the transaction is open. */
static pid_t hold_reader(const char *dir)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(self, "test_store_readers", "--hold", dir, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    char c = 0;
    assert_int_equal(read(fds[0], &c, 1), 1);
    assert_int_equal(c, 'r');
    close(fds[0]);
    return pid;
}

static void kill9(pid_t pid)
{
    kill(pid, SIGKILL);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status));
}

/* 1. A reader killed in its transaction is cleared once; a live one is
 * left alone. */
static void test_dead_reader_cleared_live_kept(void **state)
{
    fixture_t *f = *state;
    pid_t live = hold_reader(f->dir);
    pid_t dead1 = hold_reader(f->dir);
    pid_t dead2 = hold_reader(f->dir);
    kill9(dead1);
    kill9(dead2);
    assert_int_equal(store_reader_check(f->s), 2);
    assert_int_equal(store_reader_check(f->s), 0);
    kill9(live);
    assert_int_equal(store_reader_check(f->s), 1);
}

/* 2. With a reader left behind by a killed process, the store's own checks
 * keep the file bounded under commits that free pages; the same commits
 * with a live reader (whose pages must be kept) make it grow, which is
 * what a stale slot would do without the checks. */
static void test_file_bounded_with_stale_reader(void **state)
{
    fixture_t *f = *state;
    size_t base = churn(f->s);

    pid_t dead = hold_reader(f->dir);
    kill9(dead);
    size_t stale = churn(f->s);
    if (stale > base + ((size_t)2 << 20))
        fail_msg("with a stale reader the file grew from %zu to %zu bytes", base, stale);
    assert_int_equal(store_reader_check(f->s), 0); /* the store cleared it itself */

    pid_t live = hold_reader(f->dir);
    size_t before_live = stale;
    size_t pinned = churn(f->s);
    kill9(live);

    /* each commit rewrites about 12 pages: pinned, 400 commits need ~19 MB */
    if (pinned - before_live < ((size_t)8 << 20))
        fail_msg("with a live reader the file grew only from %zu to %zu bytes", before_live,
                 pinned);
}

/* 3. Opening the store clears slots that readers left while another
 * process kept the store open (LMDB clears the table itself only when it
 * opens it alone). The opening process is this binary run again with
 * --open DIR; it prints what store_reader_check finds after its open. */
static void test_open_clears(void **state)
{
    fixture_t *f = *state;
    pid_t dead = hold_reader(f->dir);
    kill9(dead);

    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(self, "test_store_readers", "--open", f->dir, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    char out[2048] = "";
    size_t got = 0;
    ssize_t n;
    while (got < sizeof out - 1 && (n = read(fds[0], out + got, sizeof out - 1 - got)) > 0)
        got += (size_t)n;
    out[got] = '\0';
    close(fds[0]);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    if (!strstr(out, "cleared 1 stale reader:") || !strstr(out, "after open: 0"))
        fail_msg("the opening process said: %s", out);
    assert_int_equal(store_reader_check(f->s), 0);
}

/* --hold DIR: a read transaction until killed. */
static int hold_child(const char *dir)
{
    store_t *s;
    store_txn_t *t;
    char err[256];
    if (store_open(&s, dir, 0, err, sizeof err) != 0 || store_txn_begin(s, false, &t) != 0)
        return 2;
    if (write(STDOUT_FILENO, "r", 1) != 1)
        return 3;
    for (;;)
        pause();
}

/* --open DIR: opens the store and tells what is left to clear. */
static int open_child(const char *dir)
{
    store_t *s;
    char err[256];
    if (store_open(&s, dir, 0, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    printf("after open: %d\n", store_reader_check(s));
    store_close(s);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--hold") == 0)
        return hold_child(argv[2]);
    if (argc == 3 && strcmp(argv[1], "--open") == 0)
        return open_child(argv[2]);
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 1;
    self[n] = '\0';
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_dead_reader_cleared_live_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_file_bounded_with_stale_reader, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_clears, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
