/*
 * export.h - the hall's event log out to NATS JetStream (docs/export.md):
 * the only module that includes nats.h (export.c publishes, consume.c
 * reads the stream back for a province view).
 *
 * A publisher thread of its own (never the event loop) reads committed
 * events from the hall's durable log through a source callback, leaves out
 * what stays in the hall (the staff id of an event, booking codes), and
 * publishes each, in seq order, to subject mpp.<hall>.<type>
 * with header Nats-Msg-Id <hall>:<epoch>:<seq>. At most `window` messages
 * wait for the stream's acknowledgement at a time; once every message of a
 * window is acknowledged (or one failed), the acknowledged prefix becomes
 * the cursor and the next window starts after it. A failed or timed-out
 * message is sent again from its seq after a pause that grows while the
 * broker stays away; messages already stored are then dropped by the
 * stream's duplicate window (same Nats-Msg-Id), so the stream holds each
 * event once. The hall writes the cursor to its store (hall_export.c), and
 * a restart resumes after it.
 *
 * Threads: export_start, export_stop, export_notify and export_status are
 * called from one thread (the loop); the source callback runs on the
 * publisher thread and must be safe there (a read transaction of its own).
 */
#ifndef MPP_EXPORT_H
#define MPP_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct export export_t;

/* The NATS servers and how to prove who connects: the publisher's and the
 * consumer's alike. Strings are borrowed during the start that takes it. */
typedef struct export_link {
    const char *url;        /* "nats://host:port", or several comma-separated */
    const char *creds_file; /* a NATS .creds file, or NULL */
    const char *nkey_file;  /* an nkey seed file, or NULL */
    const char *nkey_user;  /* the nkey's public key (with nkey_file) */
    const char *ca_file;    /* trusted CAs for TLS, or NULL */
    const char *cert_file;  /* a client certificate for TLS, or NULL */
    const char *key_file;   /* its key */
    bool tls;               /* require TLS even without a CA file */
} export_link_t;

/* Where the events go and how to prove who publishes them. Strings are
 * borrowed during export_start only. */
typedef struct export_config {
    export_link_t link;
    const char *hall;   /* the hall id in subjects and message ids */
    const char *epoch;  /* the data folder's epoch (store_epoch) */
    int window;         /* messages awaiting acknowledgement at once (256) */
    int ack_timeout_ms; /* a message not acknowledged by then is sent again (5000) */
} export_config_t;

/* Reads committed events with seq > after, in order, at most `max`,
 * calling fn for each (json valid during the call); fn returns non-zero to
 * stop. Returns how many were visited, or a negative error. */
typedef int (*export_event_fn)(void *ctx, uint64_t seq, const char *json, size_t len);
typedef int (*export_read_fn)(void *src, uint64_t after, size_t max, export_event_fn fn, void *ctx);

/* What /healthz and /metrics show. */
typedef struct export_status {
    uint64_t acked;       /* the last event the stream acknowledged (in order) */
    uint64_t published;   /* messages acknowledged since start */
    uint64_t failures;    /* messages that failed or timed out since start */
    uint64_t reconnects;  /* times the connection came back */
    bool connected;       /* the connection is up now */
    char last_error[160]; /* why the last message failed, "" if none yet */
} export_status_t;

/* Starts the publisher after event `acked` (the stored cursor, 0 = from
 * the log's start). The broker need not be up: the thread keeps trying.
 * Returns 0, or -1 with a message in err (a bad URL, unreadable
 * credentials, out of memory). Caller ends it with export_stop. */
int export_start(export_t **out, const export_config_t *cfg, export_read_fn read, void *src,
                 uint64_t acked, char *err, size_t errlen);
/* Stops the thread (after its window is settled or timed out), closes the
 * connection and frees x (NULL is ignored). Returns the last acknowledged
 * event, final now that nothing is in flight. */
uint64_t export_stop(export_t *x);
/* Events up to `committed` are durable: wakes the publisher. Never blocks
 * on the network. */
void export_notify(export_t *x, uint64_t committed);
/* Copies the publisher's state into *st. */
void export_status(export_t *x, export_status_t *st);

/* Writes the event as it leaves the hall into *out (a malloc'd string the
 * caller frees) and its type into type[64]: the staff id is left out and
 * a booking code (of a ticket, or of a booking.missed event) becomes true. Returns 0, or -1 when json is not
 * an event object with a type. */
int export_event_public(const char *json, size_t len, char **out, size_t *out_len, char type[64]);

/* Parses a Nats-Msg-Id "<hall>:<epoch>:<seq>" into hall[64], epoch[64]
 * and *seq; -1 when it has another shape. */
int export_msg_id_parse(const char *id, char hall[64], char epoch[64], uint64_t *seq);

/* ---- the other side: a durable pull consumer of the stream (consume.c) ----
 * A thread of its own fetches batches of messages, hands each batch to a
 * callback that applies and commits them, then acknowledges every message
 * the callback kept and asks again (after a short delay) for those it
 * could not apply yet. A callback that fails leaves the whole batch to be
 * delivered again. */

typedef struct export_consumer export_consumer_t;

enum { EXPORT_ACK = 0, EXPORT_RETRY = 1 };

/* One delivered message, valid during the batch callback. */
typedef struct export_msg {
    const char *id; /* its Nats-Msg-Id, or NULL */
    const char *subject;
    const char *data;
    size_t len;
    int64_t stored_ms; /* when the stream stored it (ms since 1970), 0 if unknown */
    int verdict;       /* set by the callback: EXPORT_ACK (applied or dropped) or EXPORT_RETRY */
} export_msg_t;

/* Applies msgs[0..n) and makes the result durable; returns 0, or -1 to
 * have the whole batch delivered again. */
typedef int (*export_batch_fn)(void *ctx, export_msg_t *msgs, size_t n);

typedef struct export_consumer_config {
    export_link_t link;
    const char *stream;  /* "MPP" */
    const char *durable; /* the consumer's durable name ("mppagg") */
    const char *subject; /* its filter ("mpp.>"; "mpp.purbalingga.>" splits halls) */
    int batch;           /* messages per fetch (1024) */
} export_consumer_config_t;

typedef struct export_consumer_status {
    bool connected;
    bool bound;           /* the durable consumer is bound: messages can come */
    uint64_t delivered;   /* messages handed to the callback since start */
    uint64_t pending;     /* messages of the stream not yet delivered, at the last fetch */
    char last_error[160]; /* why the last fetch failed, "" if none */
} export_consumer_status_t;

/* Connects (retrying while the broker is away), binds or creates the
 * durable pull consumer, and starts the thread. Returns 0, or -1 with a
 * message in err. Caller ends it with export_consume_stop. */
int export_consume_start(export_consumer_t **out, const export_consumer_config_t *cfg,
                         export_batch_fn fn, void *ctx, char *err, size_t errlen);
/* Stops the thread after its batch, closes the connection, frees c. */
void export_consume_stop(export_consumer_t *c);
void export_consume_status(export_consumer_t *c, export_consumer_status_t *st);

#endif
