/*
 * ikm.h - the Indeks Kepuasan Masyarakat (IKM) of PermenPANRB 14/2017,
 * computed exactly: plain C, no JSON, no storage.
 *
 * A survey response (SKM) scores 9 elements from 1 (tidak baik) to 4 (sangat
 * baik). A tally keeps, per element, the integer sum of the scores and the
 * number of respondents (every response answers all 9 elements, so each
 * element has as many answers as there are respondents). From a tally:
 *
 *   NRR_i = sum_i / n                      (nilai rata-rata per element)
 *   IKM   = sum over i of NRR_i x w_i      (weights add up to exactly 1)
 *   value = IKM x 25                       (the published figure, 25..100)
 *
 * Weights are rationals num_i / den (the default is exactly 1/9 each, never
 * 0.111), so value = 25 x sum(sum_i x num_i) / (n x den) is a fraction of
 * integers. The grade is read from the value rounded half-up to 2 decimals,
 * and that rounding is done on the integers, so an exact half such as
 * 88.305 is recognised exactly (binary floating point would see
 * 88.30499999...). Bands on the rounded value: A 88.31-100 (Sangat Baik),
 * B 76.61-88.30 (Baik), C 65.00-76.60 (Kurang Baik), D 25.00-64.99 (Tidak
 * Baik); nothing falls between them.
 */
#ifndef MPP_IKM_H
#define MPP_IKM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define IKM_ELEMENTS 9
#define IKM_SCORE_MIN 1
#define IKM_SCORE_MAX 4
/* Bounds that keep every intermediate product inside 64 bits. */
#define IKM_RESPONDENTS_MAX 100000000ull
#define IKM_WEIGHT_DEN_MAX 1000000u

typedef enum ikm_err {
    IKM_OK = 0,
    IKM_EINVAL = -1,   /* a score outside 1..4, or a tally that cannot be */
    IKM_EWEIGHTS = -2, /* weights that do not add up to 1, or unreadable */
    IKM_ERANGE = -3    /* more respondents or a finer weight than the bounds */
} ikm_err_t;

typedef enum ikm_grade {
    IKM_GRADE_NONE = 0, /* no respondents */
    IKM_GRADE_A,
    IKM_GRADE_B,
    IKM_GRADE_C,
    IKM_GRADE_D
} ikm_grade_t;

/* Element weights w_i = num[i] / den; the num add up to den exactly. */
typedef struct ikm_weights {
    uint32_t num[IKM_ELEMENTS];
    uint32_t den;
} ikm_weights_t;

/* Integer sums of a set of responses. Plain data: zero it to start. */
typedef struct ikm_tally {
    uint64_t respondents;
    uint64_t sum[IKM_ELEMENTS];
} ikm_tally_t;

/* What a tally comes to. With no respondents, has_value is false and the
 * numbers are 0 (the API shows them as null) and grade is NONE. */
typedef struct ikm_result {
    uint64_t respondents;
    bool has_value;
    double nrr[IKM_ELEMENTS]; /* sum_i / n */
    double ikm;               /* 1.00 .. 4.00 */
    double value;             /* ikm x 25, not rounded */
    int64_t value_hundredths; /* value x 100 rounded half-up: 8831 = 88.31 */
    ikm_grade_t grade;        /* read from value_hundredths */
} ikm_result_t;

/* Sets exactly 1/9 for each element. */
void ikm_weights_default(ikm_weights_t *w);
/* Sets w_i = num[i] / den. Returns IKM_EWEIGHTS unless the num add up to
 * den (weights adding up to 1), IKM_ERANGE when den is 0 or past
 * IKM_WEIGHT_DEN_MAX; w is unchanged on error. */
int ikm_weights_set(ikm_weights_t *w, const uint32_t num[IKM_ELEMENTS], uint32_t den);
/* Reads 9 weights written as fractions ("1/9") or decimals ("0.15", "1"),
 * brought to one common denominator, and checks that they add up to
 * exactly 1 (so nine "0.111" are refused). On error returns IKM_EWEIGHTS or
 * IKM_ERANGE with a message naming the weight in err; w is unchanged. */
int ikm_weights_parse(ikm_weights_t *w, const char *const text[IKM_ELEMENTS], char *err,
                      size_t errlen);

/* Index of the first score outside 1..4, or -1 when all 9 are valid. */
int ikm_scores_check(const int scores[IKM_ELEMENTS]);
/* Adds one response. IKM_EINVAL (tally unchanged) for a score outside
 * 1..4, IKM_ERANGE past IKM_RESPONDENTS_MAX respondents. */
int ikm_tally_add(ikm_tally_t *t, const int scores[IKM_ELEMENTS]);
/* Adds every response of `src` to `dst` (same checks on the total). */
int ikm_tally_merge(ikm_tally_t *dst, const ikm_tally_t *src);

/* Computes NRR, IKM, value, its rounding and the grade. IKM_EINVAL when a
 * sum is outside n..4n (not a tally of valid responses), IKM_ERANGE past
 * the bounds; *out is zeroed first. */
int ikm_compute(const ikm_tally_t *t, const ikm_weights_t *w, ikm_result_t *out);

/* The band of a value already rounded to hundredths (8831 = 88.31):
 * NONE below 25.00 or above 100.00. */
ikm_grade_t ikm_grade_of(int64_t value_hundredths);
/* "A".."D", or NULL for NONE. */
const char *ikm_grade_name(ikm_grade_t g);
/* "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik", or NULL for NONE. */
const char *ikm_grade_label(ikm_grade_t g);
/* The element's name in Bahasa Indonesia ("Persyaratan", ...), i < 9;
 * NULL otherwise. */
const char *ikm_element_name(size_t i);

#endif
