/*
 * render.c - JSON views of tickets, counters, events, the board and the
 * catalog, and the store records of tickets and counters (see render.h).
 */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void render_time(int64_t ms, char *buf, size_t n)
{
    time_t secs = (time_t)(ms / 1000);
    struct tm tm;
    localtime_r(&secs, &tm);
    char zone[8];
    strftime(zone, sizeof zone, "%z", &tm); /* +0700 */
    char base[32];
    strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, n, "%s%.3s:%.2s", base, zone, zone + 3);
}

static json_t *time_or_null(int64_t ms)
{
    if (ms <= 0)
        return json_null();
    char buf[40];
    render_time(ms, buf, sizeof buf);
    return json_string(buf);
}

static json_t *priority_json(queue_priority_t p)
{
    const char *name = queue_priority_name(p);
    return name ? json_string(name) : json_null();
}

json_t *render_ticket(const queue_t *q, const queue_ticket_t *t, int flags)
{
    bool waiting = t->status == TICKET_WAITING || t->status == TICKET_PRINTING;
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer((json_int_t)t->id));
    json_object_set_new(o, "number", json_string(t->number));
    json_object_set_new(o, "agency", json_string(t->agency));
    json_object_set_new(o, "service", json_string(t->service));
    json_object_set_new(o, "status", json_string(queue_status_name(t->status)));
    json_object_set_new(o, "priority", priority_json(t->priority));
    json_object_set_new(o, "issued_at", time_or_null(t->issued_at));
    if ((flags & RENDER_LIVE) && waiting) {
        json_object_set_new(o, "position", json_integer(queue_ticket_position(q, t)));
        json_object_set_new(o, "estimated_wait_s",
                            json_integer((json_int_t)queue_ticket_estimate(q, t)));
    } else {
        json_object_set_new(o, "position", waiting ? json_null() : json_integer(0));
        json_object_set_new(o, "estimated_wait_s", waiting ? json_null() : json_integer(0));
    }
    /* a waiting ticket (e.g. after a transfer) is at no counter */
    json_object_set_new(o, "counter",
                        t->counter && !waiting ? json_integer(t->counter) : json_null());
    json_object_set_new(o, "called_at", time_or_null(t->called_at));
    json_object_set_new(o, "started_at", time_or_null(t->started_at));
    json_object_set_new(o, "finished_at", time_or_null(t->finished_at));
    json_object_set_new(o, "transfers", json_integer(t->transfers));
    if (t->status == TICKET_CANCELLED)
        json_object_set_new(o, "reason", json_string(t->reason));
    if (flags & RENDER_TOKEN)
        json_object_set_new(o, "token", json_string(t->token));
    return o;
}

json_t *render_counter(const queue_t *q, const queue_counter_t *c, bool with_staff)
{
    const queue_ticket_t *t = c->ticket ? queue_ticket_by_id(q, c->ticket) : NULL;
    json_t *o = json_object();
    json_object_set_new(o, "number", json_integer(c->number));
    json_object_set_new(o, "agency", json_string(c->agency));
    json_object_set_new(o, "status", json_string(queue_counter_status_name(c->status)));
    if (with_staff) {
        json_object_set_new(o, "staff", c->staff[0] ? json_string(c->staff) : json_null());
        json_object_set_new(o, "served_today", json_integer(c->served_today));
        json_object_set_new(o, "called_today", json_integer(c->called_today));
        json_object_set_new(o, "no_show_today", json_integer(c->no_show_today));
    }
    json_object_set_new(o, "ticket", t ? render_ticket(q, t, 0) : json_null());
    return o;
}

/* {"id","serving","waiting"} of one agency now. */
static json_t *agency_counts(const queue_t *q, const char *agency)
{
    const char *serving = queue_agency_serving(q, agency);
    return json_pack("{s:s, s:o, s:i}", "id", agency, "serving",
                     serving[0] ? json_string(serving) : json_null(), "waiting",
                     queue_agency_waiting(q, agency));
}

