/*
 * test_store.c - the store's keys, transactions and scans on real LMDB
 * files: encoder order, put/get/del, appends and rewrites, scans in every direction, the sticky
 * error, reopening, the schema check and a corrupt data file.
 * Each case works in its own mkdtemp folder under /tmp, removed after.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_store_fixture.h"

/* ---- helpers ---- */

static int setup(void **state)
{
    return fixture_setup(state, 0);
}

static void reopen(fixture_t *f)
{
    char err[256] = "";
    store_close(f->s);
    f->s = NULL;
    int rc = store_open(&f->s, f->dir, 0, err, sizeof err);
    if (rc)
        fail_msg("reopen: %s (%s)", store_strerror(rc), err);
}

static store_key_t key_u64(uint64_t v)
{
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, v);
    return k;
}

static store_key_t key_pair(uint32_t g, uint64_t i)
{
    store_key_t k;
    store_key_init(&k);
    store_key_u32(&k, g);
    store_key_u64(&k, i);
    return k;
}

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

static int key_cmp(const store_key_t *a, const store_key_t *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->b, b->b, n);
    if (c)
        return sign(c);
    return (a->len > b->len) - (a->len < b->len);
}

/* A small xorshift so the property cases are the same on every run. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* ---- 1. key encoder ---- */

static void test_key_u64_order(void **state)
{
    (void)state;
    uint64_t edges[] = {0,          1,
                        255,        256,
                        65535,      65536,
                        1ull << 32, (1ull << 56) - 1,
                        1ull << 56, UINT64_MAX - 1,
                        UINT64_MAX};
    size_t ne = sizeof edges / sizeof edges[0];
    for (int i = 0; i < 20000; i++) {
        uint64_t a = rng_next(), b = rng_next();
        if (i < (int)(ne * ne)) {
            a = edges[i / ne];
            b = edges[i % ne];
        } else if (i % 3 == 0) {
            b = a + (rng_next() % 512) - 256; /* close neighbours */
        } else if (i % 3 == 1) {
            a >>= rng_next() % 64;
            b >>= rng_next() % 64;
        }
        store_key_t ka = key_u64(a), kb = key_u64(b);
        assert_int_equal(ka.len, 8);
        assert_int_equal(key_cmp(&ka, &kb), (a > b) - (a < b));
        assert_true(store_u64_decode(ka.b) == a);
    }
}

static void test_key_u32_order(void **state)
{
    (void)state;
    for (int i = 0; i < 20000; i++) {
        uint32_t a = (uint32_t)rng_next(), b = (uint32_t)rng_next();
        if (i % 2)
            b = a + (uint32_t)(rng_next() % 512) - 256;
        if (i == 0) {
            a = 0;
            b = UINT32_MAX;
        }
        store_key_t ka, kb;
        store_key_init(&ka);
        store_key_init(&kb);
        store_key_u32(&ka, a);
        store_key_u32(&kb, b);
        assert_int_equal(ka.len, 4);
        assert_int_equal(key_cmp(&ka, &kb), (a > b) - (a < b));
    }
}

static void test_key_str_prefix_and_composite(void **state)
{
    (void)state;
    store_key_t p, k;
    store_key_init(&p);
    store_key_str(&p, "dukcapil/");
    store_key_init(&k);
    store_key_str(&k, "dukcapil/ktp-el");
    assert_int_equal(p.len, 9);
    assert_int_equal(k.len, 15);
    assert_memory_equal(k.b, p.b, p.len);
    assert_true(key_cmp(&p, &k) < 0);

    /* A composite key whose leading fields are equal orders by the next. */
    store_key_t a = key_pair(7, 1000), b = key_pair(7, 999), c = key_pair(8, 0);
    assert_true(key_cmp(&b, &a) < 0);
    assert_true(key_cmp(&a, &c) < 0);

    store_key_init(&k);
    store_key_bytes(&k, "\x00\x01", 2);
    store_key_str(&k, "");
    assert_int_equal(k.len, 2);
}

