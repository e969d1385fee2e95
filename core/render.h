/*
 * render.h - JSON views of the engine's records and of the catalog.
 *
 * One place decides how a ticket, a counter, an event, the board and the
 * agencies look on the wire (CONTRACT.md) and how tickets and counters are
 * kept in the store, so the API, the /ws feed and the durable log agree.
 * The views a request or an event needs are written as text (jsonw); the
 * catalog's views, read rarely, are jansson trees (new references).
 * Records are malloc'd strings for the caller to free.
 */
#ifndef MPP_RENDER_H
#define MPP_RENDER_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "engine/queue.h"
#include "jsonw.h"

enum {
    RENDER_TOKEN = 1, /* include the ticket's token (issue reply, status) */
    RENDER_LIVE = 2   /* include position and estimated wait */
};

/* Writes `ms` as ISO 8601 local time with offset, "2026-11-27T08:00:00+07:00". */
void render_time(int64_t ms, char *buf, size_t n);
/* Reads a time render_time wrote back into ms since the epoch, and its
 * local date (YYYYMMDD) into *ymd when ymd is not NULL; -1 when `s` is not
 * such a time. */
int64_t render_time_parse(const char *s, uint32_t *ymd);

/* Ticket T as CONTRACT.md shows it. */
void render_ticket(jsonw_t *w, const queue_t *q, const queue_ticket_t *t, int flags);
/* {"number","agency","status","staff","ticket": T|null}; staff and today's
 * counts only when with_staff (counter replies, not the public board);
 * "held_by_you" when held_by names a session id (the console's own view). */
void render_counter(jsonw_t *w, const queue_t *q, const queue_counter_t *c, bool with_staff,
                    const char *held_by);
/* The event as sent on /ws and kept in the log: a malloc'd string. */
char *render_event(const queue_t *q, const queue_event_t *e, const char *epoch, size_t *len);
/* The board: {"seq","epoch","counters","recent","agencies","text"}; the
 * /ws snapshot adds "type":"snapshot". */
void render_board(jsonw_t *w, const queue_t *q, const catalog_t *cat, const char *epoch,
                  uint64_t seq, bool snapshot);
/* {"agencies": [...]} with every service's standard. */
json_t *render_agencies(const catalog_t *cat);
/* {"agencies": [{"id", "name", "services": [{"id", "name", "unconfirmed",
 * "tried"}]}]}: for each service the facts no source confirms and what
 * was looked up for each, in the hall's order (GET /api/v1/facts). */
json_t *render_facts(const catalog_t *cat);

/* [{"file","line","message"}] of plugin errors. */
json_t *render_errors(const catalog_error_t *errors, size_t n);

/* Store records: every field the engine needs to restore. */
char *render_ticket_record(const queue_ticket_t *t, size_t *len);
int render_ticket_parse(const json_t *rec, queue_ticket_t *out);
char *render_counter_record(const queue_counter_t *c, size_t *len);
int render_counter_parse(const json_t *rec, queue_counter_t *out);

#endif
