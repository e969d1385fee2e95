/*
 * errors.c - every error the API answers, in one table: its code, its HTTP
 * status and when it is used (docs/api.md lists the same), the engine's
 * errors mapped onto them, and the error body `{"error": {"code",
 * "message", "field"?}}` built in one place.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "web/web_int.h"

static const struct {
    int status;
    const char *code;
} errors[WEB_ERR__COUNT] = {
    [WEB_ERR_BAD_JSON] = {400, "bad_json"},
    [WEB_ERR_BAD_REQUEST] = {400, "bad_request"},
    [WEB_ERR_UNKNOWN_FIELD] = {400, "unknown_field"},
    [WEB_ERR_WRONG_TYPE] = {400, "wrong_type"},
    [WEB_ERR_MISSING_FIELD] = {400, "missing_field"},
    [WEB_ERR_INVALID] = {400, "invalid"},
    [WEB_ERR_TOO_LONG] = {400, "too_long"},
    [WEB_ERR_NOT_LOGGED_IN] = {401, "not_logged_in"},
    [WEB_ERR_SESSION_EXPIRED] = {401, "session_expired"},
    [WEB_ERR_SESSION_ENDED] = {401, "session_ended"},
    [WEB_ERR_BAD_LOGIN] = {401, "bad_login"},
    [WEB_ERR_FORBIDDEN] = {403, "forbidden"},
    [WEB_ERR_ORIGIN_REFUSED] = {403, "origin_refused"},
    [WEB_ERR_NOT_FOUND] = {404, "not_found"},
    [WEB_ERR_METHOD_NOT_ALLOWED] = {405, "method_not_allowed"},
    [WEB_ERR_CONFLICT] = {409, "conflict"},
    [WEB_ERR_QUOTA_REACHED] = {409, "quota_reached"},
    [WEB_ERR_CLOSED] = {409, "closed"},
    [WEB_ERR_NOT_FINISHED] = {409, "not_finished"},
    [WEB_ERR_ALREADY_ANSWERED] = {409, "already_answered"},
    [WEB_ERR_SLOT_FULL] = {409, "slot_full"},
    [WEB_ERR_DUPLICATE] = {409, "duplicate"},
    [WEB_ERR_PHONE_CAP] = {409, "phone_cap"},
    [WEB_ERR_TOO_EARLY] = {409, "too_early"},
    [WEB_ERR_TOO_LATE] = {409, "too_late"},
    [WEB_ERR_ALREADY_CHECKED_IN] = {409, "already_checked_in"},
    [WEB_ERR_BOOKING_CANCELLED] = {409, "cancelled"},
    [WEB_ERR_BODY_TOO_LARGE] = {413, "body_too_large"},
    [WEB_ERR_INVALID_FIELD] = {422, "invalid_field"},
    [WEB_ERR_RATE_LIMITED] = {429, "rate_limited"},
    [WEB_ERR_INTERNAL] = {500, "internal"},
    [WEB_ERR_PLUGIN_ERROR] = {500, "plugin_error"},
    [WEB_ERR_BUSY] = {503, "busy"},
    [WEB_ERR_STORAGE_UNAVAILABLE] = {503, "storage_unavailable"},
};

int web_err_status(web_err_t e)
{
    return errors[e].status;
}

const char *web_err_code(web_err_t e)
{
    return errors[e].code;
}

web_err_t web_err_of_queue(int queue_err)
{
    switch (queue_err) {
    case QUEUE_EINVAL: return WEB_ERR_INVALID;
    case QUEUE_ENOTFOUND: return WEB_ERR_NOT_FOUND;
    case QUEUE_ESTATE: return WEB_ERR_CONFLICT;
    case QUEUE_EQUOTA: return WEB_ERR_QUOTA_REACHED;
    case QUEUE_ECLOSED: return WEB_ERR_CLOSED;
    case QUEUE_EFORBIDDEN: return WEB_ERR_FORBIDDEN;
    default: return WEB_ERR_INTERNAL;
    }
}

/* Replaces each byte of s that does not start or continue a valid UTF-8
 * sequence with '?': messages quote paths and names as the client sent
 * them (lws decodes %82 into a raw byte) or cut them at the buffer's end,
 * and JSON must be UTF-8. */
static void utf8_scrub(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p) {
        size_t n = text_utf8_seq(p, 4);
        if (!n)
            *p = '?';
        p += n ? n : 1;
    }
}

char *web_err_body(web_err_t e, const char *field, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    utf8_scrub(msg);
    json_t *err = json_pack("{s:s, s:s}", "code", errors[e].code, "message", msg);
    if (err && field)
        json_object_set_new(err, "field", json_string(field));
    json_t *o = err ? json_pack("{s:o}", "error", err) : NULL;
    char *text = o ? json_dumps(o, WEB_JSON_FLAGS) : NULL;
    json_decref(o);
    return text;
}
