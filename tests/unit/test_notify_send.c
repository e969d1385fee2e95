/*
 * test_notify_send.c - delivery over real HTTP: a small server thread on
 * 127.0.0.1 stands in for the SMS or WhatsApp gateway and answers each
 * POST as the test scripts it (a status, or no answer at all), recording
 * what it received. A 2xx is delivered; a 500 is retried later with the
 * same Idempotency-Key and body, also after a restart; a gateway that
 * does not answer is a timeout; nothing listening is an error; no error
 * ever carries the phone, even when the gateway's answer echoes it. The
 * sender thread posts a batch in order, wakes its owner when one is ready, and
 * stops at once when asked, cancelling the POST under way; it runs in the
 * idle scheduling class, behind the hall's serving.
 */
#define _GNU_SOURCE /* SCHED_IDLE */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "notify/send.h"
#include "test_notify_fixture.h"

/* ---- the gateway stand-in ---- */

#define HANG 0 /* a scripted "status" that never answers */
#define MAX_REQS 16

typedef struct request {
    char line[256];     /* "POST /send HTTP/1.1" */
    char headers[4096]; /* the header lines, CRLF-separated */
    char body[2048];
} request_t;

typedef struct server {
    int fd;
    int port;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t changed;
    int script[MAX_REQS]; /* the answers, in order; 200 after them */
    size_t n_script, next;
    request_t reqs[MAX_REQS];
    size_t n_reqs;
    bool stop;
    long delay_ms;             /* each answer waits this long */
    pthread_t conns[MAX_REQS]; /* a thread per connection */
    size_t n_conns;
    char active[MAX_REQS][24];   /* the tickets of requests not yet answered */
    size_t n_active, max_active; /* how many at once, the most seen */
    bool overlap;                /* two of one ticket were unanswered at once */
} server_t;

static bool server_stopping(server_t *s)
{
    pthread_mutex_lock(&s->mu);
    bool stop = s->stop;
    pthread_mutex_unlock(&s->mu);
    return stop;
}

/* Waits up to 100 ms for fd to be readable: 1 readable, 0 not yet. */
static int readable(int fd)
{
    struct pollfd p = {fd, POLLIN, 0};
    int rc = poll(&p, 1, 100);
    return rc > 0 ? 1 : 0;
}

/* The Content-Length of a header block of len bytes; 0 when none. */
static size_t content_length(const char *head, size_t len)
{
    static const char name[] = "\r\nContent-Length:";
    for (size_t i = 0; i + sizeof name - 1 <= len; i++)
        if (strncasecmp(head + i, name, sizeof name - 1) == 0)
            return (size_t)strtoul(head + i + sizeof name - 1, NULL, 10);
    return 0;
}

/* Reads one request from the connection into r; false when the client
 * closed it or the server stops. buf keeps bytes read past the request. */
static bool read_request(server_t *s, int c, char *buf, size_t *have, size_t cap, request_t *r)
{
    for (;;) {
        buf[*have] = '\0';
        char *end = strstr(buf, "\r\n\r\n");
        if (end) {
            size_t head = (size_t)(end - buf) + 4, body = content_length(buf, head);
            if (*have >= head + body) {
                memset(r, 0, sizeof *r);
                char *eol = strstr(buf, "\r\n");
                snprintf(r->line, sizeof r->line, "%.*s", (int)(eol - buf), buf);
                snprintf(r->headers, sizeof r->headers, "%.*s", (int)(end - eol), eol);
                snprintf(r->body, sizeof r->body, "%.*s", (int)body, buf + head);
                memmove(buf, buf + head + body, *have - head - body);
                *have -= head + body;
                return true;
            }
        }
        if (server_stopping(s) || *have >= cap - 1)
            return false;
        if (!readable(c))
            continue;
        ssize_t n = read(c, buf + *have, cap - 1 - *have);
        if (n <= 0)
            return false;
        *have += (size_t)n;
    }
}

static void write_all(int c, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(c, p, len);
        if (n <= 0)
            return;
        p += n;
        len -= (size_t)n;
    }
}

