/*
 * api_bookings.c - online bookings over HTTP (CONTRACT.md, "Bookings"): the
 * slots of a day, making, reading and cancelling a booking, check-in at
 * the kiosk, and the day's bookings for the agency's staff. A thin layer:
 * the hall keeps the ledger (hall_booking_*), core/booking checks phone,
 * NIK and name and masks them.
 *
 * A citizen's name, phone and NIK are never logged and never sent whole
 * except to staff of the booking's agency; every other reply masks them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "booking/code.h"
#include "booking/person.h"
#include "log.h"
#include "render.h"
#include "web/web_int.h"

/* ---- rendering ---- */

/* How much of a booking a reply shows: B as the contract has it (to its
 * holder, who has the token), or in a listing, without the token that
 * cancels it, masked or, to staff of the booking's agency, whole. */
typedef enum booking_view { VIEW_HOLDER, VIEW_LIST_MASKED, VIEW_LIST_WHOLE } booking_view_t;

static void booking_json(jsonw_t *w, hall_t *h, const booking_t *b, booking_view_t view)
{
    bool whole = view == VIEW_LIST_WHOLE;
    int off = hall_booking_offset(h);
    char start[BOOKING_TIME_TEXT], end[BOOKING_TIME_TEXT];
    booking_time_format(b->start_ms, off, start);
    booking_time_format(b->end_ms, off, end);
    char name[BOOKING_NAME_MAX], phone[BOOKING_PHONE_MAX + 8];
    if (whole || b->erased) {
        snprintf(name, sizeof name, "%s", b->name);
        snprintf(phone, sizeof phone, "%s", b->phone);
    } else {
        booking_mask_name(b->name, name, sizeof name);
        booking_mask_phone(b->phone, phone, sizeof phone);
    }
    jsonw_obj(w);
    jsonw_kstr(w, "code", b->code);
    if (view == VIEW_HOLDER)
        jsonw_kstr(w, "token", b->token);
    jsonw_kstr(w, "service", b->service);
    jsonw_kstr(w, "start", start);
    jsonw_kstr(w, "end", end);
    jsonw_kstr(w, "status", booking_status_name(b->status));
    jsonw_key(w, "name");
    jsonw_str_or_null(w, b->erased ? NULL : name);
    jsonw_key(w, "phone");
    jsonw_str_or_null(w, b->erased ? NULL : phone);
    if (whole && b->nik[0] && !b->erased)
        jsonw_kstr(w, "nik", b->nik);
    jsonw_key(w, "notify");
    jsonw_bool(w, b->notify);
    /* the reminders it gets (none when it was made too close to its slot) */
    int64_t at[BOOKING_REMINDERS_MAX];
    size_t n_at = booking_reminders(b, at);
    jsonw_key(w, "reminders");
    jsonw_arr(w);
    for (size_t i = 0; i < n_at; i++) {
        char when[BOOKING_TIME_TEXT];
        booking_time_format(at[i], off, when);
        jsonw_str(w, when);
    }
    jsonw_arr_end(w);
    jsonw_key(w, "ticket");
    const queue_ticket_t *t = b->ticket_id ? queue_ticket_by_id(hall_queue(h), b->ticket_id) : NULL;
    if (t) /* the holder checked in with it: its token opens its status page */
        render_ticket(w, hall_queue(h), t, RENDER_LIVE | (view == VIEW_HOLDER ? RENDER_TOKEN : 0));
    else
        jsonw_null(w);
    jsonw_obj_end(w);
}

/* Answers {"booking": B}, after the commit of what changed when asked. */
static void reply_booking(web_req_t *r, int status, const booking_t *b, bool after_commit)
{
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "booking");
    booking_json(&w, r->web->hall, b, VIEW_HOLDER);
    char base[256], url[512];
    web_link_base(r, base, sizeof base);
    snprintf(url, sizeof url, "%s/b/%s", base, b->token);
    jsonw_kstr(&w, "status_url", url);
    jsonw_obj_end(&w);
    if (after_commit)
        web_reply_after_commit_jsonw(r, status, &w);
    else
        web_reply_jsonw(r, status, &w);
}

