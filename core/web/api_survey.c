/*
 * api_survey.c - the citizen satisfaction survey (SKM, PermenPANRB
 * 14/2017) over HTTP: one response per finished ticket, the IKM report for
 * any range of days, and the counter tablet's "ticket just finished here".
 *
 * The tablet is public, so it never sees a ticket's token (the token
 * would let anyone who reads the endpoint rate the visit at any time, and
 * follow the ticket). It gets a survey grant instead: random, bound to
 * that one ticket, good until 10 minutes after the finish and used up by
 * the response it allows.
 *
 * A response is stored under the ticket's business day and id (the hall
 * keeps it: hall_survey_put), so a range of days is one walk and "already
 * answered" one lookup. It holds the scores, the comment, the agency,
 * service and counter and the time: never the token or anything about the
 * citizen. docs/skm.md explains the
 * figures; survey/ikm.h computes them.
 */
#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "render.h"
#include "report/report.h"
#include "survey/ikm.h"
#include "web/web_int.h"

#define SURVEY_COMMENT_MAX 1000
#define SURVEY_OFFER_MS (10 * 60 * 1000) /* the tablet offers a ticket this long */
#define SURVEY_PRIME_EVENTS 4096         /* events read back when mppd starts */
#define SURVEY_RANGE_DAYS 366
#define TABLET_COUNTERS 1000 /* counter numbers 1..999 */
#define SURVEY_PENDING 64    /* responses written but not yet committed */
#define SURVEY_GRANT_HEX 32

/* A response in the open round: its ticket counts as answered until the
 * commit is done (then the store says so) or failed (then it may retry). */
typedef struct pending {
    uint64_t id; /* ticket id; 0 = free slot */
} pending_t;

/* A counter tablet's survey grant: random, good for one response to the
 * ticket just finished there, within 10 minutes of the finish. Kept in
 * memory only; a restart makes a new one. */
typedef struct grant {
    uint64_t id; /* ticket id; 0 = none */
    char grant[SURVEY_GRANT_HEX + 1];
} grant_t;

/* What the counter tablets need: the last ticket finished at each
 * counter, read from the committed events up to `seq`, its grant, and the
 * responses on their way to the store. */
struct tablets {
    uint64_t seq;
    bool primed;
    uint64_t last[TABLET_COUNTERS];
    grant_t grant[TABLET_COUNTERS];
    pending_t pending[SURVEY_PENDING];
};

tablets_t *web_tablets_new(void)
{
    return calloc(1, sizeof(tablets_t));
}

void web_tablets_free(tablets_t *t)
{
    free(t);
}

static pending_t *pending_find(web_t *w, uint64_t id)
{
    for (size_t i = 0; i < SURVEY_PENDING; i++)
        if (w->tablets->pending[i].id == id)
            return &w->tablets->pending[i];
    return NULL;
}

/* The commit of a response is done (or failed): the store answers from now. */
static void pending_done(void *ctx, int rc)
{
    pending_t *p = ctx;
    if (rc != 0)
        log_warn("survey", "a survey response was not stored: %s", hall_strerror(rc));
    p->id = 0;
}

/* True when ticket (day, id) has a response, committed or on its way. */
static bool survey_answered(web_t *w, uint32_t day, uint64_t id)
{
    return pending_find(w, id) || hall_survey_answered(w->hall, day, id) == 0;
}

/* Whether the tablet may still offer finished ticket t: within 10
 * minutes of its finish. */
static bool offer_open(web_t *w, const queue_ticket_t *t)
{
    return t->status == QUEUE_TICKET_FINISHED &&
           hall_now(w->hall) - t->finished_at <= SURVEY_OFFER_MS;
}

/* The live grant equal to `given`, or NULL (compared in constant time). */
static grant_t *grant_find(web_t *w, const char *given)
{
    if (!given || strlen(given) != SURVEY_GRANT_HEX)
        return NULL;
    grant_t *found = NULL;
    for (size_t i = 1; i < TABLET_COUNTERS; i++) {
        grant_t *g = &w->tablets->grant[i];
        if (g->id && sodium_memcmp(g->grant, given, SURVEY_GRANT_HEX) == 0)
            found = g;
    }
    return found;
}

/* ---- POST /api/v1/surveys ---- */