/* Serves one connection, request after request (the client keeps it). */
static void serve(server_t *s, int c)
{
    char buf[8192];
    size_t have = 0;
    request_t r;
    while (read_request(s, c, buf, &have, sizeof buf, &r)) {
        char ticket[24] = "";
        const char *t = strstr(r.body, "\"ticket\":\"");
        if (t)
            sscanf(t + 10, "%23[^\"]", ticket);
        pthread_mutex_lock(&s->mu);
        if (s->n_reqs < MAX_REQS)
            s->reqs[s->n_reqs++] = r;
        int status = s->next < s->n_script ? s->script[s->next] : 200;
        s->next++;
        for (size_t i = 0; i < s->n_active; i++)
            s->overlap |= ticket[0] && strcmp(s->active[i], ticket) == 0;
        if (s->n_active < MAX_REQS)
            snprintf(s->active[s->n_active++], sizeof s->active[0], "%s", ticket);
        if (s->n_active > s->max_active)
            s->max_active = s->n_active;
        long delay_ms = s->delay_ms;
        pthread_cond_broadcast(&s->changed);
        pthread_mutex_unlock(&s->mu);
        if (delay_ms) {
            struct timespec d = {0, delay_ms * 1000000L};
            nanosleep(&d, NULL);
        }
        if (status == HANG) {
            /* no answer: wait until the client gives up and closes */
            char sink[256];
            while (!server_stopping(s))
                if (readable(c) && read(c, sink, sizeof sink) <= 0)
                    break;
            return;
        }
        /* a gateway that echoes the number in its answer */
        const char *body = "{\"error\":\"number +6281234567890 rejected\"}";
        char head[256];
        int n = snprintf(head, sizeof head,
                         "HTTP/1.1 %d Scripted\r\nContent-Type: application/json\r\n"
                         "Content-Length: %zu\r\n\r\n",
                         status, strlen(body));
        pthread_mutex_lock(&s->mu); /* answered: no longer active */
        for (size_t i = 0; i < s->n_active; i++) {
            if (strcmp(s->active[i], ticket) == 0) {
                memmove(s->active[i], s->active[--s->n_active], sizeof s->active[0]);
                break;
            }
        }
        pthread_mutex_unlock(&s->mu);
        write_all(c, head, (size_t)n);
        write_all(c, body, strlen(body));
    }
}

typedef struct conn {
    server_t *s;
    int fd;
} conn_t;

static void *conn_main(void *arg)
{
    conn_t *k = arg;
    serve(k->s, k->fd);
    close(k->fd);
    free(k);
    return NULL;
}

static void *server_main(void *arg)
{
    server_t *s = arg;
    while (!server_stopping(s)) {
        if (!readable(s->fd))
            continue;
        int c = accept(s->fd, NULL, NULL);
        if (c < 0)
            continue;
        conn_t *k = malloc(sizeof *k);
        assert_non_null(k);
        *k = (conn_t){s, c};
        pthread_mutex_lock(&s->mu);
        assert_true(s->n_conns < MAX_REQS);
        assert_int_equal(pthread_create(&s->conns[s->n_conns++], NULL, conn_main, k), 0);
        pthread_mutex_unlock(&s->mu);
    }
    for (size_t i = 0; i < s->n_conns; i++) /* stopping: each sees it within 100 ms */
        pthread_join(s->conns[i], NULL);
    return NULL;
}

/* A listening socket on 127.0.0.1 at a port the system picks. */
static int listen_local(int *port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
    socklen_t len = sizeof a;
    assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    *port = ntohs(a.sin_port);
    return fd;
}

static void server_start(server_t *s, const int *script, size_t n)
{
    memset(s, 0, sizeof *s);
    s->fd = listen_local(&s->port);
    assert_int_equal(listen(s->fd, 8), 0);
    assert_true(n <= MAX_REQS);
    memcpy(s->script, script, n * sizeof *script);
    s->n_script = n;
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->changed, NULL);
    assert_int_equal(pthread_create(&s->thread, NULL, server_main, s), 0);
}

static void server_stop(server_t *s)
{
    pthread_mutex_lock(&s->mu);
    s->stop = true;
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    close(s->fd);
    pthread_cond_destroy(&s->changed);
    pthread_mutex_destroy(&s->mu);
}

