/*
 * test_web_body.c - a request's JSON body: the plain reader reads the
 * bodies the pages send, declines every other one, and web_json_body gives
 * jansson's values and errors for every text, here a list of hand-picked
 * bodies and a few hundred thousand random edits of them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "test_common.h"
#include "web/body.h"

/* web_json_body and jansson agree on text [p, p + len): the same value, or
 * both refuse it with the same error. */
static void agrees(const char *p, size_t len)
{
    json_error_t mine, theirs;
    json_t *a = web_json_body(p, len, &mine);
    json_t *b = json_loadb(p, len, JSON_REJECT_DUPLICATES, &theirs);
    if (!a != !b || (a && !json_equal(a, b)))
        fail_msg("read differently from jansson: %.*s", (int)len, p);
    if (!a && strcmp(mine.text, theirs.text) != 0)
        fail_msg("error '%s', jansson's '%s': %.*s", mine.text, theirs.text, (int)len, p);
    json_decref(a);
    json_decref(b);
}

/* The bodies of the pages and the kiosk: read by the plain reader. */
static const char *const plain[] = {
    "{\"service\":\"dukcapil/legalisasi\"}",
    "{\"service\":\"dukcapil/ktp-el\",\"notify\":{\"phone\":\"081234567890\"}}",
    " {\n\t\"service\" : \"samsat/pkb\" , \"priority\" : null , \"print\" : true }\r\n",
    "{\"counter\":12,\"fields\":{},\"list\":[],\"n\":-0,\"m\":-42,\"ok\":false}",
    "{\"a\":[1,[2,[3,{\"b\":\"c\"}]],\"d\"],\"e\":999999999999999999}",
    "{\"a\":-999999999999999999,\"b\":0,\"\":\"\"}",
    "{}",
};

/* Bodies the plain reader leaves to jansson, good and bad. */
static const char *const others[] = {
    "{\"name\":\"Budi \\\"B\\\"\"}",
    "{\"name\":\"Jalan Merdek\\u0061\"}",
    "{\"name\":\"Ayu Ni\xcc\x81ng\"}",
    "{\"rate\":1.5}",
    "{\"rate\":1e3}",
    "{\"big\":1234567890123456789}",
    "{\"big\":99999999999999999999}",
    "{\"lead\":01}",
    "{\"minus\":-}",
    "{\"a\":1,\"a\":2}",
    "{\"a\":{\"b\":1,\"b\":1}}",
    "{\"a\":1,}",
    "{\"a\":[1,]}",
    "{\"a\" 1}",
    "{\"a\":1",
    "{\"a\":1}}",
    "{\"a\":1} x",
    "{\"a\":tru}",
    "{\"a\":nul}",
    "{\"a\":\"tab\there\"}",
    "[1,2]",
    "\"text\"",
    "42",
    "",
    "   ",
    "{'a':1}",
    "{\"a\":\"\xff\"}",
    "{\"d\":[[[[[[[[[[1]]]]]]]]]]}",
};

static void plain_bodies_are_read_here(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        json_t *v;
        if (!web_json_plain(plain[i], strlen(plain[i]), &v))
            fail_msg("not read by the plain reader: %s", plain[i]);
        json_decref(v);
        agrees(plain[i], strlen(plain[i]));
    }
}

static void other_bodies_are_jansson_s(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        json_t *v = (json_t *)1;
        if (web_json_plain(others[i], strlen(others[i]), &v))
            fail_msg("read by the plain reader: %s", others[i]);
        assert_null(v);
        agrees(others[i], strlen(others[i]));
    }
}

/* Random edits of every body above: bytes replaced, put in and taken out,
 * from an alphabet of JSON's own characters and a few others. */
static void edited_bodies_agree(void **state)
{
    (void)state;
    static const char alphabet[] = "{}[]:,\"\\ \t\n-0123456789.eEtrufalsn\x01\x7f\xc3\xa9u";
    fx_rng_t g = {.state = 20261206};
    char buf[256];
    size_t n_plain = 0;
    for (int round = 0; round < 200000; round++) {
        const char *seed = round % 2 ? plain[fx_next(&g) % (sizeof plain / sizeof plain[0])]
                                     : others[fx_next(&g) % (sizeof others / sizeof others[0])];
        size_t len = strlen(seed);
        memcpy(buf, seed, len);
        for (int edits = 1 + (int)(fx_next(&g) % 3); edits > 0; edits--) {
            size_t at = len ? (size_t)(fx_next(&g) % len) : 0;
            char c = alphabet[fx_next(&g) % (sizeof alphabet - 1)];
            switch (fx_next(&g) % 3) {
            case 0:
                if (len)
                    buf[at] = c;
                break;
            case 1:
                if (len + 1 < sizeof buf) {
                    memmove(buf + at + 1, buf + at, len - at);
                    buf[at] = c;
                    len++;
                }
                break;
            default:
                if (len) {
                    memmove(buf + at, buf + at + 1, len - at - 1);
                    len--;
                }
            }
        }
        json_t *v;
        if (web_json_plain(buf, len, &v))
            n_plain++;
        json_decref(v);
        agrees(buf, len);
    }
    /* the edits leave many bodies plain: the reader is tried, not skipped */
    assert_true(n_plain > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_bodies_are_read_here),
        cmocka_unit_test(other_bodies_are_jansson_s),
        cmocka_unit_test(edited_bodies_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
