/*
 * render.h - JSON views of the engine's records and of the catalog.
 *
 * One place decides how a ticket, a counter, an event, the board and the
 * agencies look on the wire (CONTRACT.md) and how tickets and counters are
 * kept in the store, so the API, the /ws feed and the durable log agree.
 * Returned json_t values are new references; the caller decrefs them.
 */
#ifndef MPP_RENDER_H
#define MPP_RENDER_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "engine/queue.h"

enum {
    RENDER_TOKEN = 1,  /* include the ticket's token (issue reply, status) */
    RENDER_LIVE = 2    /* include position and estimated wait */
};

/* Writes `ms` as ISO 8601 local time with offset, "2026-11-27T08:00:00+07:00". */
void render_time(int64_t ms, char *buf, size_t n);

/* Ticket T as CONTRACT.md shows it. */
json_t *render_ticket(const queue_t *q, const queue_ticket_t *t, int flags);
/* {"number","agency","status","staff","ticket": T|null}; staff only when
 * with_staff (counter replies, not the public board). */
json_t *render_counter(const queue_t *q, const queue_counter_t *c, bool with_staff);
/* The event as sent on /ws and kept in the log: a malloc'd string. */
char *render_event(const queue_t *q, const queue_event_t *e, const char *epoch, size_t *len);
/* The board: {"seq","epoch","counters","recent","agencies","text"}; the
 * /ws snapshot adds "type":"snapshot". */
json_t *render_board(const queue_t *q, const catalog_t *cat, const char *epoch,
                     uint64_t seq);
/* {"agencies": [...]} with every service's standard. */
json_t *render_agencies(const catalog_t *cat);

/* [{"file","line","message"}] of plugin errors. */
json_t *render_errors(const catalog_error_t *errors, size_t n);

/* Store records: every field the engine needs to restore. */
json_t *render_ticket_record(const queue_ticket_t *t);
int render_ticket_parse(const json_t *rec, queue_ticket_t *out);
json_t *render_counter_record(const queue_counter_t *c);
int render_counter_parse(const json_t *rec, queue_counter_t *out);

#endif
