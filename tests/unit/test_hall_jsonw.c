/*
 * test_hall_jsonw.c - the JSON text writer: commas in nested objects and
 * arrays, string escapes, bytes that are not UTF-8, integers at their
 * limits, the reserved prefix; every text it writes must parse (jansson)
 * to what was meant.
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

#include "jsonw.h"

/* The writer's text, parsed; fails the test when it is not JSON. */
static json_t *parsed(jsonw_t *w, size_t pre, char **text)
{
    size_t len;
    char *buf = jsonw_take(w, &len);
    assert_non_null(buf);
    assert_int_equal(strlen(buf + pre), len);
    json_error_t e;
    json_t *v = json_loadb(buf + pre, len, 0, &e);
    if (!v)
        fail_msg("not JSON (%s): %s", e.text, buf + pre);
    *text = buf;
    return v;
}

static void nested_values_get_their_commas(void **state)
{
    (void)state;
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_obj(&w);
    jsonw_key(&w, "a");
    jsonw_int(&w, 1);
    jsonw_key(&w, "list");
    jsonw_arr(&w);
    jsonw_int(&w, 2);
    jsonw_obj(&w);
    jsonw_obj_end(&w);
    jsonw_arr(&w);
    jsonw_arr_end(&w);
    jsonw_null(&w);
    jsonw_bool(&w, true);
    jsonw_obj(&w);
    jsonw_kint(&w, "x", 1);
    jsonw_kstr(&w, "y", "z");
    jsonw_obj_end(&w);
    jsonw_arr_end(&w);
    jsonw_key(&w, "empty");
    jsonw_str_or_null(&w, "");
    jsonw_key(&w, "s");
    jsonw_str_or_null(&w, "t");
    jsonw_obj_end(&w);
    char *text;
    json_t *v = parsed(&w, 0, &text);
    assert_string_equal(
        text,
        "{\"a\":1,\"list\":[2,{},[],null,true,{\"x\":1,\"y\":\"z\"}],\"empty\":null,\"s\":\"t\"}");
    json_decref(v);
    free(text);
}

static void strings_are_escaped_and_scrubbed(void **state)
{
    (void)state;
    const char *in =
        "quote\" back\\ nl\n tab\t bell\x07 del\x7f Jl. Sudirman \xc3\xa9 \xe2\x82\xac "
        "\xf0\x9f\x98\x80 bad \xc3( \xed\xa0\x80 \xc0\xaf cut \xe2\x82";
    jsonw_t w;
    jsonw_init(&w, 16);
    jsonw_arr(&w);
    jsonw_str(&w, in);
    jsonw_arr_end(&w);
    char *text;
    json_t *v = parsed(&w, 16, &text);
    const char *out = json_string_value(json_array_get(v, 0));
    assert_string_equal(out, "quote\" back\\ nl\n tab\t bell\x07 del\x7f Jl. Sudirman \xc3\xa9 "
                             "\xe2\x82\xac \xf0\x9f\x98\x80 bad ?( ??? ?? cut ??");
    assert_non_null(strstr(text + 16, "\\u0007"));
    json_decref(v);
    free(text);
}

static void integers_keep_their_range(void **state)
{
    (void)state;
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_arr(&w);
    jsonw_int(&w, INT64_MAX);
    jsonw_int(&w, INT64_MIN);
    jsonw_int(&w, 0);
    jsonw_int(&w, -1);
    jsonw_int(&w, -1700000000123);
    jsonw_arr_end(&w);
    char *text;
    json_t *v = parsed(&w, 0, &text);
    assert_true(json_integer_value(json_array_get(v, 0)) == INT64_MAX);
    assert_true(json_integer_value(json_array_get(v, 1)) == INT64_MIN);
    assert_string_equal(text, "[9223372036854775807,-9223372036854775808,0,-1,-1700000000123]");
    json_decref(v);
    free(text);
}

static void a_long_text_grows_the_buffer(void **state)
{
    (void)state;
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_arr(&w);
    for (int i = 0; i < 20000; i++)
        jsonw_str(&w, "dukcapil/ktp-el-rekam");
    jsonw_arr_end(&w);
    char *text;
    json_t *v = parsed(&w, 0, &text);
    assert_int_equal(json_array_size(v), 20000);
    json_decref(v);
    free(text);
}

/* The writer's escape of one byte c after plain bytes: what the word at a
 * time reading must give, byte by byte. */
static void escape_one(unsigned char c, char *out)
{
    switch (c) {
    case '"': strcpy(out, "\\\""); break;
    case '\\': strcpy(out, "\\\\"); break;
    case '\n': strcpy(out, "\\n"); break;
    case '\r': strcpy(out, "\\r"); break;
    case '\t': strcpy(out, "\\t"); break;
    case '\b': strcpy(out, "\\b"); break;
    case '\f': strcpy(out, "\\f"); break;
    default:
        if (c < 0x20)
            sprintf(out, "\\u%04x", c);
        else if (c >= 0x80) /* alone, never UTF-8 */
            strcpy(out, "?");
        else
            sprintf(out, "%c", c);
    }
}

/* jsonw_str writes text as want. */
static void expect_written(const char *text, const char *want)
{
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_str(&w, text);
    size_t len;
    char *got = jsonw_take(&w, &len);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

/* Every byte value at every place of a 24-byte text, and a two-byte
 * character at every place: the same text as one byte at a time gives. */
static void every_byte_at_every_place(void **state)
{
    (void)state;
    char text[32], want[64], esc[8];
    for (unsigned c = 1; c < 256; c++)
        for (size_t at = 0; at < 24; at++) {
            memset(text, 'a', 24);
            text[24] = '\0';
            text[at] = (char)c;
            escape_one((unsigned char)c, esc);
            snprintf(want, sizeof want, "\"%.*s%s%s\"", (int)at, text, esc, text + at + 1);
            expect_written(text, want);
        }
    for (size_t at = 0; at < 23; at++) {
        memset(text, 'b', 24);
        text[24] = '\0';
        memcpy(text + at, "\xc3\xa9", 2); /* é */
        snprintf(want, sizeof want, "\"%s\"", text);
        expect_written(text, want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nested_values_get_their_commas),
        cmocka_unit_test(strings_are_escaped_and_scrubbed),
        cmocka_unit_test(integers_keep_their_range),
        cmocka_unit_test(a_long_text_grows_the_buffer),
        cmocka_unit_test(every_byte_at_every_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
