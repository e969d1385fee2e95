/*
 * export.c - the JetStream publisher (export.h): its thread, the window of
 * messages awaiting acknowledgement and the cursor it advances, and the
 * event as it leaves the hall. Only this file includes nats.h.
 */
#include "export/export.h"
#include "export/export_int.h"

#include <errno.h>
#include <inttypes.h>
#include <nats/nats.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "jsonscan.h"
#include "log.h"

#define EXPORT_NICE 19 /* the publisher thread's nice value */
#define PAUSE_MIN_MS 250
#define PAUSE_MAX_MS 5000
#define IDLE_WAIT_MS 1000

/* One message of the window: its seq, its text, and how it ended. */
enum { SLOT_PENDING = 0, SLOT_OK, SLOT_FAILED };
typedef struct slot {
    uint64_t seq;
    char *json; /* as it leaves the hall (export_event_public) */
    size_t len;
    char type[64];
    int state; /* SLOT_*, set by the ack handler under mu */
} slot_t;

struct export
{
    char hall[64];
    char epoch[64];
    export_read_fn read;
    void *src;
    int window;
    int ack_timeout_ms;
    natsOptions *opts;
    natsConnection *nc;
    jsCtx *js;
    pthread_t thread;
    bool started;
    pthread_mutex_t mu; /* guards everything below */
    pthread_cond_t cond;
    bool stop;
    bool kick; /* the connection came back: end a pause */
    uint64_t committed;
    export_status_t st;
    slot_t *slots; /* the window being published */
    size_t n_slots;
    bool down_logged; /* the broker's absence is logged once per outage */
};

/* ---- the event as it leaves the hall ---- */

/* The event as it leaves the hall, written as text, not parsed and built
 * again: the publisher sends every event of a busy hall, and a jansson
 * round trip cost it more than the rest of its work. */

/* Appends n bytes to the output; false when out of memory. */
static bool put(char **out, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (*len + n + 1 > *cap) {
        size_t c = (*len + n + 1) * 2;
        char *b = realloc(*out, c);
        if (!b)
            return false;
        *out = b;
        *cap = c;
    }
    memcpy(*out + *len, p, n);
    *len += n;
    (*out)[*len] = '\0';
    return true;
}

/* The first `k` bytes equal to key in [p, p + n), or NULL. */
static const char *find(const char *p, size_t n, const char *key, size_t k)
{
    for (const char *q = n >= k ? memchr(p, key[0], n - k + 1) : NULL; q;
         q = (size_t)(p + n - q) > k ? memchr(q + 1, key[0], (size_t)(p + n - q) - k) : NULL)
        if (memcmp(q, key, k) == 0)
            return q;
    return NULL;
}

int export_event_public(const char *json, size_t len, char **out, size_t *out_len, char type[64])
{
    static const char *const top[] = {"type"};
    jscan_t t;
    *out = NULL;
    if (!jscan_fields(json, json + len, top, &t, 1) || !jscan_str(t, type, 64) || !type[0] ||
        strpbrk(type, " *>"))
        return -1;
    /* the staff id: the audit log's, never a board's (render_event writes
     * it last) */
    size_t staff = jscan_last_member(json, len, "staff");
    size_t end = staff ? staff : len;
    /* a booking code lets its holder check in: in a ticket, or in an event
     * about a booking, it becomes true. A quote inside a value is escaped,
     * so these bytes are always a key with a string value. */
    static const char key[] = "\"booking\":\"";
    const size_t k = sizeof key - 1;
    size_t n = 0, cap = 0, from = 0;
    const char *hit;
    while ((hit = find(json + from, end - from, key, k)) != NULL) {
        size_t at = (size_t)(hit - json) + k - 1; /* the value's opening quote */
        size_t q = at + 1;
        while (q < end && json[q] != '"')
            q += json[q] == '\\' ? 2 : 1;
        if (q >= end || !put(out, &n, &cap, json + from, at - from) ||
            !put(out, &n, &cap, "true", 4)) {
            free(*out);
            *out = NULL;
            return -1;
        }
        from = q + 1;
    }
    if (!put(out, &n, &cap, json + from, end - from) || (staff && !put(out, &n, &cap, "}", 1))) {
        free(*out);
        *out = NULL;
        return -1;
    }
    *out_len = n;
    return 0;
}

int export_msg_id_parse(const char *id, char hall[64], char epoch[64], uint64_t *seq)
{
    const char *a = id ? strchr(id, ':') : NULL;
    const char *b = a ? strchr(a + 1, ':') : NULL;
    if (!a || !b || a == id || b == a + 1 || a - id >= 64 || b - a - 1 >= 64 || !b[1])
        return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(b + 1, &end, 10);
    if (*end || errno || b[1] < '0' || b[1] > '9')
        return -1;
    snprintf(hall, 64, "%.*s", (int)(a - id), id);
    snprintf(epoch, 64, "%.*s", (int)(b - a - 1), a + 1);
    *seq = v;
    return 0;
}

