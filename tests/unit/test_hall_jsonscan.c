/*
 * test_hall_jsonscan.c - members read out of JSON text in one pass: for
 * random objects (strings with escapes and non-ASCII text of every length,
 * numbers, literals, nested objects and arrays), written compact and
 * indented, every member's value as jscan_fields finds it parses (jansson)
 * to the member's value, an absent name is not found, and text cut short
 * or not an object is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "jsonscan.h"
#include "test_common.h"

/* A random string: plain runs, escapes, a two-byte and a four-byte
 * character, of 0 to 40 pieces. */
static json_t *random_string(fx_rng_t *g)
{
    static const char *const pieces[] = {
        "a",    "Budi",     "x y z 0123456789", "\"", "\\", "\n", "\t",
        "\x01", "\xc3\xa9", "\xf0\x9f\x98\x80", "/",  "}",  "{",  ",",
        ":",    "]"};
    char buf[1024] = "";
    for (size_t k = fx_next(g) % 41; k > 0; k--)
        strcat(buf, pieces[fx_next(g) % (sizeof pieces / sizeof pieces[0])]);
    return json_string(buf);
}

static json_t *random_value(fx_rng_t *g, int depth)
{
    switch (fx_next(g) % (depth < 3 ? 7 : 5)) {
    case 0: return random_string(g);
    case 1: return json_integer((json_int_t)(fx_next(g) % 2000000) - 1000000);
    case 2: return json_real((double)(fx_next(g) % 1000) / 8.0);
    case 3: return fx_next(g) % 2 ? json_true() : json_false();
    case 4: return json_null();
    case 5: {
        json_t *a = json_array();
        for (size_t k = fx_next(g) % 4; k > 0; k--)
            json_array_append_new(a, random_value(g, depth + 1));
        return a;
    }
    default: {
        json_t *o = json_object();
        for (size_t k = fx_next(g) % 4; k > 0; k--) {
            char key[16];
            snprintf(key, sizeof key, "k%u", (unsigned)(fx_next(g) % 8));
            json_object_set_new(o, key, random_value(g, depth + 1));
        }
        return o;
    }
    }
}

static const char *const names[] = {"m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "absent"};
#define N_NAMES (sizeof names / sizeof names[0])

static void members_are_found_where_they_are(void **state)
{
    (void)state;
    fx_rng_t g = {.state = 42};
    for (int round = 0; round < 3000; round++) {
        json_t *o = json_object();
        for (size_t i = 0; i + 1 < N_NAMES; i++)
            if (fx_next(&g) % 4)
                json_object_set_new(o, names[i], random_value(&g, 0));
        char *text = json_dumps(o, round % 2 ? JSON_INDENT(2) : JSON_COMPACT);
        assert_non_null(text);
        size_t len = strlen(text);
        jscan_t out[N_NAMES];
        if (!jscan_fields(text, text + len, names, out, N_NAMES))
            fail_msg("not read: %s", text);
        for (size_t i = 0; i < N_NAMES; i++) {
            json_t *want = json_object_get(o, names[i]);
            if (!want) {
                assert_null(out[i].p);
                continue;
            }
            assert_non_null(out[i].p);
            json_error_t e;
            json_t *got = json_loadb(out[i].p, out[i].len, JSON_DECODE_ANY, &e);
            if (!got || !json_equal(got, want))
                fail_msg("member %s read as '%.*s' in %s", names[i], (int)out[i].len, out[i].p,
                         text);
            json_decref(got);
        }
        /* cut anywhere inside, the object is refused */
        size_t cut = len > 1 ? 1 + fx_next(&g) % (len - 1) : 0;
        if (cut && jscan_fields(text, text + cut, names, out, N_NAMES))
            fail_msg("read when cut at %zu: %s", cut, text);
        free(text);
        json_decref(o);
    }
}

static void what_is_not_an_object_is_refused(void **state)
{
    (void)state;
    static const char *const texts[] = {"",           "[]",    "\"a\"",          "{\"a\" 1}",
                                        "{\"a\":1,}", "{a:1}", "{\"a\":\"open}", "{\"a\":1"};
    jscan_t out[N_NAMES];
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (jscan_fields(texts[i], texts[i] + strlen(texts[i]), names, out, N_NAMES))
            fail_msg("read: %s", texts[i]);
    const char *empty = " { } ";
    assert_true(jscan_fields(empty, empty + strlen(empty), names, out, N_NAMES));
    for (size_t i = 0; i < N_NAMES; i++)
        assert_null(out[i].p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(members_are_found_where_they_are),
        cmocka_unit_test(what_is_not_an_object_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
