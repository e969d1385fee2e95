/* ws_clients.c - the benchmarks' WebSocket load: N clients of a /ws feed
 * held by one process on its own epoll loop (a minimal RFC 6455 client:
 * handshake, unmasked server frames, fragments, ping/pong, close), plus the
 * HTTP requests that make the events, sent on the same loop so the clock
 * that starts at a request and stops at each client's message is one clock.
 *
 * What it does, in order, as the options ask:
 *   1. connect --clients N to ws://HOST:PORT/ws (at most 256 handshakes at
 *      once, or spread evenly over --connect-ms) and wait for each one's
 *      first message (mppd's snapshot);
 *   2. --pid: print mppd's memory (VmRSS, RssAnon, RssFile of /proc/PID);
 *      --fill N --fill-service S: issue N tickets of S over 64 keep-alive
 *      connections (a queue or a store filled before a measurement);
 *   3. --exec CMD --marker M: run CMD (sh -c) and time until every client
 *      has a message containing M (a plugin reload and its agency.updated);
 *   4. --rounds R (--dump FILE keeps the first ticket.called message): R times POST --call-path (a counter's call), time until
 *      every client has the message containing "ticket.called" and the HTTP
 *      reply; then POST --finish-path and wait for "ticket.finished" (not
 *      timed; --finish-path none skips it, for the bare lws floor);
 *   5. --mixed SECONDS: a compressed hall: --extra phones connect within
 *      --extra-ms, 2 tickets/s (POST /api/v1/tickets round-robin over
 *      --services), 1 call/s round-robin over --counters (each finished
 *      before its next call), RSS sampled every 10 s; latency of each call
 *      to every client connected when it was sent;
 *   6. --hold-ms: keep every connection open this long, then count drops.
 * Every client that closes or fails after its handshake counts as dropped.
 *   ws_clients --port P --clients N [options]   (see usage())
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { ST_FREE, ST_CONNECTING, ST_HANDSHAKE, ST_OPEN, ST_CLOSED };

typedef struct {
    int fd;
    int state;
    bool ready;        /* first message (the snapshot) received */
    bool expect;       /* open when the timed request was sent */
    bool seen;         /* the awaited marker arrived */
    double at;         /* when it arrived (ms, monotonic) */
    unsigned char *rx; /* owned: bytes received and not yet parsed */
    size_t rx_len, rx_cap;
} ws_conn_t;

typedef struct {
    int fd;
    bool busy;  /* a request is in flight */
    bool done;  /* its reply is complete */
    int status; /* of the last reply */
    char *rx;   /* owned: the reply being read */
    size_t rx_len, rx_cap;
    char body[4096]; /* the last reply's body (cut) */
    double sent_at, reply_at;
} http_conn_t;

static struct {
    const char *fill_service;
    long fill;
    const char *host, *cookie, *call_path, *finish_path, *dump, *exec_cmd, *marker;
    int port, clients, rounds, pid, extra, extra_ms, connect_ms, hold_ms, timeout_ms;
    double mixed_s;
    char services[64][128];
    int n_services;
    int counters[128];
    int n_counters;
} opt;

static int ep;
static ws_conn_t *conns; /* owned: clients + extra */
static int n_conns;
static int dropped, failed_connects;
static const char *want; /* the marker the clients wait for now */
static bool dumped;
static struct sockaddr_in addr;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void die(const char *what)
{
    fprintf(stderr, "ws_clients: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void grow(void *pbuf, size_t *cap, size_t need)
{
    unsigned char **buf = pbuf;
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 2048;
    while (c < need)
        c *= 2;
    unsigned char *n = realloc(*buf, c);
    if (!n)
        die("out of memory");
    *buf = n;
    *cap = c;
}

/* ---- sockets ---- */

static int open_socket(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("socket");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0 && errno != EINPROGRESS)
        die("connect");
    return fd;
}

static void send_all(int fd, const char *buf, size_t len)
{
    /* small writes on a fresh or idle socket: the kernel buffer takes them */
    while (len) {
        ssize_t n = write(fd, buf, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return; /* the read side reports the failure */
        buf += n;
        len -= (size_t)n;
    }
}

/* ---- WebSocket clients ---- */

static void ws_drop(ws_conn_t *c)
{
    if (c->state == ST_OPEN)
        dropped++;
    else
        failed_connects++;
    epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    c->state = ST_CLOSED;
    free(c->rx);
    c->rx = NULL;
    c->rx_len = c->rx_cap = 0;
}

static void ws_start(int i)
{
    ws_conn_t *c = &conns[i];
    c->fd = open_socket();
    c->state = ST_CONNECTING;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP, .data.u64 = (uint64_t)i};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) != 0)
        die("epoll_ctl");
}

