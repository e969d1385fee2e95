/*
 * load.c - plugin files and folders into a catalog (see plugin.h).
 *
 * A file is read once into a buffer (no check-then-read race) and run in a
 * fresh sandbox; its declarations land in a catalog of its own, which is
 * then merged into the hall's catalog, or dropped with its errors kept
 * when anything was wrong. A file in a folder must declare the agency id
 * of its own name (plugins/dukcapil.lua declares "dukcapil"), so that no
 * file can take another agency's place; two files that declare the same
 * id or prefix are both refused, whatever their names sort like. The
 * files of a folder are run on as many threads as the machine has cores
 * (at most LOAD_THREADS), each in its own sandbox, so a reload takes the
 * time of the longest share rather than of all twenty files; they are
 * merged in name order afterwards, so the catalog is the same.
 */
#include "plugin/host.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LOAD_THREADS 8 /* the most threads a folder is loaded on */

/* Reads the whole file; returns a malloc'd buffer or NULL with err. */
static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot open the file: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    char *buf = NULL;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "not a regular file");
    } else if ((size_t)st.st_size > PLUGIN_FILE_MAX) {
        snprintf(err, errlen, "the file is larger than %zu MiB", PLUGIN_FILE_MAX >> 20);
    } else if (!(buf = malloc((size_t)st.st_size + 1))) {
        snprintf(err, errlen, "out of memory");
    } else {
        *len = fread(buf, 1, (size_t)st.st_size, f);
        if (ferror(f)) {
            snprintf(err, errlen, "cannot read the file: %s", strerror(errno));
            free(buf);
            buf = NULL;
        } else {
            buf[*len] = '\0';
        }
    }
    fclose(f);
    return buf;
}

/* Drops the agency and services of a failed file, keeping its errors.
 * Returns the catalog to use (NULL when out of memory). */
static catalog_t *drop_declarations(catalog_t *c)
{
    catalog_error_t *errors = c->errors;
    size_t n = c->n_errors;
    c->errors = NULL;
    c->n_errors = 0;
    catalog_free(c);
    c = calloc(1, sizeof *c);
    if (!c) {
        free(errors);
        return NULL;
    }
    c->errors = errors;
    c->n_errors = n;
    return c;
}

/* "plugins/<base name>": how messages name a file. */
static void display_name(char *out, size_t cap, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    snprintf(out, cap, "plugins/%s", base);
}

/* Whether the agency id `id` is the file name of `path` without ".lua". */
static bool id_matches_name(const char *id, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t len = strlen(base);
    if (len > 4 && strcmp(base + len - 4, ".lua") == 0)
        len -= 4;
    return strlen(id) == len && strncmp(id, base, len) == 0;
}

/* Reads the agency's logo, the file d->logo_file beside the plugin at
 * `path`, and keeps it when it is a small SVG that draws only (no script,
 * handler or outside reference); an error at the agency's line otherwise. */
static void load_logo(decl_t *d, catalog_agency_t *a, const char *path)
{
    char logo_path[PATH_MAX];
    const char *slash = strrchr(path, '/');
    int dir = slash ? (int)(slash - path) : 1;
    snprintf(logo_path, sizeof logo_path, "%.*s/%s", dir, slash ? path : ".", d->logo_file);
    char err[256];
    size_t len = 0;
    char *svg = read_file(logo_path, &len, err, sizeof err);
    const char *why = !svg                     ? err
                      : len > CATALOG_LOGO_MAX ? "it is larger than 16 KiB"
                                               : plugin_check_svg(svg, len);
    if (why) {
        decl_error(d, d->agency_line, "agency '%s': logo plugins/%s cannot be shown: %s", a->id,
                   d->logo_file, why);
        free(svg);
        return;
    }
    a->logo = (unsigned char *)svg;
    a->logo_len = len;
}

/* Loads one file into a catalog of its own; *agency_line gets the line
 * of its mpp.agency call. With `named`, the agency id must be the file's
 * name. NULL only when out of memory. */