/* The API's answer to a booking result that is a refusal. */
static void reply_refusal(web_req_t *r, int rc, const char *field)
{
    switch (rc) {
    case BOOKING_SLOT_FULL:
        return web_reply_error(r, WEB_ERR_SLOT_FULL, "start",
                               "this slot is fully booked; choose another time");
    case BOOKING_DUPLICATE:
        return web_reply_error(r, WEB_ERR_DUPLICATE, field,
                               "this phone number or NIK already has a booking for this service "
                               "that day");
    case BOOKING_PHONE_CAP:
        return web_reply_error(r, WEB_ERR_PHONE_CAP, "phone",
                               "this phone number holds as many bookings that day as the hall "
                               "allows (bookings.per_phone_per_day)");
    case BOOKING_DAY_FULL:
        return web_reply_error(r, WEB_ERR_QUOTA_REACHED, "start",
                               "the places this service takes online that day are all booked; "
                               "the rest are for walk-ins at the kiosk");
    case BOOKING_NOT_OPEN:
        return web_reply_error(r, WEB_ERR_CLOSED, "start", "the hall is closed that day");
    case BOOKING_BAD_SLOT:
        return web_reply_error(r, WEB_ERR_INVALID, "start",
                               "no slot of this service starts at that time; see "
                               "/api/v1/slots");
    case BOOKING_PAST:
        return web_reply_error(r, WEB_ERR_INVALID, "start", "this slot has already started");
    case BOOKING_TOO_FAR:
        return web_reply_error(r, WEB_ERR_INVALID, "start",
                               "this day is further ahead than the service takes bookings");
    case BOOKING_NOT_FOUND:
        return web_reply_error(r, WEB_ERR_NOT_FOUND, field, "there is no such booking");
    case BOOKING_CANCELLED:
        return web_reply_error(r, WEB_ERR_BOOKING_CANCELLED, field, "this booking was cancelled");
    case BOOKING_ALREADY:
        return web_reply_error(r, WEB_ERR_ALREADY_CHECKED_IN, field,
                               "this booking is already checked in; its ticket is on the way");
    case BOOKING_ESTATE:
        return web_reply_error(r, WEB_ERR_CONFLICT, field,
                               "this booking can no longer be changed (checked in or missed)");
    default: return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "the booking could not be made");
    }
}

/* ---- GET /api/v1/slots?service=&date= ---- */

static void slots_get(web_req_t *r)
{
    enum { A_SERVICE, A_DATE, A__COUNT };
    query_arg_t args[A__COUNT] = {{"service", "", false}, {"date", "", false}};
    if (!web_query_read(r, args, A__COUNT))
        return;
    calendar_date_t date;
    if (!args[A_SERVICE].value[0])
        return web_reply_error(r, WEB_ERR_MISSING_FIELD, "service", "give 'service'");
    if (calendar_date_parse(args[A_DATE].value, &date) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID, "date", "'date' must be a date YYYY-MM-DD");
    hall_t *h = r->web->hall;
    booking_day_t *day = malloc(sizeof *day);
    if (!day)
        return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    int rc = hall_booking_day(h, args[A_SERVICE].value, date, day);
    if (rc != BOOKING_OK) {
        free(day);
        return web_reply_error(r, WEB_ERR_NOT_FOUND, "service",
                               "there is no service '%s' that takes bookings",
                               args[A_SERVICE].value);
    }
    int off = hall_booking_offset(h);
    int64_t now = hall_now(h);
    bool too_far = booking_day_too_far(day, now);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_key(&w, "slots");
    jsonw_arr(&w);
    for (size_t i = 0; i < day->n_slots; i++) {
        const booking_slot_t *s = &day->slots[i];
        char start[BOOKING_TIME_TEXT], end[BOOKING_TIME_TEXT];
        booking_time_format(s->start_ms, off, start);
        booking_time_format(s->end_ms, off, end);
        /* a slot gone by, or of a day not yet open to bookings, has none left */
        int left = s->start_ms <= now || too_far ? 0 : hall_booking_left(h, day, s);
        jsonw_obj(&w);
        jsonw_kstr(&w, "start", start);
        jsonw_kstr(&w, "end", end);
        jsonw_kint(&w, "capacity", s->capacity);
        jsonw_kint(&w, "left", left < 0 ? 0 : left);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    /* the closure or special period that sets this date's hours */
    const catalog_service_t *svc = catalog_service_find(hall_catalog(h), args[A_SERVICE].value);
    calendar_day_t hours;
    hall_hours_of(h, hall_catalog(h)->agencies[svc->agency].id, date, &hours);
    jsonw_key(&w, "closed");
    jsonw_str_or_null(&w, hours.n == 0 ? hours.name : NULL);
    jsonw_key(&w, "period");
    jsonw_str_or_null(&w, hours.n > 0 && hours.special ? hours.name : NULL);
    jsonw_obj_end(&w);
    free(day);
    web_reply_jsonw(r, 200, &w);
}

/* ---- POST /api/v1/bookings ---- */

/* Reads a required string field; false after a 400. */
static bool need_string(web_req_t *r, const char *name, const char **out)
{
    json_t *v = json_object_get(r->body, name);
    if (!v || json_is_null(v)) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, name, "'%s' is required", name);
        return false;
    }
    if (!json_is_string(v)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, name, "'%s' must be a string", name);
        return false;
    }
    *out = json_string_value(v);
    return true;
}

