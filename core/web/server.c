/*
 * server.c - the lws event loop: one protocol callback serves HTTP (API and
 * pages) and the /ws feed; replies are sent from the WRITEABLE callback; a
 * one-second timer drives the engine's clock; the writer thread wakes the
 * loop when a commit is done.
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
#include "web/web_int.h"

#define CHUNK 16384

/* Our own headers on every response (not lws's fixed set). The CSP lets
 * pages load only our own scripts, styles, images and audio, and talk only
 * to us (the board plays its chime and word clips from 'self'; 'self'
 * covers the live feed's ws: or wss: on our own host). */
static const char *const security_headers[][2] = {
    {"x-content-type-options:", "nosniff"},
    {"referrer-policy:", "no-referrer"},
    {"x-frame-options:", "DENY"},
    {"content-security-policy:",
     "default-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; "
     "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
     "frame-ancestors 'none'"},
};

const struct lws_protocol_vhost_options *web_security_pvo(void)
{
    enum { N = sizeof security_headers / sizeof security_headers[0] };
    static struct lws_protocol_vhost_options list[N];
    for (size_t i = 0; i < N; i++)
        list[i] = (struct lws_protocol_vhost_options){
            .next = i + 1 < N ? &list[i + 1] : NULL,
            .name = security_headers[i][0],
            .value = security_headers[i][1],
        };
    return list;
}

static web_t *the_web;          /* for the signal handler */
static web_notify_fn notify_fn; /* the service manager, or NULL */

/* ---- replies ---- */

/* Out of memory while answering: a body that needs no allocation. */
static const char oom_body[] = "{\"error\":{\"code\":\"internal\",\"message\":\"out of "
                               "memory\"}}";

static reply_t *reply_for(web_req_t *r)
{
    if (!r->pss->reply) {
        r->pss->reply = calloc(1, sizeof(reply_t));
        if (r->pss->reply)
            r->pss->reply->wsi = r->wsi;
    }
    return r->pss->reply;
}

/* Gives rep a body already behind LWS_PRE bytes (taking buf). */
static void reply_take(reply_t *rep, int status, const char *ctype, unsigned char *buf, size_t len)
{
    free(rep->buf);
    rep->buf = buf;
    rep->status = buf ? status : 500;
    rep->ctype = ctype;
    rep->len = buf ? len : 0;
    rep->sent = 0;
}

/* Gives rep a copy of `data` as its body. */
static void reply_set(reply_t *rep, int status, const char *ctype, const void *data, size_t len)
{
    unsigned char *buf = malloc(LWS_PRE + len + 1);
    if (buf && len)
        memcpy(buf + LWS_PRE, data, len);
    reply_take(rep, status, ctype, buf, len);
}

static void reply_free(reply_t *rep)
{
    if (!rep)
        return;
    web_blob_unref(rep->blob);
    free(rep->buf);
    free(rep->headers);
    free(rep);
}

void web_reply_header(web_req_t *r, const char *name, const char *value)
{
    reply_t *rep = reply_for(r);
    if (!rep)
        return;
    size_t nl = strlen(name), vl = strlen(value);
    char *h = realloc(rep->headers, rep->headers_len + nl + vl + 3);
    if (!h)
        return;
    memcpy(h + rep->headers_len, name, nl);
    h[rep->headers_len + nl] = ':';
    h[rep->headers_len + nl + 1] = '\0';
    memcpy(h + rep->headers_len + nl + 2, value, vl + 1);
    rep->headers = h;
    rep->headers_len += nl + vl + 3;
}

/* Marks r's reply, whose body is set, ready to be sent now. */
static void reply_ready(web_req_t *r, int status)
{
    r->pss->reply->ready = true;
    if (status >= 400)
        r->web->http_errors++;
    lws_callback_on_writable(r->wsi);
}