static void ws_send_handshake(ws_conn_t *c)
{
    char req[1024];
    int n = snprintf(req, sizeof req,
                     "GET /ws HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n%s%s%s\r\n",
                     opt.host, opt.port, opt.cookie ? "Cookie: " : "", opt.cookie ? opt.cookie : "",
                     opt.cookie ? "\r\n" : "");
    send_all(c->fd, req, (size_t)n);
    c->state = ST_HANDSHAKE;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLRDHUP, .data.u64 = (uint64_t)(c - conns)};
    epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
}

static void ws_message(ws_conn_t *c, const unsigned char *p, size_t len, bool fin)
{
    if (fin && !c->ready) {
        c->ready = true;
        return;
    }
    if (!want || c->seen || !memmem(p, len, want, strlen(want)))
        return;
    c->seen = true;
    c->at = now_ms();
    if (opt.dump && !dumped && strstr(want, "ticket.called")) { /* the floor's message */
        FILE *f = fopen(opt.dump, "wb");
        if (f) {
            fwrite(p, 1, len, f);
            fclose(f);
        }
        dumped = true;
    }
}

/* Parses the frames in c->rx; returns -1 when the connection must go. */
static int ws_parse(ws_conn_t *c)
{
    size_t off = 0;
    if (c->state == ST_HANDSHAKE) {
        unsigned char *end = memmem(c->rx, c->rx_len, "\r\n\r\n", 4);
        if (!end)
            return 0;
        if (c->rx_len < 12 || memcmp(c->rx + 9, "101", 3) != 0) {
            fprintf(stderr, "ws_clients: upgrade refused: %.40s\n", (char *)c->rx);
            return -1;
        }
        c->state = ST_OPEN;
        off = (size_t)(end - c->rx) + 4;
    }
    for (;;) {
        size_t avail = c->rx_len - off;
        if (avail < 2)
            break;
        const unsigned char *h = c->rx + off;
        int opcode = h[0] & 0x0f;
        bool fin = h[0] & 0x80;
        uint64_t len = h[1] & 0x7f;
        size_t hl = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = (uint64_t)h[2] << 8 | h[3];
            hl = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; i++)
                len = len << 8 | h[2 + i];
            hl = 10;
        }
        if (h[1] & 0x80)
            return -1; /* a server never masks */
        if (avail < hl + len)
            break;
        const unsigned char *p = h + hl;
        if (opcode == 0x8)
            return -1;
        if (opcode == 0x9) { /* ping: answer with a masked pong */
            unsigned char pong[2 + 4 + 125];
            size_t n = len > 125 ? 125 : (size_t)len;
            pong[0] = 0x8a;
            pong[1] = (unsigned char)(0x80 | n);
            memset(pong + 2, 0, 4); /* a zero mask leaves the payload as is */
            memcpy(pong + 6, p, n);
            send_all(c->fd, (char *)pong, 6 + n);
        } else if (opcode <= 0x2) {
            ws_message(c, p, (size_t)len, fin);
        }
        off += hl + (size_t)len;
    }
    memmove(c->rx, c->rx + off, c->rx_len - off);
    c->rx_len -= off;
    return 0;
}

static void ws_event(ws_conn_t *c, uint32_t events)
{
    if (c->state == ST_CONNECTING) {
        int err = 0;
        socklen_t l = sizeof err;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &l);
        if (err || (events & (EPOLLERR | EPOLLHUP))) {
            ws_drop(c);
            return;
        }
        if (events & EPOLLOUT)
            ws_send_handshake(c);
        return;
    }
    for (;;) {
        grow(&c->rx, &c->rx_cap, c->rx_len + 16384);
        ssize_t n = read(c->fd, c->rx + c->rx_len, c->rx_cap - c->rx_len);
        if (n > 0) {
            c->rx_len += (size_t)n;
            if (ws_parse(c) != 0) {
                ws_drop(c);
                return;
            }
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            break;
        ws_drop(c); /* closed by the server, or failed */
        return;
    }
    if (c->rx_cap > 65536 && c->rx_len < 1024) { /* give back a snapshot-sized buffer */
        unsigned char *s = malloc(c->rx_len + 1);
        if (s) {
            memcpy(s, c->rx, c->rx_len);
            free(c->rx);
            c->rx = s;
            c->rx_cap = c->rx_len + 1;
        }
    }
}