/* Reads "scores" into out; false after a 400 naming the field. */
static bool scores_read(web_req_t *r, int out[IKM_ELEMENTS])
{
    json_t *a = json_object_get(r->body, "scores");
    if (!a) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "scores", "send the 9 scores, each 1 to 4");
        return false;
    }
    if (!json_is_array(a) || json_array_size(a) != IKM_ELEMENTS) {
        web_reply_error(r, json_is_array(a) ? WEB_ERR_INVALID : WEB_ERR_WRONG_TYPE, "scores",
                        "'scores' must be a list of exactly 9 whole numbers, each 1 to 4");
        return false;
    }
    for (size_t i = 0; i < IKM_ELEMENTS; i++) {
        json_t *v = json_array_get(a, i);
        if (!json_is_integer(v)) {
            web_reply_error(r, WEB_ERR_WRONG_TYPE, "scores",
                            "score %zu (%s) must be a whole number 1 to 4", i + 1,
                            ikm_element_name(i));
            return false;
        }
        json_int_t s = json_integer_value(v);
        if (s < IKM_SCORE_MIN || s > IKM_SCORE_MAX) {
            web_reply_error(r, WEB_ERR_INVALID, "scores",
                            "score %zu (%s) is %lld; it must be 1 to 4", i + 1, ikm_element_name(i),
                            (long long)s);
            return false;
        }
        out[i] = (int)s;
    }
    return true;
}

void web_api_survey_post(web_req_t *r)
{
    static const char *const allowed[] = {"token", "grant", "scores", "comment", NULL};
    web_t *w = r->web;
    if (!r->body || !json_is_object(r->body)) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "token",
                        "send the ticket's token and the 9 scores");
        return;
    }
    if (!web_fields_known(r, allowed))
        return;
    json_t *jt = json_object_get(r->body, "token");
    json_t *jg = json_object_get(r->body, "grant");
    json_t *jc = json_object_get(r->body, "comment");
    const char *field = jg && !jt ? "grant" : "token";
    if (!jt && !jg) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "token", "'token' is required");
        return;
    }
    if (jt && jg) {
        web_reply_error(r, WEB_ERR_INVALID, "grant", "send either 'token' or 'grant', not both");
        return;
    }
    if (!json_is_string(jt ? jt : jg)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, field, "'%s' must be a string", field);
        return;
    }
    int scores[IKM_ELEMENTS];
    if (!scores_read(r, scores))
        return;
    const char *comment = NULL;
    if (jc && !json_is_null(jc)) {
        if (!json_is_string(jc)) {
            web_reply_error(r, WEB_ERR_WRONG_TYPE, "comment", "'comment' must be a string");
            return;
        }
        /* jansson has checked the UTF-8 and refuses a NUL inside */
        if (json_string_length(jc) > SURVEY_COMMENT_MAX) {
            web_reply_error(r, WEB_ERR_TOO_LONG, "comment", "the comment may be at most %d bytes",
                            SURVEY_COMMENT_MAX);
            return;
        }
        comment = json_string_value(jc);
        if (!comment[0])
            comment = NULL;
    }
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 's', r->pss->from.ip, r->web->cfg->rate_issue_per_min))
        return;

    queue_ticket_t scratch;
    const queue_ticket_t *t = NULL;
    grant_t *grant = NULL;
    if (jt) {
        t = hall_ticket_by_token(w->hall, json_string_value(jt), &scratch);
    } else if ((grant = grant_find(w, json_string_value(jg))) != NULL) {
        t = queue_ticket_by_id(hall_queue(w->hall), grant->id);
        if (!t || !offer_open(w, t)) {
            memset(grant, 0, sizeof *grant); /* lapsed */
            t = NULL;
        }
    }
    if (!t) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, field,
                        jt ? "there is no such ticket"
                           : "this survey grant is unknown, used or past its 10 minutes");
        return;
    }
    if (t->status != QUEUE_TICKET_FINISHED) {
        web_reply_error(r, WEB_ERR_NOT_FINISHED, field,
                        "ticket %s is %s; the survey opens once its service is finished", t->number,
                        queue_status_name(t->status));
        return;
    }
    if (survey_answered(w, t->day, t->id)) {
        web_reply_error(r, WEB_ERR_ALREADY_ANSWERED, field,
                        "ticket %s has already been rated; thank you", t->number);
        return;
    }
    pending_t *slot = pending_find(w, 0);
    if (!slot) {
        web_reply_header(r, "retry-after", "1");
        web_reply_error(r, WEB_ERR_BUSY, NULL, "too many surveys at once; try again");
        return;
    }

    char at[40];
    render_time(hall_now(w->hall), at, sizeof at);
    json_t *list = json_array();
    for (size_t i = 0; i < IKM_ELEMENTS; i++)
        json_array_append_new(list, json_integer(scores[i]));
    json_t *rec =
        json_pack("{s:o, s:s?, s:s, s:s, s:i, s:s}", "scores", list, "comment", comment, "agency",
                  t->agency, "service", t->service, "counter", t->counter, "at", at);
    char *text = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
    if (!text || hall_survey_put(w->hall, t->day, t->id, text) != 0) {
        free(text);
        json_decref(rec);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    free(text);
    /* the scores as an event (no comment): a province view adds them up */
    if (queue_survey_answered(hall_queue(w->hall), t->service, scores, hall_now(w->hall)) != 0)
        log_warn("survey", "the answer for %s is stored but not announced: %s", t->number,
                 queue_last_error(hall_queue(w->hall)));
    if (grant)
        memset(grant, 0, sizeof *grant); /* used up */
    slot->id = t->id;
    if (hall_wait(w->hall, pending_done, slot) != 0)
        slot->id = 0;
    json_object_set_new(rec, "ticket", json_string(t->number));
    web_reply_after_commit(r, 201, json_pack("{s:o}", "survey", rec));
}

