/*
 * cli.c - the shared command-line and process setup of mppd and mppctl
 * (see cli.h).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

/* Matches "--name VALUE" or "--name=VALUE"; advances *i past what it used. */
static const char *flag_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int mkdir_p(const char *path)
{
    char buf[CONFIG_PATH_MAX];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0750) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return (mkdir(buf, 0750) != 0 && errno != EEXIST) ? -1 : 0;
}

int cli_config(config_t *cfg, int *argc, char **argv)
{
    const char *file = NULL, *port = NULL, *data = NULL, *plugins = NULL, *web = NULL;
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char *v;
        if ((v = flag_value(*argc, argv, &i, "--config")))
            file = v;
        else if ((v = flag_value(*argc, argv, &i, "--port")))
            port = v;
        else if ((v = flag_value(*argc, argv, &i, "--data")))
            data = v;
        else if ((v = flag_value(*argc, argv, &i, "--plugins")))
            plugins = v;
        else if ((v = flag_value(*argc, argv, &i, "--web")))
            web = v;
        else
            argv[out++] = argv[i];
    }
    *argc = out;
    argv[out] = NULL;

    config_defaults(cfg);
    if (!file && access("mppd.cfg", R_OK) == 0)
        file = "mppd.cfg";
    char err[1024];
    if (file && config_load(cfg, file, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    if (port) {
        char *end;
        long p = strtol(port, &end, 10);
        if (*end || p < 1 || p > 65535) {
            fprintf(stderr, "--port: '%s' is not a port number (1-65535)\n", port);
            return -1;
        }
        cfg->port = (int)p;
    }
    if (data)
        snprintf(cfg->data_dir, sizeof cfg->data_dir, "%s", data);
    if (plugins)
        snprintf(cfg->plugins_dir, sizeof cfg->plugins_dir, "%s", plugins);
    if (web)
        snprintf(cfg->web_dir, sizeof cfg->web_dir, "%s", web);

    setenv("TZ", cfg->timezone, 1);
    tzset();
    log_set_level(cfg->log_level);
    if (mkdir_p(cfg->data_dir) != 0) {
        fprintf(stderr, "cannot create the data folder %s: %s\n", cfg->data_dir, strerror(errno));
        return -1;
    }
    return 0;
}
