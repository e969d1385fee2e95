/*
 * send.c - the HTTP client of the gateway (send.h): the check of the
 * gateway's settings, and one POST of a message's JSON through libcurl.
 * The only file of the module that includes curl/curl.h; the body is
 * written by jansson.
 */
#include "notify/send.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>
#include <jansson.h>

struct notify_client {
    CURL *curl;
    struct curl_slist *extra; /* the config's headers, copied */
    long timeout_ms;
    atomic_bool cancelled;
    char curl_error[CURL_ERROR_SIZE];
};

int notify_send_global_init(void)
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? NOTIFY_OK : NOTIFY_ESYS;
}

void notify_send_global_cleanup(void)
{
    curl_global_cleanup();
}

/* ---- the gateway's settings ---- */

static int refuse(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes the message into err (may be NULL); NOTIFY_EINVAL. */
static int refuse(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return NOTIFY_EINVAL;
}

/* A character of an HTTP token (a header's name). */
static bool token_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

static bool header_valid(const char *h, char *why, size_t whylen)
{
    size_t len = strnlen(h, NOTIFY_HEADER_LEN_MAX + 1), name = 0;
    if (len > NOTIFY_HEADER_LEN_MAX) {
        snprintf(why, whylen, "is longer than %d bytes", NOTIFY_HEADER_LEN_MAX);
        return false;
    }
    while (name < len && token_char(h[name]))
        name++;
    if (name == 0 || h[name] != ':') {
        snprintf(why, whylen, "is not \"Name: value\"");
        return false;
    }
    static const char *const own[] = {"Content-Type", "Content-Length", "Host", "Idempotency-Key"};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++) {
        if (strlen(own[i]) == name && strncasecmp(h, own[i], name) == 0) {
            snprintf(why, whylen, "sets %s, which the sender sets itself", own[i]);
            return false;
        }
    }
    for (size_t i = name + 1; i < len; i++) {
        unsigned char c = (unsigned char)h[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            snprintf(why, whylen, "has a control character in its value");
            return false;
        }
    }
    return true;
}

int notify_gateway_check(const notify_gateway_t *gw, char *err, size_t errlen)
{
    const char *url = gw->url;
    if (!url || !*url)
        return refuse(err, errlen, "notify.url: %s", "not set");
    size_t len = strnlen(url, NOTIFY_URL_MAX + 1);
    if (len > NOTIFY_URL_MAX)
        return refuse(err, errlen, "notify.url: %s", "longer than 2048 bytes");
    size_t scheme = strncmp(url, "https://", 8) == 0 ? 8 : strncmp(url, "http://", 7) == 0 ? 7 : 0;
    if (scheme == 0 || len == scheme)
        return refuse(err, errlen,
                      "notify.url \"%.200s\": expected http://HOST/... or https://HOST/...", url);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)url[i] <= ' ' || url[i] == 0x7f)
            return refuse(err, errlen, "notify.url \"%.200s\": has a space or control character",
                          url);
    if (gw->n_headers > NOTIFY_HEADERS_MAX || (gw->n_headers && !gw->headers))
        return refuse(err, errlen, "notify.headers: %s", "at most 16");
    for (size_t i = 0; i < gw->n_headers; i++) {
        char why[96];
        if (!gw->headers[i] || !header_valid(gw->headers[i], why, sizeof why))
            return refuse(err, errlen, "notify.headers[%zu] %s", i,
                          gw->headers[i] ? why : "is missing");
    }
    if (gw->timeout_ms < 0 || gw->timeout_ms > NOTIFY_SEND_TIMEOUT_MAX_MS)
        return refuse(err, errlen, "notify timeout: %s", "1 ms to 120 s");
    return NOTIFY_OK;
}

/* ---- the client ---- */

static size_t discard_body(char *data, size_t size, size_t n, void *ctx)
{
    (void)data;
    (void)ctx;
    return size * n; /* the answer's body is not read: it may echo the phone */
}

static int check_cancel(void *ctx, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                        curl_off_t ulnow)
{
    notify_client_t *c = ctx;
    return atomic_load(&c->cancelled) ? 1 : 0; /* non-zero aborts the transfer */
}

/* Sets the options that stay the same for every POST. */
static bool setup(notify_client_t *c, const notify_gateway_t *gw)
{
    CURL *h = c->curl;
    bool ok = curl_easy_setopt(h, CURLOPT_URL, gw->url) == CURLE_OK;
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85 */
    ok = ok && curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK;
#else
    ok = ok && curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS)) ==
                   CURLE_OK;
#endif
    ok = ok && curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) == CURLE_OK; /* a thread of its own */
    ok = ok && curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, c->timeout_ms) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_USERAGENT, "mppd-notify") == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard_body) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, check_cancel) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_XFERINFODATA, c) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_ERRORBUFFER, c->curl_error) == CURLE_OK;
    if (gw->ca_file)
        ok = ok && curl_easy_setopt(h, CURLOPT_CAINFO, gw->ca_file) == CURLE_OK;
    return ok;
}

