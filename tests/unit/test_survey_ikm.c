/*
 * test_survey_ikm.c - the IKM arithmetic of PermenPANRB 14/2017 against
 * hand-computed cases: all 4s, a mixed set, the case where a weight of
 * 0.111 instead of 1/9 would change the grade, exact halves at the band
 * edges (88.305 is A, 76.605 is B), no respondents, and weights that do not
 * add up to 1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "survey/ikm.h"

static ikm_result_t compute_default(const ikm_tally_t *t)
{
    ikm_weights_t w;
    ikm_weights_default(&w);
    ikm_result_t r;
    assert_int_equal(ikm_compute(t, &w, &r), IKM_OK);
    return r;
}

/* A tally whose nine element sums are all `each`, over n respondents. */
static ikm_tally_t tally_even(uint64_t n, uint64_t each)
{
    ikm_tally_t t = {.respondents = n};
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        t.sum[i] = each;
    return t;
}

/* 1: every element scored 4 by everyone: NRR 4, IKM 4, value 100, A. */
static void test_all_fours(void **state)
{
    (void)state;
    ikm_tally_t t = {0};
    const int fours[IKM_ELEMENTS] = {4, 4, 4, 4, 4, 4, 4, 4, 4};
    for (int i = 0; i < 7; i++)
        assert_int_equal(ikm_tally_add(&t, fours), IKM_OK);
    ikm_result_t r = compute_default(&t);
    assert_true(r.has_value);
    assert_int_equal(r.respondents, 7);
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        assert_true(r.nrr[i] == 4.0);
    assert_true(r.ikm == 4.0);
    assert_true(r.value == 100.0);
    assert_int_equal(r.value_hundredths, 10000);
    assert_int_equal(r.grade, IKM_GRADE_A);
    assert_string_equal(ikm_grade_name(r.grade), "A");
    assert_string_equal(ikm_grade_label(r.grade), "Sangat Baik");
}

/* 2: three respondents, by hand:
 *   R1 4 4 3 4 3 3 4 4 3   R2 3 3 3 2 3 4 4 3 3   R3 4 3 2 3 3 3 4 3 4
 *   sums 11 10 8 9 9 10 12 10 10 = 89; NRR 11/3 10/3 8/3 3 3 10/3 4 10/3 10/3
 *   IKM = 89/27 = 3.2963; value = 2225/27 = 82.4074 -> 82.41 -> B (Baik). */
static void test_mixed_by_hand(void **state)
{
    (void)state;
    const int r1[] = {4, 4, 3, 4, 3, 3, 4, 4, 3};
    const int r2[] = {3, 3, 3, 2, 3, 4, 4, 3, 3};
    const int r3[] = {4, 3, 2, 3, 3, 3, 4, 3, 4};
    ikm_tally_t t = {0};
    assert_int_equal(ikm_tally_add(&t, r1), IKM_OK);
    assert_int_equal(ikm_tally_add(&t, r2), IKM_OK);
    assert_int_equal(ikm_tally_add(&t, r3), IKM_OK);
    const uint64_t sums[] = {11, 10, 8, 9, 9, 10, 12, 10, 10};
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        assert_int_equal(t.sum[i], sums[i]);
    ikm_result_t r = compute_default(&t);
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        assert_true(fabs(r.nrr[i] - (double)sums[i] / 3.0) < 1e-12);
    assert_true(fabs(r.ikm - 89.0 / 27.0) < 1e-12);
    assert_true(fabs(r.value - 2225.0 / 27.0) < 1e-9);
    assert_int_equal(r.value_hundredths, 8241);
    assert_int_equal(r.grade, IKM_GRADE_B);
    assert_string_equal(ikm_grade_label(r.grade), "Baik");
}

/* 3: ten respondents, eight scoring 32 of 36 and two 31: total 318.
 * Exact 1/9: value = 25 x 318 / 90 = 88.333 -> 88.33 -> A.
 * With 0.111 per element: 0.999 of that = 88.245 -> 88.25 -> B: the rounded
 * weight would change the grade, and nine "0.111" are refused. */
