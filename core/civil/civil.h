/*
 * civil.h - dates of the proleptic Gregorian calendar as days since
 * 1970-01-01, as YYYYMMDD numbers, and the hall's timestamps as
 * render_time writes them ("2026-11-27T08:00:00+07:00"). Plain C with
 * libc only: no clock, no time zone database, no allocation. The one
 * place where the hall turns a date into days and back.
 */
#ifndef MPP_CIVIL_H
#define MPP_CIVIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CIVIL_YEAR_MIN 1970
#define CIVIL_YEAR_MAX 9999

/* Whether year is a leap year. */
bool civil_leap(int year);

/* The days of a month (1-12) of year. */
int civil_month_days(int year, int month);

/* Whether year-month-day is a date from 1970-01-01 to 9999-12-31. */
bool civil_valid(int year, int month, int day);

/* Days from 1970-01-01 to year-month-day (any proleptic Gregorian date;
 * negative before 1970). */
int64_t civil_days(int year, int month, int day);

/* The date `days` after 1970-01-01 (negative: before it). */
void civil_date(int64_t days, int *year, int *month, int *day);

/* Days from 1970-01-01 to a date given as YYYYMMDD. */
int64_t civil_ymd_days(uint32_t ymd);

/* YYYYMMDD of the date `days` after 1970-01-01. */
uint32_t civil_ymd_of_days(int64_t days);

/* Reads exactly "YYYY-MM-DD", a valid date, into *ymd as YYYYMMDD; false,
 * and nothing written, for anything else (NULL too). */
bool civil_ymd_parse(const char *s, uint32_t *ymd);

/* Reads exactly "YYYY-MM-DDTHH:MM:SS+HH:MM" (or -HH:MM), the len bytes at
 * s, into seconds since the epoch (*unix_s) and its local date as
 * YYYYMMDD (*ymd, may be NULL). false, and nothing written, when s is not
 * such a time of a valid date and hour. */
bool civil_time_parse(const char *s, size_t len, int64_t *unix_s, uint32_t *ymd);

#endif
