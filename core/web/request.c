/*
 * request.c - checks every handler makes of a request: the body's fields
 * (unknown ones refused, types), the query arguments, and the per-address
 * rate limits and the hall's allow-list.
 */
#include <stdio.h>
#include <string.h>

#include "web/web_int.h"

/* Refuses (400) a body field not in `allowed`; true when all are known. */
bool web_fields_known(web_req_t *r, const char *const *allowed)
{
    const char *key;
    json_t *v;
    json_object_foreach(r->body, key, v)
    {
        bool ok = false;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = strcmp(*a, key) == 0;
        if (!ok) {
            web_reply_error(r, WEB_ERR_UNKNOWN_FIELD, key, "unknown field '%s'", key);
            return false;
        }
    }
    return true;
}

/* Refuses (400) any body field: for requests that take none. */
bool web_no_fields(web_req_t *r)
{
    static const char *const none[] = {NULL};
    return web_fields_known(r, none);
}

/* Reads an optional string field; false (after a 400) when of another type. */
bool web_opt_string(web_req_t *r, const char *name, const char **out)
{
    json_t *v = json_object_get(r->body, name);
    *out = NULL;
    if (!v || json_is_null(v))
        return true;
    if (!json_is_string(v)) {
        web_reply_error(r, WEB_ERR_WRONG_TYPE, name, "'%s' must be a string", name);
        return false;
    }
    *out = json_string_value(v);
    return true;
}

bool web_rate_exempt(const web_req_t *r)
{
    return config_rate_allowed(r->web->cfg, r->pss->from.ip);
}

bool web_rate_check(web_req_t *r, char kind, const char *key, int per_min)
{
    if (web_rate_ok(r->web, kind, key, per_min, hall_now(r->web->hall)))
        return true;
    web_reply_header(r, "retry-after", "60");
    web_reply_error(r, WEB_ERR_RATE_LIMITED, NULL,
                    "too many requests from here; wait a minute and try again");
    return false;
}

/* Reads the query into args; false after a 400 for an unknown or repeated
 * argument or one too long. */
bool web_query_read(web_req_t *r, query_arg_t *args, size_t n)
{
    char frag[sizeof args[0].value + 64];
    for (int i = 0;; i++) {
        int len = lws_hdr_copy_fragment(r->wsi, frag, sizeof frag, WSI_TOKEN_HTTP_URI_ARGS, i);
        if (len < 0 && lws_hdr_fragment_length(r->wsi, WSI_TOKEN_HTTP_URI_ARGS, i) > 0) {
            web_reply_error(r, WEB_ERR_INVALID, NULL, "a query argument is too long");
            return false;
        }
        if (len < 0)
            return true;
        /* "a=1&&b=2" and a trailing '&' ("a=1&", which lws 4.1 hands on as
         * "/") carry no argument: nothing to refuse */
        if (len == 0 || strcmp(frag, "/") == 0)
            continue;
        char *eq = strchr(frag, '=');
        size_t name_len = eq ? (size_t)(eq - frag) : strlen(frag);
        query_arg_t *a = NULL;
        for (size_t j = 0; j < n && !a; j++)
            if (strlen(args[j].name) == name_len && strncmp(args[j].name, frag, name_len) == 0)
                a = &args[j];
        if (!a) {
            frag[name_len > 40 ? 40 : name_len] = '\0'; /* its name, named in the error */
            web_reply_error(r, WEB_ERR_UNKNOWN_FIELD, frag, "unknown query argument '%s'", frag);
            return false;
        }
        if (a->seen) {
            web_reply_error(r, WEB_ERR_INVALID, a->name, "'%s' is given twice", a->name);
            return false;
        }
        const char *v = eq ? eq + 1 : "";
        if (strlen(v) >= sizeof a->value) {
            web_reply_error(r, WEB_ERR_INVALID, a->name, "'%s' is too long", a->name);
            return false;
        }
        snprintf(a->value, sizeof a->value, "%s", v);
        a->seen = true;
    }
}
