/*
 * api_survey.c - the citizen satisfaction survey (SKM, PermenPANRB
 * 14/2017) over HTTP: one response per finished ticket, with the
 * respondent's profile when given, and the counter tablet's "ticket just
 * finished here" (the report is api_ikm.c).
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
#include "survey/ikm.h"
#include "survey/profile.h"
#include "web/web_int.h"

#define SURVEY_COMMENT_MAX 1000
#define SURVEY_OFFER_MS (10 * 60 * 1000) /* the tablet offers a ticket this long */
#define SURVEY_PRIME_EVENTS 4096         /* events read back when mppd starts */
#define TABLET_COUNTERS 1000             /* counter numbers 1..999 */
#define SURVEY_PENDING 64                /* responses written but not yet committed */
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

/* Checks the optional "profile"; *out is the request's own object (NULL
 * when absent), borrowed. False after a 400 naming the field at fault. */
static bool profile_read(web_req_t *r, json_t **out)
{
    *out = NULL;
    json_t *p = json_object_get(r->body, "profile");
    if (!p || json_is_null(p))
        return true;
    if (!json_is_object(p)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, "profile",
                        "'profile' must be an object: {\"gender\", \"age\", \"education\", "
                        "\"occupation\"}, each optional");
        return false;
    }
    const char *key;
    json_t *v;
    json_object_foreach(p, key, v)
    {
        size_t f = 0;
        while (ikm_profile_field_name(f) && strcmp(ikm_profile_field_name(f), key) != 0)
            f++;
        char field[48];
        snprintf(field, sizeof field, "profile.%.30s", key);
        if (!ikm_profile_field_name(f)) {
            web_reply_error(r, WEB_ERR_UNKNOWN_FIELD, field,
                            "the profile has gender, age, education and occupation; not '%.30s'",
                            key);
            return false;
        }
        if (json_is_null(v))
            continue;
        size_t n;
        const char *const *values = ikm_profile_values((ikm_profile_field_t)f, &n);
        if (!json_is_string(v) ||
            ikm_profile_find((ikm_profile_field_t)f, json_string_value(v)) < 0) {
            char list[160] = "";
            for (size_t i = 0; i < n; i++)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s\"%s\"", i ? ", " : "",
                         values[i]);
            web_reply_error(r, json_is_string(v) ? WEB_ERR_INVALID : WEB_ERR_WRONG_TYPE, field,
                            "'%s' must be one of %s, or left out", field, list);
            return false;
        }
    }
    *out = p;
    return true;
}

/* The profile's answered fields, for the record; NULL when none is. */
static json_t *profile_copy(json_t *p)
{
    json_t *out = NULL;
    const char *key;
    json_t *v;
    json_object_foreach(p, key, v)
    {
        if (json_is_null(v))
            continue;
        if (!out)
            out = json_object();
        json_object_set(out, key, v);
    }
    return out;
}

void web_api_survey_post(web_req_t *r)
{
    static const char *const allowed[] = {"token", "grant", "scores", "comment", "profile", NULL};
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
    json_t *profile;
    if (!profile_read(r, &profile))
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
    json_t *rec = json_pack("{s:o, s:s?, s:s, s:s, s:i, s:s, s:o*}", "scores", list, "comment",
                            comment, "agency", t->agency, "service", t->service, "counter",
                            t->counter, "at", at, "profile", profile_copy(profile));
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

void web_api_survey_state(web_req_t *r, const char *token)
{
    web_t *w = r->web;
    queue_ticket_t scratch;
    const queue_ticket_t *t = hall_ticket_by_token(w->hall, token, &scratch);
    if (!t) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "token", "there is no such ticket");
        return;
    }
    web_reply_json(r, 200, json_pack("{s:b}", "answered", survey_answered(w, t->day, t->id)));
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
