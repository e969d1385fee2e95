/*
 * test_booking_code.c - booking codes drawn without bias from the caller's
 * random source (bytes past 247 dropped), a failing or stuck source, codes
 * typed every way a person types them, and tokens.
 */
#include <string.h>

#include "booking/code.h"
#include "test_booking_fixture.h"

#define ALPHABET_LEN 31

/* 1: codes have the shape BK-XXXX, only from the alphabet, and each
 * character comes up about as often as every other. */
static void test_code_shape_and_spread(void **state)
{
    (void)state;
    fx_rng_t g;
    booking_random_t rnd = fx_random(&g, 7);
    assert_int_equal(strlen(BOOKING_CODE_ALPHABET), ALPHABET_LEN);
    for (const char *c = "01OIL"; *c; c++)
        assert_null(strchr(BOOKING_CODE_ALPHABET, *c));

    size_t seen[ALPHABET_LEN] = {0};
    const int draws = ALPHABET_LEN * 2000; /* 8000 of each character expected */
    for (int i = 0; i < draws; i++) {
        char code[BOOKING_CODE_MAX];
        assert_int_equal(booking_code_draw(&rnd, code), BOOKING_OK);
        assert_int_equal(strlen(code), 7);
        assert_memory_equal(code, "BK-", 3);
        for (int k = 3; k < 7; k++) {
            const char *at = strchr(BOOKING_CODE_ALPHABET, code[k]);
            assert_non_null(at);
            seen[at - BOOKING_CODE_ALPHABET]++;
        }
    }
    for (int i = 0; i < ALPHABET_LEN; i++) {
        assert_true(seen[i] > 7400); /* about seven standard deviations */
        assert_true(seen[i] < 8600);
    }
}

/* 2: a byte of 248 or more would favour the first 8 characters: dropped. */
static void test_code_drops_biased_bytes(void **state)
{
    (void)state;
    const unsigned char bytes[8] = {248, 255, 0, 30, 252, 31, 247, 1};
    fx_script_t s = {bytes, sizeof bytes, 0};
    booking_random_t rnd = {fx_script_fill, &s};
    char code[BOOKING_CODE_MAX];
    assert_int_equal(booking_code_draw(&rnd, code), BOOKING_OK);
    assert_string_equal(code, "BK-2Z2Z"); /* 0, 30, 31 % 31, 247 % 31 */
}

/* 3: a source that fails, or only ever gives dropped bytes, gives no code
 * rather than a weak one. */
static void test_code_without_randomness(void **state)
{
    (void)state;
    fx_script_t empty = {NULL, 0, 0};
    booking_random_t none = {fx_script_fill, &empty};
    char code[BOOKING_CODE_MAX] = "x", token[BOOKING_TOKEN_MAX] = "x";
    assert_int_equal(booking_code_draw(&none, code), BOOKING_ERANDOM);
    assert_string_equal(code, "");
    assert_int_equal(booking_token_draw(&none, token), BOOKING_ERANDOM);
    assert_string_equal(token, "");

    unsigned char stuck[8 * 16];
    memset(stuck, 0xff, sizeof stuck);
    fx_script_t s = {stuck, sizeof stuck, 0};
    booking_random_t ff = {fx_script_fill, &s};
    assert_int_equal(booking_code_draw(&ff, code), BOOKING_ERANDOM);
    assert_string_equal(code, "");
}

/* 4: what people type at the kiosk, and what a scanner reads. */
static void test_code_typed(void **state)
{
    (void)state;
    const char *same[] = {"BK-7QK3", "bk-7qk3",   "BK7QK3",   "7QK3",
                          "7qk3",    " bk 7qk3 ", "BK-7Q-K3", "bK--7Qk3"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        char out[BOOKING_CODE_MAX];
        assert_int_equal(booking_code_normalize(same[i], out), BOOKING_OK);
        assert_string_equal(out, "BK-7QK3");
    }
    char out[BOOKING_CODE_MAX];
    assert_int_equal(booking_code_normalize("BKBK", out), BOOKING_OK); /* 4 characters */
    assert_string_equal(out, "BK-BKBK");

    const char *bad[] = {"",        "BK-",       "BK-7QK",         "BK-7QK3X", "BK-7QK0",
                         "BK-7OK3", "BK-1QK3",   "BK-7QI3",        "BK-7QL3",  "XX-7QK3",
                         "BK_7QK3", "BK-7QK3\n", "BK-7QK\xc3\xa9", "BKBKBKBK"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        strcpy(out, "x");
        assert_int_equal(booking_code_normalize(bad[i], out), BOOKING_EINVAL);
        assert_string_equal(out, "");
    }
    assert_int_equal(booking_code_normalize(NULL, out), BOOKING_EINVAL);
}

/* 5: a token is the 16 bytes in lowercase hex. */
static void test_token(void **state)
{
    (void)state;
    unsigned char bytes[16];
    for (int i = 0; i < 16; i++)
        bytes[i] = (unsigned char)(i * 17);
    fx_script_t s = {bytes, sizeof bytes, 0};
    booking_random_t rnd = {fx_script_fill, &s};
    char token[BOOKING_TOKEN_MAX];
    assert_int_equal(booking_token_draw(&rnd, token), BOOKING_OK);
    assert_string_equal(token, "00112233445566778899aabbccddeeff");
    assert_true(booking_token_valid(token));

    const char *bad[] = {"", "00112233445566778899aabbccddeef", "00112233445566778899AABBCCDDEEFF",
                         "00112233445566778899aabbccddeeff0", "0011223344556677889gaabbccddeeff"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(booking_token_valid(bad[i]));
    assert_false(booking_token_valid(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_code_shape_and_spread),
        cmocka_unit_test(test_code_drops_biased_bytes),
        cmocka_unit_test(test_code_without_randomness),
        cmocka_unit_test(test_code_typed),
        cmocka_unit_test(test_token),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
