/*
 * send.c - the HTTP client of the gateway (send.h): the check of the
 * gateway's settings, and the POSTs of messages' JSON, several in flight
 * at once on one libcurl multi handle.
 * The only file of the module that includes curl/curl.h; the body is
 * written by jsonw.
 */
#include "notify/send.h"

#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>
#include <sodium.h>

#include "jsonw.h"

/* One POST's place: its easy handle (kept, with its options, from POST to
 * POST) and, while it is in flight, the body and headers it points at. */
typedef enum slot_state { SLOT_FREE, SLOT_RUNNING, SLOT_ENDED } slot_state_t;

typedef struct slot {
    CURL *easy;
    slot_state_t state;
    char *body;                  /* SLOT_RUNNING: the POST's body */
    struct curl_slist *headers;  /* SLOT_RUNNING: its headers */
    void *tag;                   /* the caller's, handed back at the end */
    uint64_t ended;              /* SLOT_ENDED: the order it ended in */
    notify_outcome_t outcome;    /* SLOT_ENDED: what came of it */
    char error[CURL_ERROR_SIZE]; /* libcurl's own words of a failure */
} slot_t;

struct notify_client {
    notify_kind_t kind;
    unsigned char hmac_key[NOTIFY_HMAC_KEY_MAX];
    size_t hmac_key_len;   /* 0: unsigned */
    char wa_language[16];  /* whatsapp_cloud */
    char wa_prefix[32];    /* whatsapp_cloud */
    int64_t interval_ns;   /* between the starts of two POSTs; 0: no limit */
    int64_t last_start_ns; /* CLOCK_MONOTONIC of the last POST's start */
    long timeout_ms;
    struct curl_slist *extra; /* the config's headers, copied */
    CURLM *multi;             /* every transfer; its connections are kept */
    slot_t slots[NOTIFY_CONNECTIONS_MAX];
    size_t n_slots;   /* the gateway's connections */
    uint64_t n_ended; /* POSTs ended so far: the order of outcomes */
    atomic_bool cancelled;
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
    if (gw->kind != NOTIFY_KIND_WEBHOOK && gw->kind != NOTIFY_KIND_WHATSAPP_CLOUD)
        return refuse(err, errlen, "notify.kind: %s", "\"webhook\" or \"whatsapp_cloud\"");
    if (gw->hmac_key && (gw->hmac_key_len < 16 || gw->hmac_key_len > NOTIFY_HMAC_KEY_MAX))
        return refuse(err, errlen, "notify.hmac_key_file: %s",
                      "the key must be 16 to 128 bytes (32 random bytes, say)");
    if (gw->hmac_key && gw->kind != NOTIFY_KIND_WEBHOOK)
        return refuse(err, errlen, "notify.hmac_key_file: %s", "only a webhook is signed");
    if (gw->connections < 0 || gw->connections > NOTIFY_CONNECTIONS_MAX)
        return refuse(err, errlen, "notify.connections: %s", "1 to 16 POSTs in flight at once");
    if (gw->rate_per_s < 0 || gw->rate_per_s > 100000)
        return refuse(err, errlen, "notify.rate_per_second: %s", "0 (no limit) to 100000");
    const char *lang = gw->wa_language ? gw->wa_language : "id";
    const char *prefix = gw->wa_prefix ? gw->wa_prefix : "mpp_";
    if (strlen(lang) < 2 || strlen(lang) > 15 ||
        strspn(lang, "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ") != strlen(lang))
        return refuse(err, errlen, "notify.wa_language \"%.20s\": %s", lang,
                      "a language code such as \"id\" or \"en_US\"");
    if (strlen(prefix) > 20 ||
        strspn(prefix, "abcdefghijklmnopqrstuvwxyz0123456789_") != strlen(prefix))
        return refuse(err, errlen, "notify.wa_prefix \"%.30s\": %s", prefix,
                      "up to 20 of a-z, 0-9 and '_' (template names are lower case)");
    return NOTIFY_OK;
}

/* ---- the client ---- */

static size_t discard_body(char *data, size_t size, size_t n, void *ctx)
{
    (void)data;
    (void)ctx;
    return size * n; /* the answer's body is not read: it may echo the phone */
}

