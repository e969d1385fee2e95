/*
 * hall_int.h - what the hall's own files share (hall.c, hall_records.c,
 * hall_reload.c and the other hall_*.c): its store, the batch of the open
 * round and the modules the hall holds. Nothing outside the hall
 * includes this; the rest of mppd reaches stored records through the
 * functions of hall.h, named for what they mean.
 */
#ifndef MPP_HALL_INT_H
#define MPP_HALL_INT_H

#include "hall.h"
#include "plugin/plugin.h"
#include "store/store.h"

/* The hall's store, for read transactions. */
store_t *hall_store(hall_t *h);
/* The open round's batch: a record put here is durable with the round. */
store_batch_t *hall_batch(hall_t *h);

/* The day (YYYYMMDD) a stored record of some database belongs to, read
 * from its value; 0 when it cannot be read. */
typedef uint32_t (*hall_day_fn)(const void *data, size_t len);
/* Scans `db` (u64 keys) in one read transaction from its first record of
 * day `day` or later, found by a binary search with cursor seeks, for a
 * database whose days never go back as keys grow (tickets by id, events
 * by seq); visit says when to stop. *seeks counts the seeks made. Returns
 * what store_scan returns, or a store_err_t. */
int hall_scan_from_day(hall_t *h, store_db_t db, hall_day_fn day_of, uint32_t day,
                       store_visit_fn visit, void *ctx, unsigned *seeks);

/* Adds a waiter to the open round without handing it to the writer (for
 * records written while the engine reports a command's changes). */
int hall_round_wait(hall_t *h, hall_done_fn fn, void *ctx);
/* Puts a rendered record (taking it) into the open round; NULL (out of
 * memory) poisons the round, so it fails instead of committing less. */
void hall_put_record(hall_t *h, store_db_t db, const store_key_t *k, char *text, size_t len);

/* Whether hall_start gave the hall a loop to wake; wakes it (any thread). */
bool hall_started(const hall_t *h);
void hall_wake(hall_t *h);

/* The plugins (hall_reload.c): their loads while the loop serves, held by
 * the hall. */
typedef struct hall_reload hall_reload_t;
hall_reload_t *hall_reload_of(const hall_t *h);
/* NULL when out of memory. */
hall_reload_t *hall_reload_new(void);
/* Waits for a load still running and drops it, telling its waiters it
 * failed; frees the refused load's catalog and rl (NULL is ignored). */
void hall_reload_free(hall_reload_t *rl);
/* Loads every plugin of the hall's folder (NULL when out of memory), and
 * warns of a plugin option the hall config sets in vain. */
catalog_t *hall_load_plugins(hall_t *h);
/* On the loop: swaps in what the loader built, then starts the next load
 * when more changes came meanwhile. */
void hall_reload_collect(hall_t *h);
/* The plugins' view of the hall's counters and options, from its config. */
const plugin_hall_t *hall_plugin_config(const hall_t *h);
/* Puts `fresh` (owned by the hall from now on) in place of the running
 * catalog, in the engine too; returns the old one, the caller's to free. */
catalog_t *hall_catalog_swap(hall_t *h, catalog_t *fresh);

/* The hall's notifications (hall_notify.c), held by the hall. */
typedef struct hall_notify hall_notify_t;
hall_notify_t *hall_notify_of(hall_t *h);
/* Rebuilds the outbox and the subscriptions from the store (at open, and
 * after a failed commit); the sender, once started, stays. */
int hall_notify_restore(hall_t *h, hall_notify_t **n, char *err, size_t errlen);
/* Starts the sender toward notify.url (none without one). */
int hall_notify_start(hall_t *h, void (*wake)(void *ctx), void *wake_ctx, char *err, size_t errlen);
void hall_notify_free(hall_notify_t *n);
/* A committed-to-be event: the messages it causes for a subscribed ticket
 * (called, transferred, ended), and "hampir tiba" for the subscribed
 * tickets of its agency that it moved up. */
void hall_notify_event(hall_t *h, const queue_event_t *e);
/* Collects the sender's outcomes (on wake). */
void hall_notify_collect(hall_t *h);
/* Hands the sender the messages whose rounds were confirmed since the
 * last call: one pump for all of a collect's rounds. */
