/*
 * reply.c - the answers to HTTP requests: a reply is built whole (status,
 * headers, body: from a jsonw writer, a jansson tree, a shared blob such
 * as the catalogue, or a file), gzipped when the client takes it and it is
 * worth it, held until its round is durable when it reports a change
 * (web_reply_after_commit), and written from lws's WRITEABLE callback in
 * chunks, with our own security headers on every response.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "text.h"
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

/* Out of memory while answering: a body that needs no allocation. */
static const char oom_body[] = "{\"error\":{\"code\":\"internal\",\"message\":\"out of "
                               "memory\"}}";

reply_t *web_reply_for(web_req_t *r)
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

void web_reply_free(reply_t *rep)
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
    reply_t *rep = web_reply_for(r);
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
    reply_t *rep = web_reply_for(r);
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
    reply_t *rep = web_reply_for(r);
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
    reply_t *rep = web_reply_for(r);
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

static bool reply_headers(struct lws *wsi, const reply_t *rep, unsigned char **p,
                          unsigned char *end);

int web_reply_error_now(struct lws *wsi, web_err_t e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *owned;
    reply_t rep = {.wsi = wsi, .ctype = "application/json"};
    const char *body = error_body(e, NULL, fmt, ap, &owned, &rep.status);
    va_end(ap);
    rep.len = strlen(body);
    unsigned char buf[LWS_PRE + 2048];
    unsigned char *start = buf + LWS_PRE, *p = start, *end = buf + sizeof buf;
    int rc = -1;
    if (reply_headers(wsi, &rep, &p, end) && (size_t)(end - p) >= rep.len) {
        memcpy(p, body, rep.len);
        p += rep.len;
        if (lws_write(wsi, start, (size_t)(p - start), LWS_WRITE_HTTP_FINAL) == (int)(p - start))
            rc = 0;
    }
    free(owned);
    return rc;
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
        web_reply_free(rep);
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
    reply_t *rep = web_reply_for(r);
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
    reply_t *rep = web_reply_for(r);
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
        web_reply_free(rep);
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

int web_reply_write(web_t *w, struct lws *wsi, pss_t *pss)
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
    web_reply_free(rep);
    pss->reply = NULL;
    if (close)
        return -1;
    return lws_http_transaction_completed(wsi) ? -1 : 0;
}
