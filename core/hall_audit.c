/*
 * hall_audit.c - the durable event log read back for a range of days
 * (hall.h, hall_events_of_days): what staff did, when and at which
 * counter, for the staff reports. Only the hall knows how the log is kept:
 *
 *   STORE_DB_EVENTS  u64 seq -> the event's JSON exactly as sent on /ws,
 *                    with the staff id last (render_event)
 *
 * Events are written in seq order with the hall's clock, so their local
 * dates never go back as seqs grow: the range's first seq is found by a
 * binary search, and the walk stops at the first event of a later date.
 * An event's type and date are read from the start of its text; only the
 * events of the types asked for are parsed whole.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "hall_int.h"
#include "render.h"

/* The value of the string member `"name":"` in the first `len` bytes of a
 * JSON text written by render_event, copied into buf; false when absent.
 * Only for members written before any nested object (type, at). */
static bool head_member(const char *json, size_t len, const char *name, char *buf, size_t n)
{
    char key[24];
    int k = snprintf(key, sizeof key, "\"%s\":\"", name);
    size_t limit = len < 256 ? len : 256; /* the head: type, seq, epoch, at */
    for (size_t i = 0; i + (size_t)k < limit; i++) {
        if (memcmp(json + i, key, (size_t)k) != 0)
            continue;
        const char *v = json + i + k;
        const char *end = memchr(v, '"', limit - i - (size_t)k);
        if (!end || (size_t)(end - v) >= n)
            return false;
        memcpy(buf, v, (size_t)(end - v));
        buf[end - v] = '\0';
        return true;
    }
    return false;
}

/* The local date of a logged event, 0 when unreadable. */
static uint32_t event_day(const void *data, size_t len)
{
    char at[40];
    uint32_t ymd = 0;
    if (!head_member(data, len, "at", at, sizeof at) || render_time_parse(at, &ymd) < 0)
        return 0;
    return ymd;
}

static queue_event_type_t event_type(const char *name)
{
    for (int i = 0; i < QUEUE_EV__COUNT; i++)
        if (strcmp(queue_event_name((queue_event_type_t)i), name) == 0)
            return (queue_event_type_t)i;
    return QUEUE_EV__COUNT;
}

static const char *str_of(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static int64_t time_of(const json_t *o, const char *key)
{
    int64_t ms = render_time_parse(json_string_value(json_object_get(o, key)), NULL);
    return ms > 0 ? ms : 0;
}

typedef struct events_ctx {
    uint32_t to, types;
    hall_event_fn fn;
    void *ctx;
    hall_scan_stats_t *stats;
    int stopped;
} events_ctx_t;

static int events_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    events_ctx_t *c = ctx;
    char type[40], at[40];
    if (key->len != 8 || !head_member(val->data, val->len, "type", type, sizeof type) ||
        !head_member(val->data, val->len, "at", at, sizeof at)) {
        c->stats->skipped++;
        return 0;
    }
    hall_logged_event_t e = {.type = event_type(type), .seq = store_u64_decode(key->data)};
    if ((e.at = render_time_parse(at, &e.day)) < 0) {
        c->stats->skipped++;
        return 0;
    }
    if (e.day > c->to)
        return 1;
    c->stats->read++;
    if (e.type >= QUEUE_EV__COUNT || !(c->types & (1u << e.type)))
        return 0;
    json_t *o = json_loadb(val->data, val->len, 0, NULL);
    if (!o) {
        c->stats->skipped++;
        return 0;
    }
    const json_t *counter = json_object_get(o, "counter"), *ticket = json_object_get(o, "ticket");
    e.staff = str_of(o, "staff");
    e.reason = str_of(o, "reason");
    e.counter = (int)json_integer_value(json_object_get(counter, "number"));
    e.agency = str_of(counter, "agency");
    e.service = str_of(ticket, "service");
    e.called_at = time_of(ticket, "called_at");
    e.started_at = time_of(ticket, "started_at");
    e.finished_at = time_of(ticket, "finished_at");
    c->stopped = c->fn(c->ctx, &e);
    json_decref(o);
    return c->stopped ? 1 : 0;
}

int hall_events_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, uint32_t types,
                        hall_event_fn fn, void *ctx, hall_scan_stats_t *stats)
{
    memset(stats, 0, sizeof *stats);
    events_ctx_t c = {to_ymd, types, fn, ctx, stats, 0};
    int rc = hall_scan_from_day(h, STORE_DB_EVENTS, event_day, from_ymd, events_visit, &c,
                                &stats->seeks);
    return rc < 0 ? rc : c.stopped;
}
