/*
 * hall_reload.c - the plugins of a running hall: loaded at open, loaded
 * again when their files change (hall_reload_async) on a loader thread of
 * its own while the loop serves, and swapped in on the loop once built
 * (hall_reload_collect), agency by agency: an agency whose changed file no
 * longer loads keeps running its previous version, and that edit's errors
 * are kept for the admin (hall_reload_errors); the others' edits are taken,
 * and the agencies whose file did not change keep their plugin's live
 * state.
 */
#include "hall_int.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "plugin/plugin.h"
#include "render.h"

/* Who waits for a reload to end (hall_reload_async). */
#define RELOAD_WAITERS 16
typedef struct reload_waiter {
    hall_reload_fn fn;
    void *ctx;
} reload_waiter_t;

/* The plugin files a reload was asked for (base names; all = every one),
 * and who waits for it. */
typedef struct reload_files {
    bool all;
    size_t n;
    char names[64][CATALOG_ID_MAX + 8];
    reload_waiter_t waiters[RELOAD_WAITERS];
    size_t n_waiters;
} reload_files_t;

/* The hall's loads: the one running on the loader thread, the changes
 * that came meanwhile, and the last load refused. */
struct hall_reload {
    catalog_t *refused; /* the last load that was not swapped in */
    /* the loader thread: builds a catalog while the loop serves */
    pthread_t loader;
    bool loading;           /* started and not yet collected */
    atomic_bool loaded;     /* set by the loader when done */
    catalog_t *load_result; /* the loader's catalog (NULL: no memory) */
    hall_t *hall;           /* the loader's, while it runs */
    struct timespec load_t0;
    reload_files_t load_files; /* what changed, for this load */
    bool again;                /* another change came while loading */
    reload_files_t again_files;
};

hall_reload_t *hall_reload_new(void)
{
    return calloc(1, sizeof(hall_reload_t));
}

static void warn_unread(void *ctx, const char *message)
{
    (void)ctx;
    log_warn("plugin", "%s", message);
}

catalog_t *hall_load_plugins(hall_t *h)
{
    const config_t *cfg = hall_cfg(h);
    catalog_t *cat = plugin_load_dir(cfg->plugins_dir, hall_plugin_config(h));
    if (cat)
        plugin_options_unread(cfg, cat, warn_unread, NULL);
    return cat;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static bool file_listed(const char *path, const char *const *files, size_t n)
{
    if (!files)
        return true;
    for (size_t i = 0; i < n; i++)
        if (strcmp(base_name(path), files[i]) == 0)
            return true;
    return false;
}

/* Adds agency id to the list of those updated, once. */
static void note_updated(json_t *updated, const char *id)
{
    for (size_t i = 0; i < json_array_size(updated); i++)
        if (strcmp(json_string_value(json_array_get(updated, i)), id) == 0)
            return;
    json_array_append_new(updated, json_string(id));
}

/* Whether the errors of load `c` name the file of agency a. */
static bool fails_in(const catalog_t *c, const catalog_agency_t *a)
{
    for (size_t e = 0; e < c->n_errors; e++)
        if (strcmp(base_name(c->errors[e].file), base_name(a->file)) == 0)
            return true;
    return false;
}

/* Whether c holds an agency with a's id or prefix. */
static bool clashes(const catalog_t *c, const catalog_agency_t *a)
{
    for (size_t i = 0; i < c->n_agencies; i++)
        if (!strcmp(c->agencies[i].id, a->id) || !strcmp(c->agencies[i].prefix, a->prefix))
            return true;
    return false;
}

static void reload_record(hall_t *h, bool swapped, const catalog_t *c, json_t *updated)
{
    json_t *errors = render_errors(c->errors, c->n_errors);
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "reload");
    json_t *rec = json_pack("{s:I, s:b, s:o, s:o}", "at", (json_int_t)hall_now(h), "swapped",
                            swapped, "updated", updated, "errors", errors);
    char *text = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
    json_decref(rec);
    hall_put_record(h, STORE_DB_META, &k, text, text ? strlen(text) : 0);
}

