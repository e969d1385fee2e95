/*
 * harness.c - mppd's request path in one process, for the fuzz targets
 * (harness.h): a hall, an lws context that listens on no port but runs
 * mppd's protocol callback, and one socket pair per connection, the server
 * end adopted by lws as an accepted connection would be.
 *
 * The wiring is server.c's own (web_open, web_close); what web_run() adds
 * for a hall is left out: no listening socket, no signals, no watch of the
 * plugins folder. The engine's one-second tick runs before every exchange
 * instead of on a timer.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "harness.h"
#include "web/web_int.h"

#define HARNESS_SESSIONS 8
#define HARNESS_DEADLINE_MS 20000 /* one exchange; past it the server stalled */
#define HARNESS_IDLE_ROUNDS 4     /* loop turns without a byte moving = quiet */

typedef struct harness_session {
    char name[AUTH_NAME_MAX];
    char token[AUTH_TOKEN_HEX + 1];
} harness_session_t;

struct web_harness {
    web_t web;               /* owns hall, feed and lws context */
    struct lws_vhost *vhost; /* the default vhost, listening nowhere */
    int commit_wait;         /* a hall_wait of ours is still pending */
    bool commit_news;        /* it ended since the loop last looked */
    harness_session_t sessions[HARNESS_SESSIONS];
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* lws's own complaints about malformed input are expected here by the
 * thousand: keep them at debug level. */
static unsigned long lws_complaints; /* lines lws logged: one logger per process */

static void lws_quiet(int level, const char *line)
{
    (void)level;
    lws_complaints++;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", line);
    msg[strcspn(msg, "\r\n")] = '\0';
    log_debug("lws", "%s", msg);
}

int web_harness_open(web_harness_t **out, const config_t *cfg, char *err, size_t errlen)
{
    *out = NULL;
    web_harness_t *h = calloc(1, sizeof *h);
    if (!h) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    lws_set_log_level(LLL_ERR | LLL_WARN, lws_quiet);
    /* mppd's own wiring (server.c), on a context that listens nowhere */
    if (web_open(&h->web, cfg, false, err, errlen) != 0) {
        free(h);
        return -1;
    }
    h->vhost = lws_get_vhost_by_name(h->web.ctx, "default");
    if (!h->vhost) {
        snprintf(err, errlen, "lws made no default vhost");
        web_close(&h->web);
        free(h);
        return -1;
    }
    *out = h;
    return 0;
}

void web_harness_close(web_harness_t *h)
{
    if (!h)
        return;
    web_close(&h->web);
    free(h);
}

unsigned long web_harness_lws_complaints(void)
{
    return lws_complaints;
}

static void commit_done(void *ctx, int rc)
{
    (void)rc;
    web_harness_t *h = ctx;
    h->commit_wait = 0;
    h->commit_news = true;
}

/* True when every change made so far is durable and announced. */
static bool commits_idle(web_harness_t *h)
{
    if (h->commit_wait)
        return false;
    h->commit_wait = 1;
    if (hall_wait(h->web.hall, commit_done, h) != 0)
        h->commit_wait = 0; /* no memory for a waiter: do not wait on it */
    if (h->commit_wait)
        return false;
    h->commit_news = false; /* nothing was pending: no news */
    return true;
}

/* Appends n bytes to the growing buffer *buf of *len bytes (cap *cap). */
static int append(char **buf, size_t *len, size_t *cap, const char *data, size_t n)
{
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n + 1)
            c *= 2;
        char *p = realloc(*buf, c);
        if (!p)
            return -1;
        *buf = p;
        *cap = c;
    }
    memcpy(*buf + *len, data, n);
    *len += n;
    (*buf)[*len] = '\0';
    return 0;
}