static void test_key_overflow_invalid(void **state)
{
    fixture_t *f = *state;
    uint8_t buf[STORE_KEY_MAX + 1];
    memset(buf, 'x', sizeof buf);

    store_key_t exact;
    store_key_init(&exact);
    store_key_bytes(&exact, buf, STORE_KEY_MAX);
    assert_int_equal(exact.len, STORE_KEY_MAX);

    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, buf, 120);
    store_key_u64(&k, 1); /* 128: still fits */
    assert_int_equal(k.len, 128);
    store_key_u32(&k, 1); /* 132: too long */
    assert_true(k.len == SIZE_MAX);
    store_key_str(&k, "a"); /* stays invalid */
    assert_true(k.len == SIZE_MAX);

    store_txn_t *t;
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_META, &exact, "v", 1), 0);
    assert_int_equal(store_put(t, STORE_DB_META, &k, "v", 1), STORE_INVAL);
    assert_int_equal(store_txn_commit(t), STORE_INVAL);

    store_key_t empty;
    store_key_init(&empty);
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    store_val_t v;
    assert_int_equal(store_get(t, STORE_DB_META, &empty, &v), STORE_INVAL);
    store_txn_abort(t);
}

/* ---- 2. put / get / del ---- */

static void test_put_get_del(void **state)
{
    fixture_t *f = *state;
    store_txn_t *t;
    store_key_t k = key_u64(42);
    store_val_t v;

    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &k, "{\"id\":42}", 9), 0);
    assert_int_equal(store_put(t, STORE_DB_OPEN, &k, NULL, 0), 0);
    /* Visible inside its own transaction. */
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k, &v), 0);
    assert_int_equal(v.len, 9);
    assert_int_equal(store_txn_commit(t), 0);

    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k, &v), 0);
    assert_int_equal(v.len, 9);
    assert_memory_equal(v.data, "{\"id\":42}", 9);
    assert_int_equal(store_get(t, STORE_DB_OPEN, &k, &v), 0);
    assert_int_equal(v.len, 0);
    /* Databases are separate. */
    assert_int_equal(store_get(t, STORE_DB_EVENTS, &k, &v), STORE_NOTFOUND);
    /* A put in a read transaction is misuse. */
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &k, "x", 1), STORE_INVAL);
    assert_int_equal(store_txn_commit(t), STORE_INVAL);

    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &k, "{\"id\":43}", 9), 0); /* overwrite */
    assert_int_equal(store_del(t, STORE_DB_OPEN, &k), 0);
    store_key_t missing = key_u64(7);
    assert_int_equal(store_del(t, STORE_DB_OPEN, &missing), 0);
    assert_int_equal(store_txn_commit(t), 0);

    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_OPEN, &k, &v), STORE_NOTFOUND);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k, &v), 0);
    assert_memory_equal(v.data, "{\"id\":43}", 9);
    assert_int_equal(store_txn_commit(t), 0);

    /* An aborted write leaves nothing. */
    store_key_t k2 = key_u64(99);
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &k2, "x", 1), 0);
    store_txn_abort(t);
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &k2, &v), STORE_NOTFOUND);
    store_txn_abort(t);
}

/* ---- 3. scans ---- */

typedef struct seen {
    uint32_t g[64];
    uint64_t i[64];
    int n;
    int stop_after; /* 0: never */
    int fail_after; /* 0: never */
} seen_t;

static int collect(void *ctx, const store_val_t *key, const store_val_t *val)
{
    seen_t *s = ctx;
    assert_int_equal(key->len, 12);
    const uint8_t *b = key->data;
    uint32_t g = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    uint64_t i = store_u64_decode(b + 4);
    char want[32];
    snprintf(want, sizeof want, "%u:%llu", (unsigned)g, (unsigned long long)i);
    assert_int_equal(val->len, strlen(want));
    assert_memory_equal(val->data, want, val->len);
    assert_true(s->n < 64);
    s->g[s->n] = g;
    s->i[s->n] = i;
    s->n++;
    if (s->fail_after && s->n == s->fail_after)
        return STORE_IO;
    if (s->stop_after && s->n == s->stop_after)
        return 1;
    return 0;
}

