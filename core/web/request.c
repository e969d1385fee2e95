/*
 * request.c - checks every handler makes of a request: the body's fields
 * (unknown ones refused, types), and the per-address rate limits with the
 * hall's allow-list.
 */
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
            web_reply_error(r, 400, "unknown_field", key, "unknown field '%s'", key);
            return false;
        }
    }
    return true;
}

/* Reads an optional string field; false (after a 400) when of another type. */
bool web_opt_string(web_req_t *r, const char *name, const char **out)
{
    json_t *v = json_object_get(r->body, name);
    *out = NULL;
    if (!v || json_is_null(v))
        return true;
    if (!json_is_string(v)) {
        web_reply_error(r, 400, "wrong_type", name, "'%s' must be a string", name);
        return false;
    }
    *out = json_string_value(v);
    return true;
}

bool web_rate_check(web_req_t *r, char kind, const char *key, int per_min)
{
    const config_t *cfg = r->web->cfg;
    if (config_rate_allowed(cfg, r->pss->ip))
        return true;
    if (web_rate_ok(r->web, kind, key, per_min, hall_now(r->web->hall)))
        return true;
    web_reply_header(r, "retry-after", "60");
    web_reply_error(r, 429, "rate_limited", NULL,
                    "too many requests from here; wait a minute and try again");
    return false;
}
