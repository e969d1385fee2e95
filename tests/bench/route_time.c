/*
 * route_time.c - the time of one call-next decision with Lua routing, in
 * process: the real engine and the real plugin host (as `mppctl try` runs
 * them) load a plugin with a Lua route function, N tickets wait, and a
 * counter calls and finishes ROUNDS times. Each call is timed from
 * queue_counter_act to its return (routing rules, the Lua route function
 * over the queue heads, the state change); the store and the network are
 * not part of it (tests/bench/call_next.mjs times the HTTP round trip with
 * its durable commit).
 *   route_time CONFIG PLUGIN.lua COUNTER SIZES ROUNDS
 *   e.g. route_time mppd.cfg tests/bench/plugins/uji.lua 34 100,10000,100000 300
 * CONFIG's counter COUNTER must belong to the plugin's agency. Prints one
 * line per size: "waiting N: route p50 X us p99 Y us (R calls, D of them uji/dua ...)";
 * D shows the route function at work (it prefers uji/dua).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "engine/queue.h"
#include "plugin/plugin.h"

static void env_random(void *ctx, void *buf, size_t n)
{
    uint64_t *state = ctx;
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++) {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        p[i] = (unsigned char)(*state >> 56);
    }
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* One queue of `waiting` tickets; times `rounds` calls at `counter`.
 * Returns 0, or 1 after printing what failed. */
static int run(const plugin_hall_t *hall, const catalog_t *cat, int counter, long waiting,
               int rounds)
{
    uint64_t state = 42;
    queue_hall_t qh;
    memset(&qh, 0, sizeof qh);
    for (int d = 0; d < 7; d++)
        qh.close_min[d] = 1440;
    qh.print_timeout_s = 120;
    qh.counters = hall->counters;
    qh.counter_agency = hall->counter_agency;
    qh.n_counters = hall->n_counters;
    queue_env_t env = {queue_local_time, env_random, &state};
    queue_sink_t sink = {NULL, NULL, NULL, NULL};
    queue_t *q;
    if (queue_new(&q, &qh, cat, &env, &sink) != 0) {
        fprintf(stderr, "route_time: cannot make a queue\n");
        return 1;
    }
    queue_set_hooks(q, plugin_queue_hooks());
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t now = (int64_t)ts.tv_sec * 1000;
    queue_tick(q, now);

    const catalog_agency_t *a = &cat->agencies[0];
    for (long i = 0; i < waiting; i++) {
        const catalog_service_t *svc = &cat->services[a->first_service + (size_t)i % a->n_services];
        queue_issue_req_t req = {.service = svc->id,
                                 .priority = i % 7 == 0 ? PRIORITY_ANAK : PRIORITY_NONE};
        const queue_ticket_t *t;
        if (queue_issue(q, &req, now + i, &t) != 0) {
            fprintf(stderr, "route_time: issue: %s\n", queue_last_error(q));
            queue_free(q);
            return 1;
        }
    }
    const queue_counter_t *c;
    queue_counter_req_t open = {.counter = counter,
                                .action = QUEUE_ACT_OPEN,
                                .staff = "bench",
                                .session = "bench",
                                .admin = true};
    if (queue_counter_act(q, &open, now, &c) != 0) {
        fprintf(stderr, "route_time: open %d: %s\n", counter, queue_last_error(q));
        queue_free(q);
        return 1;
    }
    int n = rounds < waiting ? rounds : (int)waiting;
    int64_t *took = calloc((size_t)n, sizeof *took);
    int dua = 0; /* calls of "uji/dua", which the bench plugin's route function prefers */
    for (int r = 0; r < n && took; r++) {
        queue_counter_req_t call = {.counter = counter,
                                    .action = QUEUE_ACT_CALL,
                                    .staff = "bench",
                                    .session = "bench",
                                    .admin = true};
        queue_counter_req_t finish = call;
        finish.action = QUEUE_ACT_FINISH;
        int64_t t0 = now_ns();
        int rc = queue_counter_act(q, &call, now, &c);
        took[r] = now_ns() - t0;
        const queue_ticket_t *t = rc == 0 && c->ticket ? queue_ticket_by_id(q, c->ticket) : NULL;
        dua += t && strcmp(t->service, "uji/dua") == 0;
        if (rc != 0 || !c->ticket || queue_counter_act(q, &finish, now, &c) != 0) {
            fprintf(stderr, "route_time: call %d: %s\n", r, queue_last_error(q));
            free(took);
            queue_free(q);
            return 1;
        }
    }
    if (took) {
        qsort(took, (size_t)n, sizeof *took, cmp_i64);
        printf("waiting %6ld: route p50 %.1f us  p99 %.1f us  (%d calls, %d of them uji/dua; "
               "Lua route function, no store)\n",
               waiting, (double)took[n / 2] / 1000, (double)took[(n * 99) / 100] / 1000, n, dua);
    }
    free(took);
    queue_free(q);
    return took ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: route_time CONFIG PLUGIN.lua COUNTER SIZES ROUNDS\n");
        return 2;
    }
    config_t cfg;
    char err[512];
    if (config_load(&cfg, argv[1], err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    plugin_hall_config_t hc;
    const plugin_hall_t *hall = plugin_hall_from_config(&hc, &cfg);
    catalog_t *cat = plugin_load_file(argv[2], hall);
    if (!cat || cat->n_errors || cat->n_agencies != 1) {
        fprintf(stderr, "route_time: %s does not load as one agency\n", argv[2]);
        catalog_free(cat);
        return 1;
    }
    int counter = atoi(argv[3]);
    int rounds = atoi(argv[5]);
    int rc = 0;
    for (char *s = strtok(argv[4], ","); s && rc == 0; s = strtok(NULL, ","))
        rc = run(hall, cat, counter, atol(s), rounds);
    catalog_free(cat);
    return rc;
}
