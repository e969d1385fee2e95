/* lws_floor.c - the broadcast floor of the benchmarks: a bare
 * libwebsockets server with nothing behind it. A WebSocket client gets a
 * small snapshot when it connects; every HTTP POST (any path, any body)
 * answers 200 {} and broadcasts the bytes of MESSAGE_FILE (mppd's own
 * ticket.called message, captured in the same run) to every client, one
 * lws_write per WRITEABLE callback, as mppd's feed does. The same client
 * program (ws_clients) times it exactly as it times mppd.
 *   lws_floor PORT MESSAGE_FILE
 */
#define _POSIX_C_SOURCE 200809L
#include <libwebsockets.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned gen;    /* broadcast generation this client has */
    bool snapshot;   /* the snapshot is sent */
    bool http_reply; /* an HTTP reply body is due */
} pss_floor_t;

static unsigned char *msg; /* owned: LWS_PRE + the message */
static size_t msg_len;
static unsigned gen;
static const struct lws_protocols *proto;
static volatile sig_atomic_t stop;
static struct lws_context *ctx;

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len)
{
    pss_floor_t *pss = user;
    switch (reason) {
    case LWS_CALLBACK_HTTP:
        if (lws_hdr_total_length(wsi, WSI_TOKEN_POST_URI) == 0) {
            lws_return_http_status(wsi, HTTP_STATUS_NOT_FOUND, NULL);
            return -1;
        }
        {
            char cl[32] = "";
            if (lws_hdr_copy(wsi, cl, sizeof cl, WSI_TOKEN_HTTP_CONTENT_LENGTH) <= 0 ||
                atoi(cl) == 0)
                goto complete;
        }
        return 0; /* the body follows */
    case LWS_CALLBACK_HTTP_BODY: return 0;
    case LWS_CALLBACK_HTTP_BODY_COMPLETION:
    complete : {
        gen++;
        lws_callback_on_writable_all_protocol(lws_get_context(wsi), proto);
        unsigned char buf[LWS_PRE + 256], *start = buf + LWS_PRE, *p = start,
                                          *end = buf + sizeof buf - 1;
        if (lws_add_http_common_headers(wsi, HTTP_STATUS_OK, "application/json", 2, &p, end) ||
            lws_finalize_write_http_header(wsi, start, &p, end))
            return 1;
        pss->http_reply = true;
        lws_callback_on_writable(wsi);
        return 0;
    }
    case LWS_CALLBACK_HTTP_WRITEABLE: {
        if (!pss->http_reply)
            return 0;
        unsigned char body[LWS_PRE + 2];
        memcpy(body + LWS_PRE, "{}", 2);
        pss->http_reply = false;
        if (lws_write(wsi, body + LWS_PRE, 2, LWS_WRITE_HTTP_FINAL) != 2)
            return -1;
        return lws_http_transaction_completed(wsi) ? -1 : 0;
    }
    case LWS_CALLBACK_ESTABLISHED:
        pss->gen = gen;
        pss->snapshot = false;
        lws_callback_on_writable(wsi);
        return 0;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (!pss->snapshot) {
            static const char snap[] = "{\"type\":\"snapshot\",\"seq\":0}";
            unsigned char b[LWS_PRE + sizeof snap];
            memcpy(b + LWS_PRE, snap, sizeof snap - 1);
            if (lws_write(wsi, b + LWS_PRE, sizeof snap - 1, LWS_WRITE_TEXT) < 0)
                return -1;
            pss->snapshot = true;
        } else if (pss->gen != gen) {
            if (lws_write(wsi, msg + LWS_PRE, msg_len, LWS_WRITE_TEXT) < (int)msg_len)
                return -1;
            pss->gen++;
        }
        if (pss->gen != gen)
            lws_callback_on_writable(wsi);
        return 0;
    default: return lws_callback_http_dummy(wsi, reason, user, in, len);
    }
}

static const struct lws_protocols protocols[] = {
    {"floor", callback, sizeof(pss_floor_t), 4096, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
    if (ctx)
        lws_cancel_service(ctx);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: lws_floor PORT MESSAGE_FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    msg = malloc(LWS_PRE + (size_t)(n > 0 ? n : 1));
    if (!msg || n <= 0 || fread(msg + LWS_PRE, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "lws_floor: cannot read %s\n", argv[2]);
        return 1;
    }
    fclose(f);
    msg_len = (size_t)n;

    lws_set_log_level(LLL_ERR, NULL);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = atoi(argv[1]);
    info.protocols = protocols;
    info.max_http_header_pool = 1024;
    ctx = lws_create_context(&info);
    if (!ctx) {
        fprintf(stderr, "lws_floor: cannot listen on port %s\n", argv[1]);
        return 1;
    }
    proto = &protocols[0];
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    printf("lws_floor ready on port %s, %zu-byte message\n", argv[1], msg_len);
    fflush(stdout);
    while (!stop && lws_service(ctx, 0) >= 0)
        ;
    lws_context_destroy(ctx);
    free(msg);
    return 0;
}
