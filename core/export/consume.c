/*
 * consume.c - the durable pull consumer a province view reads the stream
 * with (export.h): fetch a batch, let the view apply and commit it, then
 * acknowledge; what the view cannot apply yet is asked for again later.
 * The broker may come and go: the thread keeps trying.
 */
#include <inttypes.h>
#include <nats/nats.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export/export.h"
#include "export/export_int.h"
#include "log.h"

#define FETCH_WAIT_MS 100 /* a fetch returns what came within this time */
#define RETRY_DELAY_MS 200
#define PAUSE_MS 500
#define ACK_WAIT_S 5 /* unacknowledged messages are delivered again after this */

struct export_consumer {
    char stream[64], durable[64], subject[256];
    int batch;
    export_batch_fn fn;
    void *ctx;
    natsOptions *opts;
    natsConnection *nc;
    jsCtx *js;
    natsSubscription *sub;
    pthread_t thread;
    bool started;
    pthread_mutex_t mu; /* guards stop and st */
    bool stop;
    export_consumer_status_t st;
};

static bool stopping(export_consumer_t *c)
{
    pthread_mutex_lock(&c->mu);
    bool s = c->stop;
    pthread_mutex_unlock(&c->mu);
    return s;
}

static void set_error(export_consumer_t *c, const char *what, natsStatus s)
{
    pthread_mutex_lock(&c->mu);
    snprintf(c->st.last_error, sizeof c->st.last_error, "%s: %s", what, natsStatus_GetText(s));
    pthread_mutex_unlock(&c->mu);
}

static void pause_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* Binds or creates the durable consumer: every message from the stream's
 * start, acknowledged one by one, delivered again until acknowledged. */
static natsStatus subscribe(export_consumer_t *c)
{
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = c->stream;
    so.Config.Durable = c->durable;
    so.Config.DeliverPolicy = js_DeliverAll;
    so.Config.AckPolicy = js_AckExplicit;
    so.Config.AckWait = (int64_t)ACK_WAIT_S * 1000000000; /* a killed view's batch comes back */
    so.Config.MaxDeliver = -1;
    so.Config.MaxAckPending = 65536;
    jsErrCode jerr = 0;
    return js_PullSubscribe(&c->sub, c->js, c->subject, c->durable, NULL, &so, &jerr);
}

static void handle(export_consumer_t *c, natsMsgList *list)
{
    int n = list->Count;
    while (n > 0 && !list->Msgs[n - 1]) /* a slot it counted but left empty */
        n--;
    export_msg_t *msgs = calloc((size_t)n, sizeof *msgs);
    if (!msgs)
        return; /* not acknowledged: delivered again */
    uint64_t pending = 0;
    for (int i = 0; i < n; i++) {
        natsMsg *m = list->Msgs[i];
        const char *id = NULL;
        if (natsMsgHeader_Get(m, "Nats-Msg-Id", &id) != NATS_OK)
            id = NULL;
        jsMsgMetaData *meta = NULL;
        int64_t stored = 0;
        if (natsMsg_GetMetaData(&meta, m) == NATS_OK) {
            stored = meta->Timestamp / 1000000;
            pending = meta->NumPending;
            jsMsgMetaData_Destroy(meta);
        }
        msgs[i] = (export_msg_t){id,
                                 natsMsg_GetSubject(m),
                                 natsMsg_GetData(m),
                                 (size_t)natsMsg_GetDataLength(m),
                                 stored,
                                 EXPORT_ACK};
    }
    int rc = c->fn(c->ctx, msgs, (size_t)n);
    for (int i = 0; i < n; i++) {
        if (rc != 0 || msgs[i].verdict == EXPORT_RETRY)
            natsMsg_NakWithDelay(list->Msgs[i], RETRY_DELAY_MS, NULL);
        else
            natsMsg_Ack(list->Msgs[i], NULL);
    }
    free(msgs);
    pthread_mutex_lock(&c->mu);
    c->st.delivered += (uint64_t)n;
    c->st.pending = pending;
    pthread_mutex_unlock(&c->mu);
}