void hall_notify_confirmed(hall_t *h);
/* A booking's message (template `name`) when it asked for messages;
 * "booking.made" also queues its reminders (the day before and an hour
 * before), any other name or NULL (checked in: no message) drops those
 * still queued. */
void hall_notify_booking(hall_t *h, const booking_t *b, const char *name);

/* The probe the hall reports to (hall_set_probe; its callbacks NULL when
 * none was set). */
const hall_probe_t *hall_probe_of(const hall_t *h);

/* The hall's config. */
const config_t *hall_cfg(const hall_t *h);

/* The hall's bookings (hall_bookings.c), held by the hall. */
typedef struct hall_bookings hall_bookings_t;
hall_bookings_t *hall_bookings_of(hall_t *h);
/* Builds the ledger and calendar from the config and the stored bookings
 * and puts them in place of *b (at open, and after a failed commit);
 * -1 with err when it cannot. */
int hall_bookings_restore(hall_t *h, hall_bookings_t **b, char *err, size_t errlen);
void hall_bookings_free(hall_bookings_t *b);

/* The hall's hours (hall_hours.c), held by the hall: built from the
 * config at open (NULL when out of memory), freed at close. */
typedef struct hall_hours hall_hours_t;
hall_hours_t *hall_hours_new(const config_t *cfg);
void hall_hours_free(hall_hours_t *hh);
hall_hours_t *hall_hours_get(hall_t *h);
/* queue_hall_t.day_hours over a hall_hours_t (ctx). */
void hall_hours_engine(void *ctx, const char *agency, uint32_t ymd, calendar_day_t *out);

/* What the SKM report keeps (hall_skm.c): served tickets counted per past
 * day. NULL when out of memory. */
typedef struct hall_skm hall_skm_t;
hall_skm_t *hall_skm_new(void);
void hall_skm_free(hall_skm_t *s);
hall_skm_t *hall_skm_get(hall_t *h);

/* The hall's visits (hall_visits.c), held by the hall. */
typedef struct hall_visits hall_visits_t;
hall_visits_t *hall_visits_of(hall_t *h);
/* Rebuilds the visits from the store in place of *vs and gives the engine
 * the visit hook (at open, and after a failed commit). */
int hall_visits_restore(hall_t *h, hall_visits_t **vs, char *err, size_t errlen);
void hall_visits_free(hall_visits_t *vs);
/* A ticket was written: when it is the first of a visit's waiting step,
 * the step gets its id. */
void hall_visits_ticket(hall_t *h, const queue_ticket_t *t);

/* The hall's export to NATS JetStream (hall_export.c), held by the hall. */
typedef struct hall_export hall_export_t;
hall_export_t *hall_export_of(hall_t *h);
/* Starts the publisher after the stored cursor when the config has an
 * export group (*out stays NULL without one); -1 with err when it cannot. */
int hall_export_start(hall_t *h, hall_export_t **out, char *err, size_t errlen);
/* Stops the publisher and puts its cursor in the open round (NULL is
 * ignored); frees e. */
void hall_export_stop(hall_t *h, hall_export_t *e);
/* Events up to `committed` are durable: the publisher may send them. */
void hall_export_committed(hall_export_t *e, uint64_t committed);

/* The export's cursor: the hall id and epoch it published under and the
 * last event the stream acknowledged (STORE_DB_META "export"). Get
 * returns STORE_NOTFOUND when none is stored; put joins the open round. */
int hall_export_cursor_get(hall_t *h, char hall[64], char epoch[64], uint64_t *seq);
int hall_export_cursor_put(hall_t *h, const char *hall, const char *epoch, uint64_t seq);
/* Visits stored events with seq > after, in order, at most max, in a read
 * transaction of its own (any thread). Returns how many, or a store_err_t. */
int hall_events_after(hall_t *h, uint64_t after, size_t max,
                      int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len), void *ctx);

/* Fills buf with len random bytes from libsodium; the random source the
 * booking ledger and the outbox take (ctx unused). Returns 0. */
int hall_random_fill(void *ctx, void *buf, size_t len);

#endif
