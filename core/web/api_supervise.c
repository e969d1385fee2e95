/*
 * api_supervise.c - the hall live over HTTP, a thin layer on
 * supervise/supervise.h:
 *
 *   GET /api/v1/hall/live[?agency=ID]  every counter with its state, staff,
 *       current ticket against its standard; waiting per agency; alerts.
 *       Admin: the hall (or one agency); supervisor: its own agency only.
 *   GET /api/v1/pause-reasons           the reasons a counter may pause for
 *       (any account: the console asks for one).
 *
 * and the check of a pause's reason for the counter actions (api.c).
 */
#include <string.h>

#include "render.h"
#include "web/web_int.h"

bool web_pause_reason_check(web_req_t *r, const char **reason)
{
    char msg[512];
    int rc = supervise_reason_check(r->web->sv, *reason, reason, msg, sizeof msg);
    if (rc == SUPERVISE_OK)
        return true;
    web_reply_error(r, WEB_ERR_INVALID_FIELD, "reason", "%s", msg);
    return false;
}

static void reasons_json(jsonw_t *w, const supervise_t *sv)
{
    size_t n;
    const config_pause_reason_t *list = supervise_reasons(sv, &n);
    jsonw_key(w, "pause_reasons");
    jsonw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jsonw_obj(w);
        jsonw_kstr(w, "id", list[i].id);
        jsonw_kstr(w, "name", list[i].name);
        jsonw_key(w, "max_minutes");
        if (list[i].max_minutes > 0)
            jsonw_int(w, list[i].max_minutes);
        else
            jsonw_null(w);
        jsonw_obj_end(w);
    }
    jsonw_arr_end(w);
}