char *render_event(const queue_t *q, const queue_event_t *e, const char *epoch, size_t *len)
{
    char at[40];
    render_time(e->at, at, sizeof at);
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string(queue_event_name(e->type)));
    json_object_set_new(o, "seq", json_integer((json_int_t)e->seq));
    json_object_set_new(o, "epoch", json_string(epoch));
    json_object_set_new(o, "at", json_string(at));
    if (e->ticket)
        json_object_set_new(o, "ticket", render_ticket(q, e->ticket, 0));
    if (e->counter)
        json_object_set_new(o, "counter", render_counter(q, e->counter, false));
    if (e->ticket) {
        /* the agencies whose counts this event changed, as the board shows
         * them: a board applies events without re-reading the snapshot */
        json_t *agencies = json_array();
        json_array_append_new(agencies, agency_counts(q, e->ticket->agency));
        if (e->from_service && e->from_service[0]) {
            char from[CATALOG_ID_MAX];
            size_t n = strcspn(e->from_service, "/");
            snprintf(from, sizeof from, "%.*s", (int)n, e->from_service);
            if (strcmp(from, e->ticket->agency) != 0)
                json_array_append_new(agencies, agency_counts(q, from));
        }
        json_object_set_new(o, "agencies", agencies);
    }
    if (e->staff && e->staff[0])
        json_object_set_new(o, "staff", json_string(e->staff));
    if (e->reason && e->reason[0])
        json_object_set_new(o, "reason", json_string(e->reason));
    if (e->from_service && e->from_service[0])
        json_object_set_new(o, "from_service", json_string(e->from_service));
    if (e->agency)
        json_object_set_new(o, "agency", json_string(e->agency));
    if (e->text)
        json_object_set_new(o, "text", json_string(e->text));
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    if (s && len)
        *len = strlen(s);
    return s;
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

json_t *render_board(const queue_t *q, const catalog_t *cat, const char *epoch, uint64_t seq)
{
    json_t *o = json_object();
    json_object_set_new(o, "seq", json_integer((json_int_t)seq));
    json_object_set_new(o, "epoch", json_string(epoch));

    json_t *counters = json_array();
    for (size_t i = 0; i < queue_counter_count(q); i++)
        json_array_append_new(counters, render_counter(q, queue_counter_at(q, i), false));
    json_object_set_new(o, "counters", counters);

    const queue_ticket_t *tickets[QUEUE_RECENT];
    int numbers[QUEUE_RECENT];
    size_t n = queue_recent(q, tickets, numbers);
    json_t *recent = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *r = render_ticket(q, tickets[i], 0);
        json_object_set_new(r, "counter", json_integer(numbers[i]));
        json_array_append_new(recent, r);
    }
    json_object_set_new(o, "recent", recent);

    json_t *agencies = json_array();
    size_t *order = cat ? hall_order(cat) : NULL;
    for (size_t k = 0; order && k < cat->n_agencies; k++) {
        size_t i = order[k];
        const char *id = cat->agencies[i].id;
        const char *serving = queue_agency_serving(q, id);
        json_array_append_new(agencies,
                              json_pack("{s:s, s:s, s:o, s:i}", "id", id, "name",
                                        cat->agencies[i].name, "serving",
                                        serving[0] ? json_string(serving) : json_null(),
                                        "waiting", queue_agency_waiting(q, id)));
    }
    free(order);
    json_object_set_new(o, "agencies", agencies);
    json_object_set_new(o, "text", json_string(queue_text(q)));
    return o;
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

static json_t *service_json(const catalog_t *cat, const catalog_service_t *s)
{
    const catalog_agency_t *a = &cat->agencies[s->agency];
    json_t *inputs = json_array();
    for (size_t i = 0; i < s->n_inputs; i++)
        json_array_append_new(inputs, json_pack("{s:s, s:s, s:s, s:s}", "name",
                                                s->inputs[i].name, "label", s->inputs[i].label,
                                                "pattern", s->inputs[i].pattern, "message",
                                                s->inputs[i].message));
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(s->id));
    json_object_set_new(o, "name", json_string(s->name));
    json_object_set_new(o, "requirements", strings_json(&s->requirements));
    json_object_set_new(o, "procedure", strings_json(&s->procedure));
    json_object_set_new(o, "minutes", json_integer(s->minutes));
    json_object_set_new(o, "fee", json_integer((json_int_t)s->fee));
    json_object_set_new(o, "fee_note", json_string(s->fee_note));
    json_object_set_new(o, "product", json_string(s->product));
    json_object_set_new(o, "complaint_channel", json_string(s->complaint_channel));
    json_object_set_new(o, "legal_basis", json_string(s->legal_basis));
    json_object_set_new(o, "hours", json_string(s->hours));
    json_object_set_new(o, "quota", json_integer(s->quota));
    json_object_set_new(o, "priority", json_boolean(s->priority));
    json_object_set_new(o, "kiosk", json_boolean(s->kiosk));
    json_object_set_new(o, "inputs", inputs);
    json_object_set_new(o, "counters", s->n_counters ? ints_json(s->counters, s->n_counters)
                                                     : ints_json(a->counters, a->n_counters));
    json_object_set_new(o, "source", json_string(s->source));
    json_object_set_new(o, "unconfirmed", strings_json(&s->unconfirmed));
    return o;
}