static void test_exact_ninth_not_0111(void **state)
{
    (void)state;
    const int p32[] = {4, 4, 4, 4, 4, 3, 3, 3, 3};
    const int p31[] = {3, 3, 3, 3, 3, 4, 4, 4, 4};
    ikm_tally_t t = {0};
    for (int i = 0; i < 8; i++)
        assert_int_equal(ikm_tally_add(&t, p32), IKM_OK);
    for (int i = 0; i < 2; i++)
        assert_int_equal(ikm_tally_add(&t, p31), IKM_OK);
    uint64_t total = 0;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        total += t.sum[i];
    assert_int_equal(total, 318);
    ikm_result_t r = compute_default(&t);
    assert_int_equal(r.value_hundredths, 8833);
    assert_int_equal(r.grade, IKM_GRADE_A);

    /* what 0.111 would give: 111/1000 x 318/10 x 25, in hundredths,
     * half-up: 8824.5 -> 8825 */
    int64_t h111 = (2 * 111 * 318 * 25 * 100 + 1000 * 10) / (2 * 1000 * 10);
    assert_int_equal(h111, 8825);
    assert_int_equal(ikm_grade_of(h111), IKM_GRADE_B);

    const char *w0111[IKM_ELEMENTS] = {"0.111", "0.111", "0.111", "0.111", "0.111",
                                       "0.111", "0.111", "0.111", "0.111"};
    ikm_weights_t w;
    ikm_weights_default(&w);
    char err[128];
    assert_int_equal(ikm_weights_parse(&w, w0111, err, sizeof err), IKM_EWEIGHTS);
    assert_non_null(strstr(err, "not exactly 1"));
    assert_int_equal(w.den, 9); /* unchanged */
}

/* 4: exact halves at the band edges, from integer sums.
 * n = 5000 and every element sum 17661: value = 25 x 158949 / 45000 =
 * 88.305 exactly -> 88.31 -> A. One point less (158948): 88.30444 -> B.
 * Every element sum 15321: 25 x 137889 / 45000 = 76.605 -> 76.61 -> B. */
static void test_half_up_at_edges(void **state)
{
    (void)state;
    ikm_tally_t a = tally_even(5000, 17661);
    ikm_result_t r = compute_default(&a);
    assert_int_equal(r.value_hundredths, 8831);
    assert_int_equal(r.grade, IKM_GRADE_A);

    a.sum[8]--;
    r = compute_default(&a);
    assert_int_equal(r.value_hundredths, 8830);
    assert_int_equal(r.grade, IKM_GRADE_B);

    ikm_tally_t b = tally_even(5000, 15321);
    r = compute_default(&b);
    assert_int_equal(r.value_hundredths, 7661);
    assert_int_equal(r.grade, IKM_GRADE_B);
    b.sum[0]--;
    r = compute_default(&b);
    assert_int_equal(r.value_hundredths, 7660);
    assert_int_equal(r.grade, IKM_GRADE_C);

    /* every element sum 12999: 25 x 116991 / 45000 = 64.995 -> 65.00 -> C;
     * in doubles, mean x (1/9) x 25 gives 64.99499... -> 64.99 -> D */
    ikm_tally_t e = tally_even(5000, 12999);
    r = compute_default(&e);
    assert_int_equal(r.value_hundredths, 6500);
    assert_int_equal(r.grade, IKM_GRADE_C);
    e.sum[3]--;
    r = compute_default(&e);
    assert_int_equal(r.value_hundredths, 6499);
    assert_int_equal(r.grade, IKM_GRADE_D);

    /* every element sum 13001: 25 x 117009 / 45000 = 65.005 -> 65.01 -> C */
    ikm_tally_t c = tally_even(5000, 13001);
    r = compute_default(&c);
    assert_int_equal(r.value_hundredths, 6501);
    assert_int_equal(r.grade, IKM_GRADE_C);
}

/* 5: the bands leave no gap: every hundredth from 25.00 to 100.00 has a
 * grade, and the edges are where the regulation puts them. */
