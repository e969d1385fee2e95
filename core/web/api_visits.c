/*
 * api_visits.c - visits across agencies over HTTP (CONTRACT.md, "Visits
 * across agencies"): GET /api/v1/plans orders the services a citizen
 * wants by the documents they need and give (visit/plan.h) and adds what
 * today's queues say: the estimated minutes and what cannot be done today.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "civil/civil.h"
#include "documents.h"
#include "render.h"
#include "report/report.h"
#include "visit/plan.h"
#include "web/api_reports.h"
#include "web/web_int.h"

#define LIST_MAX 16

/* Splits a comma list in place into at most LIST_MAX items; -1 when there
 * are more. */
static int split(char *list, const char **out)
{
    int n = 0;
    for (char *save = NULL, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (n == LIST_MAX)
            return -1;
        out[n++] = t;
    }
    return n;
}

/* Replies to a plan visit_plan_make refused (rc, its words in err): 404
 * for a service or document the hall does not know, 409 for a later step
 * of a flow, 400 for the rest; the field is the list at fault. */
static void plan_refused(web_req_t *r, int rc, const char *err)
{
    web_err_t code = rc == VISIT_EUNKNOWN ? WEB_ERR_NOT_FOUND
                     : rc == VISIT_ELATER ? WEB_ERR_CONFLICT
                                          : WEB_ERR_INVALID;
    web_reply_error(r, code, strstr(err, "document") ? "have" : "services", "%s", err);
}

/* A step's problem today, or NULL: closed, cut-off passed, quota used up;
 * *code the API's code of it ("closed", "quota_reached"). */
static const char *step_problem(web_t *w, const catalog_service_t *svc, int64_t now,
                                const char **code)
{
    queue_t *q = hall_queue(w->hall);
    uint32_t reserved = svc->bookable ? hall_booking_reserved(w->hall, svc->id, now) : 0;
    int rc = queue_service_check(q, svc->id, reserved, now);
    *code = web_err_code(web_err_of_queue(rc));
    return rc == QUEUE_OK ? NULL : queue_last_error(q);
}

