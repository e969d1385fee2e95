/*
 * render.c - JSON views of tickets, counters, events, the board and the
 * catalog, and the store records of tickets and counters (see render.h).
 */
#include "render.h"

#include "civil/civil.h"
#include "civil/localtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Writes v as n decimal digits, zeros first, at p; returns p past them. */
static char *digits(char *p, int v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        p[i] = (char)('0' + v % 10);
    return p + n;
}

void render_time(int64_t ms, char *buf, size_t n)
{
    time_t secs = (time_t)(ms / 1000);
    struct tm tm;
    int year = local_time(secs, &tm) ? tm.tm_year + 1900 : -1;
    if (year < 0 || year > 9999) { /* out of the four digits' range */
        if (n)
            buf[0] = '\0';
        return;
    }
    long off = tm.tm_gmtoff / 60;
    long off_abs = off < 0 ? -off : off;
    char s[32], *p = s; /* 2026-11-27T08:00:00+07:00 */
    p = digits(p, year, 4);
    *p++ = '-';
    p = digits(p, tm.tm_mon + 1, 2);
    *p++ = '-';
    p = digits(p, tm.tm_mday, 2);
    *p++ = 'T';
    p = digits(p, tm.tm_hour, 2);
    *p++ = ':';
    p = digits(p, tm.tm_min, 2);
    *p++ = ':';
    p = digits(p, tm.tm_sec, 2);
    *p++ = off < 0 ? '-' : '+';
    p = digits(p, (int)(off_abs / 60 % 100), 2);
    *p++ = ':';
    p = digits(p, (int)(off_abs % 60), 2);
    size_t len = (size_t)(p - s);
    if (n == 0)
        return;
    len = len < n ? len : n - 1; /* cut, as snprintf would */
    memcpy(buf, s, len);
    buf[len] = '\0';
}

int64_t render_time_parse(const char *s, uint32_t *ymd)
{
    int64_t secs;
    return s && civil_time_parse(s, strlen(s), &secs, ymd) ? secs * 1000 : -1;
}

/* A time as render_time writes it, or null when not yet (0). */
static void time_or_null(jsonw_t *w, int64_t ms)
{
    if (ms <= 0) {
        jsonw_null(w);
        return;
    }
    char buf[40];
    render_time(ms, buf, sizeof buf);
    jsonw_str(w, buf);
}

/* The members of T; `counter` > 0 stands for its counter (the board's
 * recent calls show where each was called). */
static void ticket_members(jsonw_t *w, const queue_t *q, const queue_ticket_t *t, int flags,
                           int counter)
{
    bool waiting = t->status == QUEUE_TICKET_WAITING || t->status == QUEUE_TICKET_PRINTING;
    jsonw_kint(w, "id", (int64_t)t->id);
    jsonw_kstr(w, "number", t->number);
    jsonw_kstr(w, "agency", t->agency);
    jsonw_kstr(w, "service", t->service);
    jsonw_kstr(w, "status", queue_status_name(t->status));
    jsonw_key(w, "priority");
    jsonw_str_or_null(w, queue_priority_name(t->priority));
    jsonw_key(w, "issued_at");
    time_or_null(w, t->issued_at);
    if ((flags & RENDER_LIVE) && waiting) {
        queue_outlook_t o;
        queue_ticket_outlook(q, t, &o);
        jsonw_kint(w, "position", o.position);
        jsonw_kint(w, "estimated_wait_s", o.estimate_s);
        /* 0: no counter serves it now, the estimate cannot say when */
        jsonw_kint(w, "counters_open", o.counters_open);
    } else {
        jsonw_key(w, "position");
        waiting ? jsonw_null(w) : jsonw_int(w, 0);
        jsonw_key(w, "estimated_wait_s");
        waiting ? jsonw_null(w) : jsonw_int(w, 0);
    }
    /* a waiting ticket (e.g. after a transfer) is at no counter */
    jsonw_key(w, "counter");
    if (counter > 0)
        jsonw_int(w, counter);
    else if (t->counter && !waiting)
        jsonw_int(w, t->counter);
    else
        jsonw_null(w);
    jsonw_key(w, "called_at");
    time_or_null(w, t->called_at);
    jsonw_key(w, "started_at");
    time_or_null(w, t->started_at);
    jsonw_key(w, "finished_at");
    time_or_null(w, t->finished_at);
    jsonw_kint(w, "transfers", t->transfers);
    jsonw_key(w, "booking");
    jsonw_str_or_null(w, t->booking[0] ? t->booking : NULL);
    jsonw_key(w, "visit");
    if (t->visit)
        jsonw_int(w, (int64_t)t->visit);
    else
        jsonw_null(w);
    if (t->status == QUEUE_TICKET_CANCELLED) {
        jsonw_kstr(w, "reason", t->reason);
    }
    if (flags & RENDER_TOKEN) {
        jsonw_kstr(w, "token", t->token);
    }
}