static void fill_pairs(fixture_t *f)
{
    static const uint32_t groups[] = {1, 2, 3, UINT32_MAX};
    store_txn_t *t;
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    for (size_t gi = 0; gi < 4; gi++) {
        for (uint64_t i = 0; i < 10; i++) {
            store_key_t k = key_pair(groups[gi], i * 10);
            char v[32];
            snprintf(v, sizeof v, "%u:%llu", (unsigned)groups[gi], (unsigned long long)(i * 10));
            assert_int_equal(store_put(t, STORE_DB_EVENTS, &k, v, strlen(v)), 0);
        }
    }
    assert_int_equal(store_txn_commit(t), 0);
}

static void expect_run(const seen_t *s, int from, uint32_t g, uint64_t first, int step, int count)
{
    assert_true(s->n >= from + count);
    for (int j = 0; j < count; j++) {
        assert_int_equal(s->g[from + j], g);
        assert_int_equal(s->i[from + j], (uint64_t)((int64_t)first + (int64_t)step * j));
    }
}

static void scan(fixture_t *f, const store_key_t *from, const store_key_t *prefix, bool reverse,
                 seen_t *s, int want_rc)
{
    store_txn_t *t;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_scan(t, STORE_DB_EVENTS, from, prefix, reverse, collect, s), want_rc);
    store_txn_abort(t);
}

/* Growing databases: keys past the last are appended, the others put in
 * their place; one transaction mixes them, after the last was read from
 * the store (a rewrite first) or learnt from its own appends, and after
 * its last key was deleted. Every key holds what was put last, in order. */
static void test_put_append_and_rewrite(void **state)
{
    fixture_t *f = *state;
    store_txn_t *t;
    char want[40][8];
    memset(want, 0, sizeof want);
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    for (uint64_t i = 1; i <= 20; i++) {
        store_key_t k = key_u64(i);
        snprintf(want[i], sizeof want[i], "a%llu", (unsigned long long)i);
        assert_int_equal(store_put(t, STORE_DB_OUTBOX, &k, want[i], strlen(want[i])), 0);
    }
    assert_int_equal(store_txn_commit(t), 0);

    /* a rewrite first: the last key is read; then appends and rewrites */
    static const uint64_t order[] = {5, 21, 3, 22, 20, 1, 30, 25, 24, 31};
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        store_key_t k = key_u64(order[i]);
        snprintf(want[order[i]], sizeof want[order[i]], "b%llu", (unsigned long long)order[i]);
        assert_int_equal(store_put(t, STORE_DB_OUTBOX, &k, want[order[i]], strlen(want[order[i]])),
                         0);
    }
    /* the last key deleted: a key before the one remembered still goes in */
    store_key_t k31 = key_u64(31);
    assert_int_equal(store_del(t, STORE_DB_OUTBOX, &k31), 0);
    want[31][0] = '\0';
    store_key_t k26 = key_u64(26);
    strcpy(want[26], "c26");
    assert_int_equal(store_put(t, STORE_DB_OUTBOX, &k26, want[26], 3), 0);
    assert_int_equal(store_txn_commit(t), 0);

    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    for (uint64_t i = 1; i < 40; i++) {
        store_key_t k = key_u64(i);
        store_val_t v;
        if (!want[i][0]) {
            assert_int_equal(store_get(t, STORE_DB_OUTBOX, &k, &v), STORE_NOTFOUND);
            continue;
        }
        assert_int_equal(store_get(t, STORE_DB_OUTBOX, &k, &v), 0);
        assert_int_equal(v.len, strlen(want[i]));
        assert_memory_equal(v.data, want[i], v.len);
    }
    store_txn_abort(t);
}

static void test_scan_forward(void **state)
{
    fixture_t *f = *state;
    fill_pairs(f);
    seen_t s = {0};
    scan(f, NULL, NULL, false, &s, 0);
    assert_int_equal(s.n, 40);
    expect_run(&s, 0, 1, 0, 10, 10);
    expect_run(&s, 10, 2, 0, 10, 10);
    expect_run(&s, 30, UINT32_MAX, 0, 10, 10);

    /* From a key that is absent: the next one up. */
    store_key_t from = key_pair(2, 35);
    memset(&s, 0, sizeof s);
    scan(f, &from, NULL, false, &s, 0);
    assert_int_equal(s.n, 26);
    expect_run(&s, 0, 2, 40, 10, 6);

    /* From past the end. */
    from = key_pair(UINT32_MAX, 1000);
    memset(&s, 0, sizeof s);
    scan(f, &from, NULL, false, &s, 0);
    assert_int_equal(s.n, 0);
}