/* ---- GET /api/v1/reports/ikm ---- */

/* "YYYY-MM-DD" of a real calendar day to YYYYMMDD and a day number. */
static bool date_parse(const char *s, uint32_t *ymd, int64_t *days)
{
    if (!report_date_parse(s, ymd))
        return false;
    *days = report_day_number(*ymd);
    return true;
}

typedef struct report_ctx {
    const char *agency, *service; /* filters, NULL = any */
    ikm_tally_t tally;
    size_t skipped; /* records that could not be read */
} report_ctx_t;

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
        if (ikm_tally_add(&c->tally, scores) != IKM_OK)
            c->skipped++;
    }
    json_decref(rec);
    return 0;
}

void web_api_survey_report(web_req_t *r)
{
    enum { A_FROM, A_TO, A_AGENCY, A_SERVICE, A__COUNT };
    query_arg_t args[A__COUNT] = {
        {"from", "", false}, {"to", "", false}, {"agency", "", false}, {"service", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    uint32_t ymd[2];
    int64_t days[2];
    for (int i = A_FROM; i <= A_TO; i++) {
        if (!args[i].seen || !args[i].value[0]) {
            web_reply_error(r, WEB_ERR_MISSING_FIELD, args[i].name, "give '%s' as YYYY-MM-DD",
                            args[i].name);
            return;
        }
        if (!date_parse(args[i].value, &ymd[i], &days[i])) {
            web_reply_error(r, WEB_ERR_INVALID, args[i].name,
                            "'%s' must be a date written YYYY-MM-DD", args[i].name);
            return;
        }
    }
    if (days[A_TO] < days[A_FROM]) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "'to' is before 'from'");
        return;
    }
    if (days[A_TO] - days[A_FROM] + 1 > SURVEY_RANGE_DAYS) {
        web_reply_error(r, WEB_ERR_INVALID, "to", "a report covers at most %d days",
                        SURVEY_RANGE_DAYS);
        return;
    }
    report_ctx_t c = {args[A_AGENCY].value[0] ? args[A_AGENCY].value : NULL,
                      args[A_SERVICE].value[0] ? args[A_SERVICE].value : NULL,
                      {0},
                      0};
    int rc = hall_surveys_of_days(r->web->hall, ymd[A_FROM], ymd[A_TO], report_visit, &c);
    if (rc < 0) {
        web_reply_error(r, WEB_ERR_STORAGE_UNAVAILABLE, NULL, "the surveys cannot be read: %s",
                        hall_strerror(rc));
        return;
    }
    if (c.skipped)
        log_warn("survey", "%zu stored survey responses could not be read", c.skipped);

    ikm_weights_t wts;
    ikm_weights_default(&wts);
    ikm_result_t res;
    if (ikm_compute(&c.tally, &wts, &res) != IKM_OK) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "the IKM could not be computed");
        return;
    }
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
    json_object_set_new(
        o, "value", res.has_value ? json_real((double)res.value_hundredths / 100.0) : json_null());
    const char *grade = ikm_grade_name(res.grade), *label = ikm_grade_label(res.grade);
    json_object_set_new(o, "grade", grade ? json_string(grade) : json_null());
    json_object_set_new(o, "grade_label", label ? json_string(label) : json_null());
    json_object_set_new(o, "from", json_string(args[A_FROM].value));
    json_object_set_new(o, "to", json_string(args[A_TO].value));
    json_object_set_new(o, "agency", c.agency ? json_string(c.agency) : json_null());
    json_object_set_new(o, "service", c.service ? json_string(c.service) : json_null());
    web_reply_json(r, 200, o);
}