/* Sets the options that stay the same for every POST of the slot. */
static bool setup(notify_client_t *c, slot_t *s, const notify_gateway_t *gw)
{
    CURL *h = s->easy;
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
    /* a gateway offering HTTP/2 (ALPN) takes the POSTs in flight as streams
     * of one connection: wait for it rather than open one each */
    ok = ok && curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_USERAGENT, "mppd-notify") == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard_body) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_ERRORBUFFER, s->error) == CURLE_OK;
    ok = ok && curl_easy_setopt(h, CURLOPT_PRIVATE, (void *)s) == CURLE_OK;
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
    c->kind = gw->kind;
    if (gw->hmac_key) {
        memcpy(c->hmac_key, gw->hmac_key, gw->hmac_key_len);
        c->hmac_key_len = gw->hmac_key_len;
    }
    snprintf(c->wa_language, sizeof c->wa_language, "%s", gw->wa_language ? gw->wa_language : "id");
    snprintf(c->wa_prefix, sizeof c->wa_prefix, "%s", gw->wa_prefix ? gw->wa_prefix : "mpp_");
    c->interval_ns = gw->rate_per_s > 0 ? 1000000000LL / gw->rate_per_s : 0;
    c->n_slots = gw->connections ? (size_t)gw->connections : NOTIFY_CONNECTIONS;
    for (size_t i = 0; i < gw->n_headers; i++) {
        struct curl_slist *next = curl_slist_append(c->extra, gw->headers[i]);
        if (!next) {
            notify_client_free(c);
            return NOTIFY_ENOMEM;
        }
        c->extra = next;
    }
    bool ok =
        (c->multi = curl_multi_init()) != NULL &&
        curl_multi_setopt(c->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)c->n_slots) == CURLM_OK;
    for (size_t i = 0; ok && i < c->n_slots; i++)
        ok = (c->slots[i].easy = curl_easy_init()) != NULL && setup(c, &c->slots[i], gw);
    if (!ok) {
        notify_client_free(c);
        if (err && errlen)
            snprintf(err, errlen, "libcurl could not be set up for the gateway");
        return NOTIFY_ESYS;
    }
    *out = c;
    return NOTIFY_OK;
}

/* Lets go of the slot's body and headers, and of its place in the multi
 * handle while it runs. */
static void slot_clear(notify_client_t *c, slot_t *s)
{
    if (s->state == SLOT_RUNNING)
        curl_multi_remove_handle(c->multi, s->easy);
    /* the handle must not point at the freed body and headers */
    curl_easy_setopt(s->easy, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    curl_easy_setopt(s->easy, CURLOPT_POSTFIELDS, (char *)NULL);
    curl_slist_free_all(s->headers);
    free(s->body);
    s->headers = NULL;
    s->body = NULL;
}

void notify_client_free(notify_client_t *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_slots; i++) {
        if (c->slots[i].easy) {
            slot_clear(c, &c->slots[i]);
            curl_easy_cleanup(c->slots[i].easy);
        }
    }
    if (c->multi)
        curl_multi_cleanup(c->multi);
    curl_slist_free_all(c->extra);
    sodium_memzero(c->hmac_key, sizeof c->hmac_key);
    free(c);
}

void notify_client_wakeup(notify_client_t *c)
{
    curl_multi_wakeup(c->multi);
}

void notify_client_cancel(notify_client_t *c)
{
    atomic_store(&c->cancelled, true);
    notify_client_wakeup(c);
}

/* The WhatsApp Cloud API's template message into w: to without '+', the
 * template's name with '.' and '-' as '_' after the prefix, the text as the
 * body's one parameter. */
static void whatsapp_of(const notify_client_t *c, const notify_msg_t *m, jsonw_t *w)
{
    char name[sizeof c->wa_prefix + NOTIFY_TEMPLATE_MAX];
    snprintf(name, sizeof name, "%s%s", c->wa_prefix, m->template_name);
    for (char *p = name; *p; p++)
        *p = *p == '.' || *p == '-' ? '_' : *p;
    jsonw_obj(w);
    jsonw_kstr(w, "messaging_product", "whatsapp");
    jsonw_kstr(w, "recipient_type", "individual");
    jsonw_kstr(w, "to", m->to + 1);
    jsonw_kstr(w, "type", "template");
    jsonw_key(w, "template");
    jsonw_obj(w);
    jsonw_kstr(w, "name", name);
    jsonw_key(w, "language");
    jsonw_obj(w);
    jsonw_kstr(w, "policy", "deterministic");
    jsonw_kstr(w, "code", c->wa_language);
    jsonw_obj_end(w);
    jsonw_key(w, "components");
    jsonw_arr(w);
    jsonw_obj(w);
    jsonw_kstr(w, "type", "body");
    jsonw_key(w, "parameters");
    jsonw_arr(w);
    jsonw_obj(w);
    jsonw_kstr(w, "type", "text");
    jsonw_kstr(w, "text", m->text);
    jsonw_obj_end(w);
    jsonw_arr_end(w);
    jsonw_obj_end(w);
    jsonw_arr_end(w);
    jsonw_obj_end(w);
    jsonw_obj_end(w);
}