/* Waits up to 10 s until *count, guarded by mu and signalled on cond,
 * reaches n; returns it. */
static size_t wait_count(pthread_mutex_t *mu, pthread_cond_t *cond, const size_t *count, size_t n)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 10;
    pthread_mutex_lock(mu);
    while (*count < n)
        if (pthread_cond_timedwait(cond, mu, &until) == ETIMEDOUT)
            break;
    size_t got = *count;
    pthread_mutex_unlock(mu);
    assert_true(got >= n);
    return got;
}

/* Waits up to 10 s until the server has received n requests. */
static void server_wait(server_t *s, size_t n)
{
    wait_count(&s->mu, &s->changed, &s->n_reqs, n);
}

/* The value of a header of a received request ("" when absent). */
static const char *header(const request_t *r, const char *name)
{
    static char value[512];
    value[0] = '\0';
    size_t len = strlen(name);
    for (const char *p = r->headers; (p = strstr(p, "\r\n")) != NULL;) {
        p += 2;
        if (strncasecmp(p, name, len) == 0 && p[len] == ':') {
            const char *v = p + len + 1;
            while (*v == ' ')
                v++;
            const char *end = strstr(v, "\r\n");
            snprintf(value, sizeof value, "%.*s", (int)(end ? end - v : (long)strlen(v)), v);
            break;
        }
    }
    return value;
}

/* ---- the hall's side ---- */

static int64_t mono_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static const char *const auth[] = {"Authorization: Bearer rahasia-gateway", "X-Hall: purbalingga"};

static notify_gateway_t gateway(const server_t *s, char *url, size_t cap, long timeout_ms)
{
    snprintf(url, cap, "http://127.0.0.1:%d/send", s->port);
    notify_gateway_t gw = {.url = url, .headers = auth, .n_headers = 2, .timeout_ms = timeout_ms};
    return gw;
}

static notify_outbox_t *outbox(void)
{
    notify_opts_t opts = fx_opts();
    opts.quiet.start_min = opts.quiet.end_min = 0;
    notify_outbox_t *o = notify_outbox_new(&opts);
    assert_non_null(o);
    return o;
}

static const notify_msg_t *add(notify_outbox_t *o, const char *text, const char *ticket,
                               const char *booking, int64_t now)
{
    notify_request_t req = {"+6281234567890",
                            ticket ? "ticket.called" : "booking.made",
                            text,
                            ticket,
                            booking,
                            0,
                            0,
                            1};
    const notify_msg_t *m;
    assert_int_equal(notify_outbox_add(o, &req, now, &m), NOTIFY_OK);
    assert_int_equal(notify_outbox_confirm(o, m->id), NOTIFY_OK);
    return m;
}

/* 1: a 2xx is delivered; the POST carries the JSON body, its content
 * type, the message's key and the config's headers. */
