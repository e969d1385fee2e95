/*
 * api.c - the HTTP API v1 of CONTRACT.md: routing, request checks (unknown
 * fields, types, Origins, rate limits, sessions and roles) and the mapping
 * of engine results to status codes. Every change is answered only after
 * its commit (web_reply_after_commit).
 */
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "booking/person.h"
#include "log.h"
#include "plugin/plugin.h"
#include "render.h"
#include "web/api_reports.h"
#include "web/web_int.h"

#define API "/api/v1/"

/* ---- helpers ---- */

static bool path_is(const web_req_t *r, const char *method, const char *path)
{
    return strcmp(r->method, method) == 0 && strcmp(r->path, path) == 0;
}

static void reply_queue_error(web_req_t *r, int err)
{
    queue_t *q = hall_queue(r->web->hall);
    web_err_t e = web_err_of_queue(err);
    if (e == WEB_ERR_INTERNAL)
        web_reply_error(r, e, NULL, "the queue could not do this: %s", queue_last_error(q));
    else
        web_reply_error(r, e, queue_last_field(q), "%s", queue_last_error(q));
}

/* ---- tickets ---- */

void web_reply_ticket(web_req_t *r, int status, const queue_ticket_t *t, int flags,
                      bool after_commit)
{
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "ticket");
    render_ticket(&w, hall_queue(r->web->hall), t, flags);
    if (flags & RENDER_TOKEN) { /* the status page the QR code opens */
        char base[256], url[512];
        web_link_base(r, base, sizeof base);
        snprintf(url, sizeof url, "%s/t/%s", base, t->token);
        jsonw_kstr(&w, "status_url", url);
    }
    jsonw_obj_end(&w);
    if (after_commit)
        web_reply_after_commit_jsonw(r, status, &w);
    else
        web_reply_jsonw(r, status, &w);
}

/* Characters (UTF-8 code points) of s, counted up to one past the limit
 * of an input's value. */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s && n <= PLUGIN_INPUT_VALUE_MAX; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Checks the service's inputs against `fields`; the values are looked at
 * here only and never stored, logged or echoed. */
static bool inputs_valid(web_req_t *r, const catalog_service_t *svc, json_t *fields)
{
    const char *key;
    json_t *v;
    char name[CATALOG_ID_MAX + 8];
    json_object_foreach(fields, key, v)
    {
        bool known = false;
        for (size_t i = 0; i < svc->n_inputs && !known; i++)
            known = strcmp(svc->inputs[i].name, key) == 0;
        snprintf(name, sizeof name, "fields.%s", key);
        if (!known) {
            web_reply_error(r, WEB_ERR_UNKNOWN_FIELD, name, "this service does not ask for '%s'",
                            key);
            return false;
        }
        if (!json_is_string(v)) {
            web_reply_error(r, WEB_ERR_WRONG_TYPE, name, "'%s' must be a string", key);
            return false;
        }
    }
    for (size_t i = 0; i < svc->n_inputs; i++) {
        const catalog_input_t *in = &svc->inputs[i];
        const char *value = json_string_value(json_object_get(fields, in->name));
        regex_t re;
        snprintf(name, sizeof name, "fields.%s", in->name);
        if (regcomp(&re, in->pattern, REG_EXTENDED | REG_NOSUB) != 0) {
            web_reply_error(r, WEB_ERR_PLUGIN_ERROR, name, "the service's check for %s is broken",
                            in->label);
            return false;
        }
        if (value && utf8_chars(value) > PLUGIN_INPUT_VALUE_MAX) {
            regfree(&re);
            web_reply_error(r, WEB_ERR_INVALID_FIELD, name, "%s: at most %d characters", in->label,
                            PLUGIN_INPUT_VALUE_MAX);
            return false;
        }
        bool ok = value && regexec(&re, value, 0, NULL, 0) == 0;
        regfree(&re);
        if (!ok) {
            web_reply_error(r, WEB_ERR_INVALID_FIELD, name, "%s", in->message);
            return false;
        }
    }
    return true;
}

