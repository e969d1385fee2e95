/*
 * limits.c - per-key request counting over the last 60 s (this minute's
 * count and the last minute's in proportion: a sliding window, so no
 * burst gets twice the limit across a minute's boundary), for the rate
 * limits on ticket issue and login and for log lines written once a
 * minute; the cap on connections open at once from one address; and the
 * share of lws's header slots one peer may hold with bodies being read.
 * The rate table is fixed: a key hashes to a slot; a slot holding another
 * key no longer counting is taken over, so the table never grows and a
 * flood of addresses cannot exhaust memory.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "log.h"
#include "web/web_int.h"

#define RATE_PROBES 8       /* slots a key may take, from the one it hashes to */
#define WEB_RATE_SLOTS 4096 /* keys counted at once */
#define WEB_BODY_SLOTS 512  /* peer addresses with bodies being read at once */

/* A rate-limit window per key (IP or account). */
typedef struct rate_slot {
    char key[WEB_IP_MAX + 8];
    int64_t window; /* minute the count belongs to */
    int count;
    int prev; /* the count of the minute before it */
} rate_slot_t;

/* The peer of an open connection, by its socket number. */
typedef struct conn_slot {
    unsigned char addr[16]; /* IPv6, or IPv4 as ::ffff:a.b.c.d */
    uint16_t port;
    bool used;
} conn_slot_t;

/* A peer address with request bodies being read: each holds one of lws's
 * header slots until it is whole. */
typedef struct body_slot {
    unsigned char addr[16];
    int n; /* bodies being read */
} body_slot_t;

struct limits {
    rate_slot_t rate[WEB_RATE_SLOTS];
    conn_slot_t *conns;     /* by socket number, below n_conns */
    int n_conns, conns_top; /* table size; highest socket seen + 1 */
    uint64_t conns_refused;
    body_slot_t bodies[WEB_BODY_SLOTS]; /* peers with bodies being read */
    size_t n_bodies;
    uint64_t bodies_refused; /* over the per-address share or too slow */
};

uint64_t web_hash64(const void *p, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *b = p; n--; b++)
        h = (h ^ *b) * 1099511628211ull;
    return h;
}

/* The rate key of `kind` and `key` ("i:10.0.0.5") into k, and the slot it
 * hashes to. */
static uint32_t rate_key(char kind, const char *key, char *k, size_t n)
{
    snprintf(k, n, "%c:%s", kind, key);
    return (uint32_t)(web_hash64(k, strlen(k)) % WEB_RATE_SLOTS);
}

/* The hits of slot s in the minute that ends at now_ms, times 60000: this
 * minute's count, and the previous minute's in proportion to how much of
 * it still lies within the last 60 s. A fixed window would let twice the
 * limit through across a minute's boundary. */
static int64_t rate_weight(const rate_slot_t *s, int64_t now_ms)
{
    int64_t minute = now_ms / 60000, left = 60000 - now_ms % 60000;
    if (s->window == minute)
        return (int64_t)s->count * 60000 + (int64_t)s->prev * left;
    if (s->window == minute - 1)
        return (int64_t)s->count * left;
    return 0;
}

/* The slot of `kind` and `key`, found or taken (a free one, or one no
 * longer counting), rolled on to the minute of now_ms. */
static rate_slot_t *rate_slot(web_t *w, char kind, const char *key, int64_t now_ms)
{
    char k[WEB_IP_MAX + 8];
    uint32_t start = rate_key(kind, key, k, sizeof k);
    int64_t minute = now_ms / 60000;
    rate_slot_t *s = NULL, *victim = NULL;
    for (uint32_t i = 0; i < RATE_PROBES && !s; i++) {
        rate_slot_t *t = &w->limits->rate[(start + i) % WEB_RATE_SLOTS];
        if (strcmp(t->key, k) == 0)
            s = t;
        else if (!victim && (t->key[0] == '\0' || t->window < minute - 1))
            victim = t;
    }
    if (!s) {
        s = victim ? victim : &w->limits->rate[start]; /* all busy: share the slot */
        snprintf(s->key, sizeof s->key, "%s", k);
        s->window = minute;
        s->count = s->prev = 0;
    }
    if (s->window != minute) { /* a new minute: the last one becomes prev */
        s->prev = s->window == minute - 1 ? s->count : 0;
        s->count = 0;
        s->window = minute;
    }
    return s;
}

bool web_rate_ok(web_t *w, char kind, const char *key, int per_min, int64_t now_ms)
{
    if (per_min <= 0)
        return true;
    rate_slot_t *s = rate_slot(w, kind, key, now_ms);
    s->count++;
    return rate_weight(s, now_ms) <= (int64_t)per_min * 60000;
}

bool web_log_due(web_t *w, char kind, const char *key, int64_t now_ms)
{
    return rate_slot(w, kind, key, now_ms)->count++ == 0;
}

int web_rate_count(const web_t *w, char kind, const char *key, int64_t now_ms)
{
    char k[WEB_IP_MAX + 8];
    uint32_t start = rate_key(kind, key, k, sizeof k);
    for (uint32_t i = 0; i < RATE_PROBES; i++) {
        const rate_slot_t *s = &w->limits->rate[(start + i) % WEB_RATE_SLOTS];
        if (strcmp(s->key, k) == 0) /* rounded up: a part of a hit counts */
            return (int)((rate_weight(s, now_ms) + 59999) / 60000);
    }
    return 0;
}

/* ---- open connections per address ----
 * Debian's lws has no peer limits, and by the time lws says a connection
 * is gone its socket number is no longer known. So each accepted socket's
 * peer is written in a table indexed by the socket number, and entries are
 * checked lazily: a socket number can only be reused after its connection
 * closed, so a new accept overwrites the old entry, and when an address
 * reaches its cap every socket counted for it is asked (getpeername)
 * whether it is still that peer. Nothing to do when a connection closes. */