static void pause_reasons(web_req_t *r)
{
    if (!web_session_require(r))
        return;
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    reasons_json(&w, r->web->sv);
    jsonw_key(&w, "required");
    size_t n;
    supervise_reasons(r->web->sv, &n);
    jsonw_bool(&w, n > 0);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

static void int_or_null(jsonw_t *w, const char *key, bool has, int64_t v)
{
    jsonw_key(w, key);
    if (has)
        jsonw_int(w, v);
    else
        jsonw_null(w);
}

static void counter_json(jsonw_t *w, const queue_t *q, const supervise_counter_t *sc)
{
    const queue_counter_t *c = sc->counter;
    bool paused = c->status == QUEUE_COUNTER_PAUSED;
    bool busy = sc->ticket && (sc->ticket->status == QUEUE_TICKET_CALLED ||
                               sc->ticket->status == QUEUE_TICKET_SERVING);
    char at[40];
    jsonw_obj(w);
    jsonw_kint(w, "number", c->number);
    jsonw_kstr(w, "status", queue_counter_status_name(c->status));
    jsonw_key(w, "staff");
    jsonw_str_or_null(w, c->staff);
    jsonw_kint(w, "served_today", c->served_today);
    jsonw_kint(w, "no_show_today", c->no_show_today);
    jsonw_key(w, "pause_reason");
    jsonw_str_or_null(w, paused ? c->pause_reason : NULL);
    jsonw_key(w, "paused_at");
    if (paused && c->paused_at > 0) {
        render_time(c->paused_at, at, sizeof at);
        jsonw_str(w, at);
    } else {
        jsonw_null(w);
    }
    int_or_null(w, "paused_s", paused, sc->paused_s);
    int_or_null(w, "pause_limit_s", paused && sc->pause_limit_s > 0, sc->pause_limit_s);
    jsonw_key(w, "ticket");
    if (sc->ticket)
        render_ticket(w, q, sc->ticket, 0);
    else
        jsonw_null(w);
    int_or_null(w, "ticket_s", busy, sc->ticket_s);
    int_or_null(w, "standard_s", busy && sc->standard_s > 0, sc->standard_s);
    jsonw_key(w, "level");
    jsonw_str_or_null(w, busy ? supervise_level_name(sc->level) : NULL);
    jsonw_obj_end(w);
}

static void alert_json(jsonw_t *w, const supervise_alert_t *a)
{
    jsonw_obj(w);
    jsonw_kstr(w, "kind", supervise_alert_name(a->kind));
    jsonw_kstr(w, "agency", a->agency);
    jsonw_key(w, "service");
    jsonw_str_or_null(w, a->service);
    jsonw_key(w, "number");
    jsonw_str_or_null(w, a->number);
    int_or_null(w, "counter", a->counter > 0, a->counter);
    jsonw_key(w, "reason");
    jsonw_str_or_null(w, a->kind == SUPERVISE_ALERT_LONG_PAUSE ? a->reason : NULL);
    jsonw_key(w, "staff");
    jsonw_str_or_null(w, a->kind == SUPERVISE_ALERT_LONG_PAUSE ? a->staff : NULL);
    int_or_null(w, "tickets", a->kind != SUPERVISE_ALERT_LONG_PAUSE, a->tickets);
    jsonw_kint(w, "for_s", a->for_s);
    jsonw_kint(w, "limit_s", a->limit_s);
    jsonw_obj_end(w);
}

static void live(web_req_t *r)
{
    enum { A_AGENCY, A__COUNT };
    query_arg_t args[A__COUNT] = {{"agency", "", false}};
    auth_session_t *s = web_session_require(r);
    if (!s || !web_query_read(r, args, A__COUNT))
        return;
    const auth_user_t *u = &s->user;
    const char *agency = args[A_AGENCY].value;
    hall_t *h = r->web->hall;
    const catalog_t *cat = hall_catalog(h);
    if (u->role == ROLE_SUPERVISOR && u->agency[0]) {
        if (agency[0] && strcmp(agency, u->agency) != 0)
            return web_reply_error(r, WEB_ERR_FORBIDDEN, "agency", "your account watches %s only",
                                   u->agency);
        agency = u->agency;
    } else if (u->role != ROLE_ADMIN) {
        return web_reply_error(r, WEB_ERR_FORBIDDEN, NULL,
                               "the hall live is for the hall's admin and agency supervisors");
    }
    if (agency[0] && !catalog_agency_find(cat, agency))
        return web_reply_error(r, WEB_ERR_NOT_FOUND, "agency", "no agency '%.64s' is loaded",
                               agency);
    queue_t *q = hall_queue(h);
    int64_t now = hall_now(h);
    supervise_view_t v;
    if (supervise_look(r->web->sv, q, cat, now, agency, &v) != SUPERVISE_OK)
        return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    char at[40];
    render_time(now, at, sizeof at);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_kstr(&w, "at", at);
    jsonw_key(&w, "agency");
    jsonw_str_or_null(&w, agency);
    jsonw_key(&w, "agencies");
    jsonw_arr(&w);
    for (size_t i = 0; i < v.n_agencies; i++) {
        const supervise_agency_t *a = &v.agencies[i];
        jsonw_obj(&w);
        jsonw_kstr(&w, "id", a->agency->id);
        jsonw_kstr(&w, "name", a->agency->name);
        jsonw_kstr(&w, "short", a->agency->short_name);
        jsonw_kint(&w, "waiting", a->waiting);
        jsonw_kint(&w, "longest_wait_s", a->longest_s);
        int_or_null(&w, "typical_wait_s", a->typical_s >= 0, a->typical_s);
        jsonw_kint(&w, "alert_wait_s", a->threshold_s);
        jsonw_kint(&w, "open", a->open);
        jsonw_kint(&w, "paused", a->paused);
        jsonw_key(&w, "counters");
        jsonw_arr(&w);
        for (size_t k = 0; k < a->n; k++)
            counter_json(&w, q, &v.counters[a->first + k]);
        jsonw_arr_end(&w);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_key(&w, "alerts");
    jsonw_arr(&w);
    for (size_t i = 0; i < v.n_alerts; i++)
        alert_json(&w, &v.alerts[i]);
    jsonw_arr_end(&w);
    reasons_json(&w, r->web->sv);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

void web_api_supervise(web_req_t *r, const char *p)
{
    if (strcmp(r->method, "GET") != 0)
        return web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
    if (strcmp(p, "hall/live") == 0)
        return live(r);
    if (strcmp(p, "pause-reasons") == 0)
        return pause_reasons(r);
    web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown address %s %s", r->method, r->path);
}