static void test_scan_prefix(void **state)
{
    fixture_t *f = *state;
    fill_pairs(f);
    store_key_t prefix;
    store_key_init(&prefix);
    store_key_u32(&prefix, 2);

    seen_t s = {0};
    scan(f, NULL, &prefix, false, &s, 0);
    assert_int_equal(s.n, 10);
    expect_run(&s, 0, 2, 0, 10, 10);

    /* From inside the prefix. */
    store_key_t from = key_pair(2, 50);
    memset(&s, 0, sizeof s);
    scan(f, &from, &prefix, false, &s, 0);
    assert_int_equal(s.n, 5);
    expect_run(&s, 0, 2, 50, 10, 5);

    /* From before the prefix starts at the prefix. */
    from = key_pair(1, 50);
    memset(&s, 0, sizeof s);
    scan(f, &from, &prefix, false, &s, 0);
    assert_int_equal(s.n, 10);
    expect_run(&s, 0, 2, 0, 10, 10);

    /* A prefix with no keys. */
    store_key_t none;
    store_key_init(&none);
    store_key_u32(&none, 9);
    memset(&s, 0, sizeof s);
    scan(f, NULL, &none, false, &s, 0);
    assert_int_equal(s.n, 0);
}

static void test_scan_reverse(void **state)
{
    fixture_t *f = *state;
    fill_pairs(f);
    seen_t s = {0};

    /* From the end. */
    scan(f, NULL, NULL, true, &s, 0);
    assert_int_equal(s.n, 40);
    expect_run(&s, 0, UINT32_MAX, 90, -10, 10);
    expect_run(&s, 30, 1, 90, -10, 10);

    /* From an existing key: it is included. */
    store_key_t from = key_pair(2, 50);
    memset(&s, 0, sizeof s);
    scan(f, &from, NULL, true, &s, 0);
    assert_int_equal(s.n, 16);
    expect_run(&s, 0, 2, 50, -10, 6);
    expect_run(&s, 6, 1, 90, -10, 10);

    /* From an absent key: the next one down. */
    from = key_pair(2, 55);
    memset(&s, 0, sizeof s);
    scan(f, &from, NULL, true, &s, 0);
    assert_int_equal(s.n, 16);
    expect_run(&s, 0, 2, 50, -10, 6);

    /* From below the first key. */
    from = key_pair(0, 0);
    memset(&s, 0, sizeof s);
    scan(f, &from, NULL, true, &s, 0);
    assert_int_equal(s.n, 0);

    /* Prefix, from its end. */
    store_key_t prefix;
    store_key_init(&prefix);
    store_key_u32(&prefix, 2);
    memset(&s, 0, sizeof s);
    scan(f, NULL, &prefix, true, &s, 0);
    assert_int_equal(s.n, 10);
    expect_run(&s, 0, 2, 90, -10, 10);

    /* Prefix with `from` inside, above and below it. */
    from = key_pair(2, 30);
    memset(&s, 0, sizeof s);
    scan(f, &from, &prefix, true, &s, 0);
    assert_int_equal(s.n, 4);
    expect_run(&s, 0, 2, 30, -10, 4);
    from = key_pair(3, 0);
    memset(&s, 0, sizeof s);
    scan(f, &from, &prefix, true, &s, 0);
    assert_int_equal(s.n, 10);
    expect_run(&s, 0, 2, 90, -10, 10);
    from = key_pair(1, 90);
    memset(&s, 0, sizeof s);
    scan(f, &from, &prefix, true, &s, 0);
    assert_int_equal(s.n, 0);

    /* An all-0xff prefix has no upper bound: its keys run to the end. */
    store_key_init(&prefix);
    store_key_u32(&prefix, UINT32_MAX);
    memset(&s, 0, sizeof s);
    scan(f, NULL, &prefix, true, &s, 0);
    assert_int_equal(s.n, 10);
    expect_run(&s, 0, UINT32_MAX, 90, -10, 10);
}