/* ---- GET /api/v1/survey/<counter> ---- */

/* Notes the counter of every committed ticket.finished event. */
static int finished_visit(void *ctx, uint64_t seq, const char *json, size_t len)
{
    web_t *w = ctx;
    w->tablets->seq = seq;
    json_t *e = json_loadb(json, len, 0, NULL);
    const char *type = json_string_value(json_object_get(e, "type"));
    json_t *ticket = json_object_get(e, "ticket");
    json_int_t id = json_integer_value(json_object_get(ticket, "id"));
    json_int_t counter =
        json_integer_value(json_object_get(json_object_get(e, "counter"), "number"));
    if (!counter)
        counter = json_integer_value(json_object_get(ticket, "counter"));
    if (type && strcmp(type, "ticket.finished") == 0 && id > 0 && counter > 0 &&
        counter < TABLET_COUNTERS)
        w->tablets->last[counter] = (uint64_t)id;
    json_decref(e);
    return 0;
}

/* Reads the events committed since the last look (at start, the last
 * SURVEY_PRIME_EVENTS of the durable log). */
static void finished_refresh(web_t *w)
{
    uint64_t committed = hall_committed_seq(w->hall);
    if (!w->tablets->primed) {
        w->tablets->seq = committed > SURVEY_PRIME_EVENTS ? committed - SURVEY_PRIME_EVENTS : 0;
        w->tablets->primed = true;
    }
    if (w->tablets->seq >= committed)
        return;
    uint64_t first = hall_events_since(w->hall, w->tablets->seq, finished_visit, w);
    if (first > w->tablets->seq + 1 && w->tablets->seq < first - 1) {
        /* older than the kept log: start from its first event */
        w->tablets->seq = first - 1;
        hall_events_since(w->hall, w->tablets->seq, finished_visit, w);
    }
}

void web_api_survey_counter(web_req_t *r, const char *rest)
{
    web_t *w = r->web;
    char *end;
    long number = strtol(rest, &end, 10);
    if (strcmp(r->method, "GET") != 0) {
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
        return;
    }
    if (!isdigit((unsigned char)rest[0]) || *end != '\0' || number < 1 ||
        number >= TABLET_COUNTERS || !config_counter_agency(w->cfg, (int)number)) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "counter", "the hall has no counter %.16s", rest);
        return;
    }
    finished_refresh(w);
    const queue_ticket_t *t = NULL;
    uint64_t id = w->tablets->last[number];
    if (id)
        t = queue_ticket_by_id(hall_queue(w->hall), id);
    if (t && (!offer_open(w, t) || t->counter != (int)number || survey_answered(w, t->day, t->id)))
        t = NULL;
    grant_t *g = &w->tablets->grant[number];
    if (!t) {
        memset(g, 0, sizeof *g);
    } else if (g->id != t->id) { /* a new ticket here: a grant of its own */
        uint8_t raw[SURVEY_GRANT_HEX / 2];
        if (sodium_init() < 0)
            abort(); /* no safe randomness: refuse to make a guessable grant */
        randombytes_buf(raw, sizeof raw);
        sodium_bin2hex(g->grant, sizeof g->grant, raw, sizeof raw);
        g->id = t->id;
    }
    json_t *ticket = t ? json_pack("{s:s, s:s, s:s}", "number", t->number, "service", t->service,
                                   "grant", g->grant)
                       : json_null();
    web_reply_json(r, 200, json_pack("{s:o}", "ticket", ticket));
}
