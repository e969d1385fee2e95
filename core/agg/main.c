/*
 * main.c - mppagg, the province view (docs/export.md): a durable JetStream
 * consumer of every hall's exported events feeds the view (view.h), whose
 * figures are served as the province page, GET /api/v1/halls and /ws.
 *
 *   mppagg --nats URL [--port N] [--data DIR] [--web DIR] [--stream NAME]
 *          [--durable NAME] [--subject SUBJECT] [--creds FILE] [--ca FILE]
 *          [--batch N]
 *
 * Several mppagg can split the halls between them, each with its own
 * --durable and a --subject of its halls (mpp.purbalingga.>): the broker
 * hands each its share.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "agg/view.h"
#include "export/export.h"
#include "log.h"
#include "web/web.h"

typedef struct agg {
    pthread_mutex_t mu; /* guards view */
    view_t *view;
    export_consumer_t *consumer;
    const char *stream, *durable, *subject;
    uint64_t commit_failures;
} agg_t;

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* export_batch_fn: apply the batch and commit it before anything is
 * acknowledged. */
static int apply_batch(void *ctx, export_msg_t *msgs, size_t n)
{
    agg_t *a = ctx;
    int64_t now = wall_ms();
    pthread_mutex_lock(&a->mu);
    for (size_t i = 0; i < n; i++) {
        view_verdict_t v = view_apply(a->view, msgs[i].id, msgs[i].data, msgs[i].len,
                                      msgs[i].stored_ms ? now - msgs[i].stored_ms : -1);
        msgs[i].verdict = v == VIEW_GAP ? EXPORT_RETRY : EXPORT_ACK;
    }
    int rc = view_commit(a->view);
    if (rc != 0) {
        a->commit_failures++;
        log_error("agg", "the view could not commit (%d): the batch comes again", rc);
        view_reload(a->view);
    }
    pthread_mutex_unlock(&a->mu);
    return rc == 0 ? 0 : -1;
}

static json_t *halls(void *ctx)
{
    agg_t *a = ctx;
    pthread_mutex_lock(&a->mu);
    json_t *j = view_halls_json(a->view);
    pthread_mutex_unlock(&a->mu);
    return j;
}

static uint64_t version(void *ctx)
{
    agg_t *a = ctx;
    pthread_mutex_lock(&a->mu);
    uint64_t v = view_version(a->view);
    pthread_mutex_unlock(&a->mu);
    return v;
}

static json_t *health(void *ctx)
{
    agg_t *a = ctx;
    export_consumer_status_t st;
    export_consume_status(a->consumer, &st);
    pthread_mutex_lock(&a->mu);
    uint64_t failures = a->commit_failures, applied = view_applied(a->view);
    pthread_mutex_unlock(&a->mu);
    return json_pack("{s:s, s:b, s:b, s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:s?}", "status",
                     st.connected && st.bound && failures == 0 ? "ok" : "degraded", "connected",
                     st.connected, "bound", st.bound, "stream", a->stream, "consumer", a->durable,
                     "subject", a->subject, "delivered", (json_int_t)st.delivered, "applied",
                     (json_int_t)applied, "pending", (json_int_t)st.pending, "commit_failures",
                     (json_int_t)failures, "last_error", st.last_error[0] ? st.last_error : NULL);
}

static void usage(FILE *f)
{
    fprintf(f, "usage: mppagg --nats URL [--port N] [--data DIR] [--web DIR] [--stream NAME]\n"
               "              [--durable NAME] [--subject SUBJECT] [--creds FILE] [--ca FILE]\n"
               "              [--batch N]\n");
}

int main(int argc, char **argv)
{
    const char *nats = NULL, *data = "agg-data", *web = "web", *creds = NULL, *ca = NULL;
    const char *stream = "MPP", *durable = "mppagg", *subject = "mpp.>";
    long port = 8090, batch = 1024;
    static const char *const names[] = {"--nats",   "--port",    "--data",    "--web",
                                        "--stream", "--durable", "--subject", "--creds",
                                        "--ca",     "--batch",   NULL};
    const char **slots[] = {&nats,    NULL,     &data,  &web, &stream,
                            &durable, &subject, &creds, &ca,  NULL};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        const char *arg = argv[i], *eq = strchr(arg, '=');
        size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
        int k = 0;
        while (names[k] && (strlen(names[k]) != n || strncmp(names[k], arg, n) != 0))
            k++;
        if (!names[k]) {
            fprintf(stderr, "mppagg: unknown argument '%s'\n", arg);
            usage(stderr);
            return 2;
        }
        const char *value = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!value || !value[0]) {
            fprintf(stderr, "mppagg: %s needs a value\n", names[k]);
            return 2;
        }
        if (slots[k]) {
            *slots[k] = value;
            continue;
        }
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        long max = k == 1 ? 65535 : 65536;
        if (*end || errno || v < 1 || v > max) {
            fprintf(stderr, "mppagg: %s '%s' must be a whole number from 1 to %ld\n", names[k],
                    value, max);
            return 2;
        }
        *(k == 1 ? &port : &batch) = v;
    }
    if (!nats) {
        fprintf(stderr, "mppagg: --nats URL is required (the province's NATS servers)\n");
        usage(stderr);
        return 2;
    }
    if (mkdir(data, 0700) != 0 && errno != EEXIST) {
        fprintf(stderr, "mppagg: cannot make the data folder %s: %s\n", data, strerror(errno));
        return 1;
    }
    agg_t a = {.stream = stream, .durable = durable, .subject = subject};
    pthread_mutex_init(&a.mu, NULL);
    char err[512];
    if (view_open(&a.view, data, err, sizeof err) != 0) {
        fprintf(stderr, "mppagg: %s: %s\n", data, err);
        return 1;
    }
    export_consumer_config_t cc = {.link = {.url = nats, .creds_file = creds, .ca_file = ca},
                                   .stream = stream,
                                   .durable = durable,
                                   .subject = subject,
                                   .batch = (int)batch};
    if (export_consume_start(&a.consumer, &cc, apply_batch, &a, err, sizeof err) != 0) {
        fprintf(stderr, "mppagg: %s\n", err);
        view_close(a.view);
        return 1;
    }
    web_province_t wp = {(int)port, web, halls, health, version, &a};
    int rc = web_province_run(&wp);
    export_consume_stop(a.consumer);
    view_close(a.view);
    pthread_mutex_destroy(&a.mu);
    return rc;
}
