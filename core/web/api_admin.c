/*
 * api_admin.c - what the MPP manager does from the admin page: the staff
 * accounts (list, add or change, remove) and reloading the plugins. Admin
 * only; every change is answered after its commit.
 *
 *   GET    /api/v1/users
 *   POST   /api/v1/users          {"name","role","agency","password"}
 *   DELETE /api/v1/users/<name>
 *   POST   /api/v1/plugins/reload {}
 *   GET    /api/v1/devices        where the hall's devices reach mppd
 *   GET    /api/v1/devices/qr.svg?url=URL
 */
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "render.h"
#include "web/web_int.h"

/* The admin's session; NULL after a 401 or 403. */
static auth_session_t *admin_only(web_req_t *r)
{
    auth_session_t *s = web_session_require(r);
    if (s && s->user.role != ROLE_ADMIN) {
        web_reply_error(r, WEB_ERR_FORBIDDEN, NULL, "only an admin manages this");
        return NULL;
    }
    return s;
}

static void list_one(void *ctx, const auth_user_t *u)
{
    json_array_append_new(ctx, json_pack("{s:s, s:s, s:o}", "name", u->name, "role",
                                         auth_role_name(u->role), "agency",
                                         u->agency[0] ? json_string(u->agency) : json_null()));
}

static void users_list(web_req_t *r)
{
    json_t *users = json_array();
    if (hall_user_list(r->web->hall, list_one, users) != 0) {
        json_decref(users);
        web_reply_error(r, WEB_ERR_STORAGE_UNAVAILABLE, NULL, "the accounts cannot be read");
        return;
    }
    web_reply_json(r, 200, json_pack("{s:o}", "users", users));
}

static void users_add(web_req_t *r, const auth_session_t *admin)
{
    static const char *const allowed[] = {"name", "role", "agency", "password", NULL};
    const char *name, *role, *agency, *password;
    if (!r->body) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "name", "send name, role and password");
        return;
    }
    if (!web_fields_known(r, allowed) || !web_opt_string(r, "name", &name) ||
        !web_opt_string(r, "role", &role) || !web_opt_string(r, "agency", &agency) ||
        !web_opt_string(r, "password", &password))
        return;
    auth_user_t u;
    memset(&u, 0, sizeof u);
    if (!name || !auth_name_valid(name)) {
        web_reply_error(r, WEB_ERR_INVALID, "name",
                        "the user name must be 1 to 63 of a-z, 0-9, '.', '_', '-'");
        return;
    }
    if (!role || auth_role_parse(role, &u.role) != 0) {
        web_reply_error(r, WEB_ERR_INVALID, "role",
                        "role must be admin, liaison, staff, display or supervisor");
        return;
    }
    if (agency && agency[0] &&
        (strlen(agency) >= sizeof u.agency || !config_has_agency(r->web->cfg, agency))) {
        web_reply_error(r, WEB_ERR_INVALID, "agency",
                        "the hall config gives no counter to agency '%s'", agency);
        return;
    }
    snprintf(u.name, sizeof u.name, "%s", name);
    snprintf(u.agency, sizeof u.agency, "%s", agency ? agency : "");
    char err[256];
    if (hall_user_put(r->web->hall, &u, password, err, sizeof err) != 0) {
        web_reply_error(r, WEB_ERR_INVALID, strstr(err, "password") ? "password" : "agency", "%s",
                        err);
        return;
    }
    log_info("auth", "'%s' saved account '%s' (%s)", admin->user.name, u.name,
             auth_role_name(u.role));
    web_sessions_end_account(r->web, u.name); /* a new password or role: log in again */
    web_reply_after_commit(r, 201,
                           json_pack("{s:{s:s, s:s, s:o}}", "user", "name", u.name, "role",
                                     auth_role_name(u.role), "agency",
                                     u.agency[0] ? json_string(u.agency) : json_null()));
}

static void users_delete(web_req_t *r, const auth_session_t *admin, const char *name)
{
    auth_user_t u;
    if (hall_user_get(r->web->hall, name, &u) != 0) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, "name", "there is no account '%s'", name);
        return;
    }
    if (strcmp(name, admin->user.name) == 0) {
        web_reply_error(r, WEB_ERR_CONFLICT, "name", "an admin cannot remove their own account");
        return;
    }
    hall_user_del(r->web->hall, name);
    log_info("auth", "'%s' removed account '%s'", admin->user.name, name);
    web_sessions_end_account(r->web, name);
    web_reply_after_commit(r, 200, json_pack("{s:b}", "ok", 1));
}

void web_api_admin_users(web_req_t *r, const char *rest)
{
    auth_session_t *s = admin_only(r);
    if (!s)
        return;
    if (rest[0] == '\0' && strcmp(r->method, "GET") == 0)
        users_list(r);
    else if (rest[0] == '\0' && strcmp(r->method, "POST") == 0)
        users_add(r, s);
    else if (rest[0] == '/' && rest[1] && strcmp(r->method, "DELETE") == 0) {
        if (web_no_fields(r))
            users_delete(r, s, rest + 1);
    } else
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "%s is not allowed here", r->method);
}

/* An admin's reload on its way: who asked, and the reply it waits for. */
typedef struct reload_ask {
    hall_t *hall;
    web_later_t *reply;
    char *body; /* the answer, sent once the outcome is durable */
    char user[AUTH_NAME_MAX];
} reload_ask_t;