json_t *render_agencies(const catalog_t *cat)
{
    json_t *list = json_array();
    size_t *order = cat ? hall_order(cat) : NULL;
    for (size_t k = 0; order && k < cat->n_agencies; k++) {
        const catalog_agency_t *a = &cat->agencies[order[k]];
        json_t *services = json_array();
        for (size_t j = 0; j < a->n_services; j++)
            json_array_append_new(services,
                                  service_json(cat, &cat->services[a->first_service + j]));
        json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s, s:o, s:o}", "id", a->id,
                                              "name", a->name, "kind", a->kind, "prefix",
                                              a->prefix, "counters",
                                              ints_json(a->counters, a->n_counters),
                                              "services", services));
    }
    free(order);
    return json_pack("{s:o}", "agencies", list);
}

json_t *render_errors(const catalog_error_t *errors, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_pack("{s:s, s:i, s:s}", "file", errors[i].file, "line",
                                           errors[i].line, "message", errors[i].message));
    return a;
}

json_t *render_ticket_record(const queue_ticket_t *t)
{
    json_t *o = json_pack("{s:I, s:s, s:I, s:I, s:s, s:s, s:i, s:i, s:I, s:I, s:I, s:I, s:i, "
                          "s:i, s:s, s:s, s:I}",
                          "id", (json_int_t)t->id, "number", t->number, "day", (json_int_t)t->day,
                          "seq", (json_int_t)t->seq, "agency", t->agency, "service", t->service,
                          "status", (int)t->status, "priority", (int)t->priority, "issued_at",
                          (json_int_t)t->issued_at, "called_at", (json_int_t)t->called_at,
                          "started_at", (json_int_t)t->started_at, "finished_at",
                          (json_int_t)t->finished_at, "counter", t->counter, "transfers",
                          t->transfers, "token", t->token, "reason", t->reason, "rank",
                          (json_int_t)t->rank);
    if (o) /* for the service-time reports (core/report) */
        json_object_set_new(o, "queued_at", json_integer((json_int_t)t->queued_at));
    return o;
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
    if (bad || status < 0 || status >= TICKET__STATUS_COUNT || priority < 0 ||
        priority >= PRIORITY__COUNT)
        return -1;
    t->status = (queue_status_t)status;
    t->priority = (queue_priority_t)priority;
    if (copy_str(rec, "number", t->number, sizeof t->number) ||
        copy_str(rec, "agency", t->agency, sizeof t->agency) ||
        copy_str(rec, "service", t->service, sizeof t->service) ||
        copy_str(rec, "token", t->token, sizeof t->token) ||
        copy_str(rec, "reason", t->reason, sizeof t->reason))
        return -1;
    return 0;
}

json_t *render_counter_record(const queue_counter_t *c)
{
    return json_pack("{s:i, s:s, s:i, s:s, s:s, s:I, s:i, s:i, s:i, s:i, s:I}", "number",
                     c->number, "agency", c->agency, "status", (int)c->status, "staff",
                     c->staff, "session", c->session, "ticket", (json_int_t)c->ticket,
                     "priority_streak", c->priority_streak, "served_today",
                     (int)c->served_today, "no_show_today", (int)c->no_show_today,
                     "called_today", (int)c->called_today, "day", (json_int_t)c->day);
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
    if (bad || status < COUNTER_CLOSED || status > COUNTER_PAUSED)
        return -1;
    c->status = (queue_counter_status_t)status;
    if (copy_str(rec, "agency", c->agency, sizeof c->agency) ||
        copy_str(rec, "staff", c->staff, sizeof c->staff) ||
        copy_str(rec, "session", c->session, sizeof c->session))
        return -1;
    return 0;
}
