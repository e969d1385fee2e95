/*
 * api_notify.c - messages to citizens over HTTP (CONTRACT.md,
 * "Notifications"; docs/notify.md): a ticket's holder asks for messages
 * after the ticket was taken, or stops them (/api/v1/tickets/<token>/notify),
 * and the hall's admin sees the outbox and sends a failed message again
 * (/api/v1/outbox). The outbox itself is the hall's (hall_notify.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "booking/person.h"
#include "render.h"
#include "web/web_int.h"

/* {"notify": {"phone": "+62812****789"}} or {"notify": null}. */
static void notify_state_json(jsonw_t *w, hall_t *h, uint64_t ticket)
{
    char masked[NOTIFY_PHONE_MAX];
    jsonw_obj(w);
    jsonw_key(w, "notify");
    if (hall_notify_masked(h, ticket, masked) == 0) {
        jsonw_obj(w);
        jsonw_key(w, "phone");
        jsonw_str(w, masked);
        jsonw_obj_end(w);
    } else {
        jsonw_null(w);
    }
    jsonw_obj_end(w);
}

/* The phone of field `field` (value v, a JSON string) in E.164 into
 * phone; false after a 400 or 422 naming the field. */
static bool phone_of(web_req_t *r, const json_t *v, const char *field,
                     char phone[BOOKING_PHONE_MAX])
{
    char why[160];
    if (!json_is_string(v)) {
        web_reply_error(r, v ? WEB_ERR_WRONG_TYPE : WEB_ERR_MISSING_FIELD, field,
                        "'%s' must be a mobile number, \"08...\" or \"+628...\"", field);
        return false;
    }
    if (booking_phone_normalize(json_string_value(v), phone, why, sizeof why) != BOOKING_OK) {
        web_reply_error(r, WEB_ERR_INVALID_FIELD, field, "%s", why);
        return false;
    }
    return true;
}

bool web_notify_phone(web_req_t *r, char phone[BOOKING_PHONE_MAX])
{
    json_t *n = json_object_get(r->body, "notify");
    if (!n || json_is_null(n))
        return true;
    if (!json_is_object(n)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, "notify",
                        "'notify' must be {\"phone\": \"08...\"}: the number for messages");
        return false;
    }
    const char *key;
    json_t *v;
    json_object_foreach(n, key, v)
    {
        if (strcmp(key, "phone") != 0) {
            char name[64];
            snprintf(name, sizeof name, "notify.%.40s", key);
            web_reply_error(r, WEB_ERR_UNKNOWN_FIELD, name,
                            "'notify' takes only 'phone', not '%.40s'", key);
            return false;
        }
    }
    if (!json_object_get(n, "phone")) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "notify.phone",
                        "'notify' needs 'phone': the number for messages, 08...");
        return false;
    }
    return phone_of(r, json_object_get(n, "phone"), "notify.phone", phone);
}

void web_api_ticket_notify(web_req_t *r, const char *token)
{
    hall_t *h = r->web->hall;
    const queue_ticket_t *t = queue_ticket_by_token(hall_queue(h), token);
    if (!t) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "there is no such ticket waiting today");
        return;
    }
    jsonw_t w;
    if (strcmp(r->method, "GET") == 0) {
        jsonw_init(&w, LWS_PRE);
        notify_state_json(&w, h, t->id);
        web_reply_jsonw(r, 200, &w);
        return;
    }
    if (strcmp(r->method, "DELETE") == 0) {
        if (!web_no_fields(r))
            return;
        if (hall_notify_unsubscribe(h, t) != 0) {
            web_reply_error(r, WEB_ERR_NOT_FOUND, "notify", "this ticket sends no messages");
            return;
        }
        jsonw_init(&w, LWS_PRE);
        notify_state_json(&w, h, t->id);
        web_reply_after_commit_jsonw(r, 200, &w);
        return;
    }
    if (strcmp(r->method, "POST") != 0) {
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET, POST or DELETE here");
        return;
    }
    static const char *const allowed[] = {"phone", NULL};
    char phone[BOOKING_PHONE_MAX];
    if (!r->body) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "phone", "send {\"phone\": \"08...\"}");
        return;
    }
    if (!web_fields_known(r, allowed) ||
        !phone_of(r, json_object_get(r->body, "phone"), "phone", phone))
        return;
    if (t->status != QUEUE_TICKET_WAITING && t->status != QUEUE_TICKET_PRINTING &&
        t->status != QUEUE_TICKET_HELD) {
        web_reply_error(r, WEB_ERR_CONFLICT, "ticket",
                        "ticket %s is %s: messages are for a ticket still waiting", t->number,
                        queue_status_name(t->status));
        return;
    }
    if (!web_rate_exempt(r) &&
        !web_rate_check(r, 'i', r->pss->from.ip, r->web->cfg->rate_issue_per_min))
        return;
    if (hall_notify_ticket(h, t, phone, 0) != 0) {
        web_reply_error(r, WEB_ERR_BUSY, NULL, "messages cannot be set up now; try again");
        return;
    }
    jsonw_init(&w, LWS_PRE);
    notify_state_json(&w, h, t->id);
    web_reply_after_commit_jsonw(r, 201, &w);
}