static void reload_ask_free(reload_ask_t *a)
{
    free(a->body);
    free(a);
}

/* The reload's record and agency.updated events are durable: answer. */
static void reload_committed(void *ctx, int rc)
{
    reload_ask_t *a = ctx;
    if (rc != 0) {
        web_later_error(a->reply, WEB_ERR_STORAGE_UNAVAILABLE,
                        "the reload could not be recorded (%s)", hall_strerror(rc));
    } else {
        web_later_bytes(a->reply, 200, "application/json", a->body, strlen(a->body));
    }
    reload_ask_free(a);
}

/* The load has ended (on the loop): the answer waits for its commit. */
static void reload_done(void *ctx, const hall_reload_result_t *res)
{
    reload_ask_t *a = ctx;
    json_t *o =
        res ? json_pack("{s:b, s:i, s:o}", "swapped", res->swapped, "updated", (int)res->n_updated,
                        "errors", render_errors(res->errors, res->n_errors))
            : NULL;
    a->body = o ? json_dumps(o, WEB_JSON_FLAGS) : NULL;
    json_decref(o);
    log_info("plugin", "'%s' asked for a reload: %s", a->user,
             !res           ? "out of memory"
             : res->swapped ? "swapped"
                            : "refused");
    if (!a->body) {
        web_later_error(a->reply, WEB_ERR_INTERNAL, "out of memory while loading the plugins");
        reload_ask_free(a);
    } else if (hall_wait(a->hall, reload_committed, a) != 0) {
        reload_committed(a, STORE_FULL);
    }
}

void web_api_admin_reload(web_req_t *r)
{
    auth_session_t *s = admin_only(r);
    if (!s)
        return;
    if (!web_no_fields(r))
        return;
    reload_ask_t *a = calloc(1, sizeof *a);
    if (!a) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    a->hall = r->web->hall;
    snprintf(a->user, sizeof a->user, "%s", s->user.name);
    if (!(a->reply = web_reply_later(r))) {
        free(a);
        return;
    }
    /* loaded on the loader thread: the loop serves on meanwhile */
    if (web_watch_reload_all(r->web, reload_done, a) != 0) {
        web_later_error(a->reply, WEB_ERR_BUSY, "too many reloads are waiting; try again");
        reload_ask_free(a);
    }
}

/* Adds `url` to the list unless it is there. */
static void add_address(json_t *list, const char *url)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v) if (strcasecmp(json_string_value(v), url) == 0) return;
    json_array_append_new(list, json_string(url));
}

/* The addresses devices on the hall's network may open: the one the admin
 * uses (unless loopback), then every address of this machine's network
 * cards that is up and not loopback or link-local. */
static json_t *device_addresses(web_req_t *r)
{
    const config_t *cfg = r->web->cfg;
    const char *scheme = cfg->tls_cert[0] ? "https" : "http";
    json_t *list = json_array();
    char url[300];
    if (web_client_base(r->web, r->wsi, &r->pss->from, url, sizeof url) &&
        !config_url_is_loopback(url))
        add_address(list, url);
    struct ifaddrs *ifs = NULL;
    if (getifaddrs(&ifs) != 0)
        return list;
    for (struct ifaddrs *i = ifs; i; i = i->ifa_next) {
        if (!i->ifa_addr || !(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK))
            continue;
        char ip[INET6_ADDRSTRLEN];
        if (i->ifa_addr->sa_family == AF_INET) {
            inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)i->ifa_addr)->sin_addr, ip,
                      sizeof ip);
            snprintf(url, sizeof url, "%s://%s:%d", scheme, ip, cfg->port);
        } else if (i->ifa_addr->sa_family == AF_INET6) {
            const struct in6_addr *a = &((struct sockaddr_in6 *)(void *)i->ifa_addr)->sin6_addr;
            if (IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_LOOPBACK(a))
                continue;
            inet_ntop(AF_INET6, a, ip, sizeof ip);
            snprintf(url, sizeof url, "%s://[%s]:%d", scheme, ip, cfg->port);
        } else {
            continue;
        }
        if (cfg->listen[0] && !strstr(url, cfg->listen))
            continue; /* mppd listens on one address only */
        add_address(list, url);
    }
    freeifaddrs(ifs);
    return list;
}

void web_api_admin_devices(web_req_t *r, const char *rest)
{
    if (!admin_only(r))
        return;
    if (strcmp(r->method, "GET") != 0) {
        web_reply_error(r, WEB_ERR_METHOD_NOT_ALLOWED, NULL, "use GET here");
        return;
    }
    if (rest[0] == '\0') {
        const char *pub = r->web->cfg->public_url;
        web_reply_json(r, 200,
                       json_pack("{s:o, s:o}", "addresses", device_addresses(r), "public_url",
                                 pub[0] ? json_string(pub) : json_null()));
        return;
    }
    char arg[512];
    if (strcmp(rest, "/qr.svg") != 0) {
        web_reply_error(r, WEB_ERR_NOT_FOUND, NULL, "unknown address %s", r->path);
        return;
    }
    const char *url = lws_get_urlarg_by_name(r->wsi, "url=", arg, sizeof arg);
    if (url == NULL || (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)) {
        web_reply_error(r, WEB_ERR_INVALID, "url", "give url=http(s)://... of a page");
        return;
    }
    web_reply_qr(r, url);
}
