/*
 * feed.c - the /ws event feed: a snapshot on connect, then every committed
 * event in seq order, one lws_write per WRITEABLE callback.
 *
 * Committed events sit in a ring shared by all clients (each message keeps
 * LWS_PRE bytes in front so it is written in place); each client only keeps
 * the seq it needs next. A client behind the ring is served from the
 * durable log; one behind the log, or from another epoch, gets a snapshot.
 * A client may send {"type":"ping"} and gets {"type":"pong"}: pages use it
 * to notice a network that silently stopped passing packets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "log.h"
#include "render.h"
#include "web/web_int.h"

#define FEED_RING 1024   /* events kept in memory (~1 MiB); older ones come from the log */
#define FEED_RX_MAX 4096 /* largest message a client may send */
/* The most events one hello replays from the log to a public client: one
 * further behind gets a snapshot (the same state, in one message), so no
 * anonymous client can make the server read the whole history for it. Staff
 * and admin sockets (the audit log) may replay all of it. */
#define FEED_REPLAY_MAX 4096

typedef struct feed_msg {
    uint64_t seq;
    unsigned char *buf; /* LWS_PRE, then the JSON */
    size_t len;
    unsigned char *pub; /* the same without its staff id, or NULL */
    size_t pub_len;
} feed_msg_t;

struct feed_client {
    struct lws *wsi;
    uint64_t next;           /* next seq to send */
    unsigned char *snapshot; /* LWS_PRE + JSON, sent first; or NULL */
    size_t snapshot_len;
    char sid[AUTH_SID_HEX + 1]; /* session of a logged-in browser, or "" */
    bool audit;                 /* staff or admin: events keep their staff id */
    char rx[FEED_RX_MAX];
    size_t rx_len;
    bool pong;   /* owes a {"type":"pong"} to a ping */
    bool logout; /* its session ended: the next WRITEABLE closes it */
    feed_client_t *prev, *next_client;
};

struct feed {
    web_t *web;
    feed_msg_t ring[FEED_RING]; /* index seq % FEED_RING */
    uint64_t first, last;       /* seqs held in the ring; first > last: none */
    feed_client_t *clients;
    size_t n_clients;
};

feed_t *feed_new(web_t *w)
{
    feed_t *f = calloc(1, sizeof *f);
    if (f) {
        f->web = w;
        f->first = 1;
        f->last = 0;
    }
    return f;
}

void feed_free(feed_t *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < FEED_RING; i++) {
        free(f->ring[i].buf);
        free(f->ring[i].pub);
    }
    while (f->clients) {
        feed_client_t *c = f->clients;
        f->clients = c->next_client;
        free(c->snapshot);
        free(c);
    }
    free(f);
}

size_t feed_client_count(const feed_t *f)
{
    return f->n_clients;
}

static unsigned char *with_pre(const char *json, size_t len)
{
    unsigned char *b = malloc(LWS_PRE + len);
    if (b)
        memcpy(b + LWS_PRE, json, len);
    return b;
}

/* An event for the public feed (boards, phones, anyone): the staff id that
 * rides on a staff-made event for the audit log is left out. render_event
 * writes it last, as ,"staff":"..."}: the text before it, closed again.
 * NULL when the event has none (send it as it is) or out of memory. */
static unsigned char *without_staff(const char *json, size_t len, size_t *out_len)
{
    size_t i = jscan_last_member(json, len, "staff");
    if (i == 0)
        return NULL;
    unsigned char *b = with_pre(json, i + 1);
    if (b)
        b[LWS_PRE + i] = '}';
    *out_len = i + 1;
    return b;
}

/* Builds a snapshot for c at the engine's current seq. */
static void client_snapshot(feed_t *f, feed_client_t *c)
{
    hall_t *h = f->web->hall;
    queue_t *q = hall_queue(h);
    jsonw_t w;
    jsonw_init(&w, LWS_PRE);
    render_board(&w, q, hall_catalog(h), hall_epoch(h), queue_seq(q), true);
    free(c->snapshot);
    c->snapshot = (unsigned char *)jsonw_take(&w, &c->snapshot_len);
    c->next = queue_seq(q) + 1;
}

