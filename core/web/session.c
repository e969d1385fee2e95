/*
 * session.c - staff logins: the session cache in front of the store, login
 * and logout, expiry (idle and absolute), and which counters an account may
 * act on (admin all, staff their agency's by the hall config).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "web/web_int.h"

#define SESSIONS_CACHED 1024

/* The sessions in use lately, in front of the store. */
struct sessions {
    auth_session_t slot[SESSIONS_CACHED]; /* hash all-zero = free */
    int64_t swept_ms;                     /* hall time of the last sweep of expired sessions */
};

sessions_t *web_sessions_new(void)
{
    return calloc(1, sizeof(sessions_t));
}

void web_sessions_free(sessions_t *c)
{
    free(c);
}

/* True when cache slot s holds a session (an all-zero hash is free). */
static bool slot_used(const auth_session_t *s)
{
    static const uint8_t zero[32];
    return memcmp(s->hash, zero, 32) != 0;
}

static auth_session_t *session_slot(web_t *w, const uint8_t hash[32])
{
    for (size_t i = 0; i < SESSIONS_CACHED; i++)
        if (memcmp(w->sessions->slot[i].hash, hash, 32) == 0)
            return &w->sessions->slot[i];
    return NULL;
}

/* A free cache slot, or the least recently seen one (it stays in the
 * store and is read back when used again). */
static auth_session_t *session_free_slot(web_t *w)
{
    auth_session_t *oldest = &w->sessions->slot[0];
    for (size_t i = 0; i < SESSIONS_CACHED; i++) {
        if (!slot_used(&w->sessions->slot[i]))
            return &w->sessions->slot[i];
        if (w->sessions->slot[i].last_seen < oldest->last_seen)
            oldest = &w->sessions->slot[i];
    }
    return oldest;
}

void web_session_forget(web_t *w, auth_session_t *s)
{
    hall_session_del(w->hall, s->hash);
    queue_session_ended(hall_queue(w->hall), s->sid, hall_now(w->hall));
    feed_close_session(w->feed, s->sid);
    memset(s, 0, sizeof *s);
}

void web_sessions_end_account(web_t *w, const char *name)
{
    for (size_t i = 0; i < SESSIONS_CACHED; i++)
        if (slot_used(&w->sessions->slot[i]) && strcmp(w->sessions->slot[i].user.name, name) == 0)
            web_session_forget(w, &w->sessions->slot[i]);
}

/* True when session s has passed its idle or absolute limit at `now`. */
static bool session_expired(const web_t *w, const auth_session_t *s, int64_t now)
{
    return now - s->last_seen > (int64_t)w->cfg->session_idle_s * 1000 ||
           now - s->created > (int64_t)w->cfg->session_max_s * 1000;
}

/* True when a counter is held by session `sid`. */
static bool holds_counter(const web_t *w, const char *sid)
{
    const queue_t *q = hall_queue(w->hall);
    for (size_t i = 0; i < queue_counter_count(q); i++) {
        const queue_counter_t *c = queue_counter_at(q, i);
        if (c->status != QUEUE_COUNTER_CLOSED && strcmp(c->session, sid) == 0)
            return true;
    }
    return false;
}

void web_sessions_sweep(web_t *w, int64_t now)
{
    if (now - w->sessions->swept_ms < 60000 && now >= w->sessions->swept_ms)
        return; /* once a minute */
    w->sessions->swept_ms = now;
    for (size_t i = 0; i < SESSIONS_CACHED; i++) {
        auth_session_t *s = &w->sessions->slot[i];
        if (!slot_used(s) || !session_expired(w, s, now) || !holds_counter(w, s->sid))
            continue;
        /* the session stays until its browser asks again (and hears
         * session_expired); its counters do not wait for that */
        log_info("auth", "the session of '%s' expired; its counters are released", s->user.name);
        queue_session_ended(hall_queue(w->hall), s->sid, now);
        feed_close_session(w->feed, s->sid);
    }
}

const auth_session_t *web_session_cached(web_t *w, const uint8_t hash[32])
{
    return session_slot(w, hash);
}

/* Finds the logged-in session of the request; NULL (after replying 401)
 * when there is none or it has expired. */
auth_session_t *web_session_require(web_req_t *r)
{
    web_t *w = r->web;
    char token[128];
    uint8_t hash[32];
    if (!web_cookie_token(r->wsi, token, sizeof token) || !auth_token_hash(token, hash)) {
        web_reply_error(r, WEB_ERR_NOT_LOGGED_IN, NULL, "log in first");
        return NULL;
    }
    auth_session_t *s = session_slot(w, hash);
    if (!s) {
        auth_session_t loaded;
        if (hall_session_get(w->hall, hash, &loaded) != 0) {
            web_reply_error(r, WEB_ERR_NOT_LOGGED_IN, NULL,
                            "this session is unknown or was logged out; log in again");
            return NULL;
        }
        s = session_free_slot(w);
        *s = loaded;
    }
    int64_t now = hall_now(w->hall);
    if (session_expired(w, s, now)) {
        web_session_forget(w, s);
        web_reply_error(r, WEB_ERR_SESSION_EXPIRED, NULL, "the session has expired; log in again");
        return NULL;
    }
    s->last_seen = now;
    /* the account may have changed since login (mppctl user add, the admin
       page): a new password, role or a deleted and re-made account has a
       new credential generation, which ends this session */
    auth_user_t u;
    if (hall_user_get(w->hall, s->user.name, &u) != 0) {
        web_session_forget(w, s);
        web_reply_error(r, WEB_ERR_NOT_LOGGED_IN, NULL, "this account no longer exists");
        return NULL;
    }
    if (!auth_session_current(s, &u)) {
        log_info("auth", "ended a session of '%s': the account was changed since login", u.name);
        web_session_forget(w, s);
        web_reply_error(r, WEB_ERR_SESSION_ENDED, NULL,
                        "the account's password or role was changed since this login; "
                        "log in again");
        return NULL;
    }
    s->user = u;
    return s;
}

