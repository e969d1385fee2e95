/*
 * export_int.h - what the publisher (export.c) and the consumer
 * (consume.c) share inside the module: the options of a connection.
 */
#ifndef MPP_EXPORT_INT_H
#define MPP_EXPORT_INT_H

#include <nats/nats.h>

#include "export/export.h"

/* The options of a connection over link, named `name` to the server, in
 * *out (the caller destroys them, also after a failure): the servers of
 * link->url, one or several comma-separated (the client tries each and
 * moves on when one fails); reconnecting for ever, 500 ms apart, also
 * when the first connect fails, calling reconnected(nc, ctx) (may be
 * NULL) each time it comes back; credentials and TLS as link gives them.
 * 0, or -1 with "<prefix><field>: <why>" in err. */
int export_options(natsOptions **out, const export_link_t *link, const char *name,
                   const char *prefix, natsConnectionHandler reconnected, void *ctx, char *err,
                   size_t errlen);

#endif