void render_ticket(jsonw_t *w, const queue_t *q, const queue_ticket_t *t, int flags)
{
    jsonw_obj(w);
    ticket_members(w, q, t, flags, 0);
    jsonw_obj_end(w);
}

void render_counter(jsonw_t *w, const queue_t *q, const queue_counter_t *c, bool with_staff,
                    const char *held_by)
{
    const queue_ticket_t *t = c->ticket ? queue_ticket_by_id(q, c->ticket) : NULL;
    jsonw_obj(w);
    jsonw_kint(w, "number", c->number);
    jsonw_kstr(w, "agency", c->agency);
    jsonw_kstr(w, "status", queue_counter_status_name(c->status));
    if (with_staff) {
        jsonw_key(w, "staff");
        jsonw_str_or_null(w, c->staff);
        jsonw_kint(w, "served_today", c->served_today);
        jsonw_kint(w, "called_today", c->called_today);
        jsonw_kint(w, "no_show_today", c->no_show_today);
        jsonw_key(w, "pause_reason");
        jsonw_str_or_null(w, c->status == QUEUE_COUNTER_PAUSED ? c->pause_reason : NULL);
        jsonw_key(w, "paused_at");
        time_or_null(w, c->status == QUEUE_COUNTER_PAUSED ? c->paused_at : 0);
    }
    jsonw_key(w, "ticket");
    if (t)
        render_ticket(w, q, t, 0);
    else
        jsonw_null(w);
    if (held_by) {
        jsonw_key(w, "held_by_you");
        jsonw_bool(w, strcmp(c->session, held_by) == 0);
    }
    jsonw_obj_end(w);
}

/* {"id","serving","waiting"} of one agency now; its name too when given. */
static void agency_counts(jsonw_t *w, const queue_t *q, const char *agency, const char *name)
{
    jsonw_obj(w);
    jsonw_kstr(w, "id", agency);
    if (name) {
        jsonw_kstr(w, "name", name);
    }
    jsonw_key(w, "serving");
    jsonw_str_or_null(w, queue_agency_serving(q, agency));
    jsonw_kint(w, "waiting", queue_agency_waiting(q, agency));
    jsonw_obj_end(w);
}

/* `key`: s, when s is not NULL or "". */
static void opt_str(jsonw_t *w, const char *key, const char *s)
{
    if (s && s[0]) {
        jsonw_key(w, key);
        jsonw_str(w, s);
    }
}

char *render_event(const queue_t *q, const queue_event_t *e, const char *epoch, size_t *len)
{
    char at[40];
    render_time(e->at, at, sizeof at);
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_obj(&w);
    jsonw_kstr(&w, "type", queue_event_name(e->type));
    jsonw_kint(&w, "seq", (int64_t)e->seq);
    jsonw_kstr(&w, "epoch", epoch);
    jsonw_kstr(&w, "at", at);
    if (e->ticket) {
        jsonw_key(&w, "ticket");
        render_ticket(&w, q, e->ticket, 0);
    }
    if (e->counter) {
        jsonw_key(&w, "counter");
        render_counter(&w, q, e->counter, false, NULL);
    }
    if (e->ticket) {
        /* the agencies whose counts this event changed, as the board shows
         * them: a board applies events without re-reading the snapshot */
        jsonw_key(&w, "agencies");
        jsonw_arr(&w);
        agency_counts(&w, q, e->ticket->agency, NULL);
        if (e->from_service && e->from_service[0]) {
            char from[CATALOG_ID_MAX];
            size_t n = strcspn(e->from_service, "/");
            snprintf(from, sizeof from, "%.*s", (int)n, e->from_service);
            if (strcmp(from, e->ticket->agency) != 0)
                agency_counts(&w, q, from, NULL);
        }
        jsonw_arr_end(&w);
    }
    if (e->type == QUEUE_EV_TICKET_FINISHED && e->ticket) {
        /* the service's standard time, so a view far from the catalog can
         * tell a service within its standard (docs/export.md) */
        const catalog_service_t *s = catalog_service_find(queue_catalog(q), e->ticket->service);
        if (s && s->minutes > 0)
            jsonw_kint(&w, "standard_s", (int64_t)s->minutes * 60);
    }
    opt_str(&w, "reason", e->reason);
    opt_str(&w, "from_service", e->from_service);
    if (e->agency) {
        jsonw_kstr(&w, "agency", e->agency);
    }
    if (e->booking) {
        jsonw_kstr(&w, "booking", e->booking);
        jsonw_kstr(&w, "service", e->service);
    }
    if (e->visit)
        jsonw_kint(&w, "visit", (int64_t)e->visit);
    if (e->scores) { /* survey.answered: the answer, nothing about who gave it */
        jsonw_kstr(&w, "service", e->service);
        jsonw_key(&w, "scores");
        jsonw_arr(&w);
        for (size_t i = 0; i < 9; i++)
            jsonw_int(&w, e->scores[i]);
        jsonw_arr_end(&w);
    }
    if (e->error) {
        jsonw_kstr(&w, "file", e->error->file);
        jsonw_kint(&w, "line", e->error->line);
        jsonw_kstr(&w, "message", e->error->message);
    }
    if (e->text) {
        jsonw_kstr(&w, "text", e->text);
    }
    /* last, so the public feed can leave it out (web/feed.c) */
    opt_str(&w, "staff", e->staff);
    jsonw_obj_end(&w);
    return jsonw_take(&w, len);
}

