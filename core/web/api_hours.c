/*
 * api_hours.c - GET /api/v1/hours: the hall's hours of a date, with the
 * breaks between its ranges, the closure or special period that sets them
 * (Ramadan, a holiday), the agencies whose own hours differ from the
 * hall's, and for today whether each is open now and when it opens again.
 * The kiosk shows them; the hall keeps the calendar (hall_hours_of).
 */
#include <stdio.h>
#include <string.h>

#include "web/web_int.h"

/* "HH:MM" of minutes after midnight. */
static json_t *hhmm(int minutes)
{
    char t[8];
    snprintf(t, sizeof t, "%02d:%02d", minutes / 60 % 100, minutes % 60);
    return json_string(t);
}

/* {"ranges": [{"open","close"}], "name", "special", "open_now", "opens",
 * "closes"}: open_now, opens and closes only for today (minute >= 0):
 * whether a range holds the minute, when the next one opens, and when the
 * range open now closes. */
static json_t *day_json(const calendar_day_t *day, int minute)
{
    json_t *ranges = json_array(), *opens = json_null(), *closes = json_null();
    bool open_now = false;
    for (size_t i = 0; i < day->n; i++) {
        const calendar_range_t *r = &day->range[i];
        json_array_append_new(ranges, json_pack("{s:o, s:o}", "open", hhmm(r->open_min), "close",
                                                hhmm(r->close_min)));
        if (minute >= r->open_min && minute < r->close_min) {
            open_now = true;
            json_decref(closes);
            closes = hhmm(r->close_min);
        }
        if (minute >= 0 && minute < r->open_min && json_is_null(opens)) {
            json_decref(opens);
            opens = hhmm(r->open_min);
        }
    }
    json_t *o =
        json_pack("{s:o, s:s?, s:b}", "ranges", ranges, "name", day->name, "special", day->special);
    json_object_set_new(o, "open_now", minute >= 0 ? json_boolean(open_now) : json_null());
    json_object_set_new(o, "opens", open_now ? (json_decref(opens), json_null()) : opens);
    json_object_set_new(o, "closes", closes);
    return o;
}

static bool same_hours(const calendar_day_t *a, const calendar_day_t *b)
{
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (a->range[i].open_min != b->range[i].open_min ||
            a->range[i].close_min != b->range[i].close_min)
            return false;
    return true;
}

void web_api_hours(web_req_t *r)
{
    enum { A_DATE, A__COUNT };
    query_arg_t args[A__COUNT] = {{"date", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    hall_t *h = r->web->hall;
    int off = hall_booking_offset(h);
    int64_t now = hall_now(h);
    calendar_date_t today = calendar_date_of_ms(now, off), date = today;
    if (args[A_DATE].seen && calendar_date_parse(args[A_DATE].value, &date) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID, "date", "'date' must be a date YYYY-MM-DD");
    int minute = -1;
    if (date == today)
        minute = (int)((now - calendar_date_start_ms(today, off)) / 60000);
    calendar_day_t hall;
    hall_hours_of(h, NULL, date, &hall);
    char text[CALENDAR_DATE_TEXT];
    calendar_date_format(date, text);
    json_t *agencies = json_array();
    const catalog_t *cat = hall_catalog(h);
    for (size_t i = 0; i < cat->n_agencies; i++) {
        calendar_day_t own;
        hall_hours_of(h, cat->agencies[i].id, date, &own);
        if (same_hours(&own, &hall) && own.name == hall.name)
            continue;
        json_t *a = day_json(&own, minute);
        json_object_set_new(a, "id", json_string(cat->agencies[i].id));
        json_array_append_new(agencies, a);
    }
    /* the special periods still to come or running, for "from 8 February" */
    json_t *periods = json_array();
    const calendar_t *cal = hall_calendar(h);
    for (size_t i = 0; i < calendar_period_count(cal); i++) {
        calendar_date_t from, to;
        const char *name, *source;
        calendar_period_at(cal, i, &from, &to, &name, &source);
        if (to < date)
            continue;
        char f[CALENDAR_DATE_TEXT], t[CALENDAR_DATE_TEXT];
        calendar_date_format(from, f);
        calendar_date_format(to, t);
        json_array_append_new(periods, json_pack("{s:s, s:s, s:s, s:s}", "from", f, "to", t, "name",
                                                 name, "source", source));
    }
    json_t *o = json_pack("{s:s, s:b, s:s, s:o, s:o, s:o}", "date", text, "today", date == today,
                          "timezone", r->web->cfg->timezone, "hall", day_json(&hall, minute),
                          "agencies", agencies, "periods", periods);
    web_reply_json(r, 200, o);
}