int web_harness_exchange(web_harness_t *h, const void *in, size_t len, char **out, size_t *out_len)
{
    web_t *w = &h->web;
    *out = NULL;
    *out_len = 0;
    /* what the one-second timer does in mppd */
    queue_tick(hall_queue(w->hall), hall_now(w->hall));
    hall_flush(w->hall);

    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0)
        return -1;
    struct lws *conn = lws_adopt_socket_vhost(h->vhost, sv[0]);
    if (!conn) { /* lws closed sv[0] */
        close(sv[1]);
        return -1;
    }
    char *buf = NULL;
    size_t got = 0, cap = 0, written = 0;
    bool shut = false, eof = false;
    int idle = 0, rc = 0;
    int64_t deadline = mono_ms() + HARNESS_DEADLINE_MS;
    const char *bytes = in;
    while (!eof) {
        bool moved = false;
        if (written < len) {
            ssize_t n = write(sv[1], bytes + written, len - written);
            if (n > 0) {
                written += (size_t)n;
                moved = true;
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                written = len; /* the server closed: the rest is not read */
            }
        }
        lws_service(w->ctx, -1);
        if (h->commit_news) {
            /* a commit ended in that turn: its replies go out in the next */
            h->commit_news = false;
            moved = true;
        }
        for (;;) {
            char chunk[16384];
            ssize_t n = read(sv[1], chunk, sizeof chunk);
            if (n > 0) {
                if (append(&buf, &got, &cap, chunk, (size_t)n) != 0) {
                    rc = -1;
                    eof = true;
                    break;
                }
                moved = true;
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EINTR))
                eof = true;
            break;
        }
        if (eof)
            break;
        idle = moved ? 0 : idle + 1;
        if (idle < HARNESS_IDLE_ROUNDS)
            continue;
        if (mono_ms() > deadline) {
            rc = -1;
            break;
        }
        if (!commits_idle(h)) {
            /* the writer is committing: give it the CPU, then collect */
            struct pollfd pfd = {sv[1], POLLIN, 0};
            poll(&pfd, 1, 1);
            continue;
        }
        if (written < len) {
            /* the server reads no more: it waits for its output to drain,
             * or it stopped reading; either way it has had its say */
            written = len;
        }
        const pss_t *pss = lws_wsi_user(conn); /* open: our read saw no EOF */
        if (!shut && pss && pss->reply) {
            /* an answer is on its way: lws 4.1 drops it when it reads the
             * client's end of file first, so the client waits for it */
            struct pollfd pfd = {sv[1], POLLIN, 0};
            poll(&pfd, 1, 1);
            continue;
        }
        if (!shut) {
            shutdown(sv[1], SHUT_WR); /* the client has nothing more to say */
            shut = true;
            idle = 0;
            continue;
        }
        if (idle > 16 * HARNESS_IDLE_ROUNDS)
            break; /* a connection that stays open after the client's EOF */
        struct pollfd pfd = {sv[1], POLLIN, 0};
        poll(&pfd, 1, 1);
    }
    close(sv[1]);
    /* let lws see the close and free the connection */
    for (int i = 0; i < 8; i++)
        lws_service(w->ctx, -1);
    if (rc != 0) {
        free(buf);
        return -1;
    }
    if (!buf && append(&buf, &got, &cap, "", 0) != 0)
        return -1;
    *out = buf;
    *out_len = got;
    return 0;
}

/* Runs the loop until every change made so far is durable. */
static int harness_settle(web_harness_t *h)
{
    int64_t deadline = mono_ms() + HARNESS_DEADLINE_MS;
    while (!commits_idle(h)) {
        if (mono_ms() > deadline)
            return -1;
        lws_service(h->web.ctx, -1);
        struct timespec ts = {0, 100000};
        nanosleep(&ts, NULL);
    }
    return 0;
}

int web_harness_session(web_harness_t *h, const char *name, const char *role, const char *agency,
                        char token[65])
{
    harness_session_t *slot = NULL;
    for (size_t i = 0; i < HARNESS_SESSIONS && !slot; i++)
        if (strcmp(h->sessions[i].name, name) == 0 || !h->sessions[i].name[0])
            slot = &h->sessions[i];
    if (!slot)
        return -1;
    uint8_t hash[32];
    auth_session_t known;
    if (slot->name[0] && auth_token_hash(slot->token, hash) &&
        hall_session_get(h->web.hall, hash, &known) == 0) {
        memcpy(token, slot->token, AUTH_TOKEN_HEX + 1);
        return 0;
    }
    auth_user_t u;
    memset(&u, 0, sizeof u);
    snprintf(u.name, sizeof u.name, "%s", name);
    snprintf(u.agency, sizeof u.agency, "%s", agency ? agency : "");
    char err[256];
    if (auth_role_parse(role, &u.role) != 0)
        return -1;
    if (!slot->name[0] &&
        hall_user_put(h->web.hall, &u, "harness-password-not-for-login", err, sizeof err) != 0)
        return -1;
    hall_flush(h->web.hall);
    if (harness_settle(h) != 0 || hall_user_get(h->web.hall, name, &u) != 0)
        return -1; /* the account, durable, and its credential generation */
    auth_session_t sess;
    auth_session_new(&u, hall_now(h->web.hall), slot->token, &sess);
    if (hall_session_put(h->web.hall, &sess) != 0)
        return -1;
    hall_flush(h->web.hall);
    if (harness_settle(h) != 0)
        return -1;
    snprintf(slot->name, sizeof slot->name, "%s", name);
    memcpy(token, slot->token, AUTH_TOKEN_HEX + 1);
    return 0;
}