static void ticket_issue(web_req_t *r)
{
    static const char *const allowed[] = {"service", "priority", "fields", "print", "notify", NULL};
    const char *service, *priority;
    if (!r->body) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "service", "send the service to queue for");
        return;
    }
    if (!web_fields_known(r, allowed) || !web_opt_string(r, "service", &service) ||
        !web_opt_string(r, "priority", &priority))
        return;
    if (!service) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "service", "'service' is required");
        return;
    }
    char key[WEB_IDEM_KEY_MAX + 1];
    int has_key = web_idem_key(r, key);
    if (has_key < 0)
        return;
    queue_ticket_t scratch;
    const queue_ticket_t *done = has_key ? web_idem_replay(r, key, &scratch) : NULL;
    if (done) { /* a retried press: the same ticket, once it is durable */
        web_reply_header(r, "idempotent-replayed", "true");
        web_reply_ticket(r, 201, done, RENDER_TOKEN | (done == &scratch ? 0 : RENDER_LIVE), true);
        return;
    }
    json_t *print = json_object_get(r->body, "print");
    json_t *fields = json_object_get(r->body, "fields");
    if (print && !json_is_boolean(print)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, "print", "'print' must be true or false");
        return;
    }
    if (fields && !json_is_null(fields) && !json_is_object(fields)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, "fields", "'fields' must be an object");
        return;
    }
    queue_issue_req_t req = {
        .service = service, .priority = PRIORITY_NONE, .print = json_is_true(print)};
    if (priority && queue_priority_parse(priority, &req.priority) != 0) {
        web_reply_error(r, WEB_ERR_INVALID, "priority",
                        "priority must be null, lansia, disabilitas, ibu_hamil or anak");
        return;
    }
    const catalog_service_t *svc = catalog_service_find(hall_catalog(r->web->hall), service);
    if (!svc) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "service", "there is no service '%s'", service);
        return;
    }
    if (!svc->kiosk) {
        web_reply_error(r, WEB_ERR_CONFLICT, "service",
                        "service '%s' is a later step of its agency's flow: a ticket reaches it "
                        "at the counter when the step before is finished, never from the kiosk",
                        service);
        return;
    }
    if (req.priority != PRIORITY_NONE && !svc->priority) {
        web_reply_error(r, WEB_ERR_INVALID_FIELD, "priority",
                        "service '%s' has no priority queue; take a regular ticket", service);
        return;
    }
    /* counted before the inputs are checked: refused requests count too */
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 'i', r->pss->from.ip, r->web->cfg->rate_issue_per_min))
        return;
    if (!inputs_valid(r, svc, json_is_object(fields) ? fields : NULL))
        return;
    char phone[BOOKING_PHONE_MAX] = "";
    if (!web_notify_phone(r, phone))
        return;
    queue_t *q = hall_queue(r->web->hall);
    const queue_ticket_t *t;
    int64_t now = hall_now(r->web->hall);
    req.reserved = svc->bookable ? hall_booking_reserved(r->web->hall, service, now) : 0;
    int rc = queue_issue(q, &req, now, &t);
    if (rc != 0) {
        reply_queue_error(r, rc);
        return;
    }
    if (has_key)
        web_idem_remember(r, key, t->token);
    if (phone[0] && hall_notify_ticket(r->web->hall, t, phone, 0) != 0)
        log_warn("notify", "ticket %s: its messages could not be set up", t->number);
    web_reply_ticket(r, 201, t, RENDER_TOKEN | RENDER_LIVE, true);
}

/* Answers an SVG QR code of the ticket's status page, for the printout. */
static void qr_reply(web_req_t *r, const char *token)
{
    char base[256], url[512];
    web_link_base(r, base, sizeof base);
    snprintf(url, sizeof url, "%s/t/%s", base, token);
    web_reply_qr(r, url);
}

/* /api/v1/tickets/<token>[/confirm|/cancel|/qr.svg|/notify] */
static void ticket_route(web_req_t *r, const char *rest)
{
    char token[QUEUE_TOKEN_LEN + 2];
    size_t n = strcspn(rest, "/");
    const char *action = rest[n] == '/' ? rest + n + 1 : NULL;
    if (n == 0 || n > QUEUE_TOKEN_LEN) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such ticket");
        return;
    }
    snprintf(token, sizeof token, "%.*s", (int)n, rest);
    queue_t *q = hall_queue(r->web->hall);
    if (!action && strcmp(r->method, "GET") == 0) {
        queue_ticket_t scratch;
        const queue_ticket_t *t = hall_ticket_by_token(r->web->hall, token, &scratch);
        if (!t) {
            web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such ticket");
            return;
        }
        web_reply_ticket(r, 200, t, RENDER_TOKEN | (t == &scratch ? 0 : RENDER_LIVE), false);
        return;
    }
    if (action && strcmp(action, "qr.svg") == 0 && strcmp(r->method, "GET") == 0) {
        queue_ticket_t scratch;
        if (!hall_ticket_by_token(r->web->hall, token, &scratch)) {
            web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such ticket");
            return;
        }
        qr_reply(r, token);
        return;
    }
    if (action && strcmp(action, "notify") == 0) {
        web_api_ticket_notify(r, token);
        return;
    }
    if (!action || strcmp(r->method, "POST") != 0 ||
        (strcmp(action, "confirm") != 0 && strcmp(action, "cancel") != 0)) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown address %s", r->path);
        return;
    }
    if (!web_no_fields(r))
        return;
    /* a holder's cancel gives the ticket's place back to the quota, so it
       counts against the issue rate limit like the issue it undoes */
    if (strcmp(action, "cancel") == 0 && !web_rate_exempt(r) &&
        !web_rate_check(r, 'i', r->pss->from.ip, r->web->cfg->rate_issue_per_min))
        return;
    const queue_ticket_t *t;
    int64_t now = hall_now(r->web->hall);
    int rc = strcmp(action, "confirm") == 0 ? queue_confirm(q, token, now, &t)
                                            : queue_cancel_token(q, token, now, &t);
    if (rc != 0) {
        reply_queue_error(r, rc);
        return;
    }
    web_reply_ticket(r, 200, t, RENDER_TOKEN | RENDER_LIVE, true);
}