static void test_post_delivered(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {200, 202};
    server_start(&s, script, 2);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 0);
    notify_client_t *c;
    assert_int_equal(notify_client_new(&c, &gw, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    const notify_msg_t *m =
        add(o, "Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan menuju loket.", "A-007", NULL,
            now);
    const notify_msg_t *b =
        add(o, "Booking \"BK-7QK3\" berhasil:\nSenin \xe2\x80\x93 09.30", NULL, "BK-7QK3", now);

    notify_outcome_t out;
    notify_client_post(c, m, &out);
    assert_true(out.attempted && out.delivered);
    assert_int_equal(out.status, 200);
    assert_string_equal(out.error, "");
    notify_client_post(c, b, &out);
    assert_true(out.delivered);
    assert_int_equal(out.status, 202);

    server_wait(&s, 2);
    const request_t *r = &s.reqs[0];
    assert_string_equal(r->line, "POST /send HTTP/1.1");
    assert_string_equal(header(r, "Content-Type"), "application/json");
    assert_string_equal(header(r, "Idempotency-Key"), "mpp-" FX_EPOCH "-1");
    assert_string_equal(header(r, "Authorization"), "Bearer rahasia-gateway");
    assert_string_equal(header(r, "X-Hall"), "purbalingga");
    assert_string_equal(header(r, "Expect"), "");
    assert_string_equal(r->body,
                        "{\"id\":1,\"to\":\"+6281234567890\",\"template\":\"ticket.called\","
                        "\"text\":\"Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan "
                        "menuju loket.\",\"ticket\":\"A-007\"}");
    r = &s.reqs[1];
    assert_string_equal(header(r, "Idempotency-Key"), "mpp-" FX_EPOCH "-2");
    assert_string_equal(r->body,
                        "{\"id\":2,\"to\":\"+6281234567890\",\"template\":\"booking.made\","
                        "\"text\":\"Booking \\\"BK-7QK3\\\" berhasil:\\nSenin "
                        "\xe2\x80\x93 09.30\",\"booking\":\"BK-7QK3\"}");
    notify_client_free(c);
    notify_outbox_free(o);
    server_stop(&s);
}

/* 2: a 500 is an error that names the status and not the phone (the
 * answer echoed it); the outbox tries again after the backoff, then after
 * a restart, each time with the same Idempotency-Key and body; the 200
 * marks it sent. */
static void test_retry_same_key(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {500, 503, 200};
    server_start(&s, script, 3);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 0);
    notify_client_t *c;
    assert_int_equal(notify_client_new(&c, &gw, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    add(o, "Nomor A-007 dipanggil ke Loket 3 (Dukcapil).", "A-007", NULL, now);

    const notify_msg_t *batch[4], *m;
    notify_outcome_t out;
    assert_int_equal(notify_outbox_next_due(o, now, batch, 4), 1);
    notify_client_post(c, batch[0], &out);
    assert_true(out.attempted && !out.delivered);
    assert_int_equal(out.status, 500);
    assert_string_equal(out.error, "HTTP 500 from the gateway");
    assert_int_equal(notify_outbox_mark_failed(o, 1, now, out.error, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_QUEUED);
    assert_int_equal(notify_outbox_next_due(o, now + 29 * FX_SEC, batch, 4), 0);
    now += 30 * FX_SEC;
    assert_int_equal(notify_outbox_next_due(o, now, batch, 4), 1);
    notify_client_post(c, batch[0], &out);
    assert_int_equal(out.status, 503);
    assert_int_equal(notify_outbox_mark_failed(o, 1, now, out.error, &m), NOTIFY_OK);

    /* the hall restarts from its record */
    uint8_t rec[NOTIFY_RECORD_MAX];
    size_t len;
    notify_msg_t back;
    assert_int_equal(notify_record_encode(m, rec, sizeof rec, &len), NOTIFY_OK);
    assert_null(fx_find(rec, len, "rejected")); /* the answer's body was never kept */
    notify_outbox_free(o);
    notify_client_free(c);
    assert_int_equal(notify_record_decode(rec, len, &back), NOTIFY_OK);
    strcpy(back.to, "+6281234567890"); /* the phone its owner keeps */
    o = outbox();
    assert_int_equal(notify_outbox_restore(o, &back), NOTIFY_OK);
    assert_int_equal(notify_client_new(&c, &gw, NULL, 0), NOTIFY_OK);
    now += 60 * FX_SEC;
    assert_int_equal(notify_outbox_next_due(o, now, batch, 4), 1);
    notify_client_post(c, batch[0], &out);
    assert_true(out.delivered);
    assert_int_equal(notify_outbox_mark_sent(o, 1, now, &m), NOTIFY_OK);
    assert_int_equal(m->status, NOTIFY_SENT);
    assert_int_equal(m->attempts, 3);

    server_wait(&s, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(header(&s.reqs[i], "Idempotency-Key"), "mpp-" FX_EPOCH "-1");
        assert_string_equal(s.reqs[i].body, s.reqs[0].body);
    }
    notify_client_free(c);
    notify_outbox_free(o);
    server_stop(&s);
}

/* 3: a gateway that does not answer is a timeout, reported after the
 * timeout and not much later; the next POST opens a new connection. */
static void test_timeout(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {HANG, 200};
    server_start(&s, script, 2);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 300);
    notify_client_t *c;
    assert_int_equal(notify_client_new(&c, &gw, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    const notify_msg_t *m = add(o, "Nomor A-007 dipanggil.", "A-007", NULL, fx_at(0, 9, 0));

    notify_outcome_t out;
    int64_t t0 = mono_ms();
    notify_client_post(c, m, &out);
    int64_t took = mono_ms() - t0;
    assert_true(out.attempted && !out.delivered);
    assert_int_equal(out.status, 0);
    assert_string_equal(out.error, "timeout after 300 ms");
    assert_true(took >= 250 && took < 5000);

    notify_client_post(c, m, &out);
    assert_true(out.delivered);
    server_wait(&s, 2);
    assert_string_equal(header(&s.reqs[1], "Idempotency-Key"), "mpp-" FX_EPOCH "-1");
    notify_client_free(c);
    notify_outbox_free(o);
    server_stop(&s);
}

/* 4: nothing listening: libcurl's reason, no phone. */
static void test_refused(void **state)
{
    (void)state;
    int port;
    int fd = listen_local(&port);
    close(fd); /* the port is free again: nothing answers there */
    char url[64];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/send", port);
    notify_gateway_t gw = {.url = url, .timeout_ms = 2000};
    notify_client_t *c;
    assert_int_equal(notify_client_new(&c, &gw, NULL, 0), NOTIFY_OK);
    notify_msg_t m = fx_msg();
    notify_outcome_t out;
    notify_client_post(c, &m, &out);
    assert_true(out.attempted && !out.delivered);
    assert_int_equal(out.status, 0);
    assert_true(strstr(out.error, "connect") != NULL);
    assert_null(strstr(out.error, "1234567890"));

    /* an erased message is never posted */
    m.to[0] = m.text[0] = '\0';
    notify_client_post(c, &m, &out);
    assert_false(out.delivered);
    assert_non_null(strstr(out.error, "not sent"));
    notify_client_free(c);
}

/* 5: the gateway settings the client refuses, each with a message. */
static void test_gateway_check(void **state)
{
    (void)state;
    char err[256];
    const char *one[] = {"Authorization: Bearer x"};
    notify_gateway_t good = {
        .url = "https://sms.example.id/v1/send", .headers = one, .n_headers = 1};
    assert_int_equal(notify_gateway_check(&good, err, sizeof err), NOTIFY_OK);
    good.url = "http://10.0.0.5:8080/kirim?akun=mpp";
    assert_int_equal(notify_gateway_check(&good, err, sizeof err), NOTIFY_OK);

    const char *urls[] = {NULL,
                          "",
                          "ftp://x/",
                          "https://",
                          "http://a b/",
                          "sms.example.id/send",
                          "http://x/\r\nX: y"};
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
        notify_gateway_t gw = good;
        gw.url = urls[i];
        err[0] = '\0';
        assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_EINVAL);
        assert_non_null(strstr(err, "notify.url"));
    }
    const char *headers[][1] = {{"Authorization Bearer x"},
                                {": x"},
                                {"Authorization: a\r\nX: b"},
                                {"content-type: text/plain"},
                                {"Idempotency-Key: fixed"},
                                {"Host: evil"},
                                {"Bad Name: x"},
                                {NULL}};
    for (size_t i = 0; i < sizeof headers / sizeof headers[0]; i++) {
        notify_gateway_t gw = good;
        gw.headers = headers[i];
        err[0] = '\0';
        assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_EINVAL);
        assert_non_null(strstr(err, "notify.headers[0]"));
    }
    const char *many[NOTIFY_HEADERS_MAX + 1];
    for (size_t i = 0; i <= NOTIFY_HEADERS_MAX; i++)
        many[i] = "X-A: b";
    notify_gateway_t gw = good;
    gw.headers = many;
    gw.n_headers = NOTIFY_HEADERS_MAX;
    assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_OK);
    gw.n_headers++;
    assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_EINVAL);
    gw = good;
    gw.timeout_ms = NOTIFY_SEND_TIMEOUT_MAX_MS + 1;
    assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_EINVAL);
    gw.timeout_ms = -1;
    assert_int_equal(notify_gateway_check(&gw, err, sizeof err), NOTIFY_EINVAL);
    notify_client_t *c = (notify_client_t *)(uintptr_t)1; /* to see it cleared */
    gw.url = "ftp://x/";
    assert_int_equal(notify_client_new(&c, &gw, err, sizeof err), NOTIFY_EINVAL);
    assert_null(c);
}