/* ---- HTTP requests (keep-alive, one at a time per connection) ---- */

#define HTTP_TAG (1ull << 62)

#define FILL_CONNS 64
static http_conn_t http[2 + FILL_CONNS]; /* 0: calls and finishes, 1: ticket issue, 2..: fill */

static void http_open(http_conn_t *h, int tag)
{
    h->fd = open_socket();
    struct epoll_event ev = {.events = EPOLLIN | EPOLLRDHUP, .data.u64 = HTTP_TAG | (uint64_t)tag};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, h->fd, &ev) != 0)
        die("epoll_ctl");
}

static void http_send(http_conn_t *h, const char *path, const char *body)
{
    char req[2048];
    int n = snprintf(req, sizeof req,
                     "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
                     "Content-Length: %zu\r\n%s%s%s\r\n%s",
                     path, opt.host, opt.port, strlen(body), opt.cookie ? "Cookie: " : "",
                     opt.cookie ? opt.cookie : "", opt.cookie ? "\r\n" : "", body);
    h->busy = true;
    h->done = false;
    h->rx_len = 0;
    h->sent_at = now_ms();
    send_all(h->fd, req, (size_t)n);
}

/* Reads the reply; a server that closes after replying gets a new
 * connection for the next request. */
static void http_event(http_conn_t *h, int tag)
{
    bool eof = false;
    for (;;) {
        grow(&h->rx, &h->rx_cap, h->rx_len + 16384);
        ssize_t n = read(h->fd, h->rx + h->rx_len, h->rx_cap - h->rx_len - 1);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            break;
        if (n <= 0) {
            eof = true;
            break;
        }
        h->rx_len += (size_t)n;
        h->rx[h->rx_len] = '\0';
    }
    char *end = h->rx_len ? strstr(h->rx, "\r\n\r\n") : NULL;
    if (h->busy && end) {
        char *cl = strcasestr(h->rx, "content-length:");
        size_t blen = cl && cl < end ? strtoul(cl + 15, NULL, 10) : 0;
        size_t have = h->rx_len - (size_t)(end + 4 - h->rx);
        if (have >= blen) {
            h->status = atoi(h->rx + 9);
            snprintf(h->body, sizeof h->body, "%.*s", (int)blen, end + 4);
            h->busy = false;
            h->done = true;
            h->reply_at = now_ms();
        }
    }
    if (eof) {
        if (h->busy) {
            fprintf(stderr, "ws_clients: the HTTP connection closed before its reply\n");
            exit(1);
        }
        epoll_ctl(ep, EPOLL_CTL_DEL, h->fd, NULL);
        close(h->fd);
        http_open(h, tag);
    }
}

/* ---- the loop ---- */

static void loop_once(int ms)
{
    struct epoll_event evs[512];
    int n = epoll_wait(ep, evs, 512, ms);
    if (n < 0 && errno != EINTR)
        die("epoll_wait");
    for (int i = 0; i < n; i++) {
        uint64_t d = evs[i].data.u64;
        if (d & HTTP_TAG)
            http_event(&http[d & 0xff], (int)(d & 0xff));
        else
            ws_event(&conns[d], evs[i].events);
    }
}

static int count_state(int state, bool ready)
{
    int k = 0;
    for (int i = 0; i < n_conns; i++)
        if (conns[i].state == state && (!ready || conns[i].ready))
            k++;
    return k;
}

/* Connects clients [from, to), with at most 256 handshakes in flight, or
 * evenly spread over spread_ms; returns when every one is ready or gone. */