static void plans_get(web_req_t *r)
{
    enum { A_SERVICES, A_HAVE, A__COUNT };
    query_arg_t args[A__COUNT] = {{"services", "", false}, {"have", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    const char *services[LIST_MAX], *have[LIST_MAX];
    int n = split(args[A_SERVICES].value, services), n_have = split(args[A_HAVE].value, have);
    if (n <= 0)
        return web_reply_error(r, n < 0 ? WEB_ERR_INVALID : WEB_ERR_MISSING_FIELD, "services",
                               "give 'services' as a comma list of service ids (at most %d)",
                               LIST_MAX);
    if (n_have < 0)
        return web_reply_error(r, WEB_ERR_INVALID, "have", "'have' lists at most %d documents",
                               LIST_MAX);
    hall_t *h = r->web->hall;
    visit_plan_t plan;
    char err[200];
    int rc = visit_plan_make(hall_catalog(h), services, (size_t)n, have, (size_t)n_have, &plan, err,
                             sizeof err);
    if (rc != VISIT_OK)
        return plan_refused(r, rc, err);
    int64_t now = hall_now(h), seconds = 0;
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "steps");
    jsonw_arr(&w);
    for (size_t i = 0; i < plan.n_steps; i++) {
        const catalog_service_t *svc = plan.steps[i].service;
        int64_t wait = queue_service_estimate(hall_queue(h), svc->id);
        seconds += wait + (int64_t)svc->minutes * 60;
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", svc->id);
        jsonw_kstr(&w, "name", svc->name);
        jsonw_kstr(&w, "agency", hall_catalog(h)->agencies[svc->agency].short_name);
        jsonw_kstr(&w, "why", plan.steps[i].why);
        jsonw_key(&w, "added");
        jsonw_bool(&w, plan.steps[i].added);
        jsonw_kint(&w, "wait_s", wait);
        jsonw_kint(&w, "counters_open", queue_service_counters_open(hall_queue(h), svc->id));
        jsonw_kint(&w, "minutes", svc->minutes);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_key(&w, "bring");
    jsonw_arr(&w);
    for (size_t i = 0; i < plan.n_bring; i++)
        jsonw_str(&w, plan.bring[i]);
    jsonw_arr_end(&w);
    jsonw_key(&w, "documents"); /* the names of what to bring */
    jsonw_obj(&w);
    for (size_t i = 0; i < plan.n_bring; i++) {
        const catalog_document_t *d = catalog_document_find(plan.bring[i]);
        jsonw_kstr(&w, plan.bring[i], d ? d->name : plan.bring[i]);
    }
    jsonw_obj_end(&w);
    jsonw_kint(&w, "minutes", (seconds + 59) / 60);
    jsonw_key(&w, "problems");
    jsonw_arr(&w);
    for (size_t i = 0; i < plan.n_steps; i++) {
        const char *code;
        const char *why = step_problem(r->web, plan.steps[i].service, now, &code);
        if (!why)
            continue;
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", plan.steps[i].service->id);
        jsonw_kstr(&w, "code", code);
        jsonw_kstr(&w, "why", why);
        jsonw_obj_end(&w);
    }
    if (plan.cycle) {
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", "");
        jsonw_kstr(&w, "code", "cycle");
        jsonw_kstr(&w, "why", plan.cycle_why);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

/* ---- visits ---- */

/* V: the token and each step with its status and ticket. */
static void visit_json(jsonw_t *w, hall_t *h, const hall_visit_t *v, bool tokens)
{
    const catalog_t *cat = hall_catalog(h);
    jsonw_obj(w);
    jsonw_kstr(w, "token", v->token);
    jsonw_key(w, "steps");
    jsonw_arr(w);
    for (size_t i = 0; i < v->n_steps; i++) {
        const hall_visit_step_t *s = &v->steps[i];
        const catalog_service_t *svc = catalog_service_find(cat, s->service);
        const queue_ticket_t *t = s->ticket ? queue_ticket_by_id(hall_queue(h), s->ticket) : NULL;
        jsonw_obj(w);
        jsonw_kstr(w, "service", s->service);
        jsonw_key(w, "name");
        jsonw_str_or_null(w, svc ? svc->name : NULL);
        jsonw_key(w, "agency");
        jsonw_str_or_null(w, svc ? cat->agencies[svc->agency].short_name : NULL);
        jsonw_kstr(w, "status", hall_visit_step_name(s->status));
        jsonw_key(w, "ticket");
        if (t)
            render_ticket(w, hall_queue(h), t, RENDER_LIVE | (tokens ? RENDER_TOKEN : 0));
        else
            jsonw_null(w);
        jsonw_obj_end(w);
    }
    jsonw_arr_end(w);
    jsonw_obj_end(w);
}

static void reply_visit(web_req_t *r, int status, const hall_visit_t *v, bool after_commit)
{
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "visit");
    visit_json(&w, r->web->hall, v, true);
    char base[256], url[512];
    web_link_base(r, base, sizeof base);
    snprintf(url, sizeof url, "%s/v/%s", base, v->token);
    jsonw_kstr(&w, "status_url", url);
    jsonw_obj_end(&w);
    if (after_commit)
        web_reply_after_commit_jsonw(r, status, &w);
    else
        web_reply_jsonw(r, status, &w);
}

/* Reads a list of strings field into out (at most LIST_MAX); -1 after a 400. */
static int string_list(web_req_t *r, const char *name, const char **out, bool required)
{
    json_t *a = json_object_get(r->body, name);
    if (!a || json_is_null(a)) {
        if (required)
            web_reply_error(r, WEB_ERR_MISSING_FIELD, name, "'%s' is required: a list", name);
        return required ? -1 : 0;
    }
    if (!json_is_array(a) || json_array_size(a) > LIST_MAX) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, name, "'%s' must be a list of at most %d ids", name,
                        LIST_MAX);
        return -1;
    }
    for (size_t i = 0; i < json_array_size(a); i++)
        if (!(out[i] = json_string_value(json_array_get(a, i)))) {
            web_reply_error(r, WEB_ERR_WRONG_TYPE, name, "'%s' must list strings", name);
            return -1;
        }
    return (int)json_array_size(a);
}

static void visit_post(web_req_t *r)
{
    static const char *const allowed[] = {"services", "have", "priority", "print", NULL};
    if (!r->body || !json_is_object(r->body))
        return web_reply_error(r, WEB_ERR_MISSING_FIELD, "services",
                               "send the services of the visit");
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 'i', r->pss->from.ip, r->web->cfg->rate_issue_per_min))
        return;
    const char *services[LIST_MAX], *have[LIST_MAX], *priority = NULL;
    int n, n_have;
    if (!web_fields_known(r, allowed) || (n = string_list(r, "services", services, true)) < 0 ||
        (n_have = string_list(r, "have", have, false)) < 0 ||
        !web_opt_string(r, "priority", &priority))
        return;
    if (n == 0)
        return web_reply_error(r, WEB_ERR_INVALID, "services", "a visit needs a service");
    char key[WEB_IDEM_KEY_MAX + 1], seen[QUEUE_TOKEN_LEN + 1];
    int has_key = web_idem_key(r, key);
    if (has_key < 0)
        return;
    const hall_visit_t *again = NULL;
    if (has_key && web_idem_token(r, key, seen) && seen[0] == 'v') {
        seen[1 + HALL_VISIT_TOKEN_HEX] = '\0'; /* "v", the visit's token, padding */
        again = hall_visit_by_token(r->web->hall, seen + 1);
    }
    if (again) { /* a retried press: the same visit, once it is durable */
        web_reply_header(r, "idempotent-replayed", "true");
        return reply_visit(r, 201, again, true);
    }
    json_t *print = json_object_get(r->body, "print");
    if (print && !json_is_boolean(print))
        return web_reply_error(r, WEB_ERR_WRONG_TYPE, "print", "'print' must be true or false");
    queue_priority_t prio = PRIORITY_NONE;
    if (priority && queue_priority_parse(priority, &prio) != 0)
        return web_reply_error(r, WEB_ERR_INVALID, "priority",
                               "priority must be null, lansia, disabilitas, ibu_hamil or anak");
    hall_t *h = r->web->hall;
    visit_plan_t plan;
    char err[200];
    int rc = visit_plan_make(hall_catalog(h), services, (size_t)n, have, (size_t)n_have, &plan, err,
                             sizeof err);
    if (rc != VISIT_OK)
        return plan_refused(r, rc, err);
    if (plan.cycle)
        return web_reply_error(r, WEB_ERR_CONFLICT, "services", "%s", plan.cycle_why);
    const hall_visit_t *v;
    const queue_ticket_t *first;
    rc = hall_visit_start(h, &plan, prio, json_is_true(print), &v, &first);
    if (rc != QUEUE_OK) {
        queue_t *q = hall_queue(h);
        return web_reply_error(r, web_err_of_queue(rc), "services", "%s", queue_last_error(q));
    }
    if (has_key) {
        /* kept as long as a ticket's token: "v", the visit's, '_' after */
        char remembered[QUEUE_TOKEN_LEN + 1];
        memset(remembered, '_', QUEUE_TOKEN_LEN);
        remembered[QUEUE_TOKEN_LEN] = '\0';
        remembered[0] = 'v';
        memcpy(remembered + 1, v->token, HALL_VISIT_TOKEN_HEX);
        web_idem_remember(r, key, remembered);
    }
    reply_visit(r, 201, v, true);
}

