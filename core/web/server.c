/*
 * server.c - the lws event loop: one protocol callback serves HTTP (API and
 * pages) and the /ws feed; replies (reply.c) are sent from the WRITEABLE
 * callback; a one-second timer drives the engine's clock; the writer
 * thread wakes the loop when a commit is done.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/ssl.h> /* SSL_OP_NO_*: the TLS versions refused */

#include "log.h"
#include "text.h"
#include "web/web.h"
#include "web/api_reports.h"
#include "web/body.h"
#include "web/web_int.h"

static web_t *the_web;          /* for the signal handler */
static web_notify_fn notify_fn; /* the service manager, or NULL */

/* ---- static files ---- */

static const char *mime_of(const char *path)
{
    static const char *const types[][2] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".wav", "audio/wav"},
        {".ogg", "audio/ogg"},
        {".mp3", "audio/mpeg"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i][0]) == 0)
            return types[i][1];
    return "application/octet-stream";
}

bool web_serve_file(web_req_t *r, const char *rel)
{
    /* only plain names below the web folder: no "..", no hidden files */
    if (rel[0] == '/' || strstr(rel, "..") || strstr(rel, "/.") || rel[0] == '.')
        return false;
    char path[CONFIG_PATH_MAX + WEB_PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", r->web->cfg->web_dir, rel);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 64 * 1024 * 1024) {
        close(fd);
        return false;
    }
    char *data = malloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (data && got < (size_t)st.st_size) {
        ssize_t n = read(fd, data + got, (size_t)st.st_size - got);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (!data || got != (size_t)st.st_size) {
        free(data);
        return false;
    }
    web_reply_bytes(r, 200, mime_of(rel), data, got);
    free(data);
    return true;
}

/* ---- requests ---- */

/* Lets go of the connection's reply: a reply still waiting for its commit
 * is only detached (the commit callback frees it), any other is freed. */
static void pss_drop_reply(pss_t *pss)
{
    reply_t *rep = pss->reply;
    if (!rep)
        return;
    if (rep->waiting)
        rep->wsi = NULL;
    else
        web_reply_free(rep);
    pss->reply = NULL;
}

static void pss_reset_http(web_t *w, pss_t *pss)
{
    if (w)
        web_body_end(w, pss);
    free(pss->body);
    pss->body = NULL;
    pss->body_len = 0;
    pss->body_refused = BODY_OK;
}

static void request_run(web_t *w, struct lws *wsi, pss_t *pss)
{
    if (pss->handled)
        return; /* one reply per request */
    pss->handled = true;
    web_req_t r = {w, wsi, pss, pss->method, pss->path, NULL, NULL};
    w->http_requests++;
    if (pss->body_refused) { /* answered, and the connection closed */
        web_reply_for(&r);
        if (pss->body_refused == BODY_TOO_LARGE)
            web_reply_error(&r, WEB_ERR_BODY_TOO_LARGE, NULL,
                            "the request body is larger than %zu bytes", w->cfg->max_body);
        else if (pss->body_refused == BODY_OVER_SHARE)
            web_reply_error(&r, WEB_ERR_RATE_LIMITED, NULL,
                            "too many requests are being sent from here at once; try again");
        else if (pss->body_refused == BODY_CHUNKED)
            web_reply_error(&r, WEB_ERR_BAD_REQUEST, NULL,
                            "send the body with a Content-Length, not chunked");
        else if (pss->body_refused == BODY_BAD_LENGTH)
            web_reply_error(&r, WEB_ERR_BAD_REQUEST, NULL,
                            "Content-Length must be given once, as a whole number of bytes");
        else
            web_reply_error(&r, WEB_ERR_BAD_REQUEST, NULL,
                            "a request may not carry both Content-Length and Transfer-Encoding");
        if (pss->reply)
            pss->reply->close = true;
        pss_reset_http(w, pss);
        return;
    }
    if (pss->body_len > 0 && strcmp(pss->method, "OPTIONS") != 0) { /* a preflight's is not read */
        json_error_t jerr;
        r.body = web_json_body(pss->body, pss->body_len, &jerr);
        if (!r.body) {
            /* jansson's words, but for the one that names its own flag */
            const char *why = strstr(jerr.text, "JSON_ALLOW_NUL")
                                  ? "a string may not hold \\u0000, the NUL character"
                                  : jerr.text;
            web_reply_error(&r, WEB_ERR_BAD_JSON, NULL,
                            "the body is not valid JSON: %s (line %d, column %d)", why, jerr.line,
                            jerr.column);
            pss_reset_http(w, pss);
            return;
        }
        if (!json_is_object(r.body)) {
            json_decref(r.body);
            web_reply_error(&r, WEB_ERR_BAD_JSON, NULL, "the body must be a JSON object");
            pss_reset_http(w, pss);
            return;
        }
    }
    web_api_handle(&r);
    json_decref(r.body);
    pss_reset_http(w, pss);
    hall_flush(w->hall);
}

static int http_begin(web_t *w, struct lws *wsi, pss_t *pss, const char *uri)
{
    static const char *const methods[] = {"GET",   "POST",   "OPTIONS", "PUT",
                                          "PATCH", "DELETE", "CONNECT", "HEAD"};
    char *u;
    int ulen;
    int m = lws_http_get_uri_and_method(wsi, &u, &ulen);
    pss_reset_http(w, pss);
    pss_drop_reply(pss);
    /* HEAD is answered as GET without its body (reply_write) */
    pss->head = m == LWSHUMETH_HEAD;
    snprintf(pss->method, sizeof pss->method, "%s",
             pss->head                                                   ? "GET"
             : (m >= 0 && m < (int)(sizeof methods / sizeof methods[0])) ? methods[m]
                                                                         : "?");
    snprintf(pss->path, sizeof pss->path, "%s", uri ? uri : "/");
    pss->started_us = metrics_clock_us();
    pss->route = metrics_route_of(pss->method, pss->path);
    web_client_resolve(w, wsi, &pss->from);

    char cl[32] = "";
    long long length = -1;
    bool bad_length = false;
    if (lws_hdr_total_length(wsi, WSI_TOKEN_HTTP_CONTENT_LENGTH) > 0) {
        /* digits only, and one header: "38,99", "-1", "0x23" or two that
         * disagree are read otherwise by a proxy in front (smuggling) */
        int n = lws_hdr_copy_fragment(wsi, cl, sizeof cl, WSI_TOKEN_HTTP_CONTENT_LENGTH, 0);
        bad_length =
            n <= 0 || n > 18 || lws_hdr_fragment_length(wsi, WSI_TOKEN_HTTP_CONTENT_LENGTH, 1) > 0;
        for (int i = 0; !bad_length && i < n; i++)
            bad_length = cl[i] < '0' || cl[i] > '9';
        length = bad_length ? -1 : atoll(cl);
    }
    pss->handled = false;
    pss->completions = 0;
    if (bad_length) {
        pss->body_refused = BODY_BAD_LENGTH;
        request_run(w, wsi, pss);
        return 0;
    }
    /* a body is read by its Content-Length only: lws 4.1 would drop a
     * chunked one unread, and a request with both is a smuggling attempt */
    if (lws_hdr_total_length(wsi, WSI_TOKEN_HTTP_TRANSFER_ENCODING) > 0) {
        pss->body_refused = length >= 0 ? BODY_TWO_LENGTHS : BODY_CHUNKED;
        request_run(w, wsi, pss);
        return 0;
    }
    if (length > (long long)w->cfg->max_body) {
        pss->body_refused = BODY_TOO_LARGE;
        request_run(w, wsi, pss); /* 413 and close: do not read the body */
        return 0;
    }
    /* with a Content-Length lws goes on to the body callbacks and ends with
     * BODY_COMPLETION; without one there is no body. A Content-Length of 0
     * ends that way only on POST: lws 4.1 gives a DELETE, PUT, PATCH or
     * OPTIONS with an empty body no body callback at all, so it runs now
     * (it used to wait for the connection's timeout, unanswered). */
    if ((length > 0 || (length == 0 && m == LWSHUMETH_POST)) && m != LWSHUMETH_GET &&
        m != LWSHUMETH_HEAD) {
        if (length > 0 && !web_body_begin(w, wsi, pss)) {
            pss->body_refused = BODY_OVER_SHARE;
            request_run(w, wsi, pss);
        }
        return 0;
    }
    request_run(w, wsi, pss);
    return 0;
}

static int http_body(web_t *w, pss_t *pss, const void *in, size_t len)
{
    if (len == 0)
        return 0;
    /* a body trickled in a byte at a time holds a header slot: it has
     * WEB_BODY_SECONDS from the request's start to arrive whole */
    if (metrics_clock_us() - pss->started_us > (int64_t)WEB_BODY_SECONDS * 1000000) {
        web_limits_body_too_slow(w->limits);
        if (web_log_due(w, 't', pss->from.ip, hall_now(w->hall)))
            log_warn("web", "closed a request from %s: its body took over %d s", pss->from.ip,
                     WEB_BODY_SECONDS);
        return -1;
    }
    if (pss->body_refused)
        return 0; /* answered already: the rest is not kept */
    if (pss->body_len + len > w->cfg->max_body) {
        pss->body_refused = BODY_TOO_LARGE;
        return 0;
    }
    char *p = realloc(pss->body, pss->body_len + len + 1);
    if (!p)
        return -1;
    memcpy(p + pss->body_len, in, len);
    pss->body = p;
    pss->body_len += len;
    p[pss->body_len] = '\0';
    return 0;
}

bool web_cookie_token(struct lws *wsi, char *buf, size_t n)
{
    size_t max = n;
    if (lws_http_cookie_get(wsi, "mpp_session", buf, &max) != 0 || max >= n)
        return false;
    buf[max] = '\0';
    return true;
}

/* Whether a WebSocket upgrade is refused (only /ws, only from our own
 * pages, a listed Origin or none may go on): then *e is the API's error
 * for it and `why` its words. */
static bool ws_refusal(web_t *w, struct lws *wsi, web_err_t *e, char *why, size_t n)
{
    char uri[64] = "";
    if (lws_hdr_copy(wsi, uri, sizeof uri, WSI_TOKEN_GET_URI) <= 0 || strcmp(uri, "/ws") != 0) {
        *e = WEB_ERR_NOT_FOUND;
        snprintf(why, n, "the live feed is at /ws");
        return true;
    }
    web_client_t c;
    web_client_resolve(w, wsi, &c);
    char origin[256], base[256];
    if (web_client_origin(w, wsi, &c, origin, sizeof origin, base, sizeof base) == 0)
        return false;
    *e = WEB_ERR_ORIGIN_REFUSED;
    snprintf(why, n,
             "a page at %.200s may not use this server; add it to server.origins in the hall "
             "config",
             origin);
    return true;
}

/* Before the upgrade: a refused one is answered with its status and the
 * API's JSON error, then closed. */
static int ws_confirm(web_t *w, struct lws *wsi)
{
    web_err_t e;
    char why[320];
    if (!ws_refusal(w, wsi, &e, why, sizeof why))
        return 0;
    return web_reply_error_now(wsi, e, "%s", why) == 0 ? 1 : -1;
}

/* The upgrade itself, checked again where lws asks the protocol. */
static int ws_filter(web_t *w, struct lws *wsi)
{
    web_err_t e;
    char why[320];
    return ws_refusal(w, wsi, &e, why, sizeof why);
}

/* The sid of a logged-in browser's cookie, so logout can close its
 * sockets ("" when none), and whether it is staff or admin (their events
 * keep the staff id of the audit log). */
static void ws_session(web_t *w, struct lws *wsi, char sid[AUTH_SID_HEX + 1], bool *audit)
{
    sid[0] = '\0';
    *audit = false;
    char value[128];
    if (!web_cookie_token(wsi, value, sizeof value))
        return;
    uint8_t hash[32];
    if (!auth_token_hash(value, hash))
        return;
    const auth_session_t *s = web_session_cached(w, hash);
    if (s) {
        snprintf(sid, AUTH_SID_HEX + 1, "%s", s->sid);
        *audit = s->user.role == ROLE_ADMIN || s->user.role == ROLE_STAFF;
    }
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len)
{
    struct lws_context *ctx = lws_get_context(wsi);
    web_t *w = ctx ? lws_context_user(ctx) : NULL;
    pss_t *pss = user;

    switch (reason) {
    case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
        if (w && w->hall)
            hall_collect(w->hall);
        if (w && w->reports)
            reports_collect(w->reports);
        return 0;
    case LWS_CALLBACK_HTTP: return http_begin(w, wsi, pss, in);
    case LWS_CALLBACK_HTTP_BODY: return http_body(w, pss, in, len);
    case LWS_CALLBACK_HTTP_BODY_COMPLETION:
        /* a second completion of one request: lws 4.1 gives it again and
         * again while another request is pipelined behind a body, never
         * getting to write the reply (the loop spun at 100% and the hall
         * answered nobody). Browsers and the hall's pages never pipeline;
         * such a client's connection is closed, its reply unsent */
        if (pss->completions++)
            return -1;
        request_run(w, wsi, pss);
        return 0;
    case LWS_CALLBACK_HTTP_WRITEABLE: return web_reply_write(w, wsi, pss);
    case LWS_CALLBACK_CLOSED_HTTP:
    case LWS_CALLBACK_HTTP_DROP_PROTOCOL:
        if (pss) {
            pss_reset_http(w, pss);
            pss_drop_reply(pss);
        }
        return 0;
    case LWS_CALLBACK_FILTER_NETWORK_CONNECTION:
        return w && !web_conn_accept(w, (int)(lws_intptr_t)in);
    case LWS_CALLBACK_HTTP_CONFIRM_UPGRADE: return ws_confirm(w, wsi);
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION: return ws_filter(w, wsi);
    case LWS_CALLBACK_ESTABLISHED: {
        char sid[AUTH_SID_HEX + 1];
        bool audit;
        ws_session(w, wsi, sid, &audit);
        return feed_client_open(w->feed, wsi, pss, sid, audit);
    }
    case LWS_CALLBACK_SERVER_WRITEABLE: return feed_client_writeable(w->feed, wsi, pss);
    case LWS_CALLBACK_RECEIVE: return feed_client_receive(w->feed, wsi, pss, in, len);
    case LWS_CALLBACK_CLOSED: feed_client_close(w->feed, pss); return 0;
    default: return 0;
    }
}

const struct lws_protocols web_protocols[] = {
    {"mpp", callback, sizeof(pss_t), 4096, 0, NULL, 0},
    {"mpp-watch", web_watch_callback, 0, 0, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

/* ---- timers, signals, life ---- */

/* Once an hour: login sessions past their absolute limit and idempotency
 * keys older than a day leave the store (a kiosk retries within seconds; a
 * session never outlives sessions.max_hours). */
static void forget_expired(web_t *w, int64_t now)
{
    long n = hall_forget_expired(w->hall, now - (int64_t)w->cfg->session_max_s * 1000,
                                 now - WEB_IDEM_KEEP_MS);
    if (n < 0)
        log_warn("web", "expired sessions and keys could not be removed: %s",
                 hall_strerror((int)n));
    else if (n > 0)
        log_info("web", "removed %ld expired sessions and idempotency keys", n);
}

static void tick(lws_sorted_usec_list_t *sul)
{
    web_t *w = lws_container_of(sul, web_t, tick);
    int64_t now = hall_now(w->hall);
    queue_tick(hall_queue(w->hall), now);
    web_sessions_sweep(w, now);
    hall_booking_sweep(w->hall, now);
    hall_notify_tick(w->hall, now);
    hall_export_tick(w->hall, now);
    if (now - w->forgot_ms >= 3600000 || now < w->forgot_ms) {
        w->forgot_ms = now;
        forget_expired(w, now);
    }
    hall_flush(w->hall);
    lws_sul_schedule(w->ctx, 0, &w->tick, tick, LWS_US_PER_SEC);
}

/* Committed events: counted for /metrics, then out on /ws. */
static void hall_event(void *ctx, uint64_t seq, const char *json, size_t len,
                       const hall_event_facts_t *facts)
{
    web_t *w = ctx;
    metrics_event(w->metrics, facts);
    feed_event(w->feed, seq, json, len);
}

static void hall_resync(void *ctx)
{
    web_t *w = ctx;
    feed_resync(w->feed);
}

static void wake(void *ctx)
{
    web_t *w = ctx;
    lws_cancel_service(w->ctx);
}

static void on_signal(int sig)
{
    (void)sig;
    if (the_web) {
        the_web->stop = 1;
        lws_cancel_service(the_web->ctx);
    }
}

/* SIGHUP (systemctl reload): the loop reloads the plugins. */
static void on_hangup(int sig)
{
    (void)sig;
    if (the_web) {
        the_web->hangup = 1;
        lws_cancel_service(the_web->ctx);
    }
}

void web_set_notify(web_notify_fn fn)
{
    notify_fn = fn;
}

/* Tells the service manager `state` (see web_set_notify). */
static void notify(const char *state)
{
    if (notify_fn)
        notify_fn(state);
}

/* "READY=1" with the catalog's counts as the status systemctl shows. */
static void notify_ready(web_t *w, const char *what)
{
    const catalog_t *cat = hall_catalog(w->hall);
    char state[200];
    snprintf(state, sizeof state,
             "READY=1\nSTATUS=%s on port %d: %zu agencies, %zu services, %zu plugin errors", what,
             w->cfg->port, cat->n_agencies, cat->n_services, cat->n_errors);
    notify(state);
}

/* A SIGHUP's reload has ended: ready again (READY=1 after the swap). */
static void hangup_done(void *ctx, const hall_reload_result_t *res)
{
    notify_ready(ctx, res && res->swapped ? "reloaded" : "reload refused");
}

static void lws_logger(int level, const char *line)
{
    char msg[512];
    snprintf(msg, sizeof msg, "%s", line);
    msg[strcspn(msg, "\r\n")] = '\0';
    log_write(level == LLL_ERR ? LOG_LEVEL_ERROR : LOG_LEVEL_WARN, "lws", "%s", msg);
}

/* The hall's probe: /metrics counts, and a swapped catalog drops the
 * replies made from the old one (a new catalog may reuse its address). */
static void probe_commit(void *ctx, int rc, int64_t us, size_t tickets)
{
    metrics_commit(((web_t *)ctx)->metrics, rc, us, tickets);
}

static void probe_reload(void *ctx, bool swapped, const catalog_t *old)
{
    web_t *w = ctx;
    metrics_reload(w->metrics, swapped, old);
    if (swapped)
        web_api_init(w);
}

static void probe_message(void *ctx, bool delivered, int64_t lag_ms, const char *failure)
{
    metrics_message(((web_t *)ctx)->metrics, delivered, lag_ms, failure);
}

/* Frees the owners of the web layer's concerns (NULL ones are skipped). */
static void web_parts_free(web_t *w)
{
    web_limits_free(w->limits);
    web_sessions_free(w->sessions);
    web_idem_free(w->idem);
    web_tablets_free(w->tablets);
    web_watch_free(w->watch);
    supervise_free(w->sv);
    w->sv = NULL;
    w->limits = NULL;
    w->sessions = NULL;
    w->idem = NULL;
    w->tablets = NULL;
    w->watch = NULL;
}

int web_open(web_t *w, const config_t *cfg, bool listen, char *err, size_t errlen)
{
    w->cfg = cfg;
    char page[CONFIG_PATH_MAX + 16];
    snprintf(page, sizeof page, "%s/kiosk.html", cfg->web_dir);
    if (listen && access(page, R_OK) != 0) {
        snprintf(err, errlen,
                 "the web folder %s has no pages (%s: %s); set paths.web in the hall config or "
                 "start mppd with --web",
                 cfg->web_dir, page, strerror(errno));
        return -1;
    }
    if (hall_open(&w->hall, cfg, err, errlen) != 0)
        return -1;
    web_api_init(w);
    w->feed = feed_new(w);
    w->metrics = metrics_new();
    w->limits = web_limits_new();
    w->sessions = web_sessions_new();
    w->idem = web_idem_new();
    w->tablets = web_tablets_new();
    w->watch = web_watch_new(w);
    if (!w->feed || !w->metrics || !w->limits || !w->sessions || !w->idem || !w->tablets ||
        !w->watch || supervise_new(&w->sv, cfg) != SUPERVISE_OK) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }

    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = listen ? cfg->port : CONTEXT_PORT_NO_LISTEN_SERVER;
    info.iface = listen && cfg->listen[0] ? cfg->listen : NULL;
    info.protocols = web_protocols;
    info.user = w;
    /* a request's line and headers, as nginx takes them (8 KiB): the
     * hall's domain may carry other sites' cookies; past this lws closes
     * the connection unanswered */
    info.max_http_header_data = 8192;
    info.max_http_header_pool = 1024;
    info.timeout_secs = 20;
    /* WebSocket clients silent for 30 s get a PING; one that has not
     * answered anything for 60 s is gone (a board whose network died) */
    static const lws_retry_bo_t idle = {.secs_since_valid_ping = 30, .secs_since_valid_hangup = 60};
    info.retry_and_idle_policy = &idle;
    info.options = LWS_SERVER_OPTION_VALIDATE_UTF8;
    if (listen && cfg->tls_cert[0]) { /* https and wss on the same port */
        info.options |= LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
        info.ssl_cert_filepath = cfg->tls_cert;
        info.ssl_private_key_filepath = cfg->tls_key;
        /* Mozilla's "intermediate" profile: TLS 1.2 and 1.3, forward-secret
         * AEAD suites only (no CBC, no SHA-1, no static RSA) */
        info.ssl_options_set = SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1;
        info.ssl_cipher_list = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                               "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                               "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                               "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
                               "DHE-RSA-CHACHA20-POLY1305";
        info.tls1_3_plus_cipher_list =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
    }
    errno = 0;
    w->ctx = lws_create_context(&info);
    if (!w->ctx) {
        snprintf(err, errlen, "cannot listen on port %d: %s", cfg->port,
                 errno ? strerror(errno) : "lws could not start");
        goto fail;
    }
    w->protocol = &web_protocols[0];
    if (!(w->reports = reports_new(w->ctx))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    hall_feed_t feed = {hall_event, hall_resync, w};
    hall_set_feed(w->hall, &feed);
    hall_probe_t probe = {probe_commit, probe_reload, probe_message, w};
    hall_set_probe(w->hall, &probe);
    if (hall_start(w->hall, wake, w) != 0) {
        snprintf(err, errlen, "cannot start the writer thread");
        goto fail;
    }
    return 0;

fail:
    reports_free(w->reports);
    w->reports = NULL;
    if (w->ctx)
        lws_context_destroy(w->ctx);
    w->ctx = NULL;
    hall_close(w->hall);
    w->hall = NULL;
    feed_free(w->feed);
    metrics_free(w->metrics);
    web_parts_free(w);
    return -1;
}

void web_close(web_t *w)
{
    reports_free(w->reports); /* its worker reads the hall */
    hall_close(w->hall);      /* commits what is pending; waiters reply nowhere */
    w->hall = NULL;
    lws_context_destroy(w->ctx);
    feed_free(w->feed);
    metrics_free(w->metrics);
    web_parts_free(w);
    web_blob_unref(w->agencies);
    web_blob_unref(w->facts);
}

int web_run(const config_t *cfg)
{
    static web_t w; /* one server per process */
    memset(&w, 0, sizeof w);
    lws_set_log_level(LLL_ERR | LLL_WARN, lws_logger);

    char err[512];
    if (web_open(&w, cfg, true, err, sizeof err) != 0) {
        log_error("mppd", "%s", err);
        return 1;
    }
    the_web = &w;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_hangup);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN); /* a file-size limit is an error to report, not a death */
    lws_sul_schedule(w.ctx, 0, &w.tick, tick, LWS_US_PER_SEC);
    web_watch_start(&w);

    const catalog_t *cat = hall_catalog(w.hall);
    log_info("mppd", "ready on port %d: %zu agencies, %zu services, %zu plugin errors", cfg->port,
             cat->n_agencies, cat->n_services, cat->n_errors);
    printf("mppd ready on port %d\n", cfg->port);
    fflush(stdout);
    notify_ready(&w, "ready");

    while (!w.stop && lws_service(w.ctx, 0) >= 0) {
        if (w.hangup) {
            w.hangup = 0;
            notify("RELOADING=1");
            log_info("plugin", "SIGHUP: reloading every plugin");
            if (web_watch_reload_all(&w, hangup_done, &w) != 0)
                notify_ready(&w, "reload not started");
        }
    }
    notify("STOPPING=1");
    log_info("mppd", "stopping");
    lws_sul_cancel(&w.tick);
    web_watch_stop(&w);
    web_close(&w);
    the_web = NULL;
    return 0;
}
