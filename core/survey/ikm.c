/*
 * ikm.c - NRR, IKM, the published value and its grade from integer sums,
 * with rational weights, so the half-up rounding at two decimals is exact.
 */
#include "survey/ikm.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const element_names[IKM_ELEMENTS] = {
    "Persyaratan",          "Prosedur",
    "Waktu pelayanan",      "Biaya/tarif",
    "Produk layanan",       "Kompetensi pelaksana",
    "Perilaku pelaksana",   "Penanganan pengaduan",
    "Sarana dan prasarana",
};

const char *ikm_element_name(size_t i)
{
    return i < IKM_ELEMENTS ? element_names[i] : NULL;
}

void ikm_weights_default(ikm_weights_t *w)
{
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        w->num[i] = 1;
    w->den = IKM_ELEMENTS;
}

int ikm_weights_set(ikm_weights_t *w, const uint32_t num[IKM_ELEMENTS], uint32_t den)
{
    if (den == 0 || den > IKM_WEIGHT_DEN_MAX)
        return IKM_ERANGE;
    uint64_t total = 0;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        total += num[i];
    if (total != den)
        return IKM_EWEIGHTS;
    memcpy(w->num, num, sizeof w->num);
    w->den = den;
    return IKM_OK;
}

static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Reads digits into *v; false when there are none or they overflow `cap`. */
static bool read_digits(const char **p, uint64_t cap, uint64_t *v, int *ndigits)
{
    *v = 0;
    *ndigits = 0;
    while (isdigit((unsigned char)**p)) {
        *v = *v * 10 + (uint64_t)(**p - '0');
        if (*v > cap)
            return false;
        (*p)++;
        (*ndigits)++;
    }
    return *ndigits > 0;
}

/* "p/q" or "a[.bcd]" to a reduced fraction p/q. */
static bool parse_weight(const char *s, uint64_t *p, uint64_t *q)
{
    uint64_t a, b;
    int na, nb;
    if (!s || !read_digits(&s, IKM_WEIGHT_DEN_MAX, &a, &na))
        return false;
    if (*s == '/') {
        s++;
        if (!read_digits(&s, IKM_WEIGHT_DEN_MAX, &b, &nb) || b == 0 || *s)
            return false;
        *p = a;
        *q = b;
    } else if (*s == '.') {
        s++;
        if (!read_digits(&s, IKM_WEIGHT_DEN_MAX, &b, &nb) || nb > 6 || *s)
            return false;
        uint64_t scale = 1;
        for (int i = 0; i < nb; i++)
            scale *= 10;
        *p = a * scale + b;
        *q = scale;
    } else if (*s == '\0') {
        *p = a;
        *q = 1;
    } else {
        return false;
    }
    uint64_t g = gcd_u64(*p, *q);
    if (g > 1) {
        *p /= g;
        *q /= g;
    }
    return true;
}

int ikm_weights_parse(ikm_weights_t *w, const char *const text[IKM_ELEMENTS], char *err,
                      size_t errlen)
{
    uint64_t p[IKM_ELEMENTS], q[IKM_ELEMENTS], den = 1;
    for (size_t i = 0; i < IKM_ELEMENTS; i++) {
        if (!parse_weight(text[i], &p[i], &q[i])) {
            snprintf(err, errlen,
                     "weight %zu (%s) is not a fraction like 1/9 or a decimal like 0.15", i + 1,
                     element_names[i]);
            return IKM_EWEIGHTS;
        }
        den = den / gcd_u64(den, q[i]) * q[i];
        if (den > IKM_WEIGHT_DEN_MAX) {
            snprintf(err, errlen, "the weights need a denominator past %u; write them more simply",
                     IKM_WEIGHT_DEN_MAX);
            return IKM_ERANGE;
        }
    }
    uint32_t num[IKM_ELEMENTS];
    uint64_t total = 0;
    for (size_t i = 0; i < IKM_ELEMENTS; i++) {
        uint64_t n = p[i] * (den / q[i]);
        if (n > den) {
            snprintf(err, errlen, "weight %zu (%s) is more than 1", i + 1, element_names[i]);
            return IKM_EWEIGHTS;
        }
        num[i] = (uint32_t)n;
        total += n;
    }
    if (total != den) {
        snprintf(err, errlen, "the 9 weights add up to %llu/%llu, not exactly 1",
                 (unsigned long long)total, (unsigned long long)den);
        return IKM_EWEIGHTS;
    }
    return ikm_weights_set(w, num, (uint32_t)den);
}

