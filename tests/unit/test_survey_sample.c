/*
 * test_survey_sample.c - the Krejcie-Morgan table of survey/sample.h:
 * rows checked against values quoted from the published Table 1 (the
 * article's own example: 9,000 teachers need 368), every row against the
 * formula it was printed from, and the lookup between rows, below the
 * first and past the last.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "survey/sample.h"

/* 1: rows as printed in Krejcie & Morgan (1970), Table 1. */
static void test_published_rows(void **state)
{
    (void)state;
    static const ikm_sample_row_t quoted[] = {
        {10, 10},    {15, 14},    {50, 44},     {100, 80},    {220, 140},   {300, 169},
        {500, 217},  {1000, 278}, {1200, 291},  {1500, 306},  {2000, 322},  {2800, 338},
        {5000, 357}, {9000, 368}, {10000, 370}, {20000, 377}, {50000, 381}, {1000000, 384},
    };
    for (size_t i = 0; i < sizeof quoted / sizeof quoted[0]; i++)
        assert_int_equal(ikm_sample_needed(quoted[i].n), quoted[i].s);
}

/* 2: every row is the formula S = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)),
 * X2 = 3.841, P = .5, d = .05, rounded to the nearest whole; the rows
 * grow with N and never ask for more than N. */
static void test_rows_follow_the_formula(void **state)
{
    (void)state;
    size_t n;
    const ikm_sample_row_t *t = ikm_sample_table(&n);
    assert_int_equal(n, 90);
    for (size_t i = 0; i < n; i++) {
        double N = t[i].n;
        double s = 3.841 * N * 0.25 / (0.0025 * (N - 1) + 3.841 * 0.25);
        if ((uint32_t)(s + 0.5) != t[i].s)
            fail_msg("row %zu: N %u S %u, the formula gives %.2f", i, t[i].n, t[i].s, s);
        assert_true(t[i].s <= t[i].n);
        if (i > 0) {
            assert_true(t[i].n > t[i - 1].n);
            assert_true(t[i].s >= t[i - 1].s);
        }
    }
}

/* 3: between rows the row above (the larger sample), never more than the
 * population, 0 for none, and 384 past the table. */
static void test_lookup(void **state)
{
    (void)state;
    assert_int_equal(ikm_sample_needed(0), 0);
    assert_int_equal(ikm_sample_needed(1), 1);
    assert_int_equal(ikm_sample_needed(9), 9);
    assert_int_equal(ikm_sample_needed(12), 12); /* row 15 says 14: only 12 exist */
    assert_int_equal(ikm_sample_needed(101), 86);
    assert_int_equal(ikm_sample_needed(1001), 285);
    assert_int_equal(ikm_sample_needed(2801), 341);
    assert_int_equal(ikm_sample_needed(75001), 384);
    assert_int_equal(ikm_sample_needed(5000000), 384);
    assert_int_equal(ikm_sample_needed(UINT64_MAX), 384);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_published_rows),
        cmocka_unit_test(test_rows_follow_the_formula),
        cmocka_unit_test(test_lookup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