/* The hall's order of its agencies: by their first counter, as the hall
 * config numbers them (the order citizens walk past the counters), then
 * agencies without a counter by id. Fills order[cat->n_agencies]. */
static int first_counter(const catalog_agency_t *a)
{
    int min = 0;
    for (size_t i = 0; i < a->n_counters; i++)
        if (min == 0 || a->counters[i] < min)
            min = a->counters[i];
    return min ? min : 1 << 30;
}

/* True when agency a comes before b in the hall's order. */
static bool before_in_hall(const catalog_agency_t *a, const catalog_agency_t *b)
{
    int ca = first_counter(a), cb = first_counter(b);
    return ca != cb ? ca < cb : strcmp(a->id, b->id) < 0;
}

static size_t *hall_order(const catalog_t *cat)
{
    size_t *order = malloc((cat->n_agencies + 1) * sizeof *order);
    if (!order)
        return NULL;
    /* an insertion sort: a hall has tens of agencies */
    for (size_t i = 0; i < cat->n_agencies; i++) {
        size_t j = i;
        for (; j > 0 && before_in_hall(&cat->agencies[i], &cat->agencies[order[j - 1]]); j--)
            order[j] = order[j - 1];
        order[j] = i;
    }
    return order;
}

void render_board(jsonw_t *w, const queue_t *q, const catalog_t *cat, const char *epoch,
                  uint64_t seq, bool snapshot)
{
    jsonw_obj(w);
    jsonw_kint(w, "seq", (int64_t)seq);
    jsonw_kstr(w, "epoch", epoch);
    jsonw_key(w, "counters");
    jsonw_arr(w);
    for (size_t i = 0; i < queue_counter_count(q); i++)
        render_counter(w, q, queue_counter_at(q, i), false, NULL);
    jsonw_arr_end(w);

    const queue_ticket_t *tickets[QUEUE_RECENT];
    int numbers[QUEUE_RECENT];
    size_t n = queue_recent(q, tickets, numbers);
    jsonw_key(w, "recent");
    jsonw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jsonw_obj(w);
        ticket_members(w, q, tickets[i], 0, numbers[i]);
        jsonw_obj_end(w);
    }
    jsonw_arr_end(w);

    jsonw_key(w, "agencies");
    jsonw_arr(w);
    size_t *order = cat ? hall_order(cat) : NULL;
    for (size_t k = 0; order && k < cat->n_agencies; k++)
        agency_counts(w, q, cat->agencies[order[k]].id, cat->agencies[order[k]].name);
    free(order);
    jsonw_arr_end(w);
    jsonw_kstr(w, "text", queue_text(q));
    if (snapshot) {
        jsonw_kstr(w, "type", "snapshot");
    }
    jsonw_obj_end(w);
}

static json_t *strings_json(const catalog_strings_t *s)
{
    json_t *a = json_array();
    for (size_t i = 0; i < s->count; i++)
        json_array_append_new(a, json_string(s->items[i]));
    return a;
}

