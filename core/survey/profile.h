/*
 * profile.h - the respondent profile of the SKM questionnaire
 * (PermenPANRB 14/2017, its example form): gender, age, education and
 * occupation, each optional, each one of a fixed list of values, and
 * their counts over a set of responses. Plain C.
 *
 * The form asks the age in years; the survey keeps only its band, so no
 * answer holds more than the report needs. Values are short ids ("P",
 * "30-39", "s1", "wirausaha"); the pages name them in both languages.
 */
#ifndef MPP_SURVEY_PROFILE_H
#define MPP_SURVEY_PROFILE_H

#include <stddef.h>
#include <stdint.h>

typedef enum ikm_profile_field {
    IKM_PROFILE_GENDER = 0,
    IKM_PROFILE_AGE,
    IKM_PROFILE_EDUCATION,
    IKM_PROFILE_OCCUPATION,
    IKM_PROFILE__COUNT
} ikm_profile_field_t;

#define IKM_PROFILE_VALUES_MAX 8

/* One response's profile: per field the index of its value, or -1 when
 * the respondent left it out. */
typedef struct ikm_profile {
    int value[IKM_PROFILE__COUNT];
} ikm_profile_t;

/* Counts over responses: count[f][v] for value v, count[f][n_values(f)]
 * for those who left field f out. Plain data: zero it to start. */
typedef struct ikm_profile_tally {
    uint64_t count[IKM_PROFILE__COUNT][IKM_PROFILE_VALUES_MAX + 1];
} ikm_profile_tally_t;

/* "gender", "age", "education", "occupation"; NULL past the fields. */
const char *ikm_profile_field_name(size_t f);
/* The ids of field f's values in the form's order; *n how many. */
const char *const *ikm_profile_values(ikm_profile_field_t f, size_t *n);
/* The index of value `id` of field f, or -1 when it is none of them. */
int ikm_profile_find(ikm_profile_field_t f, const char *id);
/* A profile with every field left out. */
void ikm_profile_none(ikm_profile_t *p);
/* Counts one response's profile (indices out of range count as left out). */
void ikm_profile_tally_add(ikm_profile_tally_t *t, const ikm_profile_t *p);

#endif