static void *run(void *arg)
{
    export_consumer_t *c = arg;
    bool told = false;
    while (!stopping(c)) {
        if (!c->sub) {
            natsStatus s = subscribe(c);
            if (s != NATS_OK) {
                c->sub = NULL;
                set_error(c, "binding the consumer", s);
                if (!told)
                    log_warn("agg", "cannot bind consumer %s of stream %s yet: %s; trying again",
                             c->durable, c->stream, natsStatus_GetText(s));
                told = true;
                pause_ms(PAUSE_MS);
                continue;
            }
            log_info("agg", "reading stream %s as consumer %s (%s)", c->stream, c->durable,
                     c->subject);
            pthread_mutex_lock(&c->mu);
            c->st.bound = true;
            c->st.last_error[0] = '\0';
            pthread_mutex_unlock(&c->mu);
            told = false;
        }
        natsMsgList list = {0};
        jsErrCode jerr = 0;
        natsStatus s = natsSubscription_Fetch(&list, c->sub, c->batch, FETCH_WAIT_MS, &jerr);
        /* libnats 3.4 can count one more than its array holds after a
         * fetch that timed out: never read past the batch (a message so
         * lost is delivered again after ACK_WAIT_S) */
        if (list.Count > c->batch)
            list.Count = c->batch;
        if (list.Count > 0) /* a fetch that timed out may still hold what came */
            handle(c, &list);
        natsMsgList_Destroy(&list);
        if (s != NATS_OK && s != NATS_TIMEOUT) {
            set_error(c, "fetching", s);
            if (s == NATS_INVALID_SUBSCRIPTION || s == NATS_CONNECTION_CLOSED || jerr != 0) {
                natsSubscription_Destroy(c->sub); /* bind again once the broker answers */
                c->sub = NULL;
                pthread_mutex_lock(&c->mu);
                c->st.bound = false;
                pthread_mutex_unlock(&c->mu);
            }
            pause_ms(PAUSE_MS);
        }
    }
    return NULL;
}

int export_consume_start(export_consumer_t **out, const export_consumer_config_t *cfg,
                         export_batch_fn fn, void *ctx, char *err, size_t errlen)
{
    *out = NULL;
    export_consumer_t *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(c->stream, sizeof c->stream, "%s", cfg->stream);
    snprintf(c->durable, sizeof c->durable, "%s", cfg->durable);
    snprintf(c->subject, sizeof c->subject, "%s", cfg->subject);
    c->batch = cfg->batch > 0 ? cfg->batch : 1024;
    c->fn = fn;
    c->ctx = ctx;
    pthread_mutex_init(&c->mu, NULL);
    if (export_options(&c->opts, &cfg->link, "mppagg", "", NULL, NULL, err, errlen) != 0) {
        export_consume_stop(c);
        return -1;
    }
    natsStatus s = natsConnection_Connect(&c->nc, c->opts);
    if (s == NATS_NOT_YET_CONNECTED)
        s = NATS_OK;
    if (s == NATS_OK)
        s = natsConnection_JetStream(&c->js, c->nc, NULL);
    if (s != NATS_OK) {
        snprintf(err, errlen, "%s: %s", cfg->link.url, natsStatus_GetText(s));
        export_consume_stop(c);
        return -1;
    }
    if (pthread_create(&c->thread, NULL, run, c) != 0) {
        snprintf(err, errlen, "cannot start the consumer thread");
        export_consume_stop(c);
        return -1;
    }
    c->started = true;
    *out = c;
    return 0;
}

void export_consume_stop(export_consumer_t *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_mutex_unlock(&c->mu);
    if (c->started)
        pthread_join(c->thread, NULL);
    natsSubscription_Destroy(c->sub);
    jsCtx_Destroy(c->js);
    if (c->nc) {
        natsConnection_Close(c->nc);
        natsConnection_Destroy(c->nc);
    }
    natsOptions_Destroy(c->opts);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

void export_consume_status(export_consumer_t *c, export_consumer_status_t *st)
{
    pthread_mutex_lock(&c->mu);
    *st = c->st;
    pthread_mutex_unlock(&c->mu);
    st->connected = c->nc && natsConnection_Status(c->nc) == NATS_CONN_STATUS_CONNECTED;
}