int notify_client_new(notify_client_t **out, const notify_gateway_t *gw, char *err, size_t errlen)
{
    *out = NULL;
    int rc = notify_gateway_check(gw, err, errlen);
    if (rc != NOTIFY_OK)
        return rc;
    notify_client_t *c = calloc(1, sizeof *c);
    if (!c)
        return NOTIFY_ENOMEM;
    atomic_init(&c->cancelled, false);
    c->timeout_ms = gw->timeout_ms ? gw->timeout_ms : NOTIFY_SEND_TIMEOUT_MS;
    for (size_t i = 0; i < gw->n_headers; i++) {
        struct curl_slist *next = curl_slist_append(c->extra, gw->headers[i]);
        if (!next) {
            notify_client_free(c);
            return NOTIFY_ENOMEM;
        }
        c->extra = next;
    }
    c->curl = curl_easy_init();
    if (!c->curl || !setup(c, gw)) {
        notify_client_free(c);
        if (err && errlen)
            snprintf(err, errlen, "libcurl could not be set up for the gateway");
        return NOTIFY_ESYS;
    }
    *out = c;
    return NOTIFY_OK;
}

void notify_client_free(notify_client_t *c)
{
    if (!c)
        return;
    if (c->curl)
        curl_easy_cleanup(c->curl);
    curl_slist_free_all(c->extra);
    free(c);
}

void notify_client_cancel(notify_client_t *c)
{
    atomic_store(&c->cancelled, true);
}

/* The message's JSON, malloc'd (free()), or NULL when out of memory. */
static char *body_of(const notify_msg_t *m)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = json_object_set_new(o, "id", json_integer((json_int_t)m->id));
    bad |= json_object_set_new(o, "to", json_string(m->to));
    bad |= json_object_set_new(o, "template", json_string(m->template_name));
    bad |= json_object_set_new(o, "text", json_string(m->text));
    if (m->ticket[0])
        bad |= json_object_set_new(o, "ticket", json_string(m->ticket));
    if (m->booking[0])
        bad |= json_object_set_new(o, "booking", json_string(m->booking));
    char *text = bad ? NULL : json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    return text;
}

/* The headers of one POST: the two of its own, then the config's. */
static struct curl_slist *headers_of(const notify_client_t *c, const notify_msg_t *m)
{
    char key[sizeof "Idempotency-Key: " + NOTIFY_KEY_MAX];
    snprintf(key, sizeof key, "Idempotency-Key: %s", m->key);
    struct curl_slist *list = curl_slist_append(NULL, "Content-Type: application/json");
    struct curl_slist *next = list ? curl_slist_append(list, key) : NULL;
    /* no "Expect: 100-continue" round trip for a body this small */
    next = next ? curl_slist_append(next, "Expect:") : NULL;
    for (const struct curl_slist *h = c->extra; next && h; h = h->next)
        next = curl_slist_append(next, h->data);
    if (!next) {
        curl_slist_free_all(list);
        return NULL;
    }
    return list;
}

static void fail(notify_outcome_t *out, bool attempted, const char *why)
{
    out->attempted = attempted;
    out->delivered = false;
    notify_error_clean(why, out->error);
}

void notify_client_post(notify_client_t *c, const notify_msg_t *m, notify_outcome_t *out)
{
    memset(out, 0, sizeof *out);
    if (atomic_load(&c->cancelled)) {
        fail(out, false, "not sent: the sender stopped");
        return;
    }
    if (!notify_phone_valid(m->to) || !m->text[0] || !m->key[0]) {
        fail(out, true, "not sent: the message has no phone, text or key");
        return;
    }
    char *body = body_of(m);
    struct curl_slist *headers = body ? headers_of(c, m) : NULL;
    if (!headers) {
        free(body);
        fail(out, true, "not sent: out of memory");
        return;
    }
    c->curl_error[0] = '\0';
    CURLcode rc = curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, headers);
    if (rc == CURLE_OK)
        rc = curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
    if (rc == CURLE_OK)
        rc = curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
    if (rc == CURLE_OK)
        rc = curl_easy_perform(c->curl);
    long status = 0;
    curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
    /* the handle must not point at the freed body and headers */
    curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, (char *)NULL);
    curl_slist_free_all(headers);
    free(body);

    out->attempted = true;
    out->status = rc == CURLE_OK ? status : 0;
    char why[NOTIFY_ERROR_MAX + CURL_ERROR_SIZE];
    if (rc == CURLE_OK && status >= 200 && status <= 299) {
        out->delivered = true;
        return;
    } else if (rc == CURLE_OK) {
        snprintf(why, sizeof why, "HTTP %ld from the gateway", status);
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        snprintf(why, sizeof why, "timeout after %ld ms", c->timeout_ms);
    } else if (rc == CURLE_ABORTED_BY_CALLBACK) {
        snprintf(why, sizeof why, "cancelled: the sender stopped");
    } else {
        snprintf(why, sizeof why, "%s%s%s", curl_easy_strerror(rc), c->curl_error[0] ? ": " : "",
                 c->curl_error);
    }
    fail(out, true, why);
}
