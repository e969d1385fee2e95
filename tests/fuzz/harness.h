/*
 * harness.h - mppd's whole request path in one process and without a
 * network, for the fuzz targets of tests/fuzz.
 *
 * A harness owns a hall (store, plugins, engine, writer thread) on the data
 * folder of its config and an lws context that listens on no port but runs
 * mppd's own protocol callback (web_protocols). Each exchange is one new
 * connection made from a socket pair: the server end is adopted by lws
 * exactly as an accepted TCP connection would be, the bytes are written to
 * the client end, and what mppd answers is read back from it. So lws's HTTP
 * and WebSocket parsers, server.c, api.c, feed.c and the commit pipeline all
 * run as in mppd. mppd itself never links this file.
 */
#ifndef MPP_WEB_HARNESS_H
#define MPP_WEB_HARNESS_H

#include <stddef.h>

#include "config.h"

typedef struct web_harness web_harness_t;

/* Opens the hall of `cfg` (its data_dir must exist; `cfg` is borrowed for
 * the harness's life) and an lws context that listens nowhere, and starts
 * the writer thread. Returns 0, or -1 with a message in err. */
int web_harness_open(web_harness_t **out, const config_t *cfg, char *err, size_t errlen);

/* Stops the writer (after its pending commits) and frees everything. */
void web_harness_close(web_harness_t *h);

/* Runs one connection: writes `len` bytes of `in` as a client would, lets
 * the server answer until it closes the connection or, once every commit
 * is done and nothing moves, until it has seen the client's end of input.
 * *out (malloc'd, NUL-terminated, the caller frees it) receives every byte
 * the server sent. Returns 0, or -1 when the harness itself failed (no
 * memory, no socket pair) or the server stalled past its deadline. */
int web_harness_exchange(web_harness_t *h, const void *in, size_t len, char **out, size_t *out_len);

/* How many warnings and errors lws has logged since the process started:
 * lws refuses some requests itself (a URI with %00, more URI arguments
 * than its header table holds) by dropping the connection unanswered, and
 * says so in its log. */
unsigned long web_harness_lws_complaints(void);

/* A session token (64 hex characters, for an `mpp_session` cookie) of the
 * account `name` with role "admin", "staff" or "display" (staff of
 * `agency`). The account and its session are made on first use and made
 * again after a request logged the session out. Returns 0, or -1. */
int web_harness_session(web_harness_t *h, const char *name, const char *role, const char *agency,
                        char token[65]);

#endif