static json_t *ints_json(const int *v, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_integer(v[i]));
    return a;
}

/* {"unit": "counter" | "hours" | "days", "value", "note"}, or null when
 * the plugin does not say. */
static json_t *completion_json(const catalog_completion_t *c)
{
    static const char *const units[] = {NULL, "counter", "hours", "days"};
    if (c->unit == CATALOG_COMPLETION_NONE)
        return json_null();
    return json_pack("{s:s, s:i, s:s}", "unit", units[c->unit], "value", c->value, "note",
                     c->note ? c->note : "");
}

/* {"field": text, ...} from parallel lists of names and texts. */
static json_t *fields_json(char *const *fields, char *const *texts, size_t n)
{
    json_t *o = json_object();
    for (size_t i = 0; i < n; i++)
        json_object_set_new(o, fields[i], json_string(texts[i]));
    return o;
}

static json_t *service_json(const catalog_t *cat, const catalog_service_t *s)
{
    const catalog_agency_t *a = &cat->agencies[s->agency];
    json_t *inputs = json_array();
    for (size_t i = 0; i < s->n_inputs; i++)
        json_array_append_new(inputs,
                              json_pack("{s:s, s:s, s:s, s:s}", "name", s->inputs[i].name, "label",
                                        s->inputs[i].label, "pattern", s->inputs[i].pattern,
                                        "message", s->inputs[i].message));
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(s->id));
    json_object_set_new(o, "name", json_string(s->name));
    json_object_set_new(o, "requirements", strings_json(&s->requirements));
    json_object_set_new(o, "procedure", strings_json(&s->procedure));
    json_object_set_new(o, "minutes", json_integer(s->minutes));
    json_object_set_new(o, "completion", completion_json(&s->completion));
    json_object_set_new(o, "fee", json_integer((json_int_t)s->fee));
    json_object_set_new(o, "fee_note", json_string(s->fee_note));
    json_object_set_new(o, "product", json_string(s->product));
    json_object_set_new(o, "complaint_channel", json_string(s->complaint_channel));
    json_object_set_new(o, "legal_basis", json_string(s->legal_basis));
    json_object_set_new(o, "hours", json_string(s->hours));
    json_object_set_new(o, "quota", json_integer(s->quota));
    char cutoff[6];
    snprintf(cutoff, sizeof cutoff, "%02d:%02d", s->cutoff_min / 60 % 100, s->cutoff_min % 60);
    json_object_set_new(o, "cutoff", s->cutoff_min >= 0 ? json_string(cutoff) : json_null());
    json_object_set_new(o, "priority", json_boolean(s->priority));
    json_object_set_new(o, "kiosk", json_boolean(s->kiosk));
    json_object_set_new(o, "inputs", inputs);
    json_object_set_new(o, "counters",
                        s->n_counters ? ints_json(s->counters, s->n_counters)
                                      : ints_json(a->counters, a->n_counters));
    json_object_set_new(o, "source", json_string(s->source));
    json_object_set_new(o, "sources",
                        fields_json(s->sources.fields, s->sources.texts, s->sources.count));
    json_object_set_new(o, "unconfirmed", strings_json(&s->unconfirmed));
    json_object_set_new(o, "needs", strings_json(&s->needs));
    json_object_set_new(o, "gives", strings_json(&s->gives));
    json_object_set_new(
        o, "booking",
        s->bookable ? json_pack("{s:i, s:i, s:i, s:i, s:i}", "days_ahead", s->booking.days_ahead,
                                "slot_minutes", s->booking.slot_minutes, "capacity",
                                s->booking.capacity, "checkin_before", s->booking.checkin_before,
                                "checkin_after", s->booking.checkin_after)
                    : json_null());
    return o;
}

/* What of s no source confirms, and what was tried for each. */
static json_t *service_facts_json(const catalog_t *cat, const catalog_service_t *s)
{
    (void)cat; /* one_service's shape */
    return json_pack("{s:s, s:s, s:o, s:o}", "id", s->id, "name", s->name, "unconfirmed",
                     strings_json(&s->unconfirmed), "tried",
                     fields_json(s->unconfirmed.items, s->tried.items, s->unconfirmed.count));
}

/* The agencies in the hall's order, each with its services' views made by
 * one_service, and the agency's own members from one_agency. */
