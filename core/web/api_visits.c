/*
 * api_visits.c - visits across agencies over HTTP (CONTRACT.md, "Visits
 * across agencies"): GET /api/v1/plans orders the services a citizen
 * wants by the documents they need and give (visit/plan.h) and adds what
 * today's queues say: the estimated minutes and what cannot be done today.
 */
#include <stdio.h>
#include <string.h>

#include "documents.h"
#include "visit/plan.h"
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

/* A step's problem today, or NULL: closed, cut-off passed, quota used up. */
static const char *step_problem(web_t *w, const catalog_service_t *svc, int64_t now)
{
    queue_t *q = hall_queue(w->hall);
    uint32_t reserved = svc->bookable ? hall_booking_reserved(w->hall, svc->id, now) : 0;
    return queue_service_check(q, svc->id, reserved, now) == QUEUE_OK ? NULL : queue_last_error(q);
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
    if (rc != VISIT_OK) {
        bool doc = strstr(err, "document") != NULL;
        return web_reply_error(r, rc == VISIT_EUNKNOWN ? WEB_ERR_NOT_FOUND : WEB_ERR_INVALID,
                               doc ? "have" : "services", "%s", err);
    }
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
        const char *why = step_problem(r->web, plan.steps[i].service, now);
        if (!why)
            continue;
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", plan.steps[i].service->id);
        jsonw_kstr(&w, "why", why);
        jsonw_obj_end(&w);
    }
    if (plan.cycle) {
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", "");
        jsonw_kstr(&w, "why", plan.cycle_why);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

void web_api_visits(web_req_t *r, const char *rest)
{
    if (strcmp(rest, "plans") == 0 && strcmp(r->method, "GET") == 0)
        return plans_get(r);
    web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "%s is not allowed here", r->method);
}