/* GET /api/v1/outbox: the messages' counts and the failed ones. */
static void outbox_list(web_req_t *r)
{
    notify_counts_t c;
    notify_failed_t failed[50];
    size_t n;
    hall_notify_counts(r->web->hall, &c, failed, 50, &n);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    jsonw_obj(&w);
    jsonw_kint(&w, "queued", (int64_t)(c.queued + c.sending));
    jsonw_kint(&w, "sent", (int64_t)c.sent);
    jsonw_kint(&w, "failed", (int64_t)c.failed);
    jsonw_kint(&w, "dropped", (int64_t)c.dropped);
    jsonw_key(&w, "gateway");
    jsonw_bool(&w, r->web->cfg->notify_url[0] != '\0');
    jsonw_key(&w, "failed_messages");
    jsonw_arr(&w);
    for (size_t i = 0; i < n; i++) {
        char at[40];
        render_time(failed[i].updated_ms, at, sizeof at);
        jsonw_obj(&w);
        jsonw_kint(&w, "id", (int64_t)failed[i].id);
        jsonw_kstr(&w, "to", failed[i].to);
        jsonw_kstr(&w, "template", failed[i].template_name);
        jsonw_key(&w, "ticket");
        jsonw_str_or_null(&w, failed[i].ticket[0] ? failed[i].ticket : NULL);
        jsonw_key(&w, "booking");
        jsonw_str_or_null(&w, failed[i].booking[0] ? failed[i].booking : NULL);
        jsonw_kint(&w, "attempts", failed[i].attempts);
        jsonw_kstr(&w, "error", failed[i].last_error);
        jsonw_kstr(&w, "at", at);
        jsonw_obj_end(&w);
    }
    jsonw_arr_end(&w);
    jsonw_obj_end(&w);
    web_reply_jsonw(r, 200, &w);
}

/* POST /api/v1/outbox/<id>/retry: a failed message queued again. */
static void outbox_retry(web_req_t *r, const char *id_text)
{
    char *end;
    unsigned long long id = strtoull(id_text, &end, 10);
    if (!isdigit((unsigned char)id_text[0]) || strcmp(end, "/retry") != 0 || id == 0) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown address %s", r->path);
        return;
    }
    int rc = hall_notify_retry(r->web->hall, id);
    if (rc == NOTIFY_NOT_FOUND) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "id", "there is no message %llu", id);
        return;
    }
    if (rc != NOTIFY_OK) {
        web_reply_error(r, WEB_ERR_CONFLICT, "id",
                        "message %llu is not failed, or its phone was erased: only a failed "
                        "message still holding its phone can be sent again",
                        id);
        return;
    }
    web_reply_after_commit(r, 200,
                           json_pack("{s:I,s:s}", "id", (json_int_t)id, "status", "queued"));
}

void web_api_outbox(web_req_t *r, const char *rest)
{
    auth_session_t *s = web_session_require(r);
    if (!s)
        return;
    if (s->user.role != ROLE_ADMIN) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL, "the outbox is the hall's admin's");
        return;
    }
    if (strcmp(rest, "outbox") == 0) {
        if (strcmp(r->method, "GET") != 0)
            web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
        else
            outbox_list(r);
        return;
    }
    if (strcmp(r->method, "POST") != 0) {
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use POST here");
        return;
    }
    outbox_retry(r, rest + strlen("outbox/"));
}
