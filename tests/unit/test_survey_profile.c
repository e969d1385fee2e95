/*
 * test_survey_profile.c - the respondent profile of survey/profile.h:
 * every field's values found by id and nothing else, and the counts of a
 * set of responses, answered and left out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "survey/profile.h"

/* 1: the values of each field, found by their ids; others refused. */
static void test_values(void **state)
{
    (void)state;
    size_t n;
    assert_string_equal(ikm_profile_values(IKM_PROFILE_GENDER, &n)[1], "P");
    assert_int_equal(n, 2);
    ikm_profile_values(IKM_PROFILE_EDUCATION, &n);
    assert_int_equal(n, 8);
    assert_int_equal(ikm_profile_find(IKM_PROFILE_AGE, "30-39"), 2);
    assert_int_equal(ikm_profile_find(IKM_PROFILE_OCCUPATION, "wirausaha"), 4);
    assert_int_equal(ikm_profile_find(IKM_PROFILE_GENDER, "l"), -1); /* ids are exact */
    assert_int_equal(ikm_profile_find(IKM_PROFILE_AGE, "35"), -1);
    assert_int_equal(ikm_profile_find(IKM_PROFILE_EDUCATION, NULL), -1);
    assert_string_equal(ikm_profile_field_name(IKM_PROFILE_OCCUPATION), "occupation");
    assert_null(ikm_profile_field_name(IKM_PROFILE__COUNT));
}

/* 2: counts per value, and those who left a field out. */
static void test_tally(void **state)
{
    (void)state;
    ikm_profile_tally_t t = {0};
    ikm_profile_t a, b, none;
    ikm_profile_none(&none);
    ikm_profile_none(&a);
    a.value[IKM_PROFILE_GENDER] = ikm_profile_find(IKM_PROFILE_GENDER, "P");
    a.value[IKM_PROFILE_AGE] = ikm_profile_find(IKM_PROFILE_AGE, "60+");
    b = a;
    b.value[IKM_PROFILE_OCCUPATION] = 99; /* out of range: left out */
    ikm_profile_tally_add(&t, &a);
    ikm_profile_tally_add(&t, &b);
    ikm_profile_tally_add(&t, &none);
    assert_int_equal(t.count[IKM_PROFILE_GENDER][1], 2);
    assert_int_equal(t.count[IKM_PROFILE_GENDER][2], 1); /* left out */
    assert_int_equal(t.count[IKM_PROFILE_AGE][5], 2);
    assert_int_equal(t.count[IKM_PROFILE_OCCUPATION][6], 3);
    assert_int_equal(t.count[IKM_PROFILE_EDUCATION][8], 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_tally),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
