/*
 * api_ikm.c - the SKM results over HTTP (PermenPANRB 14/2017, docs/skm.md):
 * GET /api/v1/reports/ikm, the IKM of the responses of a range of days for
 * the hall, an agency or a service, with the respondents' profile, the
 * sample-size check against the Krejcie-Morgan table (the tickets served in
 * the period are its population) and the manager's follow-up; and PUT
 * /api/v1/reports/ikm/follow-up, where the admin writes that follow-up
 * (tindak lanjut). The public page /ikm shows them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil/civil.h"
#include "log.h"
#include "render.h"
#include "report/report.h"
#include "survey/ikm.h"
#include "survey/profile.h"
#include "survey/sample.h"
#include "text.h"
#include "web/api_reports.h"
#include "web/web_int.h"

#define IKM_RANGE_DAYS 366
#define FOLLOWUP_MAX 4000 /* bytes of a follow-up's text */

/* The range of a report: from and to as YYYYMMDD, checked; false after a
 * 400 naming the date at fault. */
static bool range_read(web_req_t *r, const char *from, const char *to, uint32_t ymd[2])
{
    const char *text[2] = {from, to}, *name[2] = {"from", "to"};
    int64_t days[2];
    for (int i = 0; i < 2; i++) {
        if (!text[i] || !text[i][0]) {
            web_reply_error(r, WEB_ERR_MISSING_FIELD, name[i], "give '%s' as YYYY-MM-DD", name[i]);
            return false;
        }
        if (!report_date_parse(text[i], &ymd[i])) {
            web_reply_error(r, WEB_ERR_INVALID, name[i], "'%s' must be a date written YYYY-MM-DD",
                            name[i]);
            return false;
        }
        days[i] = civil_ymd_days(ymd[i]);
    }
    if (days[1] < days[0]) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "'to' is before 'from'");
        return false;
    }
    if (days[1] - days[0] + 1 > IKM_RANGE_DAYS) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "a report covers at most %d days",
                        IKM_RANGE_DAYS);
        return false;
    }
    return true;
}

/* ---- GET /api/v1/reports/ikm ---- */

typedef struct report_ctx {
    const char *agency, *service; /* filters, NULL = any */
    ikm_tally_t tally;
    ikm_profile_tally_t profile;
    size_t skipped; /* records that could not be read */
} report_ctx_t;

/* The profile of a stored response (fields absent or unknown: left out). */
static void profile_of(json_t *rec, ikm_profile_t *p)
{
    ikm_profile_none(p);
    json_t *o = json_object_get(rec, "profile");
    for (size_t f = 0; o && f < IKM_PROFILE__COUNT; f++)
        p->value[f] =
            ikm_profile_find((ikm_profile_field_t)f,
                             json_string_value(json_object_get(o, ikm_profile_field_name(f))));
}

static int report_visit(void *ctx, const char *json, size_t len)
{
    report_ctx_t *c = ctx;
    json_t *rec = json_loadb(json, len, 0, NULL);
    const char *agency = json_string_value(json_object_get(rec, "agency"));
    const char *service = json_string_value(json_object_get(rec, "service"));
    json_t *list = json_object_get(rec, "scores");
    int scores[IKM_ELEMENTS];
    bool ok = agency && service && json_array_size(list) == IKM_ELEMENTS;
    for (size_t i = 0; ok && i < IKM_ELEMENTS; i++) {
        json_t *v = json_array_get(list, i);
        ok = json_is_integer(v);
        scores[i] = ok ? (int)json_integer_value(v) : 0;
    }
    if (!ok) {
        c->skipped++;
    } else if ((!c->agency || strcmp(c->agency, agency) == 0) &&
               (!c->service || strcmp(c->service, service) == 0)) {
        if (ikm_tally_add(&c->tally, scores) != IKM_OK) {
            c->skipped++;
        } else {
            ikm_profile_t p;
            profile_of(rec, &p);
            ikm_profile_tally_add(&c->profile, &p);
        }
    }
    json_decref(rec);
    return 0;
}

/* {"gender": {"L": n, "P": n, "none": n}, "age": {...}, ...}: every
 * value of the form, in its order, and those who left the field out. */
static json_t *profile_json(const ikm_profile_tally_t *t)
{
    json_t *o = json_object();
    for (size_t f = 0; f < IKM_PROFILE__COUNT; f++) {
        size_t n;
        const char *const *values = ikm_profile_values((ikm_profile_field_t)f, &n);
        json_t *counts = json_object();
        for (size_t v = 0; v < n; v++)
            json_object_set_new(counts, values[v], json_integer((json_int_t)t->count[f][v]));
        json_object_set_new(counts, "none", json_integer((json_int_t)t->count[f][n]));
        json_object_set_new(o, ikm_profile_field_name(f), counts);
    }
    return o;
}

