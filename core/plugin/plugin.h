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
 *
 * An agency that registers hooks (agency:on) keeps its state after the
 * load, owned by its catalog entry; the engine reaches the hooks through
 * plugin_queue_hooks(). A hook's failures are counted per agency and
 * listed by plugin_runtime_errors() (for /healthz and the admin API).
 */
#ifndef MPP_PLUGIN_H
#define MPP_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "config.h"
#include "engine/queue.h"

/* Bytes a kiosk input's value may have; a longer one is refused (422)
 * before its pattern runs. */
#define PLUGIN_INPUT_VALUE_MAX 256

/* A value the hall config sets for a plugin option. */
typedef enum plugin_option_kind {
    PLUGIN_OPTION_INT = 0,
    PLUGIN_OPTION_BOOL,
    PLUGIN_OPTION_STRING
} plugin_option_kind_t;

typedef struct plugin_option {
    plugin_option_kind_t kind;
    long long integer;
    bool boolean;
    const char *text; /* borrowed from the config */
    const char *file; /* the config file that sets it (borrowed) */
    int line;         /* and its line there */
} plugin_option_t;

typedef struct plugin_hall {
    const int *counters;                          /* counter numbers */
    const char (*counter_agency)[CATALOG_ID_MAX]; /* agency of each */
    size_t n_counters;
    /* The option `name` the hall sets for `agency`: 0 and *out filled, or
     * -1 when it sets none (the plugin's default applies). NULL = none. */
    int (*option)(void *ctx, const char *agency, const char *name, plugin_option_t *out);
    void *option_ctx;
} plugin_hall_t;

/* The hall as the config file describes it, for the plugin host: its
 * counters and the plugin options it sets. The arrays are the caller's,
 * CONFIG_MAX_COUNTERS long; `cfg` must outlive the returned view. */
typedef struct plugin_hall_config {
    int counters[CONFIG_MAX_COUNTERS];
    char agencies[CONFIG_MAX_COUNTERS][CATALOG_ID_MAX];
    plugin_hall_t hall;
} plugin_hall_config_t;

const plugin_hall_t *plugin_hall_from_config(plugin_hall_config_t *out, const config_t *cfg);

/* Calls warn(ctx, message) for each plugin option the hall config sets
 * for a loaded agency whose plugin never reads it (a misspelt name, an
 * option a new version dropped): the message names the option, where the
 * config sets it, the plugin, and the closest name the plugin does read.
 * Returns how many. */
size_t plugin_options_unread(const config_t *cfg, const catalog_t *cat,
                             void (*warn)(void *ctx, const char *message), void *ctx);

/* Loads every *.lua file of `dir` (in name order; files starting with '_'
 * are shared helpers and are not agencies). Always returns a catalog (NULL
 * only when out of memory) holding the agencies that loaded and the errors
 * of those that did not. A file must declare the agency id of its own
 * name (dukcapil.lua: "dukcapil"); an agency id or prefix declared by two
 * files refuses both, each with an error naming the other. */
catalog_t *plugin_load_dir(const char *dir, const plugin_hall_t *hall);

/* Loads one file as plugin_load_dir would (mppctl check). Returns the
 * catalog with that one agency, or with its errors. `hall` may be NULL:
 * counters are then not checked against the hall. */
catalog_t *plugin_load_file(const char *path, const plugin_hall_t *hall);

/* plugin_load_file, and also reports (at the mpp.agency line) an agency id
 * that is not the file's name, as plugin_load_dir refuses it (mppctl
 * check). Its messages name the file by the path as given (the liaison's
 * own copy: "~/bpom/bpom.lua:12: ..."), where those of the hall's loads
 * say "plugins/<file>", the folder mppd reads. */
catalog_t *plugin_check_file(const char *path, const plugin_hall_t *hall);

/* The hook table to give the engine (queue_set_hooks): it runs each
 * agency's hooks in that agency's state, with the state found through the
 * catalog entry the engine passes, so a reload swaps hooks with the
 * catalog. Static; never freed. */
const queue_hooks_t *plugin_queue_hooks(void);

/* Gives mpp.now() the hall's clock (ms since the epoch; the test clock in
 * a test build); before this, and in mppctl, it is the real clock. */
void plugin_set_clock(int64_t (*now)(void *ctx), void *ctx);

/* How an agency's hooks have run since its plugin loaded. */
typedef struct plugin_runtime_stats {
    unsigned calls;    /* hook and route calls made */
    unsigned failures; /* errors, overruns, refused actions and
                                     answers that were not allowed */
    unsigned overruns; /* stopped by the deadline or memory */
    unsigned refused;  /* actions the engine refused */
    bool disabled;     /* one hook failed too often within its
                                     last calls: its hooks no longer run */
    size_t memory;     /* bytes its Lua state holds now */
} plugin_runtime_stats_t;

/* Fills *out for agency a; -1 when a has no hooks. */
int plugin_runtime_stats(const catalog_agency_t *a, plugin_runtime_stats_t *out);

/* One entry per agency of `cat` whose hooks have failed: the plugin file,
 * the line of the last failure and a message with what failed, the
 * counts, and whether the hooks are disabled. Fills at most max entries
 * of out (which may be NULL) and returns how many there are in all. */
size_t plugin_runtime_errors(const catalog_t *cat, catalog_error_t *out, size_t max);

/* Checks a source text of a plugin: each ';'-separated item must be a URL
 * or a regulation named with its number and year, and none a placeholder.
 * Returns 0, or -1 with why (naming the item) in `why`. */
int plugin_source_problem(const char *source, char *why, size_t len);

#endif
