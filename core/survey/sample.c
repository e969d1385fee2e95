/*
 * sample.c - the Krejcie and Morgan (1970) table of sample sizes (see
 * sample.h), as printed in the article's Table 1, and its lookup.
 */
#include "survey/sample.h"

static const ikm_sample_row_t table[] = {
    {10, 10},     {15, 14},     {20, 19},     {25, 24},     {30, 28},     {35, 32},
    {40, 36},     {45, 40},     {50, 44},     {55, 48},     {60, 52},     {65, 56},
    {70, 59},     {75, 63},     {80, 66},     {85, 70},     {90, 73},     {95, 76},
    {100, 80},    {110, 86},    {120, 92},    {130, 97},    {140, 103},   {150, 108},
    {160, 113},   {170, 118},   {180, 123},   {190, 127},   {200, 132},   {210, 136},
    {220, 140},   {230, 144},   {240, 148},   {250, 152},   {260, 155},   {270, 159},
    {280, 162},   {290, 165},   {300, 169},   {320, 175},   {340, 181},   {360, 186},
    {380, 191},   {400, 196},   {420, 201},   {440, 205},   {460, 210},   {480, 214},
    {500, 217},   {550, 226},   {600, 234},   {650, 242},   {700, 248},   {750, 254},
    {800, 260},   {850, 265},   {900, 269},   {950, 274},   {1000, 278},  {1100, 285},
    {1200, 291},  {1300, 297},  {1400, 302},  {1500, 306},  {1600, 310},  {1700, 313},
    {1800, 317},  {1900, 320},  {2000, 322},  {2200, 327},  {2400, 331},  {2600, 335},
    {2800, 338},  {3000, 341},  {3500, 346},  {4000, 351},  {4500, 354},  {5000, 357},
    {6000, 361},  {7000, 364},  {8000, 367},  {9000, 368},  {10000, 370}, {15000, 375},
    {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381}, {75000, 382}, {1000000, 384},
};

#define ROWS (sizeof table / sizeof table[0])

const ikm_sample_row_t *ikm_sample_table(size_t *n)
{
    *n = ROWS;
    return table;
}

uint32_t ikm_sample_needed(uint64_t population)
{
    if (population == 0)
        return 0;
    size_t lo = 0, hi = ROWS;
    while (lo < hi) { /* the first row whose population is not below it */
        size_t mid = lo + (hi - lo) / 2;
        if (table[mid].n < population)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t s = lo < ROWS ? table[lo].s : table[ROWS - 1].s;
    return population < s ? (uint32_t)population : s;
}
