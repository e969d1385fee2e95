/*
 * hall_hours.c - the hall's hours (hall.h, "hours"): the calendar of the
 * hall (its weekly ranges, closed dates and special periods) and one of
 * each agency that has hours of its own, built once from the config. An
 * agency's hours on a date are the hall's narrowed by its own calendar,
 * which is open all day wherever the config leaves it alone. The engine
 * reads them through queue_hall_t.day_hours; bookings and the pages
 * through hall_hours_of.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hall_int.h"

typedef struct agency_calendar {
    char agency[CATALOG_ID_MAX];
    calendar_t *cal;
} agency_calendar_t;

struct hall_hours {
    calendar_t *hall;
    agency_calendar_t *agencies;
    size_t n_agencies;
};

/* YYYYMMDD to a calendar date; -1 when it is none. */
static calendar_date_t date_of_ymd(uint32_t ymd)
{
    calendar_date_t d;
    if (calendar_date_from_ymd((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100), &d) !=
        BOOKING_OK)
        return -1;
    return d;
}

/* Sets a calendar's weekdays from config days (index 0 = Sunday); a day
 * not set stays as it is. */
static int set_week(calendar_t *cal, const calendar_hours_t days[7])
{
    for (int d = 0; d < 7; d++) {
        if (days[d].set &&
            calendar_set_week(cal, d == 0 ? CALENDAR_SUNDAY : d, days[d].range, days[d].n) != 0)
            return -1;
    }
    return 0;
}

/* Adds the config's special periods of scope `agency` ("" the hall). */
static int add_periods(calendar_t *cal, const config_t *cfg, const char *agency)
{
    for (size_t i = 0; i < cfg->n_specials; i++) {
        const config_special_t *sp = &cfg->specials[i];
        if (strcmp(sp->agency, agency) != 0)
            continue;
        calendar_hours_t week[8];
        memset(week, 0, sizeof week);
        for (int d = 0; d < 7; d++)
            week[d == 0 ? CALENDAR_SUNDAY : d] = sp->days[d];
        if (calendar_add_period(cal, date_of_ymd(sp->from), date_of_ymd(sp->to), sp->name,
                                sp->source, week) != BOOKING_OK)
            return -1;
    }
    return 0;
}

/* The hall's calendar: weekly hours, closed dates, special periods. */
static calendar_t *hall_calendar_of(const config_t *cfg)
{
    calendar_t *cal = calendar_new();
    if (!cal || set_week(cal, cfg->hours) != 0 || add_periods(cal, cfg, "") != 0)
        goto fail;
    for (size_t i = 0; i < cfg->n_holidays; i++) {
        const config_holiday_t *hd = &cfg->holidays[i];
        if (calendar_add(cal, date_of_ymd(hd->ymd), hd->name, hd->source) == BOOKING_ENOMEM)
            goto fail;
    }
    return cal;
fail:
    calendar_free(cal);
    return NULL;
}

void hall_hours_free(hall_hours_t *hh)
{
    if (!hh)
        return;
    calendar_free(hh->hall);
    for (size_t i = 0; i < hh->n_agencies; i++)
        calendar_free(hh->agencies[i].cal);
    free(hh->agencies);
    free(hh);
}

/* Whether the config gives agency `id` hours of its own (weekly or special). */
static bool has_own(const config_t *cfg, const char *id)
{
    for (size_t i = 0; i < cfg->n_specials; i++)
        if (strcmp(cfg->specials[i].agency, id) == 0)
            return true;
    for (size_t i = 0; i < cfg->n_agency_hours; i++)
        if (strcmp(cfg->agency_hours[i].agency, id) == 0)
            return true;
    return false;
}

/* Adds agency id's calendar, once. */
static int add_agency(hall_hours_t *hh, const config_t *cfg, const char *id)
{
    for (size_t i = 0; i < hh->n_agencies; i++)
        if (strcmp(hh->agencies[i].agency, id) == 0)
            return 0;
    agency_calendar_t *ac = &hh->agencies[hh->n_agencies];
    snprintf(ac->agency, sizeof ac->agency, "%s", id);
    if (!(ac->cal = calendar_new()))
        return -1;
    hh->n_agencies++;
    for (size_t i = 0; i < cfg->n_agency_hours; i++)
        if (strcmp(cfg->agency_hours[i].agency, id) == 0 &&
            set_week(ac->cal, cfg->agency_hours[i].days) != 0)
            return -1;
    return add_periods(ac->cal, cfg, id);
}

hall_hours_t *hall_hours_new(const config_t *cfg)
{
    hall_hours_t *hh = calloc(1, sizeof *hh);
    size_t most = cfg->n_specials + cfg->n_agency_hours;
    if (!hh || !(hh->agencies = calloc(most ? most : 1, sizeof *hh->agencies)) ||
        !(hh->hall = hall_calendar_of(cfg)))
        goto fail;
    for (size_t i = 0; i < cfg->n_counters; i++)
        if (has_own(cfg, cfg->counters[i].agency) &&
            add_agency(hh, cfg, cfg->counters[i].agency) != 0)
            goto fail;
    return hh;
fail:
    hall_hours_free(hh);
    return NULL;
}

/* The hours of a date for an agency (NULL: the hall). */
static void hours_of(const hall_hours_t *hh, const char *agency, calendar_date_t date,
                     calendar_day_t *out)
{
    calendar_day(hh->hall, date, out);
    for (size_t i = 0; agency && i < hh->n_agencies; i++)
        if (strcmp(hh->agencies[i].agency, agency) == 0) {
            calendar_day_t own;
            calendar_day(hh->agencies[i].cal, date, &own);
            calendar_day_intersect(out, &own, out);
            break;
        }
}

void hall_hours_engine(void *ctx, const char *agency, uint32_t ymd, calendar_day_t *out)
{
    calendar_date_t date = date_of_ymd(ymd);
    if (date < 0) {
        memset(out, 0, sizeof *out);
        return;
    }
    hours_of(ctx, agency, date, out);
}

void hall_hours_of(hall_t *h, const char *agency, calendar_date_t date, calendar_day_t *out)
{
    hours_of(hall_hours_get(h), agency, date, out);
}

const calendar_t *hall_calendar(hall_t *h)
{
    return hall_hours_get(h)->hall;
}
