/*
 * view.h - the province view of mppagg (docs/export.md): every hall's
 * figures built from its exported events, kept in mppagg's own store.
 *
 * Per hall and agency: tickets waiting now and the number being served
 * (from the counts each ticket event carries), counters open, today's
 * issued, served, no-show and cancelled tickets, and the medians of
 * today's waiting and service times (to the minute, from histograms of
 * whole minutes). A hall's events are applied strictly in its seq order:
 * one already applied is dropped (a redelivery or a second publish), one
 * past a gap is left for later (its predecessor is still on its way). The
 * last applied seq of each hall is written with its figures in the same
 * commit, so a restart or a redelivery never counts an event twice.
 *
 * Threads: one at a time (mppagg holds a mutex around every call).
 */
#ifndef MPP_AGG_VIEW_H
#define MPP_AGG_VIEW_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

typedef struct view view_t;

/* What view_apply did with one message. */
typedef enum view_verdict {
    VIEW_APPLIED = 0,
    VIEW_DUPLICATE, /* its seq was applied already */
    VIEW_GAP,       /* an earlier event of its hall is missing: apply it later */
    VIEW_FOREIGN,   /* another epoch of a hall whose history goes on */
    VIEW_BAD        /* no readable Nats-Msg-Id or event: dropped and counted */
} view_verdict_t;

/* Opens (creating) the view's store in `dir` and loads every hall.
 * Returns 0, or -1 with a message in err. Free with view_close. */
int view_open(view_t **out, const char *dir, char *err, size_t errlen);
void view_close(view_t *v);

/* Applies one message (its Nats-Msg-Id and the event JSON) in memory;
 * view_commit makes the batch durable. `lag_ms` is how long ago the
 * stream stored it (negative: unknown), for the lag figures. */
view_verdict_t view_apply(view_t *v, const char *msg_id, const char *json, size_t len,
                          int64_t lag_ms);
/* Writes every hall changed since the last commit, in one transaction.
 * Returns 0, or a negative store error; on error the changes stay in
 * memory but the caller must not acknowledge them (the view is reloaded). */
int view_commit(view_t *v);
/* Drops uncommitted changes: reloads every hall from the store. */
int view_reload(view_t *v);

/* {"halls": [...], "applied", "duplicates", "gaps", "foreign", "bad"}:
 * a new reference (docs/api.md, "mppagg"). */
json_t *view_halls_json(const view_t *v);
/* Events applied since mppagg started (cheap, for /healthz). */
uint64_t view_applied(const view_t *v);
/* A bumped number whenever a commit changed a hall. */
uint64_t view_version(const view_t *v);

#endif