/* Counters the user may act on: admin all, staff their agency's. */
bool web_may_act_on(const config_t *cfg, const auth_user_t *u, int counter)
{
    const char *agency = config_counter_agency(cfg, counter);
    if (!agency)
        return false;
    if (u->role == ROLE_ADMIN)
        return true;
    return u->role == ROLE_STAFF && strcmp(u->agency, agency) == 0;
}

json_t *web_user_json(const web_t *w, const auth_user_t *u)
{
    json_t *counters = json_array();
    for (size_t i = 0; i < w->cfg->n_counters; i++)
        if (web_may_act_on(w->cfg, u, w->cfg->counters[i].number))
            json_array_append_new(counters, json_integer(w->cfg->counters[i].number));
    return json_pack("{s:s, s:s, s:o, s:o}", "name", u->name, "role", auth_role_name(u->role),
                     "agency", u->agency[0] ? json_string(u->agency) : json_null(), "counters",
                     counters);
}

void web_session_login(web_req_t *r)
{
    static const char *const allowed[] = {"username", "password", NULL};
    const char *name, *password;
    if (!r->body) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, "username", "send username and password");
        return;
    }
    if (!web_fields_known(r, allowed) || !web_opt_string(r, "username", &name) ||
        !web_opt_string(r, "password", &password))
        return;
    if (!name || !password) {
        web_reply_error(r, WEB_ERR_MISSING_FIELD, name ? "password" : "username",
                        "send both username and password");
        return;
    }
    web_t *w = r->web;
    /* every address is limited; an account is limited by its failed logins,
     * but only for the addresses that failed on it: someone guessing cannot
     * lock its owner out from the desk */
    int64_t now = hall_now(w->hall);
    int limit = w->cfg->rate_login_per_min;
    char both[AUTH_NAME_MAX + WEB_IP_MAX + 2], pair[20];
    snprintf(both, sizeof both, "%s@%s", name, r->pss->from.ip);
    /* the account and the address, hashed to fit a rate key */
    snprintf(pair, sizeof pair, "%016llx", (unsigned long long)web_hash64(both, strlen(both)));
    if (!web_rate_check(r, 'l', r->pss->from.ip, limit))
        return;
    if (limit > 0 && web_rate_count(w, 'a', name, now) >= limit &&
        web_rate_count(w, 'f', pair, now) > 0) {
        web_reply_header(r, "retry-after", "60");
        web_reply_error(r, WEB_ERR_RATE_LIMITED, NULL,
                        "too many failed logins for this account; wait a minute and try again");
        return;
    }
    auth_user_t u;
    if (hall_login(w->hall, name, password, &u) != 0) {
        web_rate_ok(w, 'a', name, limit, now);
        web_rate_ok(w, 'f', pair, limit, now);
        /* only an account's own name is logged: what someone typed may be
         * a NIK, a phone or a password in the wrong field */
        auth_user_t known;
        if (auth_name_valid(name) && hall_user_get(w->hall, name, &known) == 0)
            log_info("auth", "failed login for '%s' from %s", name, r->pss->from.ip);
        else
            log_info("auth", "failed login for an unknown account from %s", r->pss->from.ip);
        web_reply_error(r, WEB_ERR_BAD_LOGIN, NULL, "wrong user name or password");
        return;
    }
    char token[AUTH_TOKEN_HEX + 1];
    auth_session_t *s = session_free_slot(w);
    auth_session_new(&u, hall_now(w->hall), token, s);
    if (hall_session_put(w->hall, s) != 0) {
        memset(s, 0, sizeof *s);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    char cookie[256];
    snprintf(cookie, sizeof cookie,
             "mpp_session=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%d%s", token,
             w->cfg->session_max_s, r->pss->from.https ? "; Secure" : "");
    web_reply_header(r, "set-cookie", cookie);
    log_info("auth", "'%s' logged in (%s) from %s", u.name, auth_role_name(u.role),
             r->pss->from.ip);
    web_reply_after_commit(r, 200, json_pack("{s:o}", "user", web_user_json(w, &u)));
}

void web_session_logout(web_req_t *r)
{
    auth_session_t *s = web_session_require(r);
    if (!s || !web_no_fields(r))
        return;
    log_info("auth", "'%s' logged out", s->user.name);
    web_session_forget(r->web, s);
    web_reply_header(r, "set-cookie", "mpp_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    web_reply_after_commit(r, 200, json_pack("{s:b}", "ok", 1));
}