static void test_scan_stop_and_error(void **state)
{
    fixture_t *f = *state;
    fill_pairs(f);
    seen_t s = {.stop_after = 3};
    scan(f, NULL, NULL, false, &s, 0);
    assert_int_equal(s.n, 3);
    expect_run(&s, 0, 1, 0, 10, 3);

    memset(&s, 0, sizeof s);
    s.fail_after = 2;
    scan(f, NULL, NULL, true, &s, STORE_IO);
    assert_int_equal(s.n, 2);

    /* An empty database visits nothing in either direction. */
    store_txn_t *t;
    memset(&s, 0, sizeof s);
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_scan(t, STORE_DB_SESSIONS, NULL, NULL, false, collect, &s), 0);
    assert_int_equal(store_scan(t, STORE_DB_SESSIONS, NULL, NULL, true, collect, &s), 0);
    store_txn_abort(t);
    assert_int_equal(s.n, 0);
}

/* ---- 4. the sticky error ---- */

static void test_sticky_error(void **state)
{
    fixture_t *f = *state;
    store_key_t bad;
    store_key_init(&bad);
    uint8_t big[STORE_KEY_MAX + 1] = {0};
    store_key_bytes(&bad, big, sizeof big);
    store_key_t good = key_u64(1), other = key_u64(2);

    store_txn_t *t;
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &good, "a", 1), 0);
    assert_int_equal(store_txn_error(t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &bad, "b", 1), STORE_INVAL);
    assert_int_equal(store_txn_error(t), STORE_INVAL);
    /* Later calls are no-ops returning the first error. */
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &other, "c", 1), STORE_INVAL);
    assert_int_equal(store_del(t, STORE_DB_TICKETS, &good), STORE_INVAL);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &good, &v), STORE_INVAL);
    assert_int_equal(store_txn_commit(t), STORE_INVAL);

    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &good, &v), STORE_NOTFOUND);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &other, &v), STORE_NOTFOUND);
    assert_int_equal(store_txn_commit(t), 0);

    /* NOTFOUND from a get is an answer, not an error. */
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &good, &v), STORE_NOTFOUND);
    assert_int_equal(store_txn_error(t), 0);
    assert_int_equal(store_put(t, STORE_DB_TICKETS, &good, "a", 1), 0);
    assert_int_equal(store_txn_commit(t), 0);
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_TICKETS, &good, &v), 0);
    store_txn_abort(t);
}

/* ---- 5. reopen, schema, corruption ---- */

static bool is_hex32(const char *e)
{
    if (strlen(e) != 32)
        return false;
    for (int i = 0; i < 32; i++)
        if (!strchr("0123456789abcdef", e[i]))
            return false;
    return true;
}

static void test_reopen_keeps_data_and_epoch(void **state)
{
    fixture_t *f = *state;
    char epoch[33];
    assert_true(is_hex32(store_epoch(f->s)));
    snprintf(epoch, sizeof epoch, "%s", store_epoch(f->s));

    store_txn_t *t;
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "siti");
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_USERS, &k, "{\"role\":\"staff\"}", 16), 0);
    assert_int_equal(store_txn_commit(t), 0);

    reopen(f);
    assert_string_equal(store_epoch(f->s), epoch);
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_USERS, &k, &v), 0);
    assert_int_equal(v.len, 16);
    store_key_t sk;
    store_key_init(&sk);
    store_key_str(&sk, "schema");
    assert_int_equal(store_get(t, STORE_DB_META, &sk, &v), 0);
    assert_int_equal(v.len, 4);
    assert_int_equal(store_u64_decode((const uint8_t[8]){
                         0, 0, 0, 0, ((const uint8_t *)v.data)[0], ((const uint8_t *)v.data)[1],
                         ((const uint8_t *)v.data)[2], ((const uint8_t *)v.data)[3]}),
                     STORE_SCHEMA_VERSION);
    store_txn_abort(t);

    /* Another data folder has another epoch. */
    fixture_t *g = NULL;
    assert_int_equal(setup((void **)&g), 0);
    assert_string_not_equal(store_epoch(g->s), epoch);
    teardown((void **)&g);

    size_t map = 0, used = 0;
    store_usage(f->s, &map, &used);
    assert_true(map >= ((size_t)64 << 20));
    assert_true(used > 0 && used <= map);
}

