/*
 * sample.h - how many SKM respondents a period needs: the table of
 * Krejcie and Morgan (1970), "Determining Sample Size for Research
 * Activities", Educational and Psychological Measurement 30, 607-610,
 * which PermenPANRB 14/2017 refers to for the size of the sample.
 *
 * The table gives, for a population N (here: the tickets served in the
 * period), the sample S that represents it at 95 % confidence and 5 %
 * accuracy: S = X^2 N P(1-P) / (d^2 (N-1) + X^2 P(1-P)) with X^2 = 3.841,
 * P = 0.5, d = 0.05, rounded to the nearest whole respondent. It is kept
 * here as published, row by row; a population between two rows takes the
 * row at or above it (the larger sample: never too few), never more than
 * the population itself, and past the last row (1,000,000) 384.
 */
#ifndef MPP_SURVEY_SAMPLE_H
#define MPP_SURVEY_SAMPLE_H

#include <stddef.h>
#include <stdint.h>

/* One row of the published table: population n, sample s. */
typedef struct ikm_sample_row {
    uint32_t n;
    uint32_t s;
} ikm_sample_row_t;

/* The respondents a period with `population` served tickets needs (0 for
 * none). */
uint32_t ikm_sample_needed(uint64_t population);
/* The published table, in order of population; *n its rows. */
const ikm_sample_row_t *ikm_sample_table(size_t *n);

#endif
