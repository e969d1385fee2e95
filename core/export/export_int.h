/*
 * export_int.h - what the publisher (export.c) and the consumer
 * (consume.c) share inside the module: the servers of a connection.
 */
#ifndef MPP_EXPORT_INT_H
#define MPP_EXPORT_INT_H

#include <nats/nats.h>

/* Gives o the servers of `urls`, one or several comma-separated
 * ("nats://a:4222,nats://b:4222"): the client tries each and moves to
 * another when one fails. */
natsStatus export_set_servers(natsOptions *o, const char *urls);

#endif
