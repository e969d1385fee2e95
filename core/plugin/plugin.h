/*
 * plugin.h - the agency plugin host: the only module that includes lua.h.
 *
 * Each agency is one Lua 5.4 file in the plugins folder, run once at load
 * time in its own sandboxed lua_State (an allow-list of libraries, text-only
 * chunks, a private _ENV, a memory budget and an instruction deadline). The
 * file declares its agency and services through the `mpp` API; the host
 * turns the declarations into a catalog_t. A file with a mistake is left
 * out with its file, line and message in catalog_t.errors; the other
 * agencies load. The hall config decides which counters an agency has: a
 * plugin that claims a counter the config gives another agency does not
 * load.
 */
#ifndef MPP_PLUGIN_H
#define MPP_PLUGIN_H

#include <stddef.h>

#include "../catalog.h"

/* The hall's counter assignment, as the plugin host needs it. */
typedef struct plugin_hall {
    const int *counters;                          /* counter numbers */
    const char (*counter_agency)[CATALOG_ID_MAX]; /* agency of each */
    size_t n_counters;
} plugin_hall_t;

/* Loads every *.lua file of `dir` (in name order; files starting with '_'
 * are shared helpers and are not agencies). Always returns a catalog (NULL
 * only when out of memory) holding the agencies that loaded and the errors
 * of those that did not. An agency id or prefix declared twice keeps the
 * first file and reports the second. */
catalog_t *plugin_load_dir(const char *dir, const plugin_hall_t *hall);

/* Loads one file as plugin_load_dir would (mppctl check). Returns the
 * catalog with that one agency, or with its errors. `hall` may be NULL:
 * counters are then not checked against the hall. */
catalog_t *plugin_load_file(const char *path, const plugin_hall_t *hall);

#endif
