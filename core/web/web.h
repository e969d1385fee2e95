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

/* Runs mppd until SIGINT or SIGTERM. Returns the process exit status. */
int web_run(const config_t *cfg);

#endif