/* {"population", "needed", "enough", "missing", "table"}. */
static json_t *sample_json(uint64_t population, uint64_t respondents)
{
    uint32_t needed = ikm_sample_needed(population);
    uint64_t missing = respondents >= needed ? 0 : needed - respondents;
    return json_pack("{s:I, s:I, s:b, s:I, s:s}", "population", (json_int_t)population, "needed",
                     (json_int_t)needed, "enough", population > 0 && missing == 0, "missing",
                     (json_int_t)missing, "table", "Krejcie & Morgan (1970)");
}

/* The stored follow-up of scope over the range, or null. */
static json_t *followup_json(hall_t *h, const char *scope, const uint32_t ymd[2])
{
    char *text = NULL;
    if (hall_followup_get(h, scope, ymd[0], ymd[1], &text) != 0)
        return json_null();
    json_t *o = json_loads(text, 0, NULL);
    free(text);
    return o ? o : json_null();
}

/* The report read off the loop (reports_submit): the answers and the
 * served tickets of a year may take a while, so the worker reads them and
 * the loop answers. */
typedef struct ikm_job {
    reports_job_t base; /* first: the worker's view of it */
    hall_t *hall;
    uint32_t ymd[2], today;
    char from[11], to[11];
    char agency[CATALOG_ID_MAX], service[CATALOG_SVC_ID_MAX]; /* "" = any */
    report_ctx_t c;
    uint64_t population;
    int rc; /* the store's error, 0 when both were read */
} ikm_job_t;

/* On the worker: the answers of the range, then its population. */
static void ikm_run(reports_job_t *base)
{
    ikm_job_t *j = (ikm_job_t *)base;
    j->rc = hall_surveys_of_days(j->hall, j->ymd[0], j->ymd[1], report_visit, &j->c);
    if (j->rc == 0)
        j->rc = hall_served_of_days(j->hall, j->today, j->ymd[0], j->ymd[1], j->c.agency,
                                    j->c.service, &j->population);
}

static void ikm_free(reports_job_t *base)
{
    free(base);
}

/* On the loop: the IKM of what the worker counted, with the follow-up. */
static void ikm_answer(reports_job_t *base)
{
    ikm_job_t *j = (ikm_job_t *)base;
    if (j->rc < 0)
        return web_later_error(base->reply, WEB_ERR_STORAGE_UNAVAILABLE,
                               "the surveys cannot be read: %s", hall_strerror(j->rc));
    if (j->c.skipped)
        log_warn("survey", "%zu stored survey responses could not be read", j->c.skipped);
    ikm_weights_t wts;
    ikm_weights_default(&wts);
    ikm_result_t res;
    if (ikm_compute(&j->c.tally, &wts, &res) != IKM_OK)
        return web_later_error(base->reply, WEB_ERR_INTERNAL, "the IKM could not be computed");
    json_t *nrr = json_null();
    if (res.has_value) {
        nrr = json_array();
        for (size_t i = 0; i < IKM_ELEMENTS; i++)
            json_array_append_new(nrr, json_real(res.nrr[i]));
    }
    json_t *o = json_object();
    json_object_set_new(o, "respondents", json_integer((json_int_t)res.respondents));
    json_object_set_new(o, "nrr", nrr);
    json_object_set_new(o, "ikm", res.has_value ? json_real(res.ikm) : json_null());
    /* two decimals, rounded half-up on the integers: 83.33, 85.5 */
    json_object_set_new(
        o, "value", res.has_value ? json_real((double)res.value_hundredths / 100.0) : json_null());
    const char *grade = ikm_grade_name(res.grade), *label = ikm_grade_label(res.grade);
    json_object_set_new(o, "grade", grade ? json_string(grade) : json_null());
    json_object_set_new(o, "grade_label", label ? json_string(label) : json_null());
    json_object_set_new(o, "from", json_string(j->from));
    json_object_set_new(o, "to", json_string(j->to));
    json_object_set_new(o, "agency", j->c.agency ? json_string(j->c.agency) : json_null());
    json_object_set_new(o, "service", j->c.service ? json_string(j->c.service) : json_null());
    json_object_set_new(o, "profile", profile_json(&j->c.profile));
    json_object_set_new(o, "sample", sample_json(j->population, res.respondents));
    json_object_set_new(o, "follow_up",
                        j->c.service ? json_null() : followup_json(j->hall, j->agency, j->ymd));
    reports_json_reply(base->reply, o);
}

