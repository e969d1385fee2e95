/*
 * fuzz_config.c - libFuzzer target: the hall config loader (config_load)
 * on a file holding the input.
 *
 * What must hold: a refused file comes with a message; an accepted one
 * keeps every invariant the rest of mppd relies on (a port in range,
 * counters 1..999 each named once with an agency, opening hours within the
 * day, open before close, no more entries than the arrays hold).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "fixture.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    const char *path = fixture_write("hall.cfg", data, size);
    static config_t cfg;
    char err[1024];
    config_defaults(&cfg);
    if (config_load(&cfg, path, err, sizeof err) != 0) {
        if (!err[0])
            fixture_fail("a config refused without a message", data, size);
        return 0;
    }
    if (cfg.port < 1 || cfg.port > 65535)
        fixture_fail("a port outside 1..65535 accepted", data, size);
    if (cfg.n_counters > CONFIG_MAX_COUNTERS || cfg.n_origins > CONFIG_MAX_ORIGINS ||
        cfg.n_rate_allow > CONFIG_MAX_ALLOW || cfg.n_options > CONFIG_MAX_OPTIONS)
        fixture_fail("more entries than the arrays hold", data, size);
    for (size_t i = 0; i < cfg.n_counters; i++) {
        int c = cfg.counters[i].number;
        if (c < 1 || c > 999 || !cfg.counters[i].agency[0])
            fixture_fail("a counter outside 1..999 or without an agency", data, size);
        for (size_t j = 0; j < i; j++)
            if (cfg.counters[j].number == c)
                fixture_fail("a counter named twice accepted", data, size);
        if (config_counter_agency(&cfg, c) != cfg.counters[i].agency &&
            strcmp(config_counter_agency(&cfg, c), cfg.counters[i].agency) != 0)
            fixture_fail("config_counter_agency disagrees with the list", data, size);
    }
    for (int d = 0; d < 7; d++) {
        const calendar_hours_t *h = &cfg.hours[d];
        if (h->n > CALENDAR_RANGES_MAX)
            fixture_fail("a day with more ranges than it may hold", data, size);
        for (size_t k = 0; k < h->n; k++)
            if (h->range[k].open_min < 0 || h->range[k].close_min > 1440 ||
                h->range[k].open_min >= h->range[k].close_min ||
                (k > 0 && h->range[k].open_min <= h->range[k - 1].close_min))
                fixture_fail("a range outside the day, closing before opening, or out of order",
                             data, size);
    }
    return 0;
}