static void booking_post(web_req_t *r)
{
    static const char *const allowed[] = {"service", "start",  "name", "phone",
                                          "nik",     "notify", NULL};
    if (!r->body || !json_is_object(r->body))
        return web_reply_error(r, WEB_ERR_MISSING_FIELD, "service",
                               "send the service, the slot's start, a name and a phone number");
    /* counted before anything is checked: refused requests count too */
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 'k', r->pss->from.ip, r->web->cfg->rate_booking_per_min))
        return;
    const char *service, *start, *name, *phone_in, *nik = NULL;
    if (!web_fields_known(r, allowed) || !need_string(r, "service", &service) ||
        !need_string(r, "start", &start) || !need_string(r, "name", &name) ||
        !need_string(r, "phone", &phone_in) || !web_opt_string(r, "nik", &nik))
        return;
    json_t *notify = json_object_get(r->body, "notify");
    if (notify && !json_is_boolean(notify) && !json_is_null(notify))
        return web_reply_error(r, WEB_ERR_WRONG_TYPE, "notify", "'notify' must be true or false");
    char why[160], phone[BOOKING_PHONE_MAX];
    if (booking_phone_normalize(phone_in, phone, why, sizeof why) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID_FIELD, "phone", "%s", why);
    if (nik && booking_nik_check(nik, why, sizeof why) != BOOKING_OK) /* "" too: leave it out */
        return web_reply_error(r, WEB_ERR_INVALID_FIELD, "nik", "%s", why);
    if (booking_name_check(name, why, sizeof why) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID_FIELD, "name", "%s", why);
    int64_t start_ms;
    if (booking_time_parse(start, &start_ms, NULL, why, sizeof why) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID, "start", "%s", why);

    hall_t *h = r->web->hall;
    booking_day_t *day = malloc(sizeof *day);
    if (!day)
        return web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    int rc =
        hall_booking_day(h, service, calendar_date_of_ms(start_ms, hall_booking_offset(h)), day);
    if (rc != BOOKING_OK) {
        free(day);
        return web_reply_error(r, WEB_ERR_NOT_FOUND, "service",
                               "there is no service '%s' that takes bookings", service);
    }
    booking_request_t req = {start_ms, phone, nik && nik[0] ? nik : NULL, name,
                             json_is_true(notify)};
    const booking_t *b = NULL;
    rc = hall_booking_make(h, day, &req, &b);
    free(day);
    if (rc != BOOKING_OK)
        return reply_refusal(r, rc, nik && nik[0] ? "nik" : "phone");
    log_info("booking", "booking %s made for %s", b->code, b->service);
    reply_booking(r, 201, b, true);
}

/* ---- /api/v1/bookings/<token> ---- */

static void booking_token(web_req_t *r, const char *token)
{
    hall_t *h = r->web->hall;
    const booking_t *b = booking_token_valid(token) ? hall_booking_by_token(h, token) : NULL;
    if (!b)
        return web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such booking");
    if (strcmp(r->method, "GET") == 0)
        return reply_booking(r, 200, b, false);
    if (strcmp(r->method, "DELETE") != 0)
        return web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET or DELETE here");
    if (!web_no_fields(r))
        return;
    if (b->status == BOOKING_STATUS_CANCELLED)
        return reply_booking(r, 200, b, false); /* a retried cancel */
    int rc = hall_booking_cancel(h, b->id, &b);
    if (rc != BOOKING_OK)
        return reply_refusal(r, rc, NULL);
    reply_booking(r, 200, b, true);
}