static catalog_t *load_one(const char *path, const plugin_hall_t *hall, bool named, bool as_given,
                           int *agency_line)
{
    catalog_t *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    char display[256];
    if (as_given)
        snprintf(display, sizeof display, "%s", path);
    else
        display_name(display, sizeof display, path);
    plugin_runtime_t *rt = plugin_runtime_new(display);
    if (!rt) {
        free(c);
        return NULL;
    }
    decl_t *d = &rt->d;
    d->cat = c;
    d->hall = hall;
    char err[256];
    size_t len = 0;
    char *buf = read_file(path, &len, err, sizeof err);
    if (!buf) {
        decl_error(d, 0, "%s", err);
        plugin_runtime_free(rt);
        return c;
    }
    const char *text = buf;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* UTF-8 byte order mark */
        text += 3;
        len -= 3;
    }

    if (sandbox_open(&rt->sb, display, SANDBOX_MEM_BUDGET) != 0) {
        decl_error(d, 0, "cannot make a Lua state: out of memory");
    } else if (plugin_api_register(&rt->sb, d, err, sizeof err) != 0) {
        decl_error(d, 0, "%s", err);
    } else {
        int line;
        d->loading = true;
        d->text = text;
        d->text_len = len;
        int rc = sandbox_run(&rt->sb, text, len, SANDBOX_LOAD_MS, err, sizeof err, &line);
        d->loading = false;
        if (rc != 0)
            decl_error(d, line, "%s", err);
        else
            plugin_api_finish(d);
    }
    d->text = NULL;
    d->text_len = 0;
    free(buf);
    *agency_line = d->agency_line;
    if (named && c->n_agencies == 1 && !id_matches_name(c->agencies[0].id, path))
        decl_error(d, d->agency_line,
                   "agency id '%s' does not match the file name %s: an agency's file must "
                   "be named after its id (plugins/%s.lua); this file is not loaded",
                   c->agencies[0].id, display, c->agencies[0].id);

    if (c->n_agencies == 1 && d->logo_file[0])
        load_logo(d, &c->agencies[0], path);
    if (c->n_agencies == 1) {
        catalog_agency_t *a = &c->agencies[0];
        a->first_service = 0;
        a->n_services = c->n_services;
        a->file = strdup(path);
        if (!a->file)
            decl_error(d, 0, "out of memory");
    }
    if (c->n_errors == 0 && c->n_agencies == 1 &&
        (c->agencies[0].hook_events || c->agencies[0].hook_route)) {
        /* the state lives on for the hooks; the catalog owns it now */
        catalog_agency_t *a = &c->agencies[0];
        snprintf(rt->agency, sizeof rt->agency, "%s", a->id);
        d->cat = NULL; /* its hook_lines stay: failures without a line
                          point at the hook's agency:on */
        d->hall = NULL;
        a->runtime = rt;
        a->runtime_free = plugin_runtime_free;
    } else {
        plugin_runtime_free(rt);
    }
    if (c->n_errors > 0)
        c = drop_declarations(c);
    return c;
}

catalog_t *plugin_load_file(const char *path, const plugin_hall_t *hall)
{
    int line;
    return load_one(path, hall, false, false, &line);
}

catalog_t *plugin_check_file(const char *path, const plugin_hall_t *hall)
{
    int line;
    return load_one(path, hall, true, true, &line);
}

/* Refuses both files when `a` and `b` declare the same agency id or
 * prefix: each gets an error naming the other. Returns 1 when they clash,
 * 0 when not, -1 when out of memory. */
static int clash(catalog_t *cat, catalog_t *a, int a_line, catalog_t *b, int b_line)
{
    if (a->n_agencies != 1 || b->n_agencies != 1)
        return 0;
    const catalog_agency_t *x = &a->agencies[0], *y = &b->agencies[0];
    bool same_id = strcmp(x->id, y->id) == 0;
    if (!same_id && strcmp(x->prefix, y->prefix) != 0)
        return 0;
    char fx[256], fy[256], msg[640];
    display_name(fx, sizeof fx, x->file);
    display_name(fy, sizeof fy, y->file);
    const char *what = same_id ? "agency id" : "prefix";
    const char *value = same_id ? x->id : x->prefix;
    snprintf(msg, sizeof msg,
             "%s '%s' is also declared by %s; neither file is loaded "
             "until one of them is changed",
             what, value, fy);
    if (catalog_error_add(cat, fx, a_line, msg) != 0)
        return -1;
    snprintf(msg, sizeof msg,
             "%s '%s' is also declared by %s; neither file is loaded "
             "until one of them is changed",
             what, value, fx);
    if (catalog_error_add(cat, fy, b_line, msg) != 0)
        return -1;
    return 1;
}

/* Moves one file's catalog into the hall's; frees `one`. Returns 0, or
 * -1 when out of memory. */
static int merge(catalog_t *cat, catalog_t *one, int agency_line)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < one->n_errors; i++)
        rc = catalog_error_add(cat, one->errors[i].file, one->errors[i].line,
                               one->errors[i].message);
    if (rc != 0 || one->n_agencies != 1) {
        catalog_free(one);
        return rc;
    }
    catalog_agency_t *a = &one->agencies[0];
    char file[256], msg[640];
    display_name(file, sizeof file, a->file);
    for (size_t i = 0; i < cat->n_agencies; i++) {
        const catalog_agency_t *b = &cat->agencies[i];
        char first[256];
        display_name(first, sizeof first, b->file);
        if (strcmp(a->id, b->id) == 0)
            snprintf(msg, sizeof msg,
                     "agency id '%s' is already declared by %s; this file "
                     "is not loaded",
                     a->id, first);
        else if (strcmp(a->prefix, b->prefix) == 0)
            snprintf(msg, sizeof msg,
                     "prefix '%s' is already used by agency '%s' (%s); this "
                     "file is not loaded",
                     a->prefix, b->id, first);
        else
            continue;
        rc = catalog_error_add(cat, file, agency_line, msg);
        catalog_free(one);
        return rc;
    }

    catalog_agency_t *agencies = realloc(cat->agencies, (cat->n_agencies + 1) * sizeof *agencies);
    if (agencies)
        cat->agencies = agencies;
    catalog_service_t *services =
        realloc(cat->services, (cat->n_services + one->n_services) * sizeof *services);
    if (services)
        cat->services = services;
    if (!agencies || (!services && one->n_services > 0)) {
        catalog_free(one);
        return -1;
    }
    a->first_service = cat->n_services;
    for (size_t i = 0; i < one->n_services; i++) {
        one->services[i].agency = cat->n_agencies;
        cat->services[cat->n_services++] = one->services[i];
    }
    cat->agencies[cat->n_agencies++] = *a;
    one->n_agencies = 0; /* moved: the hall's catalog owns them now */
    one->n_services = 0;
    catalog_free(one);
    return 0;
}