/* The hall's side of the sender: wake counts, the test waits on it. */
typedef struct hall {
    pthread_mutex_t mu;
    pthread_cond_t woken;
    size_t wakes;
} hall_t;

static void hall_wake(void *ctx)
{
    hall_t *h = ctx;
    pthread_mutex_lock(&h->mu);
    h->wakes++;
    pthread_cond_signal(&h->woken);
    pthread_mutex_unlock(&h->mu);
}

/* Pops n outcomes as the hall does: after each wake, every one done. */
static void hall_collect(hall_t *h, notify_sender_t *snd, uint64_t *ids, notify_outcome_t *out,
                         size_t n)
{
    size_t got = 0, seen = 0;
    while (got < n) {
        seen = wait_count(&h->mu, &h->woken, &h->wakes, seen + 1);
        while (got < n && notify_sender_done(snd, &ids[got], &out[got]))
            got++;
    }
}

/* How many of this process's threads run in the scheduling class policy. */
static int threads_in(int policy)
{
    DIR *d = opendir("/proc/self/task");
    assert_non_null(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (e->d_name[0] != '.' && sched_getscheduler((pid_t)atoi(e->d_name)) == policy)
            n++;
    closedir(d);
    return n;
}

/* 6: the sender posts a batch in order off the caller's thread, wakes
 * the hall when an outcome is ready, and the hall collects them and marks
 * the outbox. Its thread runs in the idle class, and only it. */
static void test_sender_thread(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {200, 500, 204};
    server_start(&s, script, 3);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 0);
    hall_t h = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    notify_sender_t *snd;
    assert_int_equal(threads_in(SCHED_IDLE), 0);
    assert_int_equal(notify_sender_start(&snd, &gw, hall_wake, &h, NULL, 0), NOTIFY_OK);
    assert_false(notify_sender_busy(snd));
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    for (int i = 0; i < 3; i++)
        add(o, "Nomor A-007 dipanggil.", "A-007", NULL, now);

    const notify_msg_t *batch[4];
    assert_int_equal(notify_outbox_next_due(o, now, batch, 4), 3);
    assert_int_equal(notify_sender_submit(snd, batch, 3), NOTIFY_OK);
    assert_true(notify_sender_busy(snd));
    uint64_t ids[3];
    notify_outcome_t out[3];
    hall_collect(&h, snd, ids, out, 3);
    assert_false(notify_sender_done(snd, NULL, NULL));
    assert_false(notify_sender_busy(snd));
    for (size_t i = 0; i < 3; i++) {
        assert_true(ids[i] == i + 1);
        assert_true(out[i].attempted);
        const notify_msg_t *m;
        if (out[i].delivered)
            assert_int_equal(notify_outbox_mark_sent(o, ids[i], now, &m), NOTIFY_OK);
        else
            assert_int_equal(notify_outbox_mark_failed(o, ids[i], now, out[i].error, &m),
                             NOTIFY_OK);
    }
    assert_true(out[0].delivered && !out[1].delivered && out[2].delivered);
    assert_int_equal(out[2].status, 204);
    notify_counts_t c;
    notify_outbox_counts(o, &c);
    assert_true(c.sent == 2 && c.queued == 1);
    assert_int_equal(threads_in(SCHED_IDLE), 1);

    server_wait(&s, 3);
    for (size_t i = 0; i < 3; i++) {
        char key[NOTIFY_KEY_MAX];
        snprintf(key, sizeof key, "mpp-%s-%zu", FX_EPOCH, i + 1);
        assert_string_equal(header(&s.reqs[i], "Idempotency-Key"), key);
    }
    notify_sender_free(snd);
    notify_outbox_free(o);
    server_stop(&s);
}

