/*
 * civil.c - dates as days since 1970-01-01 and back by H. Hinnant's
 * days_from_civil and civil_from_days (whole eras of 400 years, then the
 * year within the era counted from March, so the leap day comes last),
 * and the fixed-width reading of the hall's timestamps.
 */
#include "civil/civil.h"

#include <string.h>

bool civil_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int civil_month_days(int year, int month)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return len[month - 1] + (month == 2 && civil_leap(year));
}

bool civil_valid(int year, int month, int day)
{
    return year >= CIVIL_YEAR_MIN && year <= CIVIL_YEAR_MAX && month >= 1 && month <= 12 &&
           day >= 1 && day <= civil_month_days(year, month);
}

int64_t civil_days(int year, int month, int day)
{
    int64_t y = (int64_t)year - (month <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;                                            /* [0, 399] */
    int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; /* [0, 365] */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

void civil_date(int64_t days, int *year, int *month, int *day)
{
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = m;
    *day = (int)(doy - (153 * mp + 2) / 5 + 1);
}

int64_t civil_ymd_days(uint32_t ymd)
{
    return civil_days((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100));
}

uint32_t civil_ymd_of_days(int64_t days)
{
    int y, m, d;
    civil_date(days, &y, &m, &d);
    return (uint32_t)y * 10000 + (uint32_t)m * 100 + (uint32_t)d;
}

/* The number of n digits at s, or -1. */
static int digits(const char *s, int n)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        x = x * 10 + (s[i] - '0');
    }
    return x;
}

/* Reads "YYYY-MM-DD" at s (10 bytes) into a valid date; false if not. */
static bool date_at(const char *s, int *y, int *m, int *d)
{
    *y = digits(s, 4);
    *m = digits(s + 5, 2);
    *d = digits(s + 8, 2);
    return s[4] == '-' && s[7] == '-' && civil_valid(*y, *m, *d);
}

bool civil_ymd_parse(const char *s, uint32_t *ymd)
{
    int y, m, d;
    if (!s || strnlen(s, 11) != 10 || !date_at(s, &y, &m, &d))
        return false;
    *ymd = (uint32_t)(y * 10000 + m * 100 + d);
    return true;
}

bool civil_time_parse(const char *s, size_t len, int64_t *unix_s, uint32_t *ymd)
{
    int y, mo, d;
    if (!s || len != 25 || !date_at(s, &y, &mo, &d) || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':' || (s[19] != '+' && s[19] != '-') || s[22] != ':')
        return false;
    int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
    int oh = digits(s + 20, 2), om = digits(s + 23, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || oh < 0 || oh > 23 ||
        om < 0 || om > 59)
        return false;
    int64_t offset = ((int64_t)oh * 3600 + om * 60) * (s[19] == '-' ? -1 : 1);
    *unix_s = civil_days(y, mo, d) * 86400 + (int64_t)h * 3600 + mi * 60 + sec - offset;
    if (ymd)
        *ymd = (uint32_t)(y * 10000 + mo * 100 + d);
    return true;
}