/* The catalog the hall runs after load `fresh`, made of whole agencies,
 * each one's own: the new version of an agency whose file changed and
 * loads; the running version (its plugin's live state with it) of one
 * whose file did not change, and of one whose file changed and no longer
 * loads, whose errors go to *kept; fresh's other errors (a new file that
 * does not load). One agency's broken edit holds back no other's. The
 * agencies announced as updated go into `updated`. NULL when out of memory
 * (nothing moved). */
static catalog_t *reload_merge(catalog_t *now, catalog_t *fresh, const char *const *files,
                               size_t n_files, catalog_t *kept, json_t *updated)
{
    catalog_t *next = calloc(1, sizeof *next);
    if (!next || catalog_reserve(next, now->n_agencies + fresh->n_agencies,
                                 now->n_services + fresh->n_services) != 0) {
        catalog_free(next);
        return NULL;
    }
    for (size_t i = 0; i < fresh->n_agencies; i++) {
        const catalog_agency_t *a = catalog_agency_find(now, fresh->agencies[i].id);
        bool changed = file_listed(fresh->agencies[i].file, files, n_files) || !a;
        if (changed) {
            note_updated(updated, fresh->agencies[i].id);
            catalog_move_agency(next, fresh, i);
        } else
            catalog_move_agency(next, now, (size_t)(a - now->agencies));
    }
    for (size_t i = 0; i < now->n_agencies; i++) {
        catalog_agency_t *a = &now->agencies[i];
        if (!a->id[0]) /* moved already */
            continue;
        if (fails_in(fresh, a) && !clashes(next, a)) {
            for (size_t e = 0; e < fresh->n_errors; e++)
                if (strcmp(base_name(fresh->errors[e].file), base_name(a->file)) == 0)
                    catalog_error_add(kept, fresh->errors[e].file, fresh->errors[e].line,
                                      fresh->errors[e].message);
            catalog_move_agency(next, now, i);
        } else { /* its file is gone, or another took its id or prefix (the one
                  * that took its id is named already) */
            note_updated(updated, a->id);
        }
    }
    for (size_t e = 0; e < fresh->n_errors; e++) {
        bool theirs = false;
        for (size_t k = 0; k < kept->n_errors && !theirs; k++)
            theirs = strcmp(kept->errors[k].file, fresh->errors[e].file) == 0;
        if (!theirs)
            catalog_error_add(next, fresh->errors[e].file, fresh->errors[e].line,
                              fresh->errors[e].message);
    }
    if (catalog_index(next) != 0) { /* without an index nothing is found: keep none of it */
        catalog_free(next);
        return NULL;
    }
    return next;
}

/* Puts what load `fresh` (owned from now on) brings in place of the
 * running catalog, agency by agency (reload_merge); the second half of a
 * reload, on the loop. */