/* The message's JSON for the client's gateway, malloc'd (free()), or NULL
 * when out of memory. */
static char *body_of(const notify_client_t *c, const notify_msg_t *m)
{
    jsonw_t w;
    jsonw_init(&w, 0);
    if (c->kind == NOTIFY_KIND_WHATSAPP_CLOUD) {
        whatsapp_of(c, m, &w);
        return jsonw_take(&w, NULL);
    }
    jsonw_obj(&w);
    jsonw_kint(&w, "id", (int64_t)m->id);
    jsonw_kstr(&w, "to", m->to);
    jsonw_kstr(&w, "template", m->template_name);
    jsonw_kstr(&w, "text", m->text);
    if (m->ticket[0])
        jsonw_kstr(&w, "ticket", m->ticket);
    if (m->booking[0])
        jsonw_kstr(&w, "booking", m->booking);
    jsonw_obj_end(&w);
    return jsonw_take(&w, NULL);
}

/* "X-MPP-Signature: sha256=<hex of HMAC-SHA256(key, body)>" into out. */
static void signature_of(const notify_client_t *c, const char *body, char *out, size_t len)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, c->hmac_key, c->hmac_key_len);
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)body, strlen(body));
    crypto_auth_hmacsha256_final(&st, mac);
    char hex[2 * sizeof mac + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    snprintf(out, len, "X-MPP-Signature: sha256=%s", hex);
}

/* The headers of one POST: its own (the signature when the gateway has a
 * key), then the config's. */
