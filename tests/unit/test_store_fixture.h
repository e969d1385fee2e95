/*
 * test_store_fixture.h - what the store's unit tests share: a data folder
 * of their own under /tmp with a store open in it (of a given map size),
 * and its removal afterwards, with whatever a test added beside it (a
 * backup's folder, named in `dest`).
 */
#ifndef TEST_STORE_FIXTURE_H
#define TEST_STORE_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"

typedef struct fixture {
    char dir[64];
    char dest[96]; /* a second folder the test made, or "" */
    store_t *s;
} fixture_t;

/* Removes a file or a folder and everything in it. */
static inline void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            rm_tree(sub);
        }
        closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* Opens f's store with a map of `map` bytes (0: the default). */
static inline int open_in(fixture_t *f, size_t map)
{
    char err[256];
    int rc = store_open(&f->s, f->dir, map, err, sizeof err);
    if (rc)
        fprintf(stderr, "%s\n", err);
    return rc;
}

/* A new folder with a store of `map` bytes open in it, as cmocka's state. */
static inline int fixture_setup(void **state, size_t map)
{
    fixture_t *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/mpp-store-XXXXXX");
    if (!mkdtemp(f->dir) || open_in(f, map) != 0) {
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static inline int teardown(void **state)
{
    fixture_t *f = *state;
    store_close(f->s);
    rm_tree(f->dir);
    if (f->dest[0])
        rm_tree(f->dest);
    free(f);
    return 0;
}

#endif