/* ---- GET /api/v1/reports/visits ---- */

#define JOURNEYS_MAX 64
#define VISITS_PER_JOURNEY_MAX 4096 /* minutes kept for the median */

/* One journey: the same services in the same order. */
typedef struct journey {
    char services[HALL_VISIT_STEPS][CATALOG_SVC_ID_MAX];
    size_t n_steps;
    size_t visits, finished, steps_done, steps_skipped;
    int *minutes; /* of the finished ones, for the median */
    size_t n_minutes;
} journey_t;

/* The report, read off the loop (api_reports.h): the worker walks the
 * stored visits, the loop writes the answer. */
typedef struct visits_report {
    reports_job_t base; /* first: the worker's view of it */
    hall_t *hall;
    int64_t from_ms, to_ms;          /* the days asked for, local midnights */
    char from_text[11], to_text[11]; /* as asked */
    char agency[CATALOG_ID_MAX];     /* only journeys with a step of it; "": all */
    journey_t j[JOURNEYS_MAX];
    size_t n;
    size_t other; /* visits of journeys past JOURNEYS_MAX */
    int rc;       /* the walk's store error */
} visits_report_t;

/* Whether a step of v is the agency's: a service id is "agency/service". */
static bool has_agency(const visits_report_t *rep, const hall_visit_t *v)
{
    size_t len = strlen(rep->agency);
    for (size_t i = 0; i < v->n_steps; i++)
        if (strncmp(v->steps[i].service, rep->agency, len) == 0 && v->steps[i].service[len] == '/')
            return true;
    return false;
}

