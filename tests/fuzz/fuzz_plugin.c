/*
 * fuzz_plugin.c - libFuzzer target: loading an agency plugin
 * (plugin_load_file) from a file holding the input, against the counters
 * of the bundled hall config, as `mppctl check` and mppd load one.
 *
 * What must hold: the load ends (the sandbox's instruction and memory
 * budgets stop a hostile file), it returns a catalog, every error has a
 * message, and a file that loads cleanly gives exactly one agency whose
 * services carry that agency's id.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "fixture.h"
#include "plugin/plugin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const plugin_hall_t *hall;
    static plugin_hall_config_t view;
    if (!hall)
        hall = plugin_hall_from_config(&view, fixture_config());
    if (size > 65536)
        return 0;
    const char *path = fixture_write("agency.lua", data, size);
    catalog_t *cat = plugin_load_file(path, hall);
    if (!cat)
        fixture_fail("plugin_load_file returned no catalog", data, size);
    for (size_t i = 0; i < cat->n_errors; i++)
        if (!cat->errors[i].message[0])
            fixture_fail("a plugin error without a message", data, size);
    if (cat->n_errors == 0) {
        if (cat->n_agencies != 1)
            fixture_fail("a clean load without exactly one agency", data, size);
        const char *id = cat->agencies[0].id;
        size_t idlen = strlen(id);
        for (size_t i = 0; i < cat->n_services; i++)
            if (strncmp(cat->services[i].id, id, idlen) != 0 || cat->services[i].id[idlen] != '/')
                fixture_fail("a service id outside its agency", data, size);
    }
    catalog_free(cat);
    return 0;
}