int feed_client_open(feed_t *f, struct lws *wsi, pss_t *pss, const char *sid, bool audit)
{
    feed_client_t *c = calloc(1, sizeof *c);
    if (!c)
        return -1;
    c->wsi = wsi;
    c->audit = audit;
    snprintf(c->sid, sizeof c->sid, "%s", sid);
    client_snapshot(f, c);
    if (!c->snapshot) {
        free(c);
        return -1;
    }
    c->next_client = f->clients;
    if (f->clients)
        f->clients->prev = c;
    f->clients = c;
    f->n_clients++;
    pss->client = c;
    lws_callback_on_writable(wsi);
    return 0;
}

void feed_client_close(feed_t *f, pss_t *pss)
{
    feed_client_t *c = pss ? pss->client : NULL;
    if (!c)
        return;
    if (c->prev)
        c->prev->next_client = c->next_client;
    else
        f->clients = c->next_client;
    if (c->next_client)
        c->next_client->prev = c->prev;
    f->n_clients--;
    free(c->snapshot);
    free(c);
    pss->client = NULL;
}

typedef struct log_read {
    unsigned char *buf;
    size_t len;
    uint64_t seq;
    bool audit; /* keep the staff id */
} log_read_t;

static int log_one(void *ctx, uint64_t seq, const char *json, size_t len)
{
    log_read_t *lr = ctx;
    lr->buf = NULL;
    if (!lr->audit)
        lr->buf = without_staff(json, len, &lr->len);
    if (!lr->buf) {
        lr->buf = with_pre(json, len);
        lr->len = len;
    }
    lr->seq = seq;
    return 1;
}

int feed_client_writeable(feed_t *f, struct lws *wsi, pss_t *pss)
{
    feed_client_t *c = pss->client;
    if (!c)
        return 0;
    if (c->logout) {
        /* a close frame with its reason, which lws sends on -1: the page
         * tells a logout (1000) from a dropped line (1006) */
        static const char why[] = "logged out";
        lws_close_reason(wsi, LWS_CLOSE_STATUS_NORMAL, (unsigned char *)why, sizeof why - 1);
        return -1;
    }
    if (c->snapshot) {
        int n = lws_write(wsi, c->snapshot + LWS_PRE, c->snapshot_len, LWS_WRITE_TEXT);
        free(c->snapshot);
        c->snapshot = NULL;
        if (n < (int)c->snapshot_len)
            return -1;
    } else if (c->pong) {
        static const char pong[] = "{\"type\":\"pong\"}";
        unsigned char buf[LWS_PRE + sizeof pong];
        memcpy(buf + LWS_PRE, pong, sizeof pong - 1);
        c->pong = false;
        if (lws_write(wsi, buf + LWS_PRE, sizeof pong - 1, LWS_WRITE_TEXT) < (int)sizeof pong - 1)
            return -1;
    } else {
        uint64_t committed = hall_committed_seq(f->web->hall);
        if (c->next > committed)
            return 0;
        if (c->next >= f->first && c->next <= f->last) {
            feed_msg_t *m = &f->ring[c->next % FEED_RING];
            unsigned char *buf = m->buf;
            size_t len = m->len;
            if (!c->audit && m->pub) {
                buf = m->pub;
                len = m->pub_len;
            }
            if (lws_write(wsi, buf + LWS_PRE, len, LWS_WRITE_TEXT) < (int)len)
                return -1;
            c->next++;
        } else {
            /* behind the ring: read the durable log */
            log_read_t lr = {NULL, 0, 0, c->audit};
            uint64_t first = hall_events_since(f->web->hall, c->next - 1, log_one, &lr);
            if (!lr.buf || lr.seq != c->next || c->next < first) {
                free(lr.buf);
                client_snapshot(f, c); /* the log no longer has it */
            } else {
                int n = lws_write(wsi, lr.buf + LWS_PRE, lr.len, LWS_WRITE_TEXT);
                free(lr.buf);
                if (n < (int)lr.len)
                    return -1;
                c->next++;
            }
        }
    }
    if (c->snapshot || c->pong || c->next <= hall_committed_seq(f->web->hall))
        lws_callback_on_writable(wsi);
    return 0;
}

