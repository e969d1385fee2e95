/*
 * load.c - plugin files and folders into a catalog (see plugin.h).
 *
 * A file is read once into a buffer (no check-then-read race) and run in a
 * fresh sandbox; its declarations land in a catalog of its own, which is
 * then merged into the hall's catalog, or dropped with its errors kept
 * when anything was wrong. Files load in name order, so when two files
 * declare the same agency id or prefix the first one keeps it.
 */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Copies src into dst[cap], cutting before a partial UTF-8 sequence. */
static void copy_utf8(char *dst, size_t cap, const char *src)
{
    size_t len = strlen(src);
    if (len >= cap) {
        len = cap - 1;
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}

int catalog_error_add(catalog_t *c, const char *file, int line, const char *msg)
{
    catalog_error_t *e = realloc(c->errors, (c->n_errors + 1) * sizeof *e);
    if (!e)
        return -1;
    c->errors = e;
    e = &e[c->n_errors++];
    memset(e, 0, sizeof *e);
    copy_utf8(e->file, sizeof e->file, file);
    e->line = line;
    copy_utf8(e->message, sizeof e->message, msg);
    return 0;
}

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

/* Loads one file into a catalog of its own; *agency_line gets the line
 * of its mpp.agency call. NULL only when out of memory. */
static catalog_t *load_one(const char *path, const plugin_hall_t *hall, int *agency_line)
{
    catalog_t *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    char display[256];
    display_name(display, sizeof display, path);
    plugin_runtime_t *rt = runtime_new(display);
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
        runtime_free(rt);
        return c;
    }
    const char *text = buf;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* UTF-8 byte order mark */
        text += 3;
        len -= 3;
    }

    if (sandbox_open(&rt->sb, display, SANDBOX_MEM_BUDGET) != 0) {
        decl_error(d, 0, "cannot make a Lua state: out of memory");
    } else if (api_register(&rt->sb, d, err, sizeof err) != 0) {
        decl_error(d, 0, "%s", err);
    } else {
        int line;
        d->loading = true;
        int rc = sandbox_run(&rt->sb, text, len, SANDBOX_LOAD_MS, err, sizeof err, &line);
        d->loading = false;
        if (rc != 0)
            decl_error(d, line, "%s", err);
        else
            api_finish(d);
    }
    free(buf);
    *agency_line = d->agency_line;

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
        a->runtime_free = runtime_free;
    } else {
        runtime_free(rt);
    }
    if (c->n_errors > 0)
        c = drop_declarations(c);
    return c;
}

catalog_t *plugin_load_file(const char *path, const plugin_hall_t *hall)
{
    int line;
    return load_one(path, hall, &line);
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
            snprintf(msg, sizeof msg, "agency id '%s' is already declared by %s; this file "
                                      "is not loaded", a->id, first);
        else if (strcmp(a->prefix, b->prefix) == 0)
            snprintf(msg, sizeof msg, "prefix '%s' is already used by agency '%s' (%s); this "
                                      "file is not loaded", a->prefix, b->id, first);
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
    for (int i = 0; i < n; i++) {
        char path[4096];
        int w = snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
        if (failed) {
            /* out of memory: only free what is left */
        } else if (w < 0 || (size_t)w >= sizeof path) {
            if (catalog_error_add(cat, names[i]->d_name, 0, "the path is too long") != 0)
                failed = true;
        } else {
            int line = 0;
            catalog_t *one = load_one(path, hall, &line);
            if (!one || merge(cat, one, line) != 0)
                failed = true;
        }
        free(names[i]);
    }
    free(names);
    if (failed) {
        catalog_free(cat);
        return NULL;
    }
    return cat;
}
