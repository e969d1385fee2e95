/*
 * profile.c - the values of the SKM respondent profile (profile.h) and
 * their counts. The lists follow the example questionnaire in the annex
 * of PermenPANRB 14/2017 (jenis kelamin L/P; pendidikan; pekerjaan PNS,
 * TNI, POLRI, swasta, wirausaha, lainnya); the age bands are the hall's,
 * since the form asks the age in years (docs/skm.md says which could not
 * be checked against the gazetted copy).
 */
#include "survey/profile.h"

#include <string.h>

static const char *const gender[] = {"L", "P"};
static const char *const age[] = {"u20", "20-29", "30-39", "40-49", "50-59", "60+"};
static const char *const education[] = {"sd", "smp", "sma", "d1-d3", "d4", "s1", "s2", "s3"};
static const char *const occupation[] = {"pns", "tni", "polri", "swasta", "wirausaha", "lainnya"};

static const struct {
    const char *name;
    const char *const *values;
    size_t n;
} fields[IKM_PROFILE__COUNT] = {
    {"gender", gender, sizeof gender / sizeof gender[0]},
    {"age", age, sizeof age / sizeof age[0]},
    {"education", education, sizeof education / sizeof education[0]},
    {"occupation", occupation, sizeof occupation / sizeof occupation[0]},
};

_Static_assert(sizeof education / sizeof education[0] <= IKM_PROFILE_VALUES_MAX,
               "a field has at most IKM_PROFILE_VALUES_MAX values");

const char *ikm_profile_field_name(size_t f)
{
    return f < IKM_PROFILE__COUNT ? fields[f].name : NULL;
}

const char *const *ikm_profile_values(ikm_profile_field_t f, size_t *n)
{
    *n = fields[f].n;
    return fields[f].values;
}

int ikm_profile_find(ikm_profile_field_t f, const char *id)
{
    for (size_t i = 0; id && i < fields[f].n; i++)
        if (strcmp(fields[f].values[i], id) == 0)
            return (int)i;
    return -1;
}

void ikm_profile_none(ikm_profile_t *p)
{
    for (size_t f = 0; f < IKM_PROFILE__COUNT; f++)
        p->value[f] = -1;
}

void ikm_profile_tally_add(ikm_profile_tally_t *t, const ikm_profile_t *p)
{
    for (size_t f = 0; f < IKM_PROFILE__COUNT; f++) {
        int v = p->value[f];
        t->count[f][v >= 0 && (size_t)v < fields[f].n ? (size_t)v : fields[f].n]++;
    }
}