static int is_agency_file(const struct dirent *e)
{
    size_t len = strlen(e->d_name);
    return len > 4 && e->d_name[0] != '_' && e->d_name[0] != '.' &&
           strcmp(e->d_name + len - 4, ".lua") == 0;
}

static int name_order(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* The files of a folder being loaded: each taker runs the next one. */
typedef struct load_work {
    const plugin_hall_t *hall;
    char **paths; /* NULL for a file not to run */
    catalog_t **ones;
    int *lines;
    int n;
    atomic_int next;
    atomic_bool failed; /* out of memory */
} load_work_t;

static void *load_taker(void *arg)
{
    load_work_t *w = arg;
    for (int i; (i = atomic_fetch_add(&w->next, 1)) < w->n;)
        if (w->paths[i] &&
            !(w->ones[i] = load_one(w->paths[i], w->hall, true, false, &w->lines[i])))
            atomic_store(&w->failed, true);
    return NULL;
}

/* Runs every path of w on this thread and up to LOAD_THREADS - 1 more, one
 * a core; on this thread alone when no thread can be made. */
static void load_all(load_work_t *w)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int extra = (int)(cores > LOAD_THREADS ? LOAD_THREADS : cores > 1 ? cores : 1) - 1;
    if (extra > w->n - 1)
        extra = w->n > 1 ? w->n - 1 : 0;
    pthread_t threads[LOAD_THREADS];
    int started = 0;
    for (; started < extra; started++)
        if (pthread_create(&threads[started], NULL, load_taker, w) != 0)
            break;
    load_taker(w);
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
}

catalog_t *plugin_load_dir(const char *dir, const plugin_hall_t *hall)
{
    catalog_t *cat = calloc(1, sizeof *cat);
    if (!cat)
        return NULL;
    struct dirent **names;
    int n = scandir(dir, &names, is_agency_file, name_order);
    if (n < 0) {
        char msg[256];
        snprintf(msg, sizeof msg, "cannot read the plugins folder: %s", strerror(errno));
        if (catalog_error_add(cat, dir, 0, msg) != 0) {
            catalog_free(cat);
            return NULL;
        }
        return cat;
    }
    bool failed = false;
    size_t slots = n > 0 ? (size_t)n : 1;
    catalog_t **ones = calloc(slots, sizeof *ones);
    int *lines = calloc(slots, sizeof *lines);
    char **paths = calloc(slots, sizeof *paths);
    if (!ones || !lines || !paths)
        failed = true;
    for (int i = 0; i < n; i++) {
        char path[4096];
        int w = snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
        if (failed) {
            /* out of memory: only free what is left */
        } else if (w < 0 || (size_t)w >= sizeof path) {
            if (catalog_error_add(cat, names[i]->d_name, 0, "the path is too long") != 0)
                failed = true;
        } else if (!(paths[i] = strdup(path))) {
            failed = true;
        }
        free(names[i]);
    }
    if (!failed) {
        load_work_t work = {.hall = hall, .paths = paths, .ones = ones, .lines = lines, .n = n};
        atomic_init(&work.next, 0);
        atomic_init(&work.failed, false);
        load_all(&work);
        failed = atomic_load(&work.failed);
    }
    for (int i = 0; paths && i < n; i++)
        free(paths[i]);
    free(paths);
    /* an id or prefix declared twice: refuse every file that declares it */
    bool *refused = calloc(n > 0 ? (size_t)n : 1, sizeof *refused);
    if (!refused)
        failed = true;
    for (int i = 0; !failed && i < n; i++)
        for (int j = i + 1; !failed && ones[i] && j < n; j++) {
            int r = ones[j] ? clash(cat, ones[i], lines[i], ones[j], lines[j]) : 0;
            if (r < 0)
                failed = true;
            else if (r > 0)
                refused[i] = refused[j] = true;
        }
    for (int i = 0; i < n; i++) {
        if (!ones || !ones[i])
            continue;
        if (!failed && refused[i] && !(ones[i] = drop_declarations(ones[i])))
            failed = true;
        if (failed)
            catalog_free(ones[i]);
        else if (merge(cat, ones[i], lines[i]) != 0)
            failed = true;
    }
    free(refused);
    free(ones);
    free(lines);
    free(names);
    if (failed || catalog_index(cat) != 0) {
        catalog_free(cat);
        return NULL;
    }
    return cat;
}