static json_t *agencies_json(const catalog_t *cat,
                             json_t *(*one_service)(const catalog_t *, const catalog_service_t *),
                             json_t *(*one_agency)(const catalog_agency_t *, json_t *services))
{
    json_t *list = json_array();
    size_t *order = cat ? hall_order(cat) : NULL;
    for (size_t k = 0; order && k < cat->n_agencies; k++) {
        const catalog_agency_t *a = &cat->agencies[order[k]];
        json_t *services = json_array();
        for (size_t j = 0; j < a->n_services; j++)
            json_array_append_new(services, one_service(cat, &cat->services[a->first_service + j]));
        json_array_append_new(list, one_agency(a, services));
    }
    free(order);
    return json_pack("{s:o}", "agencies", list);
}

static json_t *agency_json(const catalog_agency_t *a, json_t *services)
{
    char logo[CATALOG_ID_MAX + 32];
    snprintf(logo, sizeof logo, "/api/v1/agencies/%s/logo.svg", a->id);
    return json_pack("{s:s, s:s, s:s, s:s?, s:s, s:s, s:o, s:o}", "id", a->id, "name", a->name,
                     "short", a->short_name, "logo", a->logo ? logo : NULL, "kind", a->kind,
                     "prefix", a->prefix, "counters", ints_json(a->counters, a->n_counters),
                     "services", services);
}

static json_t *agency_facts_json(const catalog_agency_t *a, json_t *services)
{
    return json_pack("{s:s, s:s, s:o}", "id", a->id, "name", a->name, "services", services);
}

json_t *render_agencies(const catalog_t *cat)
{
    return agencies_json(cat, service_json, agency_json);
}

json_t *render_facts(const catalog_t *cat)
{
    return agencies_json(cat, service_facts_json, agency_facts_json);
}

json_t *render_errors(const catalog_error_t *errors, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_pack("{s:s, s:i, s:s}", "file", errors[i].file, "line",
                                           errors[i].line, "message", errors[i].message));
    return a;
}

char *render_ticket_record(const queue_ticket_t *t, size_t *len)
{
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_obj(&w);
    jsonw_kint(&w, "id", (int64_t)t->id);
    jsonw_kstr(&w, "number", t->number);
    jsonw_kint(&w, "day", t->day);
    jsonw_kint(&w, "seq", t->seq);
    jsonw_kstr(&w, "agency", t->agency);
    jsonw_kstr(&w, "service", t->service);
    jsonw_kint(&w, "status", (int)t->status);
    jsonw_kint(&w, "priority", (int)t->priority);
    jsonw_kint(&w, "issued_at", t->issued_at);
    jsonw_kint(&w, "called_at", t->called_at);
    jsonw_kint(&w, "started_at", t->started_at);
    jsonw_kint(&w, "finished_at", t->finished_at);
    jsonw_kint(&w, "counter", t->counter);
    jsonw_kint(&w, "transfers", t->transfers);
    jsonw_kstr(&w, "token", t->token);
    jsonw_kstr(&w, "reason", t->reason);
    jsonw_kint(&w, "rank", t->rank);
    jsonw_kint(&w, "queued_at", t->queued_at); /* for the service-time reports (core/report) */
    if (t->booking[0]) {
        jsonw_kstr(&w, "booking", t->booking);
        jsonw_kint(&w, "booking_start", t->booking_start);
    }
    if (t->visit)
        jsonw_kint(&w, "visit", (int64_t)t->visit);
    jsonw_obj_end(&w);
    return jsonw_take(&w, len);
}

/* Copies a JSON string field into a fixed buffer; -1 if absent or too long. */
static int copy_str(const json_t *o, const char *key, char *dst, size_t n)
{
    const char *s = json_string_value(json_object_get(o, key));
    if (!s || strlen(s) >= n)
        return -1;
    memcpy(dst, s, strlen(s) + 1);
    return 0;
}

static int64_t get_int(const json_t *o, const char *key, int *bad)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v)) {
        *bad = 1;
        return 0;
    }
    return (int64_t)json_integer_value(v);
}