/* ---- acknowledgements (the library's thread) ---- */

static slot_t *slot_of(export_t *x, uint64_t seq)
{
    size_t lo = 0, hi = x->n_slots;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->slots[mid].seq < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < x->n_slots && x->slots[lo].seq == seq ? &x->slots[lo] : NULL;
}

static void on_ack(jsCtx *js, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae, void *closure)
{
    (void)js;
    export_t *x = closure;
    const char *id = NULL;
    char hall[64], epoch[64];
    uint64_t seq = 0;
    bool known = natsMsgHeader_Get(msg, "Nats-Msg-Id", &id) == NATS_OK &&
                 export_msg_id_parse(id, hall, epoch, &seq) == 0;
    pthread_mutex_lock(&x->mu);
    slot_t *s = known ? slot_of(x, seq) : NULL;
    if (s && s->state == SLOT_PENDING) {
        s->state = pa ? SLOT_OK : SLOT_FAILED;
        if (!pa) {
            x->st.failures++;
            snprintf(x->st.last_error, sizeof x->st.last_error, "%s",
                     pae && pae->ErrText && pae->ErrText[0]
                         ? pae->ErrText
                         : natsStatus_GetText(pae ? pae->Err : NATS_ERR));
        }
    }
    pthread_mutex_unlock(&x->mu);
    natsMsg_Destroy(msg);
}

static void on_reconnected(natsConnection *nc, void *closure)
{
    (void)nc;
    export_t *x = closure;
    pthread_mutex_lock(&x->mu);
    x->st.reconnects++;
    x->kick = true;
    pthread_mutex_unlock(&x->mu);
    pthread_cond_signal(&x->cond);
}

/* ---- the publisher thread ---- */

/* Waits up to ms, or until stopped or (when `for_events`) new events come. */
static void wait_ms(export_t *x, int ms, bool for_events)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&x->mu);
    while (!x->stop && !x->kick && !(for_events && x->committed > x->st.acked))
        if (pthread_cond_timedwait(&x->cond, &x->mu, &ts) == ETIMEDOUT)
            break;
    x->kick = false;
    pthread_mutex_unlock(&x->mu);
}

static bool stopping(export_t *x)
{
    pthread_mutex_lock(&x->mu);
    bool s = x->stop;
    pthread_mutex_unlock(&x->mu);
    return s;
}

typedef struct fill_ctx {
    export_t *x;
    slot_t *slots;
    size_t n;
    uint64_t last; /* the last event read, even one left out */
} fill_ctx_t;

static int fill_one(void *ctx, uint64_t seq, const char *json, size_t len)
{
    fill_ctx_t *f = ctx;
    f->last = seq;
    slot_t *s = &f->slots[f->n];
    memset(s, 0, sizeof *s);
    if (export_event_public(json, len, &s->json, &s->len, s->type) != 0) {
        log_warn("export", "event %" PRIu64 " is not an event object; it is not exported", seq);
        return 0;
    }
    s->seq = seq;
    f->n++;
    return 0;
}

static void slots_free(slot_t *slots, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(slots[i].json);
}

/* Sends one message of the window; a refusal marks it failed. */
static void send_slot(export_t *x, slot_t *s, jsPubOptions *po)
{
    char subject[256], id[160];
    snprintf(subject, sizeof subject, "mpp.%s.%s", x->hall, s->type);
    snprintf(id, sizeof id, "%s:%s:%" PRIu64, x->hall, x->epoch, s->seq);
    natsMsg *m = NULL;
    natsStatus rc = natsMsg_Create(&m, subject, NULL, s->json, (int)s->len);
    if (rc == NATS_OK)
        rc = natsMsgHeader_Set(m, "Nats-Msg-Id", id);
    if (rc == NATS_OK)
        rc = js_PublishMsgAsync(x->js, &m, po);
    natsMsg_Destroy(m); /* NULL once the library owns it */
    if (rc != NATS_OK) {
        pthread_mutex_lock(&x->mu);
        if (s->state == SLOT_PENDING) {
            s->state = SLOT_FAILED;
            x->st.failures++;
            snprintf(x->st.last_error, sizeof x->st.last_error, "%s", natsStatus_GetText(rc));
        }
        pthread_mutex_unlock(&x->mu);
    }
}

/* Publishes slots[0..n) and waits until each is acknowledged, failed or
 * timed out. Returns true when all were acknowledged. `upto` is the last
 * event read: the cursor moves there when every slot is acknowledged. */