static journey_t *journey_of(visits_report_t *rep, const hall_visit_t *v)
{
    for (size_t i = 0; i < rep->n; i++) {
        journey_t *j = &rep->j[i];
        bool same = j->n_steps == v->n_steps;
        for (size_t k = 0; same && k < v->n_steps; k++)
            same = strcmp(j->services[k], v->steps[k].service) == 0;
        if (same)
            return j;
    }
    if (rep->n == JOURNEYS_MAX)
        return NULL;
    journey_t *j = &rep->j[rep->n++];
    memset(j, 0, sizeof *j);
    j->n_steps = v->n_steps;
    for (size_t k = 0; k < v->n_steps; k++)
        snprintf(j->services[k], sizeof j->services[k], "%s", v->steps[k].service);
    return j;
}

static void visits_report_one(void *ctx, const hall_visit_t *v)
{
    visits_report_t *rep = ctx;
    if (rep->agency[0] && !has_agency(rep, v)) /* its day: hall_visits_between */
        return;
    journey_t *j = journey_of(rep, v);
    if (!j) {
        rep->other++;
        return;
    }
    j->visits++;
    bool skipped = false;
    for (size_t i = 0; i < v->n_steps; i++) {
        j->steps_done += v->steps[i].status == HALL_STEP_DONE;
        j->steps_skipped += v->steps[i].status == HALL_STEP_SKIPPED;
        skipped = skipped || v->steps[i].status == HALL_STEP_SKIPPED;
    }
    if (!v->ended || skipped)
        return;
    j->finished++;
    if (j->n_minutes < VISITS_PER_JOURNEY_MAX) {
        int *m =
            j->n_minutes % 64 ? j->minutes : realloc(j->minutes, (j->n_minutes + 64) * sizeof *m);
        if (!m)
            return;
        j->minutes = m;
        j->minutes[j->n_minutes++] = (int)((v->ended - v->created + 30000) / 60000);
    }
}