/* ---- counters ---- */

static void counter_show(web_req_t *r, int number, const auth_session_t *s)
{
    queue_t *q = hall_queue(r->web->hall);
    const queue_counter_t *c = queue_counter_get(q, number);
    const queue_ticket_t *list[50];
    size_t n = queue_counter_waiting(q, number, list, 50);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "counter");
    render_counter(&w, q, c, true, s->sid);
    jsonw_key(&w, "waiting");
    jsonw_arr(&w);
    for (size_t i = 0; i < n; i++)
        render_ticket(&w, q, list[i], 0);
    jsonw_arr_end(&w);
    jsonw_key(&w, "waiting_total");
    jsonw_int(&w, queue_agency_waiting(q, c->agency));
    /* the agency's held and no-show tickets, to call back by number */
    n = queue_agency_callback(q, c->agency, list, sizeof list / sizeof list[0]);
    jsonw_key(&w, "callback");
    jsonw_arr(&w);
    for (size_t i = 0; i < n; i++)
        render_ticket(&w, q, list[i], 0);
    jsonw_arr_end(&w);
    char now[40]; /* the hall's clock, for the console's timer */
    render_time(hall_now(r->web->hall), now, sizeof now);
    jsonw_kstr(&w, "now", now);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

static void counter_action(web_req_t *r, const char *rest)
{
    char *end;
    long number = strtol(rest, &end, 10);
    if (!isdigit((unsigned char)rest[0]) || (*end != '/' && *end != '\0') || number < 1 ||
        number > 999 || !config_counter_agency(r->web->cfg, (int)number)) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "counter", "the hall has no counter %.16s", rest);
        return;
    }
    auth_session_t *s = web_session_require(r);
    if (!s)
        return;
    if (!web_may_act_on(r->web->cfg, &s->user, (int)number)) {
        if (s->user.role != ROLE_STAFF && s->user.role != ROLE_ADMIN)
            web_reply_error(r, WEB_ERR_FORBIDDEN, "counter",
                            "a %s account does not act on counters; staff of %s do",
                            auth_role_name(s->user.role),
                            config_counter_agency(r->web->cfg, (int)number));
        else
            web_reply_error(r, WEB_ERR_FORBIDDEN, "counter",
                            "counter %ld belongs to %s; your account may not act on it", number,
                            config_counter_agency(r->web->cfg, (int)number));
        return;
    }
    if (*end == '\0') {
        if (strcmp(r->method, "GET") != 0) {
            web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
            return;
        }
        counter_show(r, (int)number, s);
        return;
    }
    queue_counter_req_t req = {.counter = (int)number,
                               .staff = s->user.name,
                               .session = s->sid,
                               .admin = s->user.role == ROLE_ADMIN};
    if (queue_action_parse(end + 1, &req.action) != 0) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown counter action '%s'", end + 1);
        return;
    }
    if (strcmp(r->method, "POST") != 0) {
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "a counter action is a POST");
        return;
    }
    /* a console closed without closing its counter (a crash, a power cut)
     * leaves it held by a session no page uses: its own account may open
     * it again from a new session; while that console is still connected,
     * only an admin may take it over */
    const queue_counter_t *held = queue_counter_get(hall_queue(r->web->hall), (int)number);
    req.reclaim = req.action == QUEUE_ACT_OPEN && held && held->session[0] &&
                  strcmp(held->session, s->sid) != 0 && strcmp(held->staff, s->user.name) == 0 &&
                  !feed_session_live(r->web->feed, held->session);
    static const char *const none[] = {NULL};
    static const char *const by_number[] = {"number", NULL};
    static const char *const transfer[] = {"service", "place", "number", NULL};
    static const char *const pause[] = {"reason", NULL};
    const char *const *allowed = req.action == QUEUE_ACT_TRANSFER ? transfer
                                 : (req.action == QUEUE_ACT_CALL || req.action == QUEUE_ACT_CANCEL)
                                     ? by_number
                                 : req.action == QUEUE_ACT_PAUSE ? pause
                                                                 : none;
    const char *place = NULL;
    if (r->body &&
        (!web_fields_known(r, allowed) || !web_opt_string(r, "number", &req.number) ||
         !web_opt_string(r, "service", &req.service) || !web_opt_string(r, "place", &place) ||
         !web_opt_string(r, "reason", &req.reason)))
        return;
    if (req.number && !req.number[0]) { /* not "call the next": that is no number at all */
        web_reply_error(r, WEB_ERR_INVALID, "number",
                        "'number' is empty; give a ticket number, or leave it out");
        return;
    }
    if (req.action == QUEUE_ACT_PAUSE && !web_pause_reason_check(r, &req.reason))
        return;
    if (req.action == QUEUE_ACT_TRANSFER) {
        if (!req.service) {
            web_reply_error(r, WEB_ERR_MISSING_FIELD, "service",
                            "say which service to transfer to");
            return;
        }
        if (place && strcmp(place, "front") != 0 && strcmp(place, "back") != 0) {
            web_reply_error(r, WEB_ERR_INVALID, "place", "place must be \"front\" or \"back\"");
            return;
        }
        req.front = place && strcmp(place, "front") == 0;
    }
    queue_t *q = hall_queue(r->web->hall);
    const queue_counter_t *c;
    int rc = queue_counter_act(q, &req, hall_now(r->web->hall), &c);
    if (rc != 0) {
        reply_queue_error(r, rc);
        return;
    }
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "counter");
    render_counter(&w, q, c, true, NULL);
    jsonw_obj_end(&w);
    web_reply_after_commit_jsonw(r, 200, &w);
}