/* True when the request's Accept-Encoding takes gzip (not "gzip;q=0"). */
static bool accepts_gzip(struct lws *wsi)
{
    char ae[256];
    if (lws_hdr_copy(wsi, ae, sizeof ae, WSI_TOKEN_HTTP_ACCEPT_ENCODING) <= 0)
        return false;
    for (char *save = NULL, *t = strtok_r(ae, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        while (*t == ' ')
            t++;
        if (strncasecmp(t, "gzip", 4) != 0 || (t[4] && t[4] != ';' && t[4] != ' '))
            continue;
        const char *q = strstr(t, "q=");
        return !q || strtod(q + 2, NULL) > 0;
    }
    return false;
}

void web_reply_blob(web_req_t *r, const char *ctype, web_blob_t *b)
{
    reply_t *rep = reply_for(r);
    if (!rep)
        return;
    char match[128];
    bool gz = accepts_gzip(r->wsi) && web_blob_gzip(b);
    const char *etag = gz ? b->gz_etag : b->etag;
    web_reply_header(r, "etag", etag);
    web_reply_header(r, "cache-control", "no-cache");
    web_reply_header(r, "vary", "accept-encoding");
    if (gz)
        web_reply_header(r, "content-encoding", "gzip");
    if (lws_hdr_copy(r->wsi, match, sizeof match, WSI_TOKEN_HTTP_IF_NONE_MATCH) > 0 &&
        strstr(match, etag)) {
        reply_take(rep, 304, ctype, malloc(LWS_PRE + 1), 0);
        rep->cacheable = true;
        reply_ready(r, 304);
        return;
    }
    free(rep->buf);
    rep->buf = NULL;
    web_blob_unref(rep->blob);
    b->refs++;
    rep->blob = b;
    rep->status = 200;
    rep->ctype = ctype;
    rep->gz = gz;
    rep->len = gz ? b->gz_len : b->len;
    rep->sent = 0;
    rep->cacheable = true;
    reply_ready(r, 200);
}

void web_reply_bytes(web_req_t *r, int status, const char *ctype, const void *data, size_t len)
{
    reply_t *rep = reply_for(r);
    if (!rep)
        return;
    reply_set(rep, status, ctype, data, len);
    reply_ready(r, status);
}

/* Puts the writer's text (written after LWS_PRE bytes) in r's reply; false
 * (after a 500) when it could not be written. */
static bool reply_from_writer(web_req_t *r, int status, jsonw_t *w)
{
    size_t len;
    unsigned char *buf = (unsigned char *)jsonw_take(w, &len);
    reply_t *rep = reply_for(r);
    if (!buf || !rep) {
        free(buf);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return false;
    }
    reply_take(rep, status, "application/json", buf, len);
    return true;
}

void web_reply_jsonw(web_req_t *r, int status, jsonw_t *w)
{
    if (reply_from_writer(r, status, w))
        reply_ready(r, status);
}

void web_reply_json(web_req_t *r, int status, json_t *body)
{
    char *text = body ? json_dumps(body, WEB_JSON_FLAGS) : NULL;
    json_decref(body);
    if (!text) {
        web_reply_bytes(r, 500, "application/json", oom_body, sizeof oom_body - 1);
        return;
    }
    web_reply_bytes(r, status, "application/json", text, strlen(text));
    free(text);
}

/* The body of error e into *owned (malloc'd), or when out of memory the
 * static one; *status the HTTP status it goes with. */
static const char *error_body(web_err_t e, const char *field, const char *fmt, va_list ap,
                              char **owned, int *status) __attribute__((format(printf, 3, 0)));
static const char *error_body(web_err_t e, const char *field, const char *fmt, va_list ap,
                              char **owned, int *status)
{
    *owned = web_err_body(e, field, fmt, ap);
    *status = *owned ? web_err_status(e) : 500;
    return *owned ? *owned : oom_body;
}

void web_reply_error(web_req_t *r, web_err_t e, const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *owned;
    int status;
    const char *body = error_body(e, field, fmt, ap, &owned, &status);
    va_end(ap);
    web_reply_bytes(r, status, "application/json", body, strlen(body));
    free(owned);
}

static void reply_committed(void *ctx, int rc)
{
    reply_t *rep = ctx;
    if (rc != 0) {
        free(rep->headers); /* no cookie for a login that was not saved */
        rep->headers = NULL;
        rep->headers_len = 0;
        web_later_error(rep, WEB_ERR_STORAGE_UNAVAILABLE,
                        "the change could not be saved (%s); nothing was changed, try again",
                        hall_strerror(rc));
        return;
    }
    rep->waiting = false;
    if (!rep->wsi) { /* the client went away before the commit */
        reply_free(rep);
        return;
    }
    rep->ready = true;
    lws_callback_on_writable(rep->wsi);
}

/* Holds r's reply until every change made so far is durable. */
static void reply_wait(web_req_t *r)
{
    reply_t *rep = r->pss->reply;
    rep->waiting = true;
    if (hall_wait(r->web->hall, reply_committed, rep) != 0) {
        rep->waiting = false;
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
    }
}

void web_reply_after_commit_jsonw(web_req_t *r, int status, jsonw_t *w)
{
    if (reply_from_writer(r, status, w))
        reply_wait(r);
}

void web_reply_after_commit(web_req_t *r, int status, json_t *body)
{
    char *text = body ? json_dumps(body, WEB_JSON_FLAGS) : NULL;
    json_decref(body);
    reply_t *rep = reply_for(r);
    if (!text || !rep) {
        free(text);
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return;
    }
    reply_set(rep, status, "application/json", text, strlen(text));
    free(text);
    reply_wait(r);
}

web_later_t *web_reply_later(web_req_t *r)
{
    reply_t *rep = reply_for(r);
    if (!rep) {
        web_reply_error(r, WEB_ERR_INTERNAL, NULL, "out of memory");
        return NULL;
    }
    rep->waiting = true;
    return rep;
}

void web_later_bytes(web_later_t *rep, int status, const char *ctype, const void *data, size_t len)
{
    rep->waiting = false;
    if (!rep->wsi) { /* the client went away meanwhile */
        reply_free(rep);
        return;
    }
    reply_set(rep, status, ctype, data, len);
    rep->ready = true;
    lws_callback_on_writable(rep->wsi);
}

void web_later_error(web_later_t *l, web_err_t e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *owned;
    int status;
    const char *body = error_body(e, NULL, fmt, ap, &owned, &status);
    va_end(ap);
    web_later_bytes(l, status, "application/json", body, strlen(body));
    free(owned);
}

/* Writes the status line and headers of rep at p; false when they do not
 * fit before end. */
static bool reply_headers(struct lws *wsi, const reply_t *rep, unsigned char **p,
                          unsigned char *end)
{
    if (lws_add_http_common_headers(wsi, (unsigned)rep->status, rep->ctype, rep->len, p, end))
        return false;
    for (size_t i = 0; i < sizeof security_headers / sizeof security_headers[0]; i++)
        if (lws_add_http_header_by_name(wsi, (const unsigned char *)security_headers[i][0],
                                        (const unsigned char *)security_headers[i][1],
                                        (int)strlen(security_headers[i][1]), p, end))
            return false;
    /* over our own TLS: browsers keep to https for a year (a proxy in
     * front sends its own, docs/examples/nginx-mpp.conf) */
    static const char hsts[] = "max-age=31536000";
    if (lws_is_ssl(wsi) &&
        lws_add_http_header_by_name(wsi, (const unsigned char *)"strict-transport-security:",
                                    (const unsigned char *)hsts, (int)sizeof hsts - 1, p, end))
        return false;
    if (!rep->cacheable && strncmp(rep->ctype, "application/json", 16) == 0 &&
        lws_add_http_header_by_name(wsi, (const unsigned char *)"cache-control:",
                                    (const unsigned char *)"no-store", 8, p, end))
        return false;
    for (size_t at = 0; at < rep->headers_len;) {
        const char *name = rep->headers + at;
        const char *value = name + strlen(name) + 1;
        if (lws_add_http_header_by_name(wsi, (const unsigned char *)name,
                                        (const unsigned char *)value, (int)strlen(value), p, end))
            return false;
        at = (size_t)(value - rep->headers) + strlen(value) + 1;
    }
    return lws_finalize_http_header(wsi, p, end) == 0;
}

/* The first byte of rep's body, its own or shared. */
static const unsigned char *reply_body(const reply_t *rep)
{
    if (rep->blob)
        return rep->gz ? rep->blob->gz : rep->blob->data;
    return rep->buf + LWS_PRE;
}

/* Sends the next piece of a ready reply. Returns -1 to close. A reply that
 * fits goes out in one write with its headers (one packet, one wake-up);
 * a large one, or one on an HTTP/2 stream (whose headers lws frames
 * apart), sends its body after the headers, a CHUNK at a time. */

static int reply_write(web_t *w, struct lws *wsi, pss_t *pss)
{
    reply_t *rep = pss->reply;
    if (!rep || !rep->ready)
        return 0;
    if (!rep->headers_sent) {
        unsigned char hbuf[LWS_PRE + 8192];
        unsigned char *start = hbuf + LWS_PRE, *p = start, *end = hbuf + sizeof hbuf - 1;
        if (!reply_headers(wsi, rep, &p, end))
            return -1;
        rep->headers_sent = true;
        if (pss->head)
            rep->sent = rep->len; /* the length is told, the body is not sent */
        size_t body = rep->len - rep->sent;
        if (lws_get_network_wsi(wsi) == wsi && body <= (size_t)(end - p)) {
            memcpy(p, reply_body(rep), body);
            p += body;
            rep->sent = rep->len;
        }
        if (lws_write(wsi, start, (size_t)(p - start), LWS_WRITE_HTTP_HEADERS) != (int)(p - start))
            return -1;
        if (rep->sent < rep->len) {
            lws_callback_on_writable(wsi);
            return 0;
        }
    } else if (rep->sent < rep->len) {
        size_t n = rep->len - rep->sent;
        if (n > CHUNK)
            n = CHUNK;
        bool last = rep->sent + n == rep->len;
        /* bytes before this chunk are sent already: lws may use them as
         * its LWS_PRE space; a shared body is never written into, so its
         * chunk is copied behind a LWS_PRE of our own */
        unsigned char scratch[LWS_PRE + CHUNK];
        unsigned char *from;
        if (rep->blob) {
            memcpy(scratch + LWS_PRE, reply_body(rep) + rep->sent, n);
            from = scratch + LWS_PRE;
        } else {
            from = rep->buf + LWS_PRE + rep->sent;
        }
        if (lws_write(wsi, from, n, last ? LWS_WRITE_HTTP_FINAL : LWS_WRITE_HTTP) != (int)n)
            return -1;
        rep->sent += n;
        if (!last) {
            lws_callback_on_writable(wsi);
            return 0;
        }
    }
    metrics_http_done(w->metrics, pss->route, metrics_clock_us() - pss->started_us);
    bool close = rep->close;
    reply_free(rep);
    pss->reply = NULL;
    if (close)
        return -1;
    return lws_http_transaction_completed(wsi) ? -1 : 0;
}

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
        reply_free(rep);
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
        reply_for(&r);
        if (pss->body_refused == BODY_TOO_LARGE)
            web_reply_error(&r, WEB_ERR_BODY_TOO_LARGE, NULL,
                            "the request body is larger than %zu bytes", w->cfg->max_body);
        else if (pss->body_refused == BODY_OVER_SHARE)
            web_reply_error(&r, WEB_ERR_RATE_LIMITED, NULL,
                            "too many requests are being sent from here at once; try again");
        else if (pss->body_refused == BODY_CHUNKED)
            web_reply_error(&r, WEB_ERR_BAD_REQUEST, NULL,
                            "send the body with a Content-Length, not chunked");
        else
            web_reply_error(&r, WEB_ERR_BAD_REQUEST, NULL,
                            "a request may not carry both Content-Length and Transfer-Encoding");
        if (pss->reply)
            pss->reply->close = true;
        pss_reset_http(w, pss);
        return;
    }
    if (pss->body_len > 0) {
        json_error_t jerr;
        r.body = json_loadb(pss->body, pss->body_len, JSON_REJECT_DUPLICATES, &jerr);
        if (!r.body) {
            web_reply_error(&r, WEB_ERR_BAD_JSON, NULL, "the body is not valid JSON: %s",
                            jerr.text);
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
    if (lws_hdr_copy(wsi, cl, sizeof cl, WSI_TOKEN_HTTP_CONTENT_LENGTH) > 0)
        length = atoll(cl);
    pss->handled = false;
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

/* Why a WebSocket upgrade is refused: 0 when it may go on (only /ws,
 * only from our own pages, a listed Origin or none), else the HTTP status
 * with its reason in `why`. */
static int ws_refusal(web_t *w, struct lws *wsi, char *why, size_t n)
{
    char uri[64] = "";
    if (lws_hdr_copy(wsi, uri, sizeof uri, WSI_TOKEN_GET_URI) <= 0 || strcmp(uri, "/ws") != 0) {
        snprintf(why, n, "not_found: the live feed is at /ws");
        return 404;
    }
    web_client_t c;
    web_client_resolve(w, wsi, &c);
    char origin[256], base[256];
    if (web_client_origin(w, wsi, &c, origin, sizeof origin, base, sizeof base) == 0)
        return 0;
    snprintf(why, n,
             "origin_refused: a page at %.200s may not use this server; add it to "
             "server.origins in the hall config",
             origin);
    return 403;
}

/* Before the upgrade: a refused one is answered with its status. */
static int ws_confirm(web_t *w, struct lws *wsi)
{
    char why[320];
    int status = ws_refusal(w, wsi, why, sizeof why);
    if (status == 0)
        return 0;
    if (lws_return_http_status(wsi, (unsigned)status, why))
        return -1;
    return 1;
}

/* The upgrade itself, checked again where lws asks the protocol. */
static int ws_filter(web_t *w, struct lws *wsi)
{
    char why[320];
    return ws_refusal(w, wsi, why, sizeof why) != 0;
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
    case LWS_CALLBACK_HTTP_BODY_COMPLETION: request_run(w, wsi, pss); return 0;
    case LWS_CALLBACK_HTTP_WRITEABLE: return reply_write(w, wsi, pss);
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
static void hall_event(void *ctx, uint64_t seq, const char *json, size_t len)
{
    web_t *w = ctx;
    metrics_event(w->metrics, json, len);
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
    info.max_http_header_data = 4096;
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