int ikm_scores_check(const int scores[IKM_ELEMENTS])
{
    for (int i = 0; i < IKM_ELEMENTS; i++)
        if (scores[i] < IKM_SCORE_MIN || scores[i] > IKM_SCORE_MAX)
            return i;
    return -1;
}

int ikm_tally_add(ikm_tally_t *t, const int scores[IKM_ELEMENTS])
{
    if (ikm_scores_check(scores) >= 0)
        return IKM_EINVAL;
    if (t->respondents >= IKM_RESPONDENTS_MAX)
        return IKM_ERANGE;
    t->respondents++;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        t->sum[i] += (uint64_t)scores[i];
    return IKM_OK;
}

int ikm_tally_merge(ikm_tally_t *dst, const ikm_tally_t *src)
{
    if (src->respondents > IKM_RESPONDENTS_MAX - dst->respondents)
        return IKM_ERANGE;
    dst->respondents += src->respondents;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        dst->sum[i] += src->sum[i];
    return IKM_OK;
}

ikm_grade_t ikm_grade_of(int64_t h)
{
    if (h > 10000 || h < 2500)
        return IKM_GRADE_NONE;
    if (h >= 8831)
        return IKM_GRADE_A;
    if (h >= 7661)
        return IKM_GRADE_B;
    if (h >= 6500)
        return IKM_GRADE_C;
    return IKM_GRADE_D;
}

const char *ikm_grade_name(ikm_grade_t g)
{
    static const char *const names[] = {NULL, "A", "B", "C", "D"};
    return (unsigned)g <= IKM_GRADE_D ? names[g] : NULL;
}

const char *ikm_grade_label(ikm_grade_t g)
{
    static const char *const labels[] = {NULL, "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"};
    return (unsigned)g <= IKM_GRADE_D ? labels[g] : NULL;
}

int ikm_compute(const ikm_tally_t *t, const ikm_weights_t *w, ikm_result_t *out)
{
    memset(out, 0, sizeof *out);
    if (w->den == 0 || w->den > IKM_WEIGHT_DEN_MAX || t->respondents > IKM_RESPONDENTS_MAX)
        return IKM_ERANGE;
    uint64_t wsum = 0;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        wsum += w->num[i];
    if (wsum != w->den)
        return IKM_EWEIGHTS;
    uint64_t n = t->respondents;
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        if (t->sum[i] < n * IKM_SCORE_MIN || t->sum[i] > n * IKM_SCORE_MAX)
            return IKM_EINVAL;
    out->respondents = n;
    if (n == 0)
        return IKM_OK;
    /* value = 25 A / B with A = sum(sum_i num_i) <= 4 n den and B = n den;
     * within the bounds 5000 A + B < 2^63. */
    uint64_t a = 0, b = n * w->den;
    for (size_t i = 0; i < IKM_ELEMENTS; i++) {
        a += t->sum[i] * w->num[i];
        out->nrr[i] = (double)t->sum[i] / (double)n;
    }
    out->has_value = true;
    out->ikm = (double)a / (double)b;
    out->value = 25.0 * (double)a / (double)b;
    /* round(100 x 25 A / B) half-up = floor((5000 A + B) / (2 B)) */
    out->value_hundredths = (int64_t)((5000 * a + b) / (2 * b));
    out->grade = ikm_grade_of(out->value_hundredths);
    return IKM_OK;
}
