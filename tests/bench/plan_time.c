/*
 * plan_time.c - the time of one visit plan over the whole hall's catalogue,
 * in process: the real plugin host loads every bundled plugin (as mppd
 * does), and visit_plan_make orders ten services (those of the hall's
 * errands across agencies first, then others of the catalogue) for a
 * citizen who brings a KTP-el, a family card, a birth certificate and an
 * NPWP, so steps are added for every other document they need. The live
 * part of GET /api/v1/plans (today's estimate and problems) is the HTTP
 * figure of scripts/bench.sh; this is the planning itself.
 *   plan_time CONFIG PLUGINS_DIR ROUNDS
 * Prints "plan of 10 services over N: p50 X us p99 Y us (S steps)".
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "plugin/plugin.h"
#include "visit/plan.h"

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

/* Six errands of tests/journeys, then kiosk services of the catalogue that
 * need no document, ten in all, each once (a visit holds at most
 * VISIT_STEPS_MAX steps, the added ones included). */
static size_t pick(const catalog_t *cat, const char **out)
{
    static const char *const errands[] = {
        "imigrasi/paspor-baru", "samsat/balik-nama", "bpn/peralihan-jual-beli",
        "polres/skck-baru",     "disnaker/ak1",      "bpjs-tk/klaim-jht-ahli-waris",
    };
    size_t n = 0;
    for (size_t i = 0; i < sizeof errands / sizeof errands[0]; i++)
        if (catalog_service_find(cat, errands[i]))
            out[n++] = errands[i];
    for (size_t i = 0; i < cat->n_services && n < 10; i++) {
        const catalog_service_t *s = &cat->services[i];
        bool taken = false;
        for (size_t k = 0; k < n && !taken; k++)
            taken = strcmp(out[k], s->id) == 0;
        if (!taken && s->kiosk && s->needs.count == 0)
            out[n++] = s->id;
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: plan_time CONFIG PLUGINS_DIR ROUNDS\n");
        return 2;
    }
    static config_t cfg;
    char err[512];
    if (config_load(&cfg, argv[1], err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    plugin_hall_config_t hc;
    catalog_t *cat = plugin_load_dir(argv[2], plugin_hall_from_config(&hc, &cfg));
    if (!cat || cat->n_errors || cat->n_agencies == 0) {
        fprintf(stderr, "plan_time: the plugins of %s do not all load\n", argv[2]);
        catalog_free(cat);
        return 1;
    }
    const char *services[10];
    size_t n = pick(cat, services);
    int rounds = atoi(argv[3]);
    int64_t *ns = calloc((size_t)(rounds > 0 ? rounds : 1), sizeof *ns);
    static visit_plan_t plan;
    size_t steps = 0;
    for (int i = 0; ns && i < rounds; i++) {
        int64_t t0 = now_ns();
        static const char *const have[] = {"ktp-el", "kk", "akta-kelahiran", "npwp"};
        int rc = visit_plan_make(cat, services, n, have, 4, &plan, err, sizeof err);
        ns[i] = now_ns() - t0;
        if (rc != VISIT_OK) {
            fprintf(stderr, "plan_time: %s\n", err);
            free(ns);
            catalog_free(cat);
            return 1;
        }
        steps = plan.n_steps;
    }
    if (!ns || rounds <= 0) {
        catalog_free(cat);
        return 1;
    }
    qsort(ns, (size_t)rounds, sizeof *ns, cmp_i64);
    printf("plan of %zu services over %zu: p50 %.1f us p99 %.1f us (%zu steps)\n", n,
           cat->n_services, (double)ns[rounds / 2] / 1e3, (double)ns[rounds * 99 / 100] / 1e3,
           steps);
    free(ns);
    catalog_free(cat);
    return 0;
}