/* ---- POST /api/v1/bookings/check-in {"code"} ---- */

/* "08:30" of an instant today in the hall's zone, "2026-12-09 08:30" of
 * one on another day. */
static void when_text(hall_t *h, int64_t ms, char out[17])
{
    char iso[BOOKING_TIME_TEXT], today[BOOKING_TIME_TEXT];
    booking_time_format(ms, hall_booking_offset(h), iso);
    booking_time_format(hall_now(h), hall_booking_offset(h), today);
    if (strncmp(iso, today, 10) == 0)
        snprintf(out, 17, "%.5s", iso + 11);
    else
        snprintf(out, 17, "%.10s %.5s", iso, iso + 11);
}

static void check_in(web_req_t *r)
{
    static const char *const allowed[] = {"code", "print", NULL};
    const char *typed;
    if (!r->body || !json_is_object(r->body))
        return web_reply_error(r, WEB_ERR_MISSING_FIELD, "code", "send the booking code");
    if (!web_fields_known(r, allowed) || !need_string(r, "code", &typed))
        return;
    /* a guess costs as much as a booking: codes are short to type, and
     * each answer (unknown, too early) says whether one exists */
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 'k', r->pss->from.ip, r->web->cfg->rate_booking_per_min))
        return;
    json_t *print = json_object_get(r->body, "print");
    if (print && !json_is_boolean(print))
        return web_reply_error(r, WEB_ERR_WRONG_TYPE, "print", "'print' must be true or false");
    char code[BOOKING_CODE_MAX];
    hall_t *h = r->web->hall;
    booking_checkin_t ci = {0};
    const queue_ticket_t *t = NULL;
    int qrc = QUEUE_OK;
    bool ours = booking_code_normalize(typed, code) == BOOKING_OK;
    int rc = ours ? hall_booking_check_in(h, code, json_is_true(print), &ci, &t, &qrc)
                  : BOOKING_NOT_FOUND;
    if (rc == BOOKING_NOT_FOUND) { /* maybe a code of an agency's own booking app */
        char other[QUEUE_BOOKING_MAX];
        size_t n = 0;
        for (const char *p = typed; *p && n + 1 < sizeof other; p++)
            if (!isspace((unsigned char)*p))
                other[n++] = (char)toupper((unsigned char)*p);
        other[n] = '\0';
        int ext = hall_booking_check_in_external(h, other, json_is_true(print), &t, &qrc);
        if (ext == BOOKING_ALREADY)
            return web_reply_error(r, WEB_ERR_ALREADY_CHECKED_IN, "code",
                                   "code %s has already been used for a ticket today", other);
        if (ext == BOOKING_OK) {
            log_info("booking", "an agency system's booking checked in as ticket %s", t->number);
            return web_reply_ticket(r, 201, t, RENDER_TOKEN | RENDER_LIVE, true);
        }
        if (ext == BOOKING_ESTATE)
            rc = BOOKING_ESTATE; /* the queue refused it: answered below, with qrc */
        else if (!ours)
            return web_reply_error(r, WEB_ERR_NOT_FOUND, "code",
                                   "this is not a booking code (it looks like BK-7QK3)");
    }
    char at[17];
    if (rc == BOOKING_TOO_EARLY) {
        when_text(h, ci.opens_ms, at);
        return web_reply_error(r, WEB_ERR_TOO_EARLY, "code",
                               "check-in for booking %s opens at %s; please come back then", code,
                               at);
    }
    if (rc == BOOKING_TOO_LATE) {
        when_text(h, ci.closes_ms, at);
        return web_reply_error(r, WEB_ERR_TOO_LATE, "code",
                               "check-in for booking %s closed at %s; take a walk-in ticket at "
                               "the kiosk instead",
                               code, at);
    }
    if (rc == BOOKING_ESTATE && qrc != QUEUE_OK) {
        queue_t *q = hall_queue(h);
        return web_reply_error(r, web_err_of_queue(qrc), queue_last_field(q), "%s",
                               queue_last_error(q));
    }
    if (rc != BOOKING_OK)
        return reply_refusal(r, rc, "code");
    log_info("booking", "booking %s checked in as ticket %s", code, t->number);
    web_reply_ticket(r, 201, t, RENDER_TOKEN | RENDER_LIVE, true);
}

