/*
 * test_store_version.c - the data folder's format version: a new folder
 * records the current format and the first line of its history; a folder
 * of format 1 (as an mppd of that format left it: no history) is migrated
 * forward at open with its data and epoch kept; a folder of a newer format
 * is refused with both versions named and left byte for byte as it was;
 * the history stays bounded.
 * Each case works in its own mkdtemp folder under /tmp, removed after.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_store_fixture.h"

static int setup(void **state)
{
    return fixture_setup(state, 0);
}

static store_key_t key_str(const char *s)
{
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, s);
    return k;
}

/* Writes `*ctx` as the folder's format. */
static int put_format(void *ctx, store_txn_t *t)
{
    uint32_t v = *(const uint32_t *)ctx;
    uint8_t be[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    store_key_t k = key_str("schema");
    return store_put(t, STORE_DB_META, &k, be, 4);
}

/* Takes the history away: a format-1 mppd never wrote one. */
static int drop_history(void *ctx, store_txn_t *t)
{
    (void)ctx;
    store_key_t k = key_str("history");
    return store_del(t, STORE_DB_META, &k);
}

/* Sets f's folder to format `v` (as that format's mppd left it) and
 * closes it. */
static void make_format(fixture_t *f, uint32_t v)
{
    assert_int_equal(store_write(f->s, put_format, &v), 0);
    if (v == 1)
        assert_int_equal(store_write(f->s, drop_history, NULL), 0);
    store_close(f->s);
    f->s = NULL;
}

/* The folder's format, read through the store. */
static uint32_t format_of(store_t *s)
{
    store_txn_t *t;
    store_val_t v;
    store_key_t k = key_str("schema");
    assert_int_equal(store_txn_begin(s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_META, &k, &v), 0);
    assert_int_equal(v.len, 4);
    const uint8_t *b = v.data;
    uint32_t version = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    store_txn_abort(t);
    return version;
}

/* The history text (caller frees), "" when there is none. */
static char *history_of(store_t *s)
{
    store_txn_t *t;
    store_val_t v;
    store_key_t k = key_str("history");
    assert_int_equal(store_txn_begin(s, false, &t), 0);
    int rc = store_get(t, STORE_DB_META, &k, &v);
    char *text = calloc(1, rc == 0 ? v.len + 1 : 1);
    assert_non_null(text);
    if (rc == 0)
        memcpy(text, v.data, v.len);
    store_txn_abort(t);
    return text;
}

static int count_lines(const char *text)
{
    int n = 0;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    return n;
}

/* The whole of a file, for comparing a folder before and after. */
static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    *len = (size_t)n;
    return buf;
}

static void test_new_folder_records_format(void **state)
{
    fixture_t *f = *state;
    assert_int_equal(format_of(f->s), STORE_SCHEMA_VERSION);
    char *h = history_of(f->s);
    char want[64];
    snprintf(want, sizeof want, "Z created at format %u\n", (unsigned)STORE_SCHEMA_VERSION);
    assert_int_equal(count_lines(h), 1);
    assert_non_null(strstr(h, want));
    free(h);
}

static void test_format_1_folder_migrated(void **state)
{
    fixture_t *f = *state;
    char epoch[33];
    snprintf(epoch, sizeof epoch, "%s", store_epoch(f->s));
    store_txn_t *t;
    store_key_t user = key_str("siti");
    assert_int_equal(store_txn_begin(f->s, true, &t), 0);
    assert_int_equal(store_put(t, STORE_DB_USERS, &user, "{\"role\":\"staff\"}", 16), 0);
    assert_int_equal(store_txn_commit(t), 0);
    make_format(f, 1);

    char err[256] = "";
    assert_int_equal(store_open(&f->s, f->dir, 0, err, sizeof err), 0);
    assert_string_equal(err, "");
    assert_int_equal(format_of(f->s), STORE_SCHEMA_VERSION);
    assert_string_equal(store_epoch(f->s), epoch);
    store_val_t v;
    assert_int_equal(store_txn_begin(f->s, false, &t), 0);
    assert_int_equal(store_get(t, STORE_DB_USERS, &user, &v), 0);
    assert_int_equal(v.len, 16);
    store_txn_abort(t);

    /* one line for where it started, one per step up to this format */
    char *h = history_of(f->s);
    assert_int_equal(count_lines(h), STORE_SCHEMA_VERSION);
    assert_non_null(strstr(h, "Z format 1 ("));
    assert_non_null(strstr(h, "Z migrated from format 1 to 2\n"));
    free(h);

    /* Opening it again migrates nothing more. */
    store_close(f->s);
    f->s = NULL;
    assert_int_equal(store_open(&f->s, f->dir, 0, err, sizeof err), 0);
    h = history_of(f->s);
    assert_int_equal(count_lines(h), STORE_SCHEMA_VERSION);
    free(h);
}

static void test_newer_format_refused(void **state)
{
    fixture_t *f = *state;
    uint32_t newer = STORE_SCHEMA_VERSION + 1;
    make_format(f, newer);
    char path[128];
    snprintf(path, sizeof path, "%s/data.mdb", f->dir);
    size_t len_before, len_after;
    char *before = slurp(path, &len_before);

    char err[512] = "";
    store_t *s = NULL;
    assert_int_equal(store_open(&s, f->dir, 0, err, sizeof err), STORE_SCHEMA);
    assert_null(s);
    /* the folder, its format and the formats this build reads */
    char want[64];
    assert_non_null(strstr(err, f->dir));
    snprintf(want, sizeof want, "data format %u", (unsigned)newer);
    assert_non_null(strstr(err, want));
    snprintf(want, sizeof want, "formats 1 to %u", (unsigned)STORE_SCHEMA_VERSION);
    assert_non_null(strstr(err, want));
    assert_non_null(strstr(err, "newer"));

    char *after = slurp(path, &len_after);
    assert_int_equal(len_after, len_before);
    assert_memory_equal(after, before, len_before);
    free(before);
    free(after);
    assert_int_equal(store_open(&s, f->dir, 0, err, sizeof err), STORE_SCHEMA);
}

static void test_history_bounded(void **state)
{
    fixture_t *f = *state;
    /* Each round puts the folder's format one step back and lets open
     * migrate it again: a line more each time, far past the bound. */
    for (int i = 0; i < 120; i++) {
        uint32_t back = STORE_SCHEMA_VERSION - 1;
        assert_int_equal(store_write(f->s, put_format, &back), 0); /* history kept */
        store_close(f->s);
        f->s = NULL;
        assert_int_equal(open_in(f, 0), 0);
    }
    char *h = history_of(f->s);
    size_t n = strlen(h);
    assert_true(n > 2048 && n <= 4096);
    assert_true(h[n - 1] == '\n');
    assert_true(h[0] >= '0' && h[0] <= '9'); /* cut at a line's start */
    assert_non_null(strstr(h + n - 40, "migrated from format"));
    free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_new_folder_records_format, setup, teardown),
        cmocka_unit_test_setup_teardown(test_format_1_folder_migrated, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_format_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_history_bounded, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