/* {"type":"hello","since":N,"epoch":E}: replay after N, or a snapshot. */
static void client_hello(feed_t *f, feed_client_t *c, json_t *msg)
{
    hall_t *h = f->web->hall;
    json_t *since = json_object_get(msg, "since");
    const char *epoch = json_string_value(json_object_get(msg, "epoch"));
    uint64_t seq = queue_seq(hall_queue(h));
    if (json_is_integer(since) && json_integer_value(since) >= 0 && epoch &&
        strcmp(epoch, hall_epoch(h)) == 0 && (uint64_t)json_integer_value(since) <= seq &&
        (c->audit || seq - (uint64_t)json_integer_value(since) <= FEED_REPLAY_MAX)) {
        free(c->snapshot); /* they have a state; they want what follows it */
        c->snapshot = NULL;
        c->next = (uint64_t)json_integer_value(since) + 1;
    } else {
        client_snapshot(f, c);
    }
    lws_callback_on_writable(c->wsi);
}

int feed_client_receive(feed_t *f, struct lws *wsi, pss_t *pss, const void *in, size_t len)
{
    feed_client_t *c = pss->client;
    if (!c)
        return -1;
    if (c->rx_len + len > FEED_RX_MAX) {
        static const char why[] = "message too large";
        lws_close_reason(wsi, LWS_CLOSE_STATUS_MESSAGE_TOO_LARGE, (unsigned char *)why,
                         sizeof why - 1);
        return -1;
    }
    memcpy(c->rx + c->rx_len, in, len);
    c->rx_len += len;
    if (!lws_is_final_fragment(wsi) || lws_remaining_packet_payload(wsi) > 0)
        return 0;
    json_t *msg = json_loadb(c->rx, c->rx_len, 0, NULL);
    c->rx_len = 0;
    const char *type = json_string_value(json_object_get(msg, "type"));
    if (type && strcmp(type, "hello") == 0)
        client_hello(f, c, msg);
    else if (type && strcmp(type, "ping") == 0) {
        /* a page checking that its socket still reaches us */
        c->pong = true;
        lws_callback_on_writable(wsi);
    }
    /* anything else is ignored: the feed is read-only */
    json_decref(msg);
    return 0;
}

void feed_event(void *ctx, uint64_t seq, const char *json, size_t len)
{
    feed_t *f = ctx;
    feed_msg_t *m = &f->ring[seq % FEED_RING];
    unsigned char *buf = with_pre(json, len);
    if (!buf)
        return; /* clients fall back to the log */
    free(m->buf);
    free(m->pub);
    *m = (feed_msg_t){seq, buf, len, NULL, 0};
    m->pub = without_staff(json, len, &m->pub_len);
    if (f->first > f->last || seq != f->last + 1)
        f->first = seq; /* first event, or after a resync */
    f->last = seq;
    if (f->last - f->first >= FEED_RING)
        f->first = f->last - FEED_RING + 1;
    lws_callback_on_writable_all_protocol(f->web->ctx, f->web->protocol);
}

void feed_resync(void *ctx)
{
    feed_t *f = ctx;
    f->first = 1;
    f->last = 0;
    for (feed_client_t *c = f->clients; c; c = c->next_client) {
        client_snapshot(f, c);
        lws_callback_on_writable(c->wsi);
    }
}

bool feed_session_live(const feed_t *f, const char *sid)
{
    for (const feed_client_t *c = f->clients; sid[0] && c; c = c->next_client)
        if (strcmp(c->sid, sid) == 0 && !c->logout)
            return true;
    return false;
}

void feed_close_session(feed_t *f, const char *sid)
{
    if (!sid[0])
        return;
    for (feed_client_t *c = f->clients; c; c = c->next_client)
        if (strcmp(c->sid, sid) == 0) {
            c->logout = true;
            lws_callback_on_writable(c->wsi);
            /* a client that never reads is closed without the frame */
            lws_set_timeout(c->wsi, PENDING_TIMEOUT_CLOSE_SEND, 5);
        }
}