static bool publish_window(export_t *x, slot_t *slots, size_t n, uint64_t upto)
{
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MaxWait = x->ack_timeout_ms;
    pthread_mutex_lock(&x->mu);
    x->slots = slots;
    x->n_slots = n;
    pthread_mutex_unlock(&x->mu);
    for (size_t i = 0; i < n; i++)
        send_slot(x, &slots[i], &po);
    jsPubOptions done;
    jsPubOptions_Init(&done);
    done.MaxWait = x->ack_timeout_ms + 1000;
    if (js_PublishAsyncComplete(x->js, &done) != NATS_OK) {
        /* what is still pending is sent again in the next window */
        natsMsgList pending;
        if (js_PublishAsyncGetPendingList(&pending, x->js) == NATS_OK)
            natsMsgList_Destroy(&pending);
    }
    pthread_mutex_lock(&x->mu);
    size_t ok = 0;
    while (ok < n && slots[ok].state == SLOT_OK)
        ok++;
    x->st.published += ok;
    if (ok == n)
        x->st.acked = upto;
    else if (ok > 0)
        x->st.acked = slots[ok].seq - 1;
    else if (n > 0 && slots[0].seq > x->st.acked + 1)
        x->st.acked = slots[0].seq - 1; /* events left out before the first */
    x->slots = NULL;
    x->n_slots = 0;
    pthread_mutex_unlock(&x->mu);
    return ok == n;
}

static void *run(void *arg)
{
    export_t *x = arg;
    /* the lowest CPU priority: on a busy machine serving the hall comes
     * first and export catches up afterwards (Linux: a thread's own nice) */
    if (setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), EXPORT_NICE) != 0)
        log_warn("export", "the publisher keeps the normal CPU priority: %s", strerror(errno));
    slot_t *slots = calloc((size_t)x->window, sizeof *slots);
    int pause = 0;
    while (slots && !stopping(x)) {
        if (pause)
            wait_ms(x, pause, false);
        if (stopping(x))
            break;
        pthread_mutex_lock(&x->mu);
        uint64_t from = x->st.acked;
        pthread_mutex_unlock(&x->mu);
        fill_ctx_t f = {x, slots, 0, from};
        int rc = x->read(x->src, from, (size_t)x->window, fill_one, &f);
        if (rc < 0) {
            log_warn("export", "the event log cannot be read (%d); trying again", rc);
            pause = PAUSE_MAX_MS;
            continue;
        }
        if (f.last == from) { /* nothing new */
            pause = 0;
            wait_ms(x, IDLE_WAIT_MS, true);
            continue;
        }
        bool up = natsConnection_Status(x->nc) == NATS_CONN_STATUS_CONNECTED;
        bool sent = up && publish_window(x, slots, f.n, f.last);
        slots_free(slots, f.n);
        pthread_mutex_lock(&x->mu);
        bool logged = x->down_logged;
        x->down_logged = !sent;
        char why[160];
        snprintf(why, sizeof why, "%s", up ? x->st.last_error : "not connected");
        uint64_t acked = x->st.acked;
        pthread_mutex_unlock(&x->mu);
        if (!sent && !logged)
            log_warn("export", "events after %" PRIu64 " wait for the broker: %s", acked, why);
        else if (sent && logged)
            log_info("export", "the broker acknowledges events again (up to %" PRIu64 ")", acked);
        pause =
            sent ? 0
                 : (pause ? (pause * 2 > PAUSE_MAX_MS ? PAUSE_MAX_MS : pause * 2) : PAUSE_MIN_MS);
    }
    free(slots);
    return NULL;
}

/* ---- life ---- */

static int nats_fail(char *err, size_t errlen, const char *what, natsStatus s)
{
    snprintf(err, errlen, "%s: %s", what, natsStatus_GetText(s));
    return -1;
}

/* Gives o the servers of `urls`, comma- or space-separated. */
static natsStatus set_servers(natsOptions *o, const char *urls)
{
    char *copy = strdup(urls);
    const char *list[16];
    int n = 0;
    if (!copy)
        return NATS_NO_MEMORY;
    for (char *save = NULL, *u = strtok_r(copy, ", ", &save); u && n < 16;
         u = strtok_r(NULL, ", ", &save))
        list[n++] = u;
    natsStatus s = n ? natsOptions_SetServers(o, list, n) : NATS_INVALID_ARG;
    free(copy);
    return s;
}

/* Whether a path option is given. */
static bool given(const char *s)
{
    return s && s[0];
}

