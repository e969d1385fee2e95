/*
 * test_base_text.c - the shared text checks (core/text.h): UTF-8 sequence
 * lengths and validation, and the "did you mean" suggestion used by the
 * config and the plugin checks, and numbers written in decimal and read
 * back.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "text.h"

static size_t seq(const char *s)
{
    return text_utf8_seq((const unsigned char *)s, 4);
}

static void utf8_sequences(void **state)
{
    (void)state;
    assert_int_equal(seq("a"), 1);
    assert_int_equal(seq("\xc3\xa9"), 2);
    assert_int_equal(seq("\xe2\x82\xac"), 3);
    assert_int_equal(seq("\xf0\x9f\x98\x80"), 4);
    assert_int_equal(seq("\x80"), 0);
    assert_int_equal(seq("\xc0\xaf"), 0);         /* overlong */
    assert_int_equal(seq("\xed\xa0\x80"), 0);     /* surrogate */
    assert_int_equal(seq("\xf4\x90\x80\x80"), 0); /* > U+10FFFF */
    assert_int_equal(seq("\xe2\x82"), 0);         /* cut by the NUL */
    assert_int_equal(text_utf8_seq((const unsigned char *)"\xe2\x82\xac", 2), 0); /* cut */
}

static void utf8_strings(void **state)
{
    (void)state;
    const char ok[] = "Perekaman KTP-el \xe2\x80\x94 Rp 0";
    assert_true(text_is_utf8(ok, strlen(ok)));
    assert_true(text_is_utf8("", 0));
    assert_false(text_is_utf8("a\0b", 3));
    assert_false(text_is_utf8("caf\xc3", 4));
    assert_false(text_is_utf8("\xff", 1));
}

static void suggestions(void **state)
{
    (void)state;
    static const char *const known[] = {"requirements", "procedure", "minutes", "fee", NULL};
    assert_string_equal(text_suggest("requirments", known), "requirements");
    assert_string_equal(text_suggest("minuets", known), "minutes"); /* a transposition */
    assert_string_equal(text_suggest("fe", known), "fee");
    assert_null(text_suggest("colour", known));
    assert_null(text_suggest("x", known));
}

/* text_u64 writes what "%llu" writes, for the edges and a spread of
 * values between. */
static void decimal(void **state)
{
    (void)state;
    const uint64_t edges[] = {
        0, 1, 9, 10, 99, 100, 4294967295ULL, 4294967296ULL, UINT64_MAX - 1, UINT64_MAX};
    char got[TEXT_U64_MAX + 1], want[32];
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        size_t n = text_u64(got, edges[i]);
        got[n] = '\0';
        snprintf(want, sizeof want, "%llu", (unsigned long long)edges[i]);
        assert_string_equal(got, want);
    }
    for (uint64_t p10 = 10, k = 1; k < 20; p10 *= 10, k++) { /* each length's both ends */
        for (uint64_t v = p10 - 1; v <= p10; v++) {
            size_t n = text_u64(got, v);
            got[n] = '\0';
            snprintf(want, sizeof want, "%llu", (unsigned long long)v);
            assert_string_equal(got, want);
        }
    }
    for (uint64_t v = 1; v < UINT64_MAX / 3; v = v * 3 + 7) {
        size_t n = text_u64(got, v);
        got[n] = '\0';
        snprintf(want, sizeof want, "%llu", (unsigned long long)v);
        assert_string_equal(got, want);
    }
}

/* Whether text_parse_u64 reads s, and as want. */
static bool parses(const char *s, uint64_t want)
{
    uint64_t v = 7;
    bool ok = text_parse_u64(s, strlen(s), &v);
    assert_true(ok ? v == want : v == 0);
    return ok;
}

static void decimal_read(void **state)
{
    (void)state;
    assert_true(parses("0", 0));
    assert_true(parses("7", 7));
    assert_true(parses("1767495600123", 1767495600123ULL));
    assert_true(parses("18446744073709551615", UINT64_MAX));
    assert_true(parses("007", 7));
    assert_false(parses("", 0));
    assert_false(parses("18446744073709551616", 0));  /* one past the most */
    assert_false(parses("99999999999999999999", 0));  /* 20 digits, too many */
    assert_false(parses("000000000000000000001", 0)); /* 21 digits */
    assert_false(parses("-1", 0));
    assert_false(parses("+1", 0));
    assert_false(parses(" 1", 0));
    assert_false(parses("1 ", 0));
    assert_false(parses("1x", 0));
    assert_false(parses("1/", 0)); /* the bytes around the digits */
    assert_false(parses("1:", 0));
    char buf[TEXT_U64_MAX + 1];
    for (uint64_t v = 1; v < UINT64_MAX / 3; v = v * 3 + 7) { /* what text_u64 writes */
        size_t n = text_u64(buf, v);
        uint64_t back;
        assert_true(text_parse_u64(buf, n, &back));
        assert_true(back == v);
        assert_false(text_parse_u64(buf, n - 1, &back) && back == v);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_sequences), cmocka_unit_test(utf8_strings),
        cmocka_unit_test(suggestions),    cmocka_unit_test(decimal),
        cmocka_unit_test(decimal_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
