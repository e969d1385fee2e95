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

#endif
