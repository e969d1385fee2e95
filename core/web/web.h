/*
 * web.h - the HTTP and WebSocket server: the only module that includes
 * libwebsockets.h.
 *
 * One lws event loop serves the API, the /ws event feed and the static
 * pages. Commands go to the queue engine; the changes they make are handed
 * to the store's commit group and answered only after their commit; events
 * are broadcast only after the commit that made them durable.
 */
#ifndef MPP_WEB_H
#define MPP_WEB_H

#include <jansson.h>
#include <stdint.h>

#include "config.h"

/* Runs mppd until SIGINT or SIGTERM; SIGHUP reloads every plugin (as a
 * change in the plugins folder does). Returns the process exit status. */
int web_run(const config_t *cfg);

/* What mppd tells its service manager, as sd_notify(3) state text:
 * "READY=1" (with a STATUS= line) once it listens and the plugins are
 * loaded, "RELOADING=1" and "READY=1" around a SIGHUP reload, "STOPPING=1"
 * when it shuts down. mppd sets it before web_run when built with
 * libsystemd; NULL (the default) tells nobody. */
typedef void (*web_notify_fn)(const char *state);
void web_set_notify(web_notify_fn fn);

/* mppagg's server (province.c): the province page from web_dir, GET
 * /api/v1/halls, GET /healthz and /ws ("mpp-province") pushing the halls'
 * figures when `version` changes. The callbacks run on the loop and return
 * new references. Runs until SIGINT or SIGTERM; returns the exit status. */
typedef struct web_province {
    int port;
    const char *web_dir;
    json_t *(*halls)(void *ctx);  /* {"halls": [...], ...} */
    json_t *(*health)(void *ctx); /* {"status", ...} */
    uint64_t (*version)(void *ctx);
    void *ctx;
} web_province_t;
int web_province_run(const web_province_t *p);

#endif