/* ---- board, health ---- */

static void board_text(web_req_t *r)
{
    auth_session_t *s = web_session_require(r);
    if (!s)
        return;
    if (s->user.role != ROLE_ADMIN) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL, "only an admin sets the board's text");
        return;
    }
    static const char *const allowed[] = {"text", NULL};
    const char *text;
    if (!web_fields_known(r, allowed) || !web_opt_string(r, "text", &text))
        return;
    if (!text) { /* no body, {} or null: clearing the text is "" */
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "text", "send the board's text (\"\" clears it)");
        return;
    }
    queue_t *q = hall_queue(r->web->hall);
    int rc = queue_board_text(q, text, s->user.name, hall_now(r->web->hall));
    if (rc != 0) {
        reply_queue_error(r, rc);
        return;
    }
    web_reply_after_commit(r, 200, json_pack("{s:s}", "text", queue_text(q)));
}

/* GET /api/v1/board/settings: the hall's zones (each with its agencies and
 * their counters), how its boards announce calls and the hall's time zone
 * (for the clock). Public: it holds only what the hall config says of its
 * floors. */
static void board_settings(web_req_t *r)
{
    const config_t *cfg = r->web->cfg;
    json_t *zones = json_array();
    for (size_t z = 0; z < cfg->n_zones; z++) {
        const config_zone_t *zone = &cfg->zones[z];
        json_t *agencies = json_array(), *counters = json_array();
        for (size_t a = 0; a < zone->n_agencies; a++) {
            json_array_append_new(agencies, json_string(zone->agencies[a]));
            for (size_t c = 0; c < cfg->n_counters; c++)
                if (strcmp(cfg->counters[c].agency, zone->agencies[a]) == 0)
                    json_array_append_new(counters, json_integer(cfg->counters[c].number));
        }
        json_array_append_new(zones,
                              json_pack("{s:s,s:s,s:o,s:o}", "id", zone->id, "name", zone->name,
                                        "agencies", agencies, "counters", counters));
    }
    web_reply_json(r, 200,
                   json_pack("{s:o,s:{s:i,s:i,s:s},s:s}", "zones", zones, "announce", "max_age_s",
                             cfg->board_max_age_s, "queue", cfg->board_queue_max, "sentence",
                             cfg->board_short ? "short" : "full", "timezone", cfg->timezone));
}

/* What /healthz warns of the hall's address: QR codes and messages that
 * would point at a loopback address no phone can open. */
static json_t *address_warnings(const web_t *w)
{
    json_t *list = json_array();
    const char *pub = w->cfg->public_url;
    char text[512];
    if (pub[0] && config_url_is_loopback(pub)) {
        snprintf(text, sizeof text,
                 "hall.public_url is %s, a loopback address that phones cannot open: QR codes "
                 "use the address each kiosk reached the server at instead, and messages "
                 "cannot link to the hall; set hall.public_url to the hall's address",
                 pub);
        json_array_append_new(list, json_string(text));
    }
    if (w->last_link[0] && config_url_is_loopback(w->last_link)) {
        snprintf(text, sizeof text,
                 "the last ticket's QR code links to %s, this machine's own address, because "
                 "its kiosk opened the pages there; phones cannot open it: set "
                 "hall.public_url, or open the kiosk at the server's network address",
                 w->last_link);
        json_array_append_new(list, json_string(text));
    }
    return list;
}

/* Adds a warning for each agency of the hall config's counters that no
 * loaded plugin declares: its counters can call no one. Returns how many. */