static void connect_range(int from, int to, int spread_ms)
{
    double t0 = now_ms();
    int next = from;
    while (1) {
        int pending = 0;
        for (int i = from; i < next; i++)
            if (conns[i].state == ST_CONNECTING || conns[i].state == ST_HANDSHAKE ||
                (conns[i].state == ST_OPEN && !conns[i].ready))
                pending++;
        if (next == to && pending == 0)
            break;
        while (next < to && pending < 256) {
            if (spread_ms > 0 && now_ms() - t0 < (double)(next - from) * spread_ms / (to - from))
                break;
            ws_start(next++);
            pending++;
        }
        if (now_ms() - t0 > 60000 + spread_ms) {
            fprintf(stderr, "ws_clients: %d clients not connected after 60 s\n", pending);
            exit(1);
        }
        loop_once(spread_ms > 0 ? 1 : 50);
    }
}

static void print_rss(const char *when)
{
    if (!opt.pid)
        return;
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", opt.pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    long rss = 0, anon = 0, file = 0;
    while (fgets(line, sizeof line, f)) {
        sscanf(line, "VmRSS: %ld", &rss);
        sscanf(line, "RssAnon: %ld", &anon);
        sscanf(line, "RssFile: %ld", &file);
    }
    fclose(f);
    printf("rss %s: rss_kib %ld anon_kib %ld file_kib %ld\n", when, rss, anon, file);
    fflush(stdout);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(double *v, int n, double p)
{
    if (n == 0)
        return 0;
    int i = (int)(p * n);
    return v[i >= n ? n - 1 : i];
}

/* Marks every ready client as waiting for marker m, from now. */
static void arm(const char *m)
{
    want = m;
    for (int i = 0; i < n_conns; i++) {
        conns[i].expect = conns[i].state == ST_OPEN && conns[i].ready;
        conns[i].seen = false;
    }
}

static bool all_seen(void)
{
    for (int i = 0; i < n_conns; i++)
        if (conns[i].expect && conns[i].state == ST_OPEN && !conns[i].seen)
            return false;
    return true;
}

/* Appends each armed client's delay since t0 to v; returns how many. */
static int collect(double t0, double *v, int *missed)
{
    int k = 0;
    for (int i = 0; i < n_conns; i++) {
        if (!conns[i].expect)
            continue;
        if (conns[i].seen)
            v[k++] = conns[i].at - t0;
        else
            (*missed)++;
    }
    return k;
}

static void wait_for(bool (*done)(void), int timeout_ms, const char *what)
{
    double t0 = now_ms();
    while (!done()) {
        if (now_ms() - t0 > timeout_ms) {
            fprintf(stderr, "ws_clients: %s: timed out after %d ms\n", what, timeout_ms);
            return;
        }
        loop_once(5);
    }
}

static bool call_done(void)
{
    return http[0].done && all_seen();
}

static void report(const char *name, double *all, int n_all, double *last, int n_last,
                   double *replies, int n_replies, int missed)
{
    qsort(all, (size_t)n_all, sizeof *all, cmp_double);
    qsort(last, (size_t)n_last, sizeof *last, cmp_double);
    qsort(replies, (size_t)n_replies, sizeof *replies, cmp_double);
    printf("%s clients %d rounds %d: all_p50 %.2f ms  all_p99 %.2f ms  last_p50 %.2f ms"
           "  last_p99 %.2f ms  last_max %.2f ms  http_p50 %.2f ms  http_p99 %.2f ms  missed %d\n",
           name, count_state(ST_OPEN, true), n_last, pct(all, n_all, 0.5), pct(all, n_all, 0.99),
           pct(last, n_last, 0.5), pct(last, n_last, 0.99), n_last ? last[n_last - 1] : 0,
           pct(replies, n_replies, 0.5), pct(replies, n_replies, 0.99), missed);
    fflush(stdout);
}

/* ---- phases ---- */

static void run_exec(void)
{
    arm(opt.marker);
    double t0 = now_ms();
    pid_t p = fork();
    if (p == 0) {
        execl("/bin/sh", "sh", "-c", opt.exec_cmd, (char *)NULL);
        _exit(127);
    }
    int st;
    waitpid(p, &st, 0);
    wait_for(all_seen, opt.timeout_ms, opt.marker);
    double *v = calloc((size_t)n_conns + 1, sizeof *v);
    int missed = 0, k = collect(t0, v, &missed);
    qsort(v, (size_t)k, sizeof *v, cmp_double);
    printf("exec marker %s clients %d: all_p50 %.2f ms  last %.2f ms  missed %d  dropped %d\n",
           opt.marker, k, pct(v, k, 0.5), k ? v[k - 1] : 0, missed, dropped);
    fflush(stdout);
    free(v);
}

static void run_rounds(void)
{
    int n = n_conns;
    double *all = calloc((size_t)n * opt.rounds + 1, sizeof *all);
    double *last = calloc((size_t)opt.rounds + 1, sizeof *last);
    double *rep = calloc((size_t)opt.rounds + 1, sizeof *rep);
    int n_all = 0, n_last = 0, missed = 0;
    for (int r = 0; r < opt.rounds; r++) {
        arm("\"ticket.called\"");
        http_send(&http[0], opt.call_path, "{}");
        double t0 = http[0].sent_at;
        wait_for(call_done, opt.timeout_ms, "call");
        if (http[0].status != 200 || strstr(http[0].body, "\"ticket\":null")) {
            fprintf(stderr, "ws_clients: call answered %d %.300s\n", http[0].status, http[0].body);
            exit(1);
        }
        int k = collect(t0, all + n_all, &missed);
        double mx = 0;
        for (int i = 0; i < k; i++)
            mx = all[n_all + i] > mx ? all[n_all + i] : mx;
        n_all += k;
        last[n_last++] = mx;
        rep[r] = http[0].reply_at - t0;
        if (strcmp(opt.finish_path, "none") != 0) {
            arm("\"ticket.finished\"");
            http_send(&http[0], opt.finish_path, "{}");
            wait_for(call_done, opt.timeout_ms, "finish");
        }
        want = NULL;
        double pause = now_ms();
        while (now_ms() - pause < 5) /* let the loop settle between rounds */
            loop_once(1);
    }
    report("call", all, n_all, last, n_last, rep, opt.rounds, missed);
    free(all);
    free(last);
    free(rep);
}

static void mixed_call(int counter, double *t0)
{
    char path[128];
    snprintf(path, sizeof path, "/api/v1/counters/%d/call", counter);
    arm("\"ticket.called\"");
    http_send(&http[0], path, "{}");
    *t0 = http[0].sent_at;
}

static void run_mixed(void)
{
    int base = n_conns - opt.extra;
    int calls_max = (int)opt.mixed_s + 2;
    double *all = calloc((size_t)n_conns * calls_max + 1, sizeof *all);
    double *last = calloc((size_t)calls_max + 1, sizeof *last);
    double *rep = calloc((size_t)calls_max + 1, sizeof *rep);
    bool holding[128] = {false}; /* the counter has a called ticket to finish */
    int n_all = 0, n_last = 0, missed = 0, issued = 0, issue_failed = 0, empty = 0, failed = 0;
    int next_phone = base, next_service = 0, next_counter = 0, cur = 0;
    enum { IDLE, FINISHING, CALLING } cs = IDLE;
    double t_start = now_ms(), next_issue = t_start, next_call = t_start + 1000,
           next_rss = t_start + 10000, call_t0 = 0;
    print_rss("mixed start");
    while (now_ms() - t_start < opt.mixed_s * 1000) {
        double t = now_ms();
        /* phones: evenly over the first extra_ms */
        while (next_phone < n_conns &&
               t - t_start >= (double)(next_phone - base) * opt.extra_ms / opt.extra)
            ws_start(next_phone++);
        if (t >= next_issue) {
            if (!http[1].busy) {
                if (http[1].done && http[1].status != 201)
                    issue_failed++;
                char body[256];
                snprintf(body, sizeof body, "{\"service\":\"%s\"}", opt.services[next_service]);
                next_service = (next_service + 1) % opt.n_services;
                http_send(&http[1], "/api/v1/tickets", body);
                issued++;
            }
            next_issue += 500;
        }
        if (cs == IDLE && t >= next_call) {
            cur = next_counter;
            next_counter = (next_counter + 1) % opt.n_counters;
            next_call += 1000;
            if (holding[cur]) {
                char path[128];
                snprintf(path, sizeof path, "/api/v1/counters/%d/finish", opt.counters[cur]);
                http_send(&http[0], path, "{}");
                cs = FINISHING;
            } else {
                mixed_call(opt.counters[cur], &call_t0);
                cs = CALLING;
            }
        } else if (cs == FINISHING && http[0].done) {
            holding[cur] = false;
            mixed_call(opt.counters[cur], &call_t0);
            cs = CALLING;
        } else if (cs == CALLING && http[0].done) {
            bool got = http[0].status == 200 && !strstr(http[0].body, "\"ticket\":null");
            if (!got || all_seen() || t - call_t0 > 900) {
                holding[cur] = got;
                if (got) {
                    int k = collect(call_t0, all + n_all, &missed);
                    double mx = 0;
                    for (int i = 0; i < k; i++)
                        mx = all[n_all + i] > mx ? all[n_all + i] : mx;
                    n_all += k;
                    rep[n_last] = http[0].reply_at - call_t0;
                    last[n_last++] = mx;
                } else if (http[0].status == 200) {
                    empty++;
                } else {
                    failed++;
                    fprintf(stderr, "ws_clients: call answered %d %.300s\n", http[0].status,
                            http[0].body);
                }
                want = NULL;
                cs = IDLE;
            }
        }
        if (t >= next_rss) {
            char when[64];
            snprintf(when, sizeof when, "mixed %.0f s", (t - t_start) / 1000);
            print_rss(when);
            next_rss += 10000;
        }
        loop_once(1);
    }
    print_rss("mixed end");
    printf("mixed %.0f s: issued %d (%d refused), calls %d (%d found no ticket, %d failed), "
           "clients %d (%d boards and consoles, %d phones)\n",
           opt.mixed_s, issued, issue_failed, n_last + empty + failed, empty, failed, n_conns, base,
           opt.extra);
    report("mixed call", all, n_all, last, n_last, rep, n_last, missed);
    free(all);
    free(last);
    free(rep);
}

/* Issues opt.fill tickets of opt.fill_service over FILL_CONNS keep-alive
 * connections, each sending its next request when its reply is in. */
static void run_fill(void)
{
    long sent = 0, ok = 0, refused = 0;
    double t0 = now_ms();
    char body[256];
    snprintf(body, sizeof body, "{\"service\":\"%s\"}", opt.fill_service);
    for (int i = 0; i < FILL_CONNS; i++)
        http_open(&http[2 + i], 2 + i);
    while (ok + refused < opt.fill) {
        for (int i = 0; i < FILL_CONNS; i++) {
            http_conn_t *h = &http[2 + i];
            if (h->busy)
                continue;
            if (h->done) {
                h->done = false;
                if (h->status == 201)
                    ok++;
                else if (refused++ == 0)
                    fprintf(stderr, "ws_clients: issue answered %d %.200s\n", h->status, h->body);
            }
            if (sent < opt.fill) {
                http_send(h, "/api/v1/tickets", body);
                sent++;
            }
        }
        loop_once(1);
    }
    double el = now_ms() - t0;
    printf("filled %ld  refused %ld  in %.1f s (%.0f tickets/s)\n", ok, refused, el / 1000,
           ok / (el / 1000));
    fflush(stdout);
    for (int i = 0; i < FILL_CONNS; i++) {
        epoll_ctl(ep, EPOLL_CTL_DEL, http[2 + i].fd, NULL);
        close(http[2 + i].fd);
        free(http[2 + i].rx);
        http[2 + i].rx = NULL;
    }
}

static void usage(void)
{
    fprintf(stderr,
            "usage: ws_clients --port P --clients N [--host H] [--cookie C] [--pid PID]\n"
            "  [--rounds R --call-path P [--finish-path P|none]] [--dump FILE]\n"
            "  [--fill N --fill-service S]\n"
            "  [--exec CMD --marker M] [--timeout-ms MS] [--hold-ms MS]\n"
            "  [--mixed SECONDS --services S1,S2 --counters 1,2 --extra N --extra-ms MS]\n");
    exit(2);
}

static void split(const char *s, bool numbers)
{
    char buf[8192];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (numbers && opt.n_counters < 128)
            opt.counters[opt.n_counters++] = atoi(t);
        else if (!numbers && opt.n_services < 64)
            snprintf(opt.services[opt.n_services++], sizeof opt.services[0], "%s", t);
    }
}

