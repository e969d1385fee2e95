/*
 * province.c - the HTTP and WebSocket server of mppagg, the province view
 * (web.h, docs/export.md): the page and its assets from the web folder,
 * GET /api/v1/halls and GET /healthz as JSON, and /ws (subprotocol
 * "mpp-province"), which sends the halls' figures on connect and again
 * whenever they change, at most four times a second. A small server of
 * its own: mppd's request machinery serves a hall (sessions, commits,
 * rate limits) and none of that applies here.
 */
#include <jansson.h>
#include <libwebsockets.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "web/web.h"
#include "web/web_int.h"

#define PUSH_US (250 * LWS_US_PER_MS)

typedef struct province {
    const web_province_t *p;
    struct lws_context *ctx;
    lws_sorted_usec_list_t tick;
    unsigned char *latest; /* LWS_PRE + {"type":"halls",...} */
    size_t latest_len;
    uint64_t version; /* of the view when latest was made */
    uint64_t pushes;  /* bumped with latest */
    volatile sig_atomic_t stop;
} province_t;

static province_t *the_province;

/* Per HTTP request: the reply body, written once headers are out. */
typedef struct pss_http {
    char *body;
    size_t len;
} pss_http_t;

typedef struct pss_ws {
    uint64_t sent; /* pushes sent to this client */
} pss_ws_t;

static const struct lws_protocols protocols[];

/* ---- the halls' figures ---- */

static void refresh(province_t *pr)
{
    json_t *halls = pr->p->halls(pr->p->ctx);
    json_object_set_new(halls, "type", json_string("halls"));
    char *text = json_dumps(halls, JSON_COMPACT);
    json_decref(halls);
    if (!text)
        return;
    size_t n = strlen(text);
    unsigned char *buf = malloc(LWS_PRE + n);
    if (buf) {
        memcpy(buf + LWS_PRE, text, n);
        free(pr->latest);
        pr->latest = buf;
        pr->latest_len = n;
        pr->pushes++;
    }
    free(text);
}

static void tick(lws_sorted_usec_list_t *sul)
{
    province_t *pr = lws_container_of(sul, province_t, tick);
    uint64_t v = pr->p->version(pr->p->ctx);
    if (v != pr->version || !pr->latest) {
        pr->version = v;
        refresh(pr);
        lws_callback_on_writable_all_protocol(pr->ctx, &protocols[1]);
    }
    lws_sul_schedule(pr->ctx, 0, &pr->tick, tick, PUSH_US);
}

/* ---- HTTP ---- */

static int reply(struct lws *wsi, pss_http_t *pss, int status, json_t *body)
{
    pss->body = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    pss->len = pss->body ? strlen(pss->body) : 0;
    unsigned char buf[LWS_PRE + 512], *start = buf + LWS_PRE, *p = start,
                                      *end = buf + sizeof buf - 1;
    if (lws_add_http_common_headers(wsi, (unsigned)status, "application/json", pss->len, &p, end) ||
        lws_add_http_header_by_name(wsi, (const unsigned char *)"cache-control:",
                                    (const unsigned char *)"no-store", 8, &p, end) ||
        lws_finalize_write_http_header(wsi, start, &p, end))
        return 1;
    lws_callback_on_writable(wsi);
    return 0;
}