static size_t orphan_counters(const web_t *w, const catalog_t *cat, json_t *warnings)
{
    size_t n = 0;
    const config_t *cfg = w->cfg;
    for (size_t i = 0; i < cfg->n_counters; i++) {
        const char *agency = cfg->counters[i].agency;
        bool told = false;
        for (size_t k = 0; k < i && !told; k++)
            told = strcmp(cfg->counters[k].agency, agency) == 0;
        if (told || catalog_agency_find(cat, agency))
            continue;
        char msg[300];
        snprintf(msg, sizeof msg,
                 "counters of agency '%s' (the first is counter %d) have no plugin: they can "
                 "call no one; add plugins/%s.lua or give the counters to another agency in the "
                 "hall config",
                 agency, cfg->counters[i].number, agency);
        json_array_append_new(warnings, json_string(msg));
        n++;
    }
    return n;
}

static void warn_json(void *ctx, const char *message)
{
    json_array_append_new(ctx, json_string(message));
}

/* "export": how far the event export is, or null without one; warns when
 * events have waited past export.warn_after_s. */
static json_t *export_health(const web_t *w, json_t *warnings)
{
    hall_export_state_t x;
    hall_export_state(w->hall, &x);
    if (!x.enabled)
        return json_null();
    if (x.lag_s >= w->cfg->export_warn_after_s) {
        char msg[400];
        snprintf(msg, sizeof msg,
                 "the event export is %lld s behind (%llu events wait%s%s); the hall keeps them "
                 "in its log and sends them when the broker is back (export.outage_hours = %d)",
                 (long long)x.lag_s, (unsigned long long)x.lag_events, x.last_error[0] ? ": " : "",
                 x.last_error, x.outage_hours);
        json_array_append_new(warnings, json_string(msg));
    }
    return json_pack("{s:b, s:I, s:I, s:I, s:I, s:I, s:I, s:s?}", "connected", x.connected,
                     "acked_seq", (json_int_t)x.acked, "lag_events", (json_int_t)x.lag_events,
                     "lag_seconds", (json_int_t)x.lag_s, "published", (json_int_t)x.published,
                     "failures", (json_int_t)x.failures, "outage_hours", (json_int_t)x.outage_hours,
                     "last_error", x.last_error[0] ? x.last_error : NULL);
}

static void healthz(web_req_t *r)
{
    const catalog_t *cat = hall_catalog(r->web->hall);
    json_t *errors = render_errors(cat->errors, cat->n_errors);
    /* a refused reload: the old version runs, the edit is broken */
    size_t n_refused;
    const catalog_error_t *refused = hall_reload_errors(r->web->hall, &n_refused);
    json_t *stale = render_errors(refused, n_refused);
    size_t i;
    json_t *e;
    json_array_foreach(stale, i, e) json_object_set_new(e, "running_previous_version", json_true());
    json_array_extend(errors, stale);
    json_decref(stale);
    /* hooks that failed while running (the agency still serves) */
    catalog_error_t failing[64];
    size_t n_failing = plugin_runtime_errors(cat, failing, 64);
    json_t *hooks = render_errors(failing, n_failing < 64 ? n_failing : 64);
    json_array_foreach(hooks, i, e) json_object_set_new(e, "runtime", json_true());
    json_array_extend(errors, hooks);
    json_decref(hooks);
    const char *pub = r->web->cfg->public_url;
    /* a store that cannot commit serves nothing new: not ok */
    bool commits_failing = metrics_commit_failing(r->web->metrics);
    json_t *warnings = address_warnings(r->web);
    bool orphans = orphan_counters(r->web, cat, warnings) > 0;
    plugin_options_unread(r->web->cfg, cat, warn_json, warnings);
    /* whether pages may offer messages: only with a gateway to send them */
    json_t *notify = r->web->cfg->notify_url[0]
                         ? json_pack("{s:i}", "keep_days", r->web->cfg->notify_keep_days)
                         : json_null();
    json_t *export = export_health(r->web, warnings);
    web_reply_json(
        r, 200,
        json_pack("{s:s, s:s, s:i, s:i, s:o, s:I, s:s, s:i, s:o, s:o, s:o, s:o}", "status",
                  json_array_size(errors) || cat->n_agencies == 0 || commits_failing || orphans
                      ? "degraded"
                      : "ok",
                  "storage", commits_failing ? "failing" : "ok", "agencies", (int)cat->n_agencies,
                  "services", (int)cat->n_services, "plugin_errors", errors, "seq",
                  (json_int_t)hall_committed_seq(r->web->hall), "epoch", hall_epoch(r->web->hall),
                  "ws_clients", (int)feed_client_count(r->web->feed), "public_url",
                  pub[0] ? json_string(pub) : json_null(), "warnings", warnings, "notify", notify,
                  "export", export));
}

/* GET /api/v1/agencies/<id>/logo.svg: the SVG the agency's plugin ships
 * (mppctl check and the loader refused any with a script, a handler or an
 * outside reference); 404 when it ships none. */