/* 7: stopping while the gateway hangs: the POST under way is cancelled
 * within about a second (not the 10 s timeout), the messages behind it are
 * given back unattempted for the outbox to release, and nothing more is
 * taken. */
static void test_sender_stop(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {HANG};
    server_start(&s, script, 1);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 10000);
    notify_sender_t *snd;
    assert_int_equal(notify_sender_start(&snd, &gw, NULL, NULL, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    for (int i = 0; i < 3; i++)
        add(o, "Nomor A-007 dipanggil.", "A-007", NULL, now);
    const notify_msg_t *batch[3];
    assert_int_equal(notify_outbox_next_due(o, now, batch, 3), 3);
    assert_int_equal(notify_sender_submit(snd, batch, 3), NOTIFY_OK);
    server_wait(&s, 1);

    int64_t t0 = mono_ms();
    notify_sender_stop(snd);
    assert_true(mono_ms() - t0 < 3000);
    notify_sender_stop(snd); /* twice is fine */
    assert_int_equal(notify_sender_submit(snd, batch, 1), NOTIFY_ESTATE);

    uint64_t id;
    notify_outcome_t out;
    assert_true(notify_sender_done(snd, &id, &out));
    assert_true(id == 1 && out.attempted && !out.delivered);
    assert_non_null(strstr(out.error, "cancelled"));
    assert_int_equal(notify_outbox_mark_failed(o, id, now, out.error, NULL), NOTIFY_OK);
    for (uint64_t want = 2; want <= 3; want++) {
        assert_true(notify_sender_done(snd, &id, &out));
        assert_true(id == want && !out.attempted);
        const notify_msg_t *m;
        assert_int_equal(notify_outbox_release(o, id, &m), NOTIFY_OK);
        assert_int_equal(m->attempts, 0);
    }
    assert_false(notify_sender_done(snd, &id, &out));
    notify_sender_free(snd);
    notify_sender_free(NULL);
    notify_outbox_free(o);
    server_stop(&s);
}

/* 7b: with a slow gateway the sender keeps several POSTs in flight, at
 * most its connections, but never two of one ticket: a citizen's
 * messages still reach the gateway in the order they were queued. */
static void test_sender_parallel(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {200};
    server_start(&s, script, 1);
    pthread_mutex_lock(&s.mu);
    s.delay_ms = 150;
    pthread_mutex_unlock(&s.mu);
    char url[64];
    notify_gateway_t gw = gateway(&s, url, sizeof url, 0);
    gw.connections = 3;
    hall_t h = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    notify_sender_t *snd;
    assert_int_equal(notify_sender_start(&snd, &gw, hall_wake, &h, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    static const char *const tickets[] = {"A-001", "A-002", "A-001", "A-003", "A-004", "A-001"};
    enum { N = sizeof tickets / sizeof tickets[0] };
    for (size_t i = 0; i < N; i++) {
        char text[64];
        snprintf(text, sizeof text, "Pesan %zu untuk %s.", i + 1, tickets[i]);
        add(o, text, tickets[i], NULL, now);
    }
    const notify_msg_t *batch[N];
    assert_int_equal(notify_outbox_next_due(o, now, batch, N), N);
    assert_int_equal(notify_sender_submit(snd, batch, N), NOTIFY_OK);
    uint64_t ids[N];
    notify_outcome_t out[N];
    hall_collect(&h, snd, ids, out, N);
    for (size_t i = 0; i < N; i++)
        assert_true(out[i].delivered);
    server_wait(&s, N);
    pthread_mutex_lock(&s.mu);
    assert_true(s.max_active >= 2 && s.max_active <= 3);
    assert_false(s.overlap);
    /* A-001's three messages arrived in their order */
    int last = 0;
    for (size_t i = 0; i < s.n_reqs; i++) {
        int k = 0;
        if (strstr(s.reqs[i].body, "A-001") &&
            sscanf(strstr(s.reqs[i].body, "Pesan "), "Pesan %d", &k) == 1) {
            assert_true(k > last);
            last = k;
        }
    }
    assert_int_equal(last, 6);
    pthread_mutex_unlock(&s.mu);
    notify_sender_free(snd);
    notify_outbox_free(o);
    server_stop(&s);
}

/* HMAC-SHA256 of the first message's webhook body under the key below:
 * python3 -c 'import hmac, hashlib; print(hmac.new(KEY, BODY,
 * hashlib.sha256).hexdigest())' */
#define SIGNATURE_OF_BODY_1 "022040d9e3837ffc1c4bc8c1714235eaf10419d68149e3343b94f184b7b51ea7"

/* 8: the WhatsApp Cloud API gets its template message (the text as the
 * body's one parameter, the number without '+'); a webhook with a key is
 * signed with the body's HMAC-SHA256; a rate limit spaces the POSTs; the
 * check refuses a short key, a key on WhatsApp, a bad language. */
static void test_kinds_signature_rate(void **state)
{
    (void)state;
    server_t s;
    const int script[] = {200};
    server_start(&s, script, 1);
    char url[64];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/v21.0/1234/messages", s.port);
    notify_gateway_t wa = {.url = url, .kind = NOTIFY_KIND_WHATSAPP_CLOUD, .rate_per_s = 4};
    notify_client_t *c;
    assert_int_equal(notify_client_new(&c, &wa, NULL, 0), NOTIFY_OK);
    notify_outbox_t *o = outbox();
    int64_t now = fx_at(0, 9, 0);
    const notify_msg_t *m = add(o, "Nomor A-007 dipanggil ke Loket 3.", "A-007", NULL, now);
    notify_outcome_t out;
    int64_t t0 = mono_ms();
    notify_client_post(c, m, &out);
    assert_true(out.delivered);
    notify_client_post(c, m, &out);
    assert_true(out.delivered);
    assert_true(mono_ms() - t0 >= 240); /* 4 a second: 250 ms apart */
    server_wait(&s, 2);
    assert_string_equal(
        s.reqs[0].body,
        "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":"
        "\"6281234567890\",\"type\":\"template\",\"template\":{\"name\":\"mpp_ticket_called\","
        "\"language\":{\"policy\":\"deterministic\",\"code\":\"id\"},\"components\":[{"
        "\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Nomor A-007 "
        "dipanggil ke Loket 3.\"}]}]}}");
    assert_string_equal(header(&s.reqs[0], "Idempotency-Key"), "mpp-" FX_EPOCH "-1");
    notify_client_free(c);

    static const unsigned char key[] = "kunci-rahasia-gateway-uji-32byte";
    notify_gateway_t hook = {.url = url, .hmac_key = key, .hmac_key_len = 32};
    assert_int_equal(notify_client_new(&c, &hook, NULL, 0), NOTIFY_OK);
    notify_client_post(c, m, &out);
    assert_true(out.delivered);
    server_wait(&s, 3);
    assert_string_equal(header(&s.reqs[2], "X-MPP-Signature"), "sha256=" SIGNATURE_OF_BODY_1);
    notify_client_free(c);

    char err[160];
    notify_gateway_t bad = hook;
    bad.hmac_key_len = 8;
    assert_int_equal(notify_client_new(&c, &bad, err, sizeof err), NOTIFY_EINVAL);
    assert_non_null(strstr(err, "hmac_key_file"));
    bad = hook;
    bad.kind = NOTIFY_KIND_WHATSAPP_CLOUD;
    assert_int_equal(notify_gateway_check(&bad, err, sizeof err), NOTIFY_EINVAL);
    bad = wa;
    bad.wa_language = "id; DROP";
    assert_int_equal(notify_gateway_check(&bad, err, sizeof err), NOTIFY_EINVAL);
    assert_non_null(strstr(err, "wa_language"));
    notify_outbox_free(o);
    server_stop(&s);
}

int main(void)
{
    /* the gateway stand-in is on 127.0.0.1: no proxy in between */
    unsetenv("http_proxy");
    unsetenv("HTTP_PROXY");
    unsetenv("https_proxy");
    unsetenv("HTTPS_PROXY");
    unsetenv("all_proxy");
    unsetenv("ALL_PROXY");
    if (notify_send_global_init() != NOTIFY_OK)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_post_delivered),
        cmocka_unit_test(test_retry_same_key),
        cmocka_unit_test(test_timeout),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_gateway_check),
        cmocka_unit_test(test_sender_thread),
        cmocka_unit_test(test_sender_stop),
        cmocka_unit_test(test_sender_parallel),
        cmocka_unit_test(test_kinds_signature_rate),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    notify_send_global_cleanup();
    return rc;
}