static int put_schema(void *ctx, store_txn_t *t)
{
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "schema");
    uint8_t be[4];
    uint32_t v = *(const uint32_t *)ctx;
    be[0] = (uint8_t)(v >> 24);
    be[1] = (uint8_t)(v >> 16);
    be[2] = (uint8_t)(v >> 8);
    be[3] = (uint8_t)v;
    return store_put(t, STORE_DB_META, &k, be, 4);
}

static void test_newer_schema_refused(void **state)
{
    fixture_t *f = *state;
    uint32_t newer = STORE_SCHEMA_VERSION + 1;
    assert_int_equal(store_write(f->s, put_schema, &newer), 0);
    store_close(f->s);
    f->s = NULL;

    char err[256] = "";
    store_t *s = NULL;
    assert_int_equal(store_open(&s, f->dir, 0, err, sizeof err), STORE_SCHEMA);
    assert_null(s);
    assert_non_null(strstr(err, f->dir));
    assert_non_null(strstr(err, "newer"));
    /* Refused again: the failed open changed nothing. */
    assert_int_equal(store_open(&s, f->dir, 0, err, sizeof err), STORE_SCHEMA);
}

static void test_corrupt_file_refused(void **state)
{
    fixture_t *f = *state;
    store_close(f->s);
    f->s = NULL;
    char path[128];
    snprintf(path, sizeof path, "%s/data.mdb", f->dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lock.mdb", f->dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/data.mdb", f->dir);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    char junk[16384];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i * 31 + 7);
    assert_int_equal(fwrite(junk, 1, sizeof junk, fp), sizeof junk);
    fclose(fp);

    char err[256] = "";
    store_t *s = NULL;
    int rc = store_open(&s, f->dir, 0, err, sizeof err);
    assert_int_equal(rc, STORE_CORRUPT);
    assert_null(s);
    assert_non_null(strstr(err, f->dir));
}

/* A value of one byte: gone when it is 'x'. */
static bool marked_x(void *ctx, const store_val_t *val)
{
    (*(int *)ctx)++;
    return val->len == 1 && *(const char *)val->data == 'x';
}

static int count_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)key, (void)val;
    (*(int *)ctx)++;
    return 0;
}

static void test_purge_removes_what_is_gone(void **state)
{
    fixture_t *f = *state;
    store_batch_t *b = store_batch_new();
    for (uint64_t i = 1; i <= 10; i++) {
        store_key_t k = key_u64(i);
        assert_int_equal(store_batch_put(b, STORE_DB_IDEMPOTENCY, &k, i % 3 ? "k" : "x", 1), 0);
    }
    assert_int_equal(store_batch_commit(f->s, b), 0);
    store_batch_free(b);

    int asked = 0, left = 0;
    b = store_batch_new();
    assert_int_equal(store_purge(f->s, b, STORE_DB_IDEMPOTENCY, marked_x, &asked), 3);
    assert_int_equal(asked, 10);
    assert_int_equal(store_walk(f->s, STORE_DB_IDEMPOTENCY, NULL, NULL, false, count_visit, &left),
                     0);
    assert_int_equal(left, 10); /* nothing removed until the batch commits */
    assert_int_equal(store_batch_commit(f->s, b), 0);
    store_batch_free(b);
    left = 0;
    assert_int_equal(store_walk(f->s, STORE_DB_IDEMPOTENCY, NULL, NULL, false, count_visit, &left),
                     0);
    assert_int_equal(left, 7);
}

static void test_strerror(void **state)
{
    (void)state;
    for (int e = STORE_INVAL; e <= STORE_OK; e++) {
        assert_non_null(store_strerror(e));
        assert_string_not_equal(store_strerror(e), "unknown store error");
    }
    assert_string_equal(store_strerror(-100), "unknown store error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_u64_order),
        cmocka_unit_test(test_key_u32_order),
        cmocka_unit_test(test_key_str_prefix_and_composite),
        cmocka_unit_test_setup_teardown(test_key_overflow_invalid, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_get_del, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_append_and_rewrite, setup, teardown),
        cmocka_unit_test_setup_teardown(test_purge_removes_what_is_gone, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_forward, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_prefix, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_reverse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_stop_and_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sticky_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reopen_keeps_data_and_epoch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_file_refused, setup, teardown),
        cmocka_unit_test(test_strerror),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