/* Whether the filters name an agency and a service of the hall (each ""
 * for any), the service of that agency when both are given; replies 404
 * naming the one at fault when not, so a typo never reads as a day
 * without respondents. */
static bool scope_known(web_req_t *r, const char *agency, const char *service)
{
    const catalog_t *cat = hall_catalog(r->web->hall);
    if (agency[0] && !catalog_agency_find(cat, agency)) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "agency", "there is no agency '%.48s'", agency);
        return false;
    }
    const catalog_service_t *svc = service[0] ? catalog_service_find(cat, service) : NULL;
    if (service[0] && (!svc || (agency[0] && strcmp(cat->agencies[svc->agency].id, agency) != 0))) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "service", "there is no service '%.80s'%s%.48s",
                        service, svc ? " in agency " : "", svc ? agency : "");
        return false;
    }
    return true;
}

void web_api_survey_report(web_req_t *r)
{
    enum { A_FROM, A_TO, A_AGENCY, A_SERVICE, A__COUNT };
    query_arg_t args[A__COUNT] = {
        {"from", "", false}, {"to", "", false}, {"agency", "", false}, {"service", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    uint32_t ymd[2];
    if (!range_read(r, args[A_FROM].value, args[A_TO].value, ymd) ||
        !scope_known(r, args[A_AGENCY].value, args[A_SERVICE].value))
        return;
    ikm_job_t *j = calloc(1, sizeof *j);
    if (!j) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    j->base = (reports_job_t){NULL, NULL, ikm_run, ikm_answer, ikm_free, true};
    j->hall = r->web->hall;
    j->ymd[0] = ymd[0];
    j->ymd[1] = ymd[1];
    j->today = queue_day(hall_queue(j->hall)); /* the engine is the loop's */
    snprintf(j->from, sizeof j->from, "%s", args[A_FROM].value);
    snprintf(j->to, sizeof j->to, "%s", args[A_TO].value);
    snprintf(j->agency, sizeof j->agency, "%s", args[A_AGENCY].value);
    snprintf(j->service, sizeof j->service, "%s", args[A_SERVICE].value);
    j->c.agency = j->agency[0] ? j->agency : NULL;
    j->c.service = j->service[0] ? j->service : NULL;
    reports_submit(r, &j->base);
}

/* ---- PUT /api/v1/reports/ikm/follow-up ---- */

void web_api_ikm_followup(web_req_t *r)
{
    static const char *const allowed[] = {"agency", "from", "to", "text", NULL};
    auth_session_t *s = web_session_require(r);
    if (!s)
        return;
    if (s->user.role != ROLE_ADMIN) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL, "only the hall's admin writes the follow-up");
        return;
    }
    if (!r->body || !json_is_object(r->body)) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "text",
                        "send {\"agency\", \"from\", \"to\", \"text\"}");
        return;
    }
    const char *agency = NULL, *from = NULL, *to = NULL, *text = NULL;
    if (!web_fields_known(r, allowed) || !web_opt_string(r, "agency", &agency) ||
        !web_opt_string(r, "from", &from) || !web_opt_string(r, "to", &to) ||
        !web_opt_string(r, "text", &text))
        return;
    uint32_t ymd[2];
    if (!range_read(r, from, to, ymd))
        return;
    if (agency && !agency[0]) {
        web_reply_error(r, WEB_ERR_INVALID, "agency",
                        "'agency' is empty; name an agency, or leave it out for the hall's");
        return;
    }
    if (agency && !catalog_agency_find(hall_catalog(r->web->hall), agency)) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "agency", "there is no agency '%.48s'", agency);
        return;
    }
    if (!text) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "text",
                        "write the follow-up in 'text' (\"\" removes it)");
        return;
    }
    if (strlen(text) > FOLLOWUP_MAX) {
        web_reply_error(r, WEB_ERR_TOO_LONG, "text", "the follow-up may be at most %d bytes",
                        FOLLOWUP_MAX);
        return;
    }
    char at[40];
    render_time(hall_now(r->web->hall), at, sizeof at);
    json_t *rec =
        text[0] ? json_pack("{s:s, s:s, s:s}", "text", text, "at", at, "by", s->user.name) : NULL;
    char *json = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
    if ((rec && !json) ||
        hall_followup_put(r->web->hall, agency ? agency : "", ymd[0], ymd[1], json) != 0) {
        free(json);
        json_decref(rec);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    free(json);
    web_reply_after_commit(r, 200, json_pack("{s:o}", "follow_up", rec ? rec : json_null()));
}