static void agency_logo(web_req_t *r, const char *rest)
{
    char id[CATALOG_ID_MAX];
    const char *slash = strchr(rest, '/');
    size_t n = slash ? (size_t)(slash - rest) : 0;
    const catalog_agency_t *a = NULL;
    if (n > 0 && n < sizeof id && strcmp(slash, "/logo.svg") == 0) {
        memcpy(id, rest, n);
        id[n] = '\0';
        a = catalog_agency_find(hall_catalog(r->web->hall), id);
    }
    if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "HEAD") != 0)
        return web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
    if (!a || !a->logo)
        return web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "no logo at %s", r->path);
    web_reply_header(r, "content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
    web_reply_bytes(r, 200, "image/svg+xml", a->logo, a->logo_len);
}

/* Sets each service's "remaining": what is left of its daily quota for a
 * walk-in now (places kept for bookings taken off), null without a quota. */
static void add_remaining(web_t *w, json_t *o)
{
    queue_t *q = hall_queue(w->hall);
    int64_t now = hall_now(w->hall);
    size_t i, j;
    json_t *a, *s;
    json_array_foreach(json_object_get(o, "agencies"), i, a)
    {
        json_array_foreach(json_object_get(a, "services"), j, s)
        {
            const char *id = json_string_value(json_object_get(s, "id"));
            const catalog_service_t *svc =
                id ? catalog_service_find(hall_catalog(w->hall), id) : NULL;
            if (!svc)
                continue;
            uint32_t reserved = svc->bookable ? hall_booking_reserved(w->hall, id, now) : 0;
            int left = queue_service_remaining(q, id, reserved);
            json_object_set_new(s, "remaining", left < 0 ? json_null() : json_integer(left));
        }
    }
}

/* The JSON text of o as a shared reply body; takes o (NULL is fine). NULL
 * when out of memory. */
static web_blob_t *blob_of(json_t *o)
{
    char *text = o ? json_dumps(o, WEB_JSON_FLAGS) : NULL;
    web_blob_t *blob = text ? web_blob_new(text, strlen(text)) : NULL;
    free(text);
    json_decref(o);
    return blob;
}

/* GET /api/v1/agencies: the catalog with today's remaining places, made
 * again when the catalog was swapped, or at most once a second when
 * anything was committed since (a kiosk rush reads one copy). */
static void agencies(web_req_t *r)
{
    web_t *w = r->web;
    int64_t now = hall_now(w->hall);
    uint64_t seq = hall_committed_seq(w->hall);
    bool stale = w->agencies_of != hall_catalog(w->hall) ||
                 (seq != w->agencies_seq && (now - w->agencies_at >= 1000 || now < w->agencies_at));
    if (stale || !w->agencies) {
        json_t *o = render_agencies(hall_catalog(w->hall));
        if (o)
            add_remaining(w, o);
        web_blob_t *blob = blob_of(o);
        if (blob) {
            web_blob_unref(w->agencies);
            w->agencies = blob;
            w->agencies_of = hall_catalog(w->hall);
            w->agencies_at = now;
            w->agencies_seq = seq;
        }
    }
    if (!w->agencies || w->agencies_of != hall_catalog(w->hall)) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    web_reply_blob(r, "application/json", w->agencies);
}

/* GET /api/v1/facts: what each service's standard does not yet confirm
 * and what was looked up (docs/api.md), for the admin's facts panel and
 * the agencies' liaisons: kept apart from /api/v1/agencies, which every
 * kiosk reads each minute. Made once for each catalog: a swapped catalog
 * drops it (web_api_init). */
static void facts(web_req_t *r)
{
    web_t *w = r->web;
    if (!w->facts && !(w->facts = blob_of(render_facts(hall_catalog(w->hall))))) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    web_reply_blob(r, "application/json", w->facts);
}

#ifdef MPP_TEST_CLOCK
/* POST /api/v1/test/clock {"at_ms": N} or {"advance_ms": N}: moves the
 * hall's clock, then lets the engine see the new time. Compiled only into
 * test builds (cmake -DMPP_TEST_CLOCK=ON); a hall's mppd has no such
 * address. */
static void test_clock(web_req_t *r)
{
    static const char *const allowed[] = {"at_ms", "advance_ms", NULL};
    if (!r->body) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "at_ms", "send at_ms or advance_ms");
        return;
    }
    if (!web_fields_known(r, allowed))
        return;
    json_t *at = json_object_get(r->body, "at_ms");
    json_t *adv = json_object_get(r->body, "advance_ms");
    hall_t *h = r->web->hall;
    if (json_is_integer(at))
        hall_clock_set(h, (int64_t)json_integer_value(at));
    else if (json_is_integer(adv))
        hall_clock_set(h, hall_now(h) + (int64_t)json_integer_value(adv));
    else {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "at_ms", "send at_ms or advance_ms");
        return;
    }
    queue_tick(hall_queue(h), hall_now(h));
    char now[40];
    render_time(hall_now(h), now, sizeof now);
    web_reply_after_commit(r, 200,
                           json_pack("{s:s, s:I}", "now", now, "now_ms", (json_int_t)hall_now(h)));
}
#endif