static int int_cmp(const void *a, const void *b)
{
    return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

/* A journey by visits, most first. */
static int journey_cmp(const void *a, const void *b)
{
    const journey_t *x = a, *y = b;
    return (y->visits > x->visits) - (y->visits < x->visits);
}

static void journeys_json(jsonw_t *w, visits_report_t *rep)
{
    size_t visits = 0, finished = 0, done = 0, skipped = 0;
    qsort(rep->j, rep->n, sizeof rep->j[0], journey_cmp);
    jsonw_key(w, "journeys");
    jsonw_arr(w);
    for (size_t i = 0; i < rep->n; i++) {
        journey_t *j = &rep->j[i];
        visits += j->visits;
        finished += j->finished;
        done += j->steps_done;
        skipped += j->steps_skipped;
        jsonw_obj(w);
        jsonw_key(w, "services");
        jsonw_arr(w);
        for (size_t k = 0; k < j->n_steps; k++)
            jsonw_str(w, j->services[k]);
        jsonw_arr_end(w);
        jsonw_kint(w, "visits", (int64_t)j->visits);
        jsonw_kint(w, "finished", (int64_t)j->finished);
        jsonw_kint(w, "steps_done", (int64_t)j->steps_done);
        jsonw_kint(w, "steps_skipped", (int64_t)j->steps_skipped);
        jsonw_key(w, "median_minutes");
        if (j->n_minutes) {
            qsort(j->minutes, j->n_minutes, sizeof *j->minutes, int_cmp);
            jsonw_int(w, j->minutes[j->n_minutes / 2]);
        } else {
            jsonw_null(w);
        }
        jsonw_obj_end(w);
    }
    jsonw_arr_end(w);
    jsonw_kint(w, "visits", (int64_t)(visits + rep->other));
    jsonw_kint(w, "finished", (int64_t)finished);
    jsonw_kint(w, "steps_done", (int64_t)done);
    jsonw_kint(w, "steps_skipped", (int64_t)skipped);
}

static void visits_report_free(reports_job_t *base)
{
    visits_report_t *rep = (visits_report_t *)base;
    for (size_t i = 0; i < rep->n; i++)
        free(rep->j[i].minutes);
    free(rep);
}

static void visits_report_run(reports_job_t *base)
{
    visits_report_t *rep = (visits_report_t *)base;
    rep->rc = hall_visits_between(rep->hall, rep->from_ms, rep->to_ms, visits_report_one, rep);
}

static void visits_report_answer(reports_job_t *base)
{
    visits_report_t *rep = (visits_report_t *)base;
    if (rep->rc != 0)
        return web_later_error(base->reply, WEB_ERR_STORAGE_UNAVAILABLE,
                               "the visits cannot be read");
    jsonw_t w;
    jsonw_init(&w, 0);
    jsonw_obj(&w);
    jsonw_kstr(&w, "from", rep->from_text);
    jsonw_kstr(&w, "to", rep->to_text);
    journeys_json(&w, rep);
    jsonw_obj_end(&w);
    size_t len;
    char *text = jsonw_take(&w, &len);
    if (text)
        web_later_bytes(base->reply, 200, "application/json", text, len);
    else
        web_later_error(base->reply, WEB_ERR_INTERNAL, "out of memory");
    free(text);
}

/* GET /api/v1/reports/visits?from=YYYY-MM-DD&to=YYYY-MM-DD: visits begun
 * in the range, per journey (the same services in the same order): how
 * many, finished, steps done and skipped, the median minutes from the
 * visit's start to its last step done. Admin: every journey; staff and
 * liaisons: the journeys with a step of their agency. Read by the report
 * worker, off the loop. */
static void visits_report(web_req_t *r)
{
    auth_session_t *s = web_session_require(r);
    if (!s)
        return;
    const auth_user_t *u = &s->user;
    if (u->role != ROLE_ADMIN && !u->agency[0])
        return web_reply_error(r, WEB_ERR_FORBIDDEN, NULL, "the visits report is for staff");
    enum { A_FROM, A_TO, A__COUNT };
    query_arg_t args[A__COUNT] = {{"from", "", false}, {"to", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    uint32_t from, to; /* YYYYMMDD, local */
    uint32_t *range[2] = {&from, &to};
    for (int i = A_FROM; i <= A_TO; i++)
        if (!report_date_parse(args[i].value, range[i]))
            return web_reply_error(r, args[i].seen ? WEB_ERR_INVALID : WEB_ERR_MISSING_FIELD,
                                   args[i].name, "give '%s' as a date written YYYY-MM-DD",
                                   args[i].name);
    if (to < from)
        return web_reply_error(r, WEB_ERR_INVALID, "to", "'to' is before 'from'");
    if (civil_ymd_days(to) - civil_ymd_days(from) > 366)
        return web_reply_error(r, WEB_ERR_INVALID, "to", "a report covers at most 366 days");
    visits_report_t *rep = calloc(1, sizeof *rep);
    if (!rep)
        return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    rep->base = (reports_job_t){
        NULL, NULL, visits_report_run, visits_report_answer, visits_report_free, false};
    hall_t *h = r->web->hall;
    rep->hall = h;
    snprintf(rep->agency, sizeof rep->agency, "%s", u->role == ROLE_ADMIN ? "" : u->agency);
    snprintf(rep->from_text, sizeof rep->from_text, "%s", args[A_FROM].value);
    snprintf(rep->to_text, sizeof rep->to_text, "%s", args[A_TO].value);
    int64_t day_ms = 86400000LL;
    rep->from_ms = civil_ymd_days(from) * day_ms - (int64_t)hall_booking_offset(h) * 60000;
    rep->to_ms = rep->from_ms + (civil_ymd_days(to) - civil_ymd_days(from) + 1) * day_ms;
    reports_submit(r, &rep->base);
}

void web_api_visits(web_req_t *r, const char *rest)
{
    if (strcmp(rest, "reports/visits") == 0 && strcmp(r->method, "GET") == 0)
        return visits_report(r);
    if (strcmp(rest, "plans") == 0 && strcmp(r->method, "GET") == 0)
        return plans_get(r);
    if (strcmp(rest, "visits") == 0 && strcmp(r->method, "POST") == 0)
        return visit_post(r);
    if (strncmp(rest, "visits/", 7) == 0 && strcmp(r->method, "GET") == 0) {
        const hall_visit_t *v = hall_visit_by_token(r->web->hall, rest + 7);
        if (!v)
            return web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such visit");
        return reply_visit(r, 200, v, false);
    }
    web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "%s is not allowed here", r->method);
}