static struct curl_slist *headers_of(const notify_client_t *c, const notify_msg_t *m,
                                     const char *body)
{
    char key[sizeof "Idempotency-Key: " + NOTIFY_KEY_MAX];
    snprintf(key, sizeof key, "Idempotency-Key: %s", m->key);
    struct curl_slist *list = curl_slist_append(NULL, "Content-Type: application/json");
    struct curl_slist *next = list ? curl_slist_append(list, key) : NULL;
    if (next && c->hmac_key_len) {
        char sig[128];
        signature_of(c, body, sig, sizeof sig);
        next = curl_slist_append(next, sig);
    }
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

static int64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void fail(notify_outcome_t *out, bool attempted, const char *why)
{
    out->attempted = attempted;
    out->delivered = false;
    notify_error_clean(why, out->error);
}

long notify_client_ready_in(const notify_client_t *c)
{
    bool room = false;
    for (size_t i = 0; !room && i < c->n_slots; i++)
        room = c->slots[i].state == SLOT_FREE;
    if (!room)
        return -1;
    if (!c->interval_ns || !c->last_start_ns)
        return 0;
    int64_t left = c->last_start_ns + c->interval_ns - mono_ns();
    return left <= 0 ? 0 : (long)((left + 999999) / 1000000);
}

int notify_client_begin(notify_client_t *c, const notify_msg_t *m, void *tag, notify_outcome_t *out)
{
    memset(out, 0, sizeof *out);
    if (atomic_load(&c->cancelled)) {
        fail(out, false, "not sent: the sender stopped");
        return NOTIFY_ESTATE;
    }
    if (notify_client_ready_in(c) != 0) {
        fail(out, false, "not sent: no transfer free yet");
        return NOTIFY_ESTATE;
    }
    if (!notify_phone_valid(m->to) || !m->text[0] || !m->key[0]) {
        fail(out, true, "not sent: the message has no phone, text or key");
        return NOTIFY_EINVAL;
    }
    slot_t *s = c->slots;
    while (s->state != SLOT_FREE)
        s++;
    s->body = body_of(c, m);
    s->headers = s->body ? headers_of(c, m, s->body) : NULL;
    s->error[0] = '\0';
    bool ok = s->headers && curl_easy_setopt(s->easy, CURLOPT_HTTPHEADER, s->headers) == CURLE_OK &&
              curl_easy_setopt(s->easy, CURLOPT_POSTFIELDSIZE, (long)strlen(s->body)) == CURLE_OK &&
              curl_easy_setopt(s->easy, CURLOPT_POSTFIELDS, s->body) == CURLE_OK &&
              curl_multi_add_handle(c->multi, s->easy) == CURLM_OK;
    if (!ok) {
        slot_clear(c, s);
        fail(out, true, "not sent: out of memory");
        return NOTIFY_ENOMEM;
    }
    s->state = SLOT_RUNNING;
    s->tag = tag;
    c->last_start_ns = mono_ns();
    return NOTIFY_OK;
}

/* The running slot's POST ended with rc: its outcome is kept until
 * notify_client_end takes it. */
static void slot_end(notify_client_t *c, slot_t *s, CURLcode rc)
{
    notify_outcome_t *out = &s->outcome;
    long status = 0;
    if (rc == CURLE_OK)
        curl_easy_getinfo(s->easy, CURLINFO_RESPONSE_CODE, &status);
    memset(out, 0, sizeof *out);
    out->attempted = true;
    out->status = status;
    char why[NOTIFY_ERROR_MAX + CURL_ERROR_SIZE];
    if (rc == CURLE_OK && status >= 200 && status <= 299)
        out->delivered = true;
    else if (rc == CURLE_OK)
        snprintf(why, sizeof why, "HTTP %ld from the gateway", status);
    else if (rc == CURLE_OPERATION_TIMEDOUT)
        snprintf(why, sizeof why, "timeout after %ld ms", c->timeout_ms);
    else if (rc == CURLE_ABORTED_BY_CALLBACK)
        snprintf(why, sizeof why, "cancelled: the sender stopped");
    else
        snprintf(why, sizeof why, "%s%s%s", curl_easy_strerror(rc), s->error[0] ? ": " : "",
                 s->error);
    if (!out->delivered)
        fail(out, true, why);
    slot_clear(c, s);
    s->state = SLOT_ENDED;
    s->ended = c->n_ended++;
}

/* Ends every transfer libcurl reports done; how many. */
static size_t reap(notify_client_t *c)
{
    size_t n = 0;
    int left;
    CURLMsg *msg;
    while ((msg = curl_multi_info_read(c->multi, &left)) != NULL) {
        slot_t *s = NULL;
        if (msg->msg != CURLMSG_DONE ||
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&s) != CURLE_OK || !s)
            continue;
        slot_end(c, s, msg->data.result);
        n++;
    }
    return n;
}

void notify_client_run(notify_client_t *c, long wait_ms)
{
    if (atomic_load(&c->cancelled)) {
        for (size_t i = 0; i < c->n_slots; i++)
            if (c->slots[i].state == SLOT_RUNNING)
                slot_end(c, &c->slots[i], CURLE_ABORTED_BY_CALLBACK);
        return;
    }
    int running;
    curl_multi_perform(c->multi, &running);
    if (reap(c) > 0 || wait_ms <= 0)
        return;
    curl_multi_poll(c->multi, NULL, 0, wait_ms > INT_MAX ? INT_MAX : (int)wait_ms, NULL);
    if (atomic_load(&c->cancelled))
        return; /* the next run ends them */
    curl_multi_perform(c->multi, &running);
    reap(c);
}

bool notify_client_end(notify_client_t *c, void **tag, notify_outcome_t *out)
{
    slot_t *first = NULL;
    for (size_t i = 0; i < c->n_slots; i++)
        if (c->slots[i].state == SLOT_ENDED && (!first || c->slots[i].ended < first->ended))
            first = &c->slots[i];
    if (!first)
        return false;
    if (tag)
        *tag = first->tag;
    if (out)
        *out = first->outcome;
    first->state = SLOT_FREE;
    first->tag = NULL;
    return true;
}

void notify_client_post(notify_client_t *c, const notify_msg_t *m, notify_outcome_t *out)
{
    long wait;
    /* the rate limit's wait, in steps of at most 100 ms so a stop is heard */
    while ((wait = notify_client_ready_in(c)) > 0 && !atomic_load(&c->cancelled)) {
        struct timespec ts = {0, (wait < 100 ? wait : 100) * 1000000L};
        nanosleep(&ts, NULL);
    }
    if (notify_client_begin(c, m, NULL, out) != NOTIFY_OK)
        return;
    while (!notify_client_end(c, NULL, out))
        notify_client_run(c, 100);
}