int render_ticket_parse(const json_t *rec, queue_ticket_t *t)
{
    int bad = 0;
    memset(t, 0, sizeof *t);
    t->id = (uint64_t)get_int(rec, "id", &bad);
    t->day = (uint32_t)get_int(rec, "day", &bad);
    t->seq = (uint32_t)get_int(rec, "seq", &bad);
    int64_t status = get_int(rec, "status", &bad);
    int64_t priority = get_int(rec, "priority", &bad);
    t->issued_at = get_int(rec, "issued_at", &bad);
    t->called_at = get_int(rec, "called_at", &bad);
    t->started_at = get_int(rec, "started_at", &bad);
    t->finished_at = get_int(rec, "finished_at", &bad);
    t->counter = (int)get_int(rec, "counter", &bad);
    t->transfers = (int)get_int(rec, "transfers", &bad);
    t->rank = get_int(rec, "rank", &bad);
    /* records written before queued_at existed: the ticket queued at issue */
    json_t *queued = json_object_get(rec, "queued_at");
    t->queued_at = json_is_integer(queued) ? (int64_t)json_integer_value(queued) : t->issued_at;
    if (bad || status < 0 || status >= QUEUE_TICKET__STATUS_COUNT || priority < 0 ||
        priority >= PRIORITY__COUNT)
        return -1;
    t->status = (queue_status_t)status;
    t->priority = (queue_priority_t)priority;
    json_t *visit = json_object_get(rec, "visit"); /* a step of a visit only */
    if (visit)
        t->visit = (uint64_t)get_int(rec, "visit", &bad);
    json_t *booking = json_object_get(rec, "booking"); /* a booked ticket only */
    if (booking && (copy_str(rec, "booking", t->booking, sizeof t->booking) ||
                    (t->booking_start = get_int(rec, "booking_start", &bad), bad)))
        return -1;
    if (copy_str(rec, "number", t->number, sizeof t->number) ||
        copy_str(rec, "agency", t->agency, sizeof t->agency) ||
        copy_str(rec, "service", t->service, sizeof t->service) ||
        copy_str(rec, "token", t->token, sizeof t->token) ||
        copy_str(rec, "reason", t->reason, sizeof t->reason))
        return -1;
    return 0;
}

char *render_counter_record(const queue_counter_t *c, size_t *len)
{
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_obj(&w);
    jsonw_kint(&w, "number", c->number);
    jsonw_kstr(&w, "agency", c->agency);
    jsonw_kint(&w, "status", (int)c->status);
    jsonw_kstr(&w, "staff", c->staff);
    jsonw_kstr(&w, "session", c->session);
    jsonw_kint(&w, "ticket", (int64_t)c->ticket);
    jsonw_kint(&w, "priority_streak", c->priority_streak);
    jsonw_kint(&w, "served_today", c->served_today);
    jsonw_kint(&w, "no_show_today", c->no_show_today);
    jsonw_kint(&w, "called_today", c->called_today);
    jsonw_kint(&w, "day", c->day);
    jsonw_kint(&w, "closed_day", c->closed_day);
    jsonw_kstr(&w, "pause_reason", c->pause_reason);
    jsonw_kint(&w, "paused_at", c->paused_at);
    jsonw_obj_end(&w);
    return jsonw_take(&w, len);
}

int render_counter_parse(const json_t *rec, queue_counter_t *c)
{
    int bad = 0;
    memset(c, 0, sizeof *c);
    c->number = (int)get_int(rec, "number", &bad);
    int64_t status = get_int(rec, "status", &bad);
    c->ticket = (uint64_t)get_int(rec, "ticket", &bad);
    c->priority_streak = (int)get_int(rec, "priority_streak", &bad);
    c->served_today = (uint32_t)get_int(rec, "served_today", &bad);
    c->no_show_today = (uint32_t)get_int(rec, "no_show_today", &bad);
    c->called_today = (uint32_t)get_int(rec, "called_today", &bad);
    c->day = (uint32_t)get_int(rec, "day", &bad);
    json_t *closed_day = json_object_get(rec, "closed_day"); /* absent before it was kept */
    c->closed_day = json_is_integer(closed_day) ? (uint32_t)json_integer_value(closed_day) : 0;
    json_t *paused_at = json_object_get(rec, "paused_at"); /* absent before pauses had a reason */
    c->paused_at = json_is_integer(paused_at) ? (int64_t)json_integer_value(paused_at) : 0;
    if (json_object_get(rec, "pause_reason") &&
        copy_str(rec, "pause_reason", c->pause_reason, sizeof c->pause_reason))
        return -1;
    if (bad || status < QUEUE_COUNTER_CLOSED || status > QUEUE_COUNTER_PAUSED)
        return -1;
    c->status = (queue_counter_status_t)status;
    if (copy_str(rec, "agency", c->agency, sizeof c->agency) ||
        copy_str(rec, "staff", c->staff, sizeof c->staff) ||
        copy_str(rec, "session", c->session, sizeof c->session))
        return -1;
    return 0;
}