/* ---- GET /api/v1/bookings?date=&agency= (staff and admin) ---- */

typedef struct list_ctx {
    jsonw_t *w;
    hall_t *h;
    booking_view_t view;
} list_ctx_t;

static void list_one(void *ctx, const booking_t *b)
{
    list_ctx_t *l = ctx;
    booking_json(l->w, l->h, b, l->view);
}

static void bookings_list(web_req_t *r)
{
    enum { A_DATE, A_AGENCY, A__COUNT };
    query_arg_t args[A__COUNT] = {{"date", "", false}, {"agency", "", false}};
    auth_session_t *s = web_session_require(r);
    if (!s || !web_query_read(r, args, A__COUNT))
        return;
    const auth_user_t *u = &s->user;
    if (u->role != ROLE_ADMIN &&
        !((u->role == ROLE_STAFF || u->role == ROLE_LIAISON) && u->agency[0]))
        return web_reply_error(r, WEB_ERR_FORBIDDEN, NULL,
                               "bookings are for the hall's admin and agency staff");
    const char *agency = u->role == ROLE_ADMIN ? args[A_AGENCY].value : u->agency;
    if (u->role != ROLE_ADMIN && args[A_AGENCY].value[0] && strcmp(args[A_AGENCY].value, agency))
        return web_reply_error(r, WEB_ERR_FORBIDDEN, "agency",
                               "your account may read the bookings of %s only", u->agency);
    hall_t *h = r->web->hall;
    calendar_date_t date = calendar_date_of_ms(hall_now(h), hall_booking_offset(h));
    if (args[A_DATE].value[0] && calendar_date_parse(args[A_DATE].value, &date) != BOOKING_OK)
        return web_reply_error(r, WEB_ERR_INVALID, "date", "'date' must be a date YYYY-MM-DD");
    const catalog_t *cat = hall_catalog(h);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    char day[CALENDAR_DATE_TEXT];
    calendar_date_format(date, day);
    jsonw_kstr(&w, "date", day);
    jsonw_key(&w, "services");
    jsonw_arr(&w);
    for (size_t i = 0; i < cat->n_services; i++) {
        const catalog_service_t *svc = &cat->services[i];
        if (!svc->bookable || (agency[0] && strcmp(cat->agencies[svc->agency].id, agency) != 0))
            continue;
        booking_counts_t c;
        hall_booking_counts(h, svc->id, date, &c);
        jsonw_obj(&w);
        jsonw_kstr(&w, "service", svc->id);
        jsonw_kstr(&w, "name", svc->name);
        for (int st = 0; st < BOOKING_STATUS__COUNT; st++)
            jsonw_kint(&w, booking_status_name((booking_status_t)st), c.status[st]);
        jsonw_key(&w, "bookings");
        jsonw_arr(&w);
        /* whole only to staff of the agency, who serve the citizen; the
         * admin and the agency's IT liaison see them masked (UU 27/2022) */
        list_ctx_t l = {&w, h, u->role == ROLE_STAFF ? VIEW_LIST_WHOLE : VIEW_LIST_MASKED};
        hall_booking_each(h, svc->id, date, list_one, &l);
        jsonw_arr_end(&w);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

void web_api_bookings(web_req_t *r, const char *rest)
{
    if (strcmp(rest, "slots") == 0) {
        if (strcmp(r->method, "GET") != 0)
            return web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
        return slots_get(r);
    }
    rest += strlen("bookings");
    if (!*rest && strcmp(r->method, "POST") == 0)
        return booking_post(r);
    if (!*rest && strcmp(r->method, "GET") == 0)
        return bookings_list(r);
    if (strcmp(rest, "/check-in") == 0) {
        if (strcmp(r->method, "POST") != 0)
            return web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use POST here");
        return check_in(r);
    }
    if (rest[0] == '/' && rest[1])
        return booking_token(r, rest + 1);
    web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "%s is not allowed here", r->method);
}