int export_options(natsOptions **out, const export_link_t *l, const char *name, const char *prefix,
                   natsConnectionHandler reconnected, void *ctx, char *err, size_t errlen)
{
    natsOptions *o = NULL;
    natsStatus s = natsOptions_Create(&o);
    *out = o;
    const char *field = "nats";
    if (s == NATS_OK && (s = set_servers(o, l->url)) == NATS_OK) {
        natsOptions_SetName(o, name);
        natsOptions_SetMaxReconnect(o, -1);
        natsOptions_SetReconnectWait(o, 500);
        natsOptions_SetRetryOnFailedConnect(o, true, reconnected, ctx);
        if (reconnected)
            natsOptions_SetReconnectedCB(o, reconnected, ctx);
    }
    if (s == NATS_OK && given(l->creds_file) &&
        (s = natsOptions_SetUserCredentialsFromFiles(o, l->creds_file, NULL)) != NATS_OK)
        field = "creds_file";
    if (s == NATS_OK && given(l->nkey_file) &&
        (s = natsOptions_SetNKeyFromSeed(o, l->nkey_user, l->nkey_file)) != NATS_OK)
        field = "nkey_file";
    bool tls = l->tls || given(l->ca_file) || given(l->cert_file);
    if (s == NATS_OK && tls && (s = natsOptions_SetSecure(o, true)) != NATS_OK)
        field = "tls";
    if (s == NATS_OK && given(l->ca_file) &&
        (s = natsOptions_LoadCATrustedCertificates(o, l->ca_file)) != NATS_OK)
        field = "ca_file";
    if (s == NATS_OK && given(l->cert_file) &&
        (s = natsOptions_LoadCertificatesChain(o, l->cert_file, l->key_file)) != NATS_OK)
        field = "cert_file";
    if (s == NATS_OK)
        return 0;
    snprintf(err, errlen, "%s%s: %s", prefix, field, natsStatus_GetText(s));
    return -1;
}

int export_start(export_t **out, const export_config_t *cfg, export_read_fn read, void *src,
                 uint64_t acked, char *err, size_t errlen)
{
    *out = NULL;
    export_t *x = calloc(1, sizeof *x);
    if (!x) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(x->hall, sizeof x->hall, "%s", cfg->hall);
    snprintf(x->epoch, sizeof x->epoch, "%s", cfg->epoch);
    x->read = read;
    x->src = src;
    x->window = cfg->window > 0 ? cfg->window : 256;
    x->ack_timeout_ms = cfg->ack_timeout_ms > 0 ? cfg->ack_timeout_ms : 5000;
    x->st.acked = acked;
    x->committed = acked;
    pthread_mutex_init(&x->mu, NULL);
    pthread_cond_init(&x->cond, NULL);
    if (export_options(&x->opts, &cfg->link, "mppd", "export.", on_reconnected, x, err, errlen) !=
        0) {
        export_stop(x);
        return -1;
    }
    natsStatus s = natsConnection_Connect(&x->nc, x->opts);
    if (s != NATS_OK && s != NATS_NOT_YET_CONNECTED) {
        nats_fail(err, errlen, "connecting to export.nats", s);
        export_stop(x);
        return -1;
    }
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.PublishAsync.MaxPending = x->window;
    jo.PublishAsync.AckHandler = on_ack;
    jo.PublishAsync.AckHandlerClosure = x;
    if ((s = natsConnection_JetStream(&x->js, x->nc, &jo)) != NATS_OK) {
        nats_fail(err, errlen, "JetStream", s);
        export_stop(x);
        return -1;
    }
    if (pthread_create(&x->thread, NULL, run, x) != 0) {
        snprintf(err, errlen, "cannot start the export thread");
        export_stop(x);
        return -1;
    }
    x->started = true;
    *out = x;
    return 0;
}

uint64_t export_stop(export_t *x)
{
    if (!x)
        return 0;
    pthread_mutex_lock(&x->mu);
    x->stop = true;
    pthread_mutex_unlock(&x->mu);
    pthread_cond_signal(&x->cond);
    if (x->started)
        pthread_join(x->thread, NULL);
    jsCtx_Destroy(x->js);
    if (x->nc) {
        natsConnection_Close(x->nc);
        natsConnection_Destroy(x->nc);
    }
    natsOptions_Destroy(x->opts);
    uint64_t acked = x->st.acked;
    pthread_cond_destroy(&x->cond);
    pthread_mutex_destroy(&x->mu);
    free(x);
    return acked;
}

void export_notify(export_t *x, uint64_t committed)
{
    if (!x)
        return;
    pthread_mutex_lock(&x->mu);
    if (committed > x->committed)
        x->committed = committed;
    pthread_mutex_unlock(&x->mu);
    pthread_cond_signal(&x->cond);
}

void export_status(export_t *x, export_status_t *st)
{
    pthread_mutex_lock(&x->mu);
    *st = x->st;
    pthread_mutex_unlock(&x->mu);
    st->connected = x->nc && natsConnection_Status(x->nc) == NATS_CONN_STATUS_CONNECTED;
}