static void test_bands(void **state)
{
    (void)state;
    for (int64_t h = 2500; h <= 10000; h++)
        assert_int_not_equal(ikm_grade_of(h), IKM_GRADE_NONE);
    assert_int_equal(ikm_grade_of(10000), IKM_GRADE_A);
    assert_int_equal(ikm_grade_of(8831), IKM_GRADE_A);
    assert_int_equal(ikm_grade_of(8830), IKM_GRADE_B);
    assert_int_equal(ikm_grade_of(7661), IKM_GRADE_B);
    assert_int_equal(ikm_grade_of(7660), IKM_GRADE_C);
    assert_int_equal(ikm_grade_of(6500), IKM_GRADE_C);
    assert_int_equal(ikm_grade_of(6499), IKM_GRADE_D);
    assert_int_equal(ikm_grade_of(2500), IKM_GRADE_D);
    assert_int_equal(ikm_grade_of(2499), IKM_GRADE_NONE);
    assert_string_equal(ikm_grade_label(IKM_GRADE_C), "Kurang Baik");
    assert_string_equal(ikm_grade_label(IKM_GRADE_D), "Tidak Baik");

    /* the lowest possible: everyone scores 1 -> 25.00, D */
    ikm_tally_t t = tally_even(3, 3);
    ikm_result_t r = compute_default(&t);
    assert_int_equal(r.value_hundredths, 2500);
    assert_int_equal(r.grade, IKM_GRADE_D);
}

/* 6: no respondents: no value, no grade. */
static void test_no_respondents(void **state)
{
    (void)state;
    ikm_tally_t t = {0};
    ikm_result_t r = compute_default(&t);
    assert_false(r.has_value);
    assert_int_equal(r.respondents, 0);
    assert_int_equal(r.grade, IKM_GRADE_NONE);
    assert_null(ikm_grade_name(r.grade));
    assert_null(ikm_grade_label(r.grade));
}

/* 7: weights must add up to exactly 1. */
static void test_weights(void **state)
{
    (void)state;
    ikm_weights_t w, def;
    ikm_weights_default(&def);
    char err[128];

    const char *ninths[IKM_ELEMENTS] = {"1/9", "1/9", "1/9", "1/9", "1/9",
                                        "1/9", "1/9", "1/9", "1/9"};
    assert_int_equal(ikm_weights_parse(&w, ninths, err, sizeof err), IKM_OK);
    assert_memory_equal(&w, &def, sizeof w);

    /* 0.2 for Persyaratan, 0.1 for the other eight: sum 1 */
    const char *tilted[IKM_ELEMENTS] = {"0.2", "0.1", "0.1", "0.1", "0.1",
                                        "0.1", "0.1", "0.1", "0.1"};
    assert_int_equal(ikm_weights_parse(&w, tilted, err, sizeof err), IKM_OK);
    assert_int_equal(w.den, 10);
    assert_int_equal(w.num[0], 2);

    /* on the mixed case of test 2: A = 11 x 2 + 78 x 1 = 100 over n x den =
     * 30: value = 25 x 100 / 30 = 83.333 -> 83.33 -> B */
    ikm_tally_t t = {.respondents = 3, .sum = {11, 10, 8, 9, 9, 10, 12, 10, 10}};
    ikm_result_t r;
    assert_int_equal(ikm_compute(&t, &w, &r), IKM_OK);
    assert_int_equal(r.value_hundredths, 8333);
    assert_int_equal(r.grade, IKM_GRADE_B);

    /* mixed forms add up too: 1/3 + 1/6 + 0.5 + six zeros */
    const char *mixed[IKM_ELEMENTS] = {"1/3", "1/6", "0.5", "0", "0", "0", "0", "0", "0"};
    assert_int_equal(ikm_weights_parse(&w, mixed, err, sizeof err), IKM_OK);
    assert_int_equal(w.den, 6);

    /* refused: sum 0.9, sum 1.1, not a number, a weight above 1 */
    const char *low[IKM_ELEMENTS] = {"0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1"};
    const char *high[IKM_ELEMENTS] = {"0.3", "0.1", "0.1", "0.1", "0.1",
                                      "0.1", "0.1", "0.1", "0.1"};
    const char *junk[IKM_ELEMENTS] = {"1/9", "1/9", "1/9", "1/9", "sembilan",
                                      "1/9", "1/9", "1/9", "1/9"};
    const char *over[IKM_ELEMENTS] = {"2", "0", "0", "0", "0", "0", "0", "0", "-1"};
    ikm_weights_default(&w);
    assert_int_equal(ikm_weights_parse(&w, low, err, sizeof err), IKM_EWEIGHTS);
    assert_int_equal(ikm_weights_parse(&w, high, err, sizeof err), IKM_EWEIGHTS);
    assert_int_equal(ikm_weights_parse(&w, junk, err, sizeof err), IKM_EWEIGHTS);
    assert_non_null(strstr(err, "weight 5 (Produk layanan)"));
    assert_int_equal(ikm_weights_parse(&w, over, err, sizeof err), IKM_EWEIGHTS);
    assert_memory_equal(&w, &def, sizeof w);

    const uint32_t bad[IKM_ELEMENTS] = {1, 1, 1, 1, 1, 1, 1, 1, 2};
    assert_int_equal(ikm_weights_set(&w, bad, 9), IKM_EWEIGHTS);
    assert_int_equal(ikm_weights_set(&w, bad, 0), IKM_ERANGE);
    assert_int_equal(ikm_weights_set(&w, bad, 10), IKM_OK);

    /* a hand-made weight table that does not add up is refused by compute */
    ikm_weights_t broken = {.num = {1, 1, 1, 1, 1, 1, 1, 1, 1}, .den = 10};
    assert_int_equal(ikm_compute(&t, &broken, &r), IKM_EWEIGHTS);
}

