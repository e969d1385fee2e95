/*
 * fixture.c - the temporary folder, config and harness the fuzz targets
 * share (fixture.h).
 */
#include "fixture.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"

static char dir[256];
static config_t cfg;
static web_harness_t *harness;
static unsigned long uses;
static unsigned data_gen;

/* Removes a folder of plain files and folders below it. */
static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char sub[1024];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            struct stat st;
            if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
                remove_tree(sub);
            else
                unlink(sub);
        }
        closedir(d);
    }
    rmdir(path);
}

static void cleanup(void)
{
    web_harness_close(harness);
    harness = NULL;
    if (dir[0])
        remove_tree(dir);
}

const char *fixture_dir(void)
{
    if (dir[0])
        return dir;
    /* /dev/shm when there is one: an fsync there costs nothing, so a run
     * measures our code, not the disk */
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, sizeof dir, "%s/mpp-fuzz-XXXXXX", base);
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        abort();
    }
    atexit(cleanup);
    return dir;
}

const char *fixture_write(const char *name, const void *data, size_t len)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", fixture_dir(), name);
    FILE *f = fopen(path, "wb");
    if (!f || (len && fwrite(data, 1, len, f) != len) || fclose(f) != 0) {
        perror(path);
        abort();
    }
    return path;
}

const config_t *fixture_config(void)
{
    char err[1024];
    config_defaults(&cfg);
    if (config_load(&cfg, MPP_SOURCE_DIR "/mppd.cfg", err, sizeof err) != 0) {
        fprintf(stderr, "fuzz: %s\n", err);
        abort();
    }
    snprintf(cfg.data_dir, sizeof cfg.data_dir, "%s/data-%u", fixture_dir(), data_gen++);
    if (mkdir(cfg.data_dir, 0700) != 0) {
        perror(cfg.data_dir);
        abort();
    }
    cfg.log_level = LOG_LEVEL_ERROR;
    log_set_level(cfg.log_level);
    cfg.rate_issue_per_min = 0;
    return &cfg;
}

web_harness_t *fixture_harness(void)
{
    if (harness && ++uses % FIXTURE_REFRESH == 0) {
        char old[CONFIG_PATH_MAX];
        snprintf(old, sizeof old, "%s", cfg.data_dir);
        web_harness_close(harness);
        harness = NULL;
        remove_tree(old);
    }
    if (!harness) {
        char err[1024];
        fixture_config();
        if (web_harness_open(&harness, &cfg, err, sizeof err) != 0) {
            fprintf(stderr, "fuzz: cannot open the hall: %s\n", err);
            abort();
        }
    }
    return harness;
}

void fixture_fail(const char *what, const void *data, size_t len)
{
    fprintf(stderr, "fuzz: %s\n--- %zu bytes ---\n", what, len);
    const unsigned char *p = data;
    for (size_t i = 0; i < len && i < 4096; i++)
        fputc((p[i] >= 0x20 && p[i] < 0x7f) || p[i] == '\n' ? p[i] : '.', stderr);
    fputs("\n---\n", stderr);
    abort();
}