static void reload_swap(hall_t *h, catalog_t *fresh, const char *const *files, size_t n_files,
                        const struct timespec *t0, hall_reload_result_t *out)
{
    hall_reload_t *rl = hall_reload_of(h);
    queue_t *q = hall_queue(h);
    const hall_probe_t *probe = hall_probe_of(h);
    /* the hall's own catalog: its agencies move into the next one here */
    catalog_t *now = (catalog_t *)hall_catalog(h);
    catalog_t *kept = calloc(1, sizeof *kept);
    json_t *updated = json_array();
    catalog_t *next =
        kept && updated ? reload_merge(now, fresh, files, n_files, kept, updated) : NULL;
    catalog_free(fresh);
    int64_t now_ms = hall_now(h);
    if (!next) {
        log_error("plugin", "reload failed: out of memory; the running plugins stay");
        json_decref(updated);
        catalog_free(kept);
        if (probe->reload)
            probe->reload(probe->ctx, false, NULL);
        return;
    }
    catalog_t *old = hall_catalog_swap(h, next);
    /* an edit that no longer loads: its agency runs its previous version,
     * and staff are told on /ws that the edit was not taken */
    for (size_t i = 0; i < kept->n_errors; i++) {
        bool first = true;
        for (size_t k = 0; k < i && first; k++)
            first = strcmp(kept->errors[k].file, kept->errors[i].file) != 0;
        for (size_t a = 0; first && a < next->n_agencies; a++)
            if (strcmp(base_name(next->agencies[a].file), base_name(kept->errors[i].file)) == 0) {
                log_error("plugin", "%s no longer loads; agency '%s' runs its previous version",
                          kept->errors[i].file, next->agencies[a].id);
                queue_agency_reload_failed(q, next->agencies[a].id, &kept->errors[i], now_ms);
            }
        log_error("plugin", "%s:%d: %s", kept->errors[i].file, kept->errors[i].line,
                  kept->errors[i].message);
    }
    for (size_t i = 0; i < json_array_size(updated); i++)
        queue_agency_updated(q, json_string_value(json_array_get(updated, i)), now_ms);
    catalog_free(rl->refused);
    rl->refused = kept->n_errors ? kept : NULL;
    if (!rl->refused)
        catalog_free(kept);
    /* swapped: something of the load is in use (an agency updated), or
     * nothing was refused */
    out->swapped = json_array_size(updated) > 0 || !rl->refused;
    out->n_updated = json_array_size(updated);
    out->errors = rl->refused ? rl->refused->errors : next->errors;
    out->n_errors = rl->refused ? rl->refused->n_errors : next->n_errors;
    reload_record(h, out->swapped, rl->refused ? rl->refused : next, updated);
    if (probe->reload)
        probe->reload(probe->ctx, out->swapped, old);
    catalog_free(old);
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    log_info("plugin",
             "reloaded in %.1f ms: %zu agencies, %zu services, %zu updated, %zu plugin errors",
             (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6,
             next->n_agencies, next->n_services, out->n_updated,
             next->n_errors + (size_t)(rl->refused ? rl->refused->n_errors : 0));
}

int hall_reload(hall_t *h, const char *const *files, size_t n_files, hall_reload_result_t *out)
{
    memset(out, 0, sizeof *out);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    catalog_t *fresh = hall_load_plugins(h);
    if (!fresh)
        return -1;
    reload_swap(h, fresh, files, n_files, &t0, out);
    return 0;
}

/* Adds the changed files to a request (all of them past its room) and
 * `done` to its waiters; false when no more may wait. */
static bool files_note(reload_files_t *f, const char *const *files, size_t n, hall_reload_fn done,
                       void *ctx)
{
    if (done) {
        if (f->n_waiters == RELOAD_WAITERS)
            return false;
        f->waiters[f->n_waiters++] = (reload_waiter_t){done, ctx};
    }
    if (!files) {
        f->all = true;
        return true;
    }
    for (size_t i = 0; i < n && !f->all; i++) {
        bool known = false;
        for (size_t k = 0; k < f->n && !known; k++)
            known = strcmp(f->names[k], files[i]) == 0;
        if (known)
            continue;
        if (f->n < sizeof f->names / sizeof f->names[0] && strlen(files[i]) < sizeof f->names[0])
            snprintf(f->names[f->n++], sizeof f->names[0], "%s", files[i]);
        else
            f->all = true;
    }
    return true;
}

/* Tells a load's waiters how it ended. */
static void files_done(reload_files_t *f, const hall_reload_result_t *res)
{
    for (size_t i = 0; i < f->n_waiters; i++)
        f->waiters[i].fn(f->waiters[i].ctx, res);
    f->n_waiters = 0;
}

static void *loader_main(void *arg)
{
    hall_reload_t *rl = arg;
    rl->load_result = hall_load_plugins(rl->hall);
    atomic_store(&rl->loaded, true);
    hall_wake(rl->hall);
    return NULL;
}

/* Starts the loader on the request in rl->load_files. */
static int loader_start(hall_t *h, hall_reload_t *rl)
{
    clock_gettime(CLOCK_MONOTONIC, &rl->load_t0);
    atomic_store(&rl->loaded, false);
    rl->load_result = NULL;
    rl->hall = h;
    if (pthread_create(&rl->loader, NULL, loader_main, rl) != 0)
        return -1;
    rl->loading = true;
    return 0;
}

/* Loads and swaps on this thread (before the loop runs, or without a
 * loader thread), then tells the request's waiters. */
static int reload_here(hall_t *h, reload_files_t *f)
{
    const char *names[64];
    for (size_t i = 0; i < f->n; i++)
        names[i] = f->names[i];
    hall_reload_result_t res;
    int rc = hall_reload(h, f->all ? NULL : names, f->n, &res);
    files_done(f, rc == 0 ? &res : NULL);
    return rc;
}

int hall_reload_async(hall_t *h, const char *const *files, size_t n_files, hall_reload_fn done,
                      void *ctx)
{
    hall_reload_t *rl = hall_reload_of(h);
    if (!hall_started(h)) { /* no loop to hand the catalog to */
        reload_files_t f;
        memset(&f, 0, sizeof f);
        files_note(&f, files, n_files, done, ctx);
        return reload_here(h, &f);
    }
    if (rl->loading) { /* load again once this one is in */
        if (!rl->again)
            memset(&rl->again_files, 0, sizeof rl->again_files);
        rl->again = true;
        return files_note(&rl->again_files, files, n_files, done, ctx) ? 0 : -1;
    }
    memset(&rl->load_files, 0, sizeof rl->load_files);
    files_note(&rl->load_files, files, n_files, done, ctx);
    if (loader_start(h, rl) != 0) {
        log_error("plugin", "cannot start the plugin loader thread; loading on the loop");
        return reload_here(h, &rl->load_files);
    }
    return 0;
}

void hall_reload_collect(hall_t *h)
{
    hall_reload_t *rl = hall_reload_of(h);
    if (!rl || !rl->loading || !atomic_load(&rl->loaded)) /* none while the hall closes */
        return;
    pthread_join(rl->loader, NULL);
    rl->loading = false;
    catalog_t *fresh = rl->load_result;
    rl->load_result = NULL;
    if (!fresh) {
        log_error("plugin", "reload failed: out of memory");
        files_done(&rl->load_files, NULL);
    } else {
        const char *names[64];
        for (size_t i = 0; i < rl->load_files.n; i++)
            names[i] = rl->load_files.names[i];
        hall_reload_result_t res;
        memset(&res, 0, sizeof res);
        reload_swap(h, fresh, rl->load_files.all ? NULL : names, rl->load_files.n, &rl->load_t0,
                    &res);
        files_done(&rl->load_files, &res);
    }
    if (rl->again) {
        rl->again = false;
        rl->load_files = rl->again_files;
        if (loader_start(h, rl) != 0) {
            log_error("plugin", "cannot start the plugin loader thread; loading on the loop");
            reload_here(h, &rl->load_files);
        }
    }
}

const catalog_error_t *hall_reload_errors(const hall_t *h, size_t *n)
{
    const hall_reload_t *rl = hall_reload_of(h);
    *n = rl->refused ? rl->refused->n_errors : 0;
    return rl->refused ? rl->refused->errors : NULL;
}

void hall_reload_free(hall_reload_t *rl)
{
    if (!rl)
        return;
    if (rl->loading) { /* a load still running: wait, and drop it */
        pthread_join(rl->loader, NULL);
        catalog_free(rl->load_result);
        files_done(&rl->load_files, NULL);
    }
    if (rl->again)
        files_done(&rl->again_files, NULL);
    catalog_free(rl->refused);
    free(rl);
}