/* 8: scores outside 1..4 are refused and change nothing; a tally whose sums
 * no set of valid responses could give is refused. */
static void test_scores_checked(void **state)
{
    (void)state;
    ikm_tally_t t = {0};
    const int zero[] = {4, 4, 4, 0, 4, 4, 4, 4, 4};
    const int five[] = {4, 4, 4, 4, 4, 4, 4, 4, 5};
    assert_int_equal(ikm_scores_check(zero), 3);
    assert_int_equal(ikm_scores_check(five), 8);
    assert_int_equal(ikm_tally_add(&t, zero), IKM_EINVAL);
    assert_int_equal(ikm_tally_add(&t, five), IKM_EINVAL);
    assert_int_equal(t.respondents, 0);
    assert_int_equal(t.sum[0], 0);

    ikm_tally_t bad = tally_even(2, 9); /* more than 4 x 2 */
    ikm_weights_t w;
    ikm_weights_default(&w);
    ikm_result_t r;
    assert_int_equal(ikm_compute(&bad, &w, &r), IKM_EINVAL);
    assert_false(r.has_value);

    ikm_tally_t a = tally_even(2, 8), b = tally_even(1, 1);
    assert_int_equal(ikm_tally_merge(&a, &b), IKM_OK);
    assert_int_equal(a.respondents, 3);
    assert_int_equal(a.sum[4], 9);

    ikm_tally_t huge = tally_even(IKM_RESPONDENTS_MAX + 1, 4 * (IKM_RESPONDENTS_MAX + 1));
    assert_int_equal(ikm_compute(&huge, &w, &r), IKM_ERANGE);
    /* the largest tally allowed still computes exactly */
    ikm_tally_t most = tally_even(IKM_RESPONDENTS_MAX, 4 * IKM_RESPONDENTS_MAX);
    assert_int_equal(ikm_compute(&most, &w, &r), IKM_OK);
    assert_int_equal(r.value_hundredths, 10000);
}

static void test_element_names(void **state)
{
    (void)state;
    assert_string_equal(ikm_element_name(0), "Persyaratan");
    assert_string_equal(ikm_element_name(3), "Biaya/tarif");
    assert_string_equal(ikm_element_name(8), "Sarana dan prasarana");
    assert_null(ikm_element_name(9));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_fours),
        cmocka_unit_test(test_mixed_by_hand),
        cmocka_unit_test(test_exact_ninth_not_0111),
        cmocka_unit_test(test_half_up_at_edges),
        cmocka_unit_test(test_bands),
        cmocka_unit_test(test_no_respondents),
        cmocka_unit_test(test_weights),
        cmocka_unit_test(test_scores_checked),
        cmocka_unit_test(test_element_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