static int http_cb(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                   size_t len)
{
    province_t *pr = the_province;
    pss_http_t *pss = user;
    switch (reason) {
    case LWS_CALLBACK_HTTP: {
        char path[256];
        if (lws_hdr_copy(wsi, path, sizeof path, WSI_TOKEN_GET_URI) < 0)
            return reply(wsi, pss, 405,
                         json_pack("{s:{s:s, s:s}}", "error", "code", "method_not_allowed",
                                   "message", "only GET is served here"));
        if (strcmp(path, "/api/v1/halls") == 0)
            return reply(wsi, pss, 200, pr->p->halls(pr->p->ctx));
        if (strcmp(path, "/healthz") == 0)
            return reply(wsi, pss, 200, pr->p->health(pr->p->ctx));
        return reply(wsi, pss, 404,
                     json_pack("{s:{s:s, s:s}}", "error", "code", "not_found", "message",
                               "there is no such address here: the API has /api/v1/halls"));
    }
    case LWS_CALLBACK_HTTP_WRITEABLE: {
        if (!pss->body)
            return -1;
        unsigned char *buf = malloc(LWS_PRE + pss->len);
        if (!buf)
            return -1;
        memcpy(buf + LWS_PRE, pss->body, pss->len);
        int n = lws_write(wsi, buf + LWS_PRE, pss->len, LWS_WRITE_HTTP_FINAL);
        free(buf);
        free(pss->body);
        pss->body = NULL;
        if (n < 0 || lws_http_transaction_completed(wsi))
            return -1;
        return 0;
    }
    case LWS_CALLBACK_CLOSED_HTTP:
        free(pss->body);
        pss->body = NULL;
        return 0;
    default: return lws_callback_http_dummy(wsi, reason, user, in, len);
    }
}

/* ---- /ws ---- */

static int ws_cb(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                 size_t len)
{
    province_t *pr = the_province;
    pss_ws_t *pss = user;
    (void)in;
    (void)len;
    switch (reason) {
    case LWS_CALLBACK_ESTABLISHED:
        pss->sent = 0;
        lws_callback_on_writable(wsi);
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (!pr->latest || pss->sent == pr->pushes)
            return 0;
        if (lws_write(wsi, pr->latest + LWS_PRE, pr->latest_len, LWS_WRITE_TEXT) <
            (int)pr->latest_len)
            return -1;
        pss->sent = pr->pushes;
        return 0;
    default: return 0;
    }
}

static const struct lws_protocols protocols[] = {
    {"http", http_cb, sizeof(pss_http_t), 0, 0, NULL, 0},
    {"mpp-province", ws_cb, sizeof(pss_ws_t), 4096, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

/* ---- life ---- */

static void on_signal(int sig)
{
    (void)sig;
    if (the_province) {
        the_province->stop = 1;
        lws_cancel_service(the_province->ctx);
    }
}

int web_province_run(const web_province_t *p)
{
    province_t pr;
    memset(&pr, 0, sizeof pr);
    pr.p = p;
    the_province = &pr;
    lws_set_log_level(LLL_ERR, NULL);
    static struct lws_http_mount api, health, files;
    api = (struct lws_http_mount){.mountpoint = "/api",
                                  .mountpoint_len = 4,
                                  .origin = "http",
                                  .origin_protocol = LWSMPRO_CALLBACK};
    health = api;
    health.mountpoint = "/healthz";
    health.mountpoint_len = 8;
    health.mount_next = &api;
    files = (struct lws_http_mount){.mount_next = &health,
                                    .mountpoint = "/",
                                    .mountpoint_len = 1,
                                    .origin = p->web_dir,
                                    .def = "province.html",
                                    .origin_protocol = LWSMPRO_FILE};
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = p->port;
    info.protocols = protocols;
    info.mounts = &files;
    info.headers = web_security_pvo(); /* the CSP and the rest, as mppd sends them */
    info.options = LWS_SERVER_OPTION_VALIDATE_UTF8;
    pr.ctx = lws_create_context(&info);
    if (!pr.ctx) {
        log_error("agg", "cannot listen on port %d", p->port);
        the_province = NULL;
        return 1;
    }
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGPIPE, SIG_IGN);
    lws_sul_schedule(pr.ctx, 0, &pr.tick, tick, 1);
    log_info("agg", "the province view listens on http://localhost:%d/", p->port);
    while (!pr.stop && lws_service(pr.ctx, 0) >= 0) {
    }
    lws_context_destroy(pr.ctx);
    free(pr.latest);
    the_province = NULL;
    return 0;
}