limits_t *web_limits_new(void)
{
    limits_t *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    struct rlimit rl;
    rlim_t n = getrlimit(RLIMIT_NOFILE, &rl) == 0 ? rl.rlim_cur : 1024;
    if (n == RLIM_INFINITY || n > 1 << 20)
        n = 1 << 20;
    l->conns = calloc((size_t)n, sizeof *l->conns); /* untouched pages cost nothing */
    if (!l->conns) {
        free(l);
        return NULL;
    }
    l->n_conns = (int)n;
    return l;
}

void web_limits_free(limits_t *l)
{
    if (l)
        free(l->conns);
    free(l);
}

uint64_t web_limits_conns_refused(const limits_t *l)
{
    return l->conns_refused;
}

uint64_t web_limits_bodies_refused(const limits_t *l)
{
    return l->bodies_refused;
}

void web_limits_body_too_slow(limits_t *l)
{
    l->bodies_refused++;
}

/* The peer of socket `fd` as a 16-byte address (IPv4 mapped) and port. */
static bool peer_of(int fd, unsigned char addr[16], uint16_t *port)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getpeername(fd, (struct sockaddr *)&ss, &len) != 0)
        return false;
    if (ss.ss_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)&ss;
        memcpy(addr, &s6->sin6_addr, 16);
        *port = ntohs(s6->sin6_port);
        return true;
    }
    if (ss.ss_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)&ss;
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        memcpy(addr, mapped, 12);
        memcpy(addr + 12, &s4->sin_addr, 4);
        *port = ntohs(s4->sin_port);
        return true;
    }
    return false; /* a unix socket: not from the network */
}

/* How many sockets are counted for `addr`; with `verify`, entries whose
 * socket is no longer that peer are dropped first. */
static int conns_of(web_t *w, const unsigned char addr[16], bool verify)
{
    int n = 0;
    for (int fd = 0; fd < w->limits->conns_top; fd++) {
        conn_slot_t *c = &w->limits->conns[fd];
        if (!c->used || memcmp(c->addr, addr, 16) != 0)
            continue;
        if (verify) {
            unsigned char now[16];
            uint16_t port;
            if (!peer_of(fd, now, &port) || memcmp(now, addr, 16) != 0 || port != c->port) {
                c->used = false;
                continue;
            }
        }
        n++;
    }
    return n;
}

bool web_conn_accept(web_t *w, int fd)
{
    if (fd < 0 || fd >= w->limits->n_conns)
        return true;
    conn_slot_t *c = &w->limits->conns[fd];
    c->used = false; /* whatever had this number before has closed */
    int cap = w->cfg->conns_per_ip;
    unsigned char addr[16];
    uint16_t port;
    if (cap <= 0 || !peer_of(fd, addr, &port))
        return true;
    char ip[INET6_ADDRSTRLEN];
    if (!inet_ntop(AF_INET6, addr, ip, sizeof ip) || config_rate_allowed(w->cfg, ip) ||
        config_proxy_trusted(w->cfg, ip))
        return true;
    if (conns_of(w, addr, false) >= cap && conns_of(w, addr, true) >= cap) {
        w->limits->conns_refused++;
        int64_t now_ms = hall_now(w->hall);
        if (web_log_due(w, 'c', ip, now_ms)) /* one line a minute per address */
            log_warn("web",
                     "refused a connection from %s: %d already open (rate_limits."
                     "connections_per_ip)",
                     ip, cap);
        return false;
    }
    memcpy(c->addr, addr, 16);
    c->port = port;
    c->used = true;
    if (fd >= w->limits->conns_top)
        w->limits->conns_top = fd + 1;
    return true;
}

/* The entry of `addr` among the peers with bodies being read (few at any
 * moment, kept dense), or NULL. */
static body_slot_t *body_find(web_t *w, const unsigned char addr[16])
{
    for (size_t i = 0; i < w->limits->n_bodies; i++)
        if (memcmp(w->limits->bodies[i].addr, addr, 16) == 0)
            return &w->limits->bodies[i];
    return NULL;
}

bool web_body_begin(web_t *w, struct lws *wsi, pss_t *pss)
{
    web_body_end(w, pss);
    uint16_t port;
    if (!peer_of(lws_get_socket_fd(wsi), pss->body_addr, &port))
        return true;
    body_slot_t *b = body_find(w, pss->body_addr);
    if (!b) {
        if (w->limits->n_bodies == WEB_BODY_SLOTS)
            return true; /* never refuse a hall's many kiosks for the table's size */
        b = &w->limits->bodies[w->limits->n_bodies++];
        memcpy(b->addr, pss->body_addr, 16);
        b->n = 0;
    }
    if (b->n >= WEB_BODIES_PER_PEER) {
        w->limits->bodies_refused++;
        char ip[INET6_ADDRSTRLEN];
        if (inet_ntop(AF_INET6, pss->body_addr, ip, sizeof ip) &&
            web_log_due(w, 'b', ip, hall_now(w->hall)))
            log_warn("web", "refused a request body from %s: %d already being read", ip,
                     WEB_BODIES_PER_PEER);
        return false;
    }
    b->n++;
    pss->body_counted = true;
    return true;
}

void web_body_end(web_t *w, pss_t *pss)
{
    if (!pss->body_counted)
        return;
    pss->body_counted = false;
    body_slot_t *b = body_find(w, pss->body_addr);
    if (b && --b->n <= 0)
        *b = w->limits->bodies[--w->limits->n_bodies]; /* keep the list dense */
}