/* ---- pages ---- */

static void page(web_req_t *r)
{
    static const char *const pages[][2] = {
        {"/", "index.html"},      {"/kiosk", "kiosk.html"},           {"/counter", "counter.html"},
        {"/board", "board.html"}, {"/admin", "admin.html"},           {"/booking", "booking.html"},
        {"/ikm", "ikm.html"},     {"/supervisor", "supervisor.html"}, {"/display", "display.html"},
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
        if (strcmp(r->path, pages[i][0]) == 0 && web_serve_file(r, pages[i][1]))
            return;
    if (strncmp(r->path, "/t/", 3) == 0 && web_serve_file(r, "status.html"))
        return;
    if (strncmp(r->path, "/survey/", 8) == 0 && web_serve_file(r, "survey.html"))
        return;
    if (strncmp(r->path, "/b/", 3) == 0 && web_serve_file(r, "booking-status.html"))
        return;
    if (strncmp(r->path, "/v/", 3) == 0 && web_serve_file(r, "status.html"))
        return;
    if (r->path[0] == '/' && web_serve_file(r, r->path + 1))
        return;
    web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is nothing at %s", r->path);
}

/* ---- routing ---- */

/* The API's addresses, /healthz and /metrics: what answers data, not a
 * page's file. */
static bool path_is_data(const char *p)
{
    return strncmp(p, API, strlen(API)) == 0 || strcmp(p, "/healthz") == 0 ||
           strcmp(p, "/metrics") == 0;
}

/* Browser requests come from our own pages (the same origin, whatever
 * address the device used) or a listed site. A GET or HEAD is refused only
 * when it reads the API with a foreign Origin (a script of another site):
 * one without an Origin is a page opened from a link elsewhere (the status
 * link in a message), and the pages' own files are public (a module
 * script carries an Origin even from its own page). */
static bool origin_ok(web_req_t *r)
{
    char origin[256], base[256];
    if ((strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0) &&
        (lws_hdr_total_length(r->wsi, WSI_TOKEN_ORIGIN) <= 0 || !path_is_data(r->path)))
        return true;
    if (web_client_origin(r->web, r->wsi, &r->pss->from, origin, sizeof origin, base,
                          sizeof base) == 0)
        return true;
    web_reply_error(r, WEB_ERR_ORIGIN_REFUSED, NULL,
                    "a page at %s may not use this server (reached as %s); open the page at "
                    "this server's address, or add \"%s\" to server.origins in the hall config",
                    origin, base[0] ? base : "an address without a Host", origin);
    return false;
}

/* A page of a site listed in server.origins may read the replies it gets
 * (CORS): its Origin is echoed back, without credentials, so the hall's
 * session cookie stays with the hall's own pages. Our own pages are the
 * same origin and need none of this. */
static void cors_allow(web_req_t *r)
{
    char origin[256];
    if (!web_origin_read(r->wsi, origin, sizeof origin) ||
        !config_origin_allowed(r->web->cfg, origin))
        return;
    web_reply_header(r, "access-control-allow-origin", origin);
    web_reply_header(r, "vary", "origin");
}

/* OPTIONS, a browser's preflight before a cross-origin POST, PUT or
 * DELETE with JSON (origin_ok has refused an Origin not allowed): the
 * methods and request headers the API takes, for ten minutes. */
static void preflight(web_req_t *r)
{
    web_reply_header(r, "allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
    web_reply_header(r, "access-control-allow-methods", "GET, POST, PUT, DELETE");
    web_reply_header(r, "access-control-allow-headers", "content-type, idempotency-key");
    web_reply_header(r, "access-control-max-age", "600");
    web_reply_bytes(r, 200, "text/plain; charset=utf-8", "", 0);
}

void web_api_init(web_t *w)
{
    web_blob_unref(w->agencies);
    w->agencies = NULL;
    web_blob_unref(w->facts);
    w->facts = NULL;
}

/* Whether the API address p (after /api/v1/) takes query arguments: each
 * of these reads its own (web_query_read) and refuses any other. */
static bool takes_query(const char *p)
{
    static const char *const with[] = {"slots",
                                       "bookings",
                                       "hours",
                                       "plans",
                                       "reports/ikm",
                                       "reports/service",
                                       "reports/service.csv",
                                       "reports/staff",
                                       "reports/staff.csv",
                                       "reports/visits",
                                       "hall/live",
                                       "devices/qr.svg"};
    for (size_t i = 0; i < sizeof with / sizeof with[0]; i++)
        if (strcmp(p, with[i]) == 0)
            return true;
    return false;
}

void web_api_handle(web_req_t *r)
{
    if (!origin_ok(r))
        return;
    cors_allow(r);
    if (strcmp(r->method, "OPTIONS") == 0)
        return preflight(r);
    const char *p = r->path;
    bool api = strncmp(p, API, strlen(API)) == 0;
    /* the pages read their own arguments (/display?counter=N); the API's
     * other addresses refuse any, as unknown fields in a body are */
    if (path_is_data(p) && !takes_query(api ? p + strlen(API) : p) && !web_query_read(r, NULL, 0))
        return;
    if (path_is(r, "GET", "/healthz"))
        return healthz(r);
    if (path_is(r, "GET", "/metrics"))
        return metrics_handle(r);
    if (!api) {
        if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "HEAD") != 0) {
            web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "%s is not allowed on %s",
                            r->method, p);
            return;
        }
        return page(r);
    }
    p += strlen(API);
    if (path_is(r, "GET", API "agencies"))
        return agencies(r);
    if (strncmp(p, "agencies/", 9) == 0)
        return agency_logo(r, p + 9);
    if (path_is(r, "GET", API "facts"))
        return facts(r);
    if (strcmp(p, "slots") == 0 || strcmp(p, "bookings") == 0 || strncmp(p, "bookings/", 9) == 0)
        return web_api_bookings(r, p);
    if (strcmp(p, "plans") == 0 || strcmp(p, "visits") == 0 || strncmp(p, "visits/", 7) == 0 ||
        strcmp(p, "reports/visits") == 0)
        return web_api_visits(r, p);
    if (path_is(r, "GET", API "hours"))
        return web_api_hours(r);
    if (strcmp(p, "outbox") == 0 || strncmp(p, "outbox/", 7) == 0)
        return web_api_outbox(r, p);
    if (strcmp(p, "hall/live") == 0 || strcmp(p, "pause-reasons") == 0)
        return web_api_supervise(r, p);
    if (path_is(r, "POST", API "tickets"))
        return ticket_issue(r);
    if (strncmp(p, "tickets/", 8) == 0)
        return ticket_route(r, p + 8);
    if (path_is(r, "POST", API "session"))
        return web_session_login(r);
    if (path_is(r, "DELETE", API "session"))
        return web_session_logout(r);
    if (path_is(r, "GET", API "session")) {
        auth_session_t *s = web_session_require(r);
        if (s)
            web_reply_json(r, 200, json_pack("{s:o}", "user", web_user_json(r->web, &s->user)));
        return;
    }
    if (strncmp(p, "counters/", 9) == 0)
        return counter_action(r, p + 9);
    if (path_is(r, "GET", API "board")) {
        hall_t *h = r->web->hall;
        queue_t *q = hall_queue(h);
        jsonw_t w;
        jsonw_init(&w, LWS_PRE);
        render_board(&w, q, hall_catalog(h), hall_epoch(h), queue_seq(q), false);
        web_reply_jsonw(r, 200, &w);
        return;
    }
    if (path_is(r, "POST", API "origin-check")) { /* origin_ok let it through */
        if (web_no_fields(r))
            web_reply_json(r, 200, json_pack("{s:b}", "allowed", 1));
        return;
    }
    if (path_is(r, "POST", API "board/text"))
        return board_text(r);
    if (path_is(r, "GET", API "board/settings"))
        return board_settings(r);
    if (strcmp(p, "users") == 0 || strncmp(p, "users/", 6) == 0)
        return web_api_admin_users(r, p + 5);
    if (strcmp(p, "devices") == 0 || strncmp(p, "devices/", 8) == 0)
        return web_api_admin_devices(r, p + 7);
    if (path_is(r, "POST", API "plugins/reload"))
        return web_api_admin_reload(r);
    if (path_is(r, "POST", API "surveys"))
        return web_api_survey_post(r);
    if (strncmp(p, "surveys/", 8) == 0 && strcmp(r->method, "GET") == 0)
        return web_api_survey_state(r, p + 8);
    if (path_is(r, "GET", API "reports/ikm"))
        return web_api_survey_report(r);
    if (path_is(r, "PUT", API "reports/ikm/follow-up"))
        return web_api_ikm_followup(r);
    if (path_is(r, "GET", API "reports/service") || path_is(r, "GET", API "reports/service.csv"))
        return web_api_reports_service(r);
    if (path_is(r, "GET", API "reports/staff") || path_is(r, "GET", API "reports/staff.csv"))
        return web_api_reports_staff(r);
    if (strncmp(p, "survey/", 7) == 0)
        return web_api_survey_counter(r, p + 7);
#ifdef MPP_TEST_CLOCK
    if (path_is(r, "POST", API "test/clock"))
        return test_clock(r);
#endif
    web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown address %s %s", r->method, r->path);
}