int main(int argc, char **argv)
{
    opt.host = "127.0.0.1";
    opt.finish_path = "none";
    opt.timeout_ms = 10000;
    opt.extra_ms = 5000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v)
            usage();
        i++;
        if (!strcmp(a, "--port"))
            opt.port = atoi(v);
        else if (!strcmp(a, "--host"))
            opt.host = v;
        else if (!strcmp(a, "--clients"))
            opt.clients = atoi(v);
        else if (!strcmp(a, "--cookie"))
            opt.cookie = v;
        else if (!strcmp(a, "--pid"))
            opt.pid = atoi(v);
        else if (!strcmp(a, "--rounds"))
            opt.rounds = atoi(v);
        else if (!strcmp(a, "--call-path"))
            opt.call_path = v;
        else if (!strcmp(a, "--finish-path"))
            opt.finish_path = v;
        else if (!strcmp(a, "--dump"))
            opt.dump = v;
        else if (!strcmp(a, "--exec"))
            opt.exec_cmd = v;
        else if (!strcmp(a, "--marker"))
            opt.marker = v;
        else if (!strcmp(a, "--timeout-ms"))
            opt.timeout_ms = atoi(v);
        else if (!strcmp(a, "--hold-ms"))
            opt.hold_ms = atoi(v);
        else if (!strcmp(a, "--connect-ms"))
            opt.connect_ms = atoi(v);
        else if (!strcmp(a, "--mixed"))
            opt.mixed_s = atof(v);
        else if (!strcmp(a, "--services"))
            split(v, false);
        else if (!strcmp(a, "--counters"))
            split(v, true);
        else if (!strcmp(a, "--extra"))
            opt.extra = atoi(v);
        else if (!strcmp(a, "--extra-ms"))
            opt.extra_ms = atoi(v);
        else if (!strcmp(a, "--fill"))
            opt.fill = atol(v);
        else if (!strcmp(a, "--fill-service"))
            opt.fill_service = v;
        else
            usage();
    }
    if (!opt.port || opt.clients < 0 || (opt.rounds && !opt.call_path) ||
        (opt.exec_cmd && !opt.marker) || (opt.fill > 0 && !opt.fill_service) ||
        (opt.mixed_s > 0 && (!opt.n_services || !opt.n_counters || opt.extra_ms <= 0)))
        usage();
    if (opt.mixed_s <= 0)
        opt.extra = 0;

    /* one fd per client, up to the hard limit */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    if ((rlim_t)(opt.clients + opt.extra + 16) > rl.rlim_cur) {
        fprintf(stderr,
                "ws_clients: %d clients need more than the %llu files this process may "
                "open; split them across processes\n",
                opt.clients + opt.extra, (unsigned long long)rl.rlim_cur);
        return 1;
    }
    signal(SIGPIPE, SIG_IGN);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)opt.port);
    if (inet_pton(AF_INET, opt.host, &addr.sin_addr) != 1)
        usage();
    ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0)
        die("epoll_create1");
    n_conns = opt.clients + opt.extra;
    conns = calloc((size_t)n_conns + 1, sizeof *conns);
    if (!conns)
        die("calloc");

    double t0 = now_ms();
    n_conns = opt.clients; /* the phones join during the mixed run */
    connect_range(0, opt.clients, opt.connect_ms);
    printf("connected %d of %d in %.0f ms  failed %d\n", count_state(ST_OPEN, true), opt.clients,
           now_ms() - t0, failed_connects);
    fflush(stdout);
    print_rss("connected");
    http_open(&http[0], 0);
    http_open(&http[1], 1);
    if (opt.fill > 0)
        run_fill();
    if (opt.exec_cmd)
        run_exec();
    if (opt.rounds)
        run_rounds();
    if (opt.mixed_s > 0) {
        n_conns = opt.clients + opt.extra;
        run_mixed();
    }
    double h0 = now_ms();
    while (now_ms() - h0 < opt.hold_ms)
        loop_once(10);
    int open = count_state(ST_OPEN, false);
    printf("done: open %d  dropped %d  failed connects %d\n", open, dropped, failed_connects);
    for (int i = 0; i < n_conns; i++)
        if (conns[i].state != ST_FREE && conns[i].state != ST_CLOSED) {
            close(conns[i].fd);
            free(conns[i].rx);
        }
    free(conns);
    free(http[0].rx);
    free(http[1].rx);
    return dropped || failed_connects ? 3 : 0;
}
