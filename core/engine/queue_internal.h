/*
 * queue_internal.h - the queue engine's private state, shared by its files:
 * queue.c (lifecycle, reads, citizen commands, the change buffer),
 * queue_names.c (enum names),
 * queue_counter.c (counter actions), queue_route.c (routing, positions,
 * counts), queue_day.c (time, closing, rollover, restore) and
 * queue_index.c (the hash maps behind every look-up).
 *
 * Nothing here is part of the engine's interface; only the engine's own
 * .c files include it.
 */
#ifndef MPP_QUEUE_INTERNAL_H
#define MPP_QUEUE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "engine/queue.h"

#define QUEUE_TEXT_MAX 500       /* board text, bytes */
#define QUEUE_SERVICE_SAMPLES 20 /* finished tickets a wait estimate reads */
#define QUEUE_SAMPLES_TRUST 5    /* from this many on, the standard is left out */

/* ---- Hash map (queue_index.c) ----
 * Keys are byte strings copied into the map; values are borrowed pointers
 * the map never frees. */
typedef struct queue_map_node queue_map_node_t;
typedef struct qmap {
    queue_map_node_t **buckets; /* owned */
    size_t n_buckets, count;
} queue_map_t;

/* Empties the map and frees its nodes (not the values). */
void queue_map_clear(queue_map_t *m);
/* Value stored under key, or NULL. */
void *queue_map_get(const queue_map_t *m, const void *key, size_t len);
/* Stores val under key, replacing any value there. 0 or QUEUE_ENOMEM. */
int queue_map_put(queue_map_t *m, const void *key, size_t len, void *val);
/* Removes key when it maps to `val` (or to anything when val is NULL). */
void queue_map_del(queue_map_t *m, const void *key, size_t len, const void *val);
/* Calls fn for every value, in no particular order. */
/* Lists the queues whose service the catalog no longer has (queue.c). */
void queue_orphans_rebuild(queue_t *q);

void queue_map_each(const queue_map_t *m, void (*fn)(void *ctx, void *val), void *ctx);

/* ---- Engine records ---- */

/* Per agency state: numbering, counts, what it serves now. */
typedef struct qagency {
    char id[CATALOG_ID_MAX];
    uint32_t seq_day;     /* day `seq` belongs to */
    uint32_t seq;         /* last daily sequence given that day */
    int waiting;          /* tickets queued in its services */
    uint32_t serving_day; /* day `serving` belongs to */
    char serving[QUEUE_NUMBER_MAX];
    uint32_t closed_day; /* last day its own closing ran (hours of its own) */
} qagency_t;

enum { QLIST_REGULAR = 0, QLIST_PRIORITY = 1 };

/* One service's two queues, ordered by rank. Lives as long as the engine,
 * also when a reload removes the service from the catalog. */
struct queue_service {
    char id[CATALOG_SVC_ID_MAX];
    qagency_t *agency; /* borrowed from the agency map */
    queue_ticket_t *head[2], *tail[2];
    size_t count[2];
    uint32_t issued_day; /* day `issued` counts */
    uint32_t issued;     /* tickets issued that day (quota) */
    /* counter times (call -> finish, seconds) of the last finished tickets
     * of day `samples_day`, a ring: sample_s[i % N] for the i-th */
    int32_t sample_s[QUEUE_SERVICE_SAMPLES];
    uint32_t n_samples; /* pushed that day */
    uint32_t samples_day;
};

/* The short lists of tickets the timers walk instead of every ticket of
 * the day: those sent to the printer and not yet confirmed, and those
 * checked in with a booking whose rank is not yet the booking's
 * (queue_booked_track). */
enum { SIDE_PRINTING = 0, SIDE_BOOKED = 1, SIDE_LISTS };

/* A ticket's place on one side list. */
typedef struct side_link {
    struct tnode *prev, *next;
    bool linked;
} side_link_t;

/* A ticket as the engine keeps it: the public record first, so a
 * queue_ticket_t pointer converts back to its node. */
typedef struct tnode {
    queue_ticket_t t;
    struct tnode *all_prev, *all_next; /* every ticket in memory */
    side_link_t side[SIDE_LISTS];
    bool dirty; /* in the change buffer */
} tnode_t;

/* An event waiting in the change buffer, with copies of its records as
 * they were when it happened. */
typedef struct pend_event {
    queue_event_type_t type;
    bool has_ticket, has_counter;
    queue_ticket_t ticket;
    queue_counter_t counter;
    char staff[QUEUE_STAFF_MAX];
    char reason[QUEUE_REASON_MAX];
    char from_service[CATALOG_SVC_ID_MAX];
    char agency[CATALOG_ID_MAX];      /* agency.updated, booking.missed: which one */
    char booking[QUEUE_BOOKING_MAX];  /* booking.missed: the code */
    char service[CATALOG_SVC_ID_MAX]; /* booking.missed: its service */
    const catalog_error_t *error;     /* agency.reload_failed: borrowed until the flush */
    uint64_t visit;                   /* visit.*: which */
    bool has_scores;                  /* survey.answered */
    uint8_t scores[9];
    const char *text; /* board text: q->text */
} pend_event_t;

struct queue {
    const catalog_t *cat; /* borrowed */
    queue_env_t env;
    queue_sink_t sink;
    int open_min[7], close_min[7];
    queue_hours_fn day_hours;
    void *hours_ctx;
    bool carry_over;
    int print_timeout_s;

    queue_counter_t *counters; /* owned, hall order */
    bool *counter_dirty;       /* owned, one per counter */
    size_t n_counters;

    queue_map_t by_id;         /* uint64 id -> tnode_t */
    queue_map_t by_token;      /* token -> tnode_t */
    queue_map_t by_number;     /* "<agency>\0<NUMBER>" -> tnode_t */
    queue_map_t by_counter;    /* int number -> queue_counter_t */
    queue_map_t services;      /* service id -> queue_service_t (owned) */
    queue_service_t **orphans; /* owned array: queues of services the
                                  catalog no longer has (a reload removed
                                  them) that still hold tickets */
    size_t n_orphans;
    queue_map_t agencies; /* agency id -> qagency_t (owned) */
    /* the catalog's services as the engine sees them, made again with each
     * catalog (queue_index_catalog): svc_state[i] is the queue of
     * cat->services[i] (NULL until its first ticket), and from word
     * svc_share_at[i] of svc_share, one bit for each service of its agency
     * (in catalog order) that shares a counter with it. All NULL when they
     * could not be made: services are then looked up by id. */
    queue_service_t **svc_state;
    uint64_t *svc_share;
    size_t *svc_share_at;

    tnode_t *all_head, *all_tail;
    size_t n_tickets;
    tnode_t *side_head[SIDE_LISTS];

    uint64_t seq, last_id;
    int64_t rank_lo, rank_hi; /* lowest and highest rank given */
    int64_t now;              /* time of the command running */
    uint32_t day;             /* business day, never goes back */
    uint32_t closed_day;      /* last day whose closing ran */
    /* no agency's own hours end before minute agencies_next_min of day
     * agencies_day (0: not yet known; the catalog changed) */
    uint32_t agencies_day;
    int agencies_next_min;

    char text[QUEUE_TEXT_MAX + 1];

    queue_ticket_t recent[QUEUE_RECENT]; /* ring, newest at recent_head-1 */
    int recent_counter[QUEUE_RECENT];
    size_t recent_n, recent_head;

    char err[256];
    const char *field;

    queue_hooks_t hooks;       /* all NULL = none */
    queue_visit_fn visit_hook; /* NULL = visits are not followed */
    void *visit_ctx;
    bool has_hooks;
    queue_view_t *views;           /* owned: route heads scratch */
    queue_ticket_t **view_tickets; /* owned: the ticket of each view */
    size_t cap_views;

    pend_event_t *ev; /* owned change buffer */
    size_t n_ev, cap_ev;
    tnode_t **dirty; /* owned */
    size_t n_dirty, cap_dirty;
};

static inline tnode_t *tnode_of(const queue_ticket_t *t)
{
    return (tnode_t *)(void *)t;
}

/* ---- queue.c helpers ---- */

/* Starts a command: clears the last error, runs what time demands
 * (queue_roll) and makes room for the command's changes. */
int queue_begin(queue_t *q, int64_t now);
/* Records a refusal: message (printf format) and field; returns rc. */
int queue_fail(queue_t *q, int rc, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Makes room for n events and n changed tickets. 0 or QUEUE_ENOMEM. */
int queue_reserve(queue_t *q, size_t n);
/* Marks a ticket / counter as changed. */
void queue_touch_ticket(queue_t *q, queue_ticket_t *t);
void queue_touch_counter(queue_t *q, queue_counter_t *c);
/* Adds an event (room reserved); returns it for the optional fields. */
pend_event_t *queue_add_event(queue_t *q, queue_event_type_t type, const queue_ticket_t *t,
                              const queue_counter_t *c, const char *staff);
/* Sets counter c's status; a pause keeps `reason` and its start `now`,
 * any other status clears them. */
void queue_counter_state(queue_counter_t *c, queue_counter_status_t status, const char *reason,
                         int64_t now);
/* Reports changed records, then events (seq assigned, at = now). */
void queue_flush(queue_t *q, int64_t now);

/* Agency / service state, created on first use; NULL on ENOMEM. */
qagency_t *queue_agency_state(queue_t *q, const char *agency);
queue_service_t *queue_service_state(queue_t *q, const char *service);
/* Whether some counter of agency a serves both of its services x and y,
 * from the catalog (what svc_share keeps). */
bool queue_share_counter(const catalog_t *cat, const catalog_agency_t *a,
                         const catalog_service_t *x, const catalog_service_t *y);

/* The index of svc in q's catalog, or SIZE_MAX when there is no index or
 * svc is not one of its entries. Inline, as are the two below: routing and
 * every ticket's place ask them for each service of an agency. */
static inline size_t queue_service_index(const queue_t *q, const catalog_service_t *svc)
{
    if (!q->svc_state)
        return SIZE_MAX;
    uintptr_t at = (uintptr_t)svc, first = (uintptr_t)q->cat->services;
    if (at < first || (at - first) / sizeof *svc >= q->cat->n_services)
        return SIZE_MAX;
    return (at - first) / sizeof *svc;
}

/* The queue of catalog service svc, or NULL while it has never had a
 * ticket: an index, not a search by id. */
static inline queue_service_t *queue_service_of(const queue_t *q, const catalog_service_t *svc)
{
    size_t i = queue_service_index(q, svc);
    return i != SIZE_MAX ? q->svc_state[i]
                         : (queue_service_t *)queue_map_get(&q->services, svc->id, strlen(svc->id));
}

/* Whether some counter of agency a serves both of its services x and y. */
static inline bool queue_services_share(const queue_t *q, const catalog_agency_t *a,
                                        const catalog_service_t *x, const catalog_service_t *y)
{
    size_t ix = queue_service_index(q, x), iy = queue_service_index(q, y);
    if (ix == SIZE_MAX || iy == SIZE_MAX)
        return queue_share_counter(q->cat, a, x, y);
    size_t bit = iy - a->first_service;
    return q->svc_share[q->svc_share_at[ix] + bit / 64] >> (bit % 64) & 1;
}

/* Makes the engine's index of q->cat (svc_state, svc_share) again; on
 * ENOMEM there is none, and services are looked up by id. */
void queue_index_catalog(queue_t *q);
/* Frees that index (queue_index.c); services are then looked up by id. */
void queue_index_free(queue_t *q);
/* The agency id part of "<agency>/<service>" into buf. */
void queue_service_agency(const char *service, char *buf, size_t n);

/* Key of the number index: agency, NUL, upper-cased number. Returns length. */
size_t queue_number_key(char *buf, size_t n, const char *agency, const char *number);
/* Today's (or a carried) ticket with this number in this agency. */
tnode_t *queue_find_number(const queue_t *q, const char *agency, const char *number);

/* Issues req inside a command already begun (queue_begin): the ticket,
 * its record and its ticket.issued event; the command's caller runs
 * queue_after_command and queue_flush. */
int queue_issue_within(queue_t *q, const queue_issue_req_t *req, int64_t now, queue_ticket_t **out);

/* Puts a waiting ticket into its service's queue, in rank order. */
void queue_link(queue_t *q, queue_service_t *s, queue_ticket_t *t);
/* Takes a ticket out of its queue, if it is in one. */
void queue_unlink(queue_t *q, queue_ticket_t *t);
/* Puts n on side list `list` (SIDE_*) unless it is on it already. */
void queue_side_link(queue_t *q, int list, tnode_t *n);
/* Takes n off side list `list`, if it is on it. */
void queue_side_unlink(queue_t *q, int list, tnode_t *n);
/* Puts n on the booked list when it holds a booking and its rank is not
 * yet the booking's (booked_forward moves it ahead once the slot begins):
 * after its rank was set. */
void queue_booked_track(queue_t *q, tnode_t *n);
/* The highest daily sequence among tickets of days before the current one
 * that agency `agency` issued and that still wait to be called (waiting or
 * held, carried over by hours.carry_over); 0 when there are none. A ticket
 * at a counter overnight or a no-show does not count: the morning starts
 * at 001.
 * While there are, the agency's numbering keeps going instead of starting
 * again at 001, so no two callable tickets share a number. */
uint32_t queue_carried_seq(const queue_t *q, const char *agency);
/* Cancels a ticket (taking it out of its queue or the printing list) and
 * adds the event, made at counter c (or NULL) by staff. A ticket that was
 * never called nor transferred stops counting toward its service's quota
 * when it is cancelled while printing (print timeout, day end) or by its
 * holder (reason "citizen") while waiting. */
void queue_cancel_ticket(queue_t *q, queue_ticket_t *t, const char *reason,
                         const queue_counter_t *c, const char *staff);
/* Forgets a ticket (lists and indexes) and frees it. */
void queue_drop_ticket(queue_t *q, tnode_t *n);
/* Takes a copy of a restored ticket into memory and the indexes,
 * replacing an earlier version with the same id. */
int queue_adopt_ticket(queue_t *q, const queue_ticket_t *t);
/* Remembers a call for queue_recent and the agency's "serving" number. */
void queue_note_call(queue_t *q, const queue_ticket_t *t, const queue_counter_t *c);

/* ---- queue_day.c ---- */

/* Runs what time demands before a command: rollover, closing, print
 * timeouts; reports those changes. 0 or QUEUE_ENOMEM. */
int queue_roll(queue_t *q, int64_t now);
/* Whether `now` is inside the hall's hours; message set when not. */
/* Whether svc takes a ticket now: its agency's hours today, the day not
 * closed, the cut-off. A booked ticket (`booked`) checked in during a
 * break is let in: its slot comes after the break. */
int queue_check_hours(queue_t *q, const catalog_service_t *svc, int64_t now, bool booked);
/* The hours of local day ymd (weekday wday, 0 = Sunday) for an agency
 * (NULL: the hall), from the hall's calendar or its weekly hours. */
void queue_day_hours(const queue_t *q, const char *agency, uint32_t ymd, int wday,
                     calendar_day_t *out);
/* A wait of wait_s seconds from the engine's now, stretched over the
 * breaks of the agency's hours today (a wait that runs into lunch resumes
 * after it). */
int64_t queue_wait_in_hours(const queue_t *q, const char *agency, int64_t wait_s);

/* ---- queue_hooks.c ---- */

/* Moves ticket t to service svc (waiting, number kept, front or back) and
 * adds ticket.transferred with from_service and `reason` ("" for staff,
 * "flow" for a declared next step, "plugin" for a hook's action). When
 * counter c holds t it lets go of it. Room for one event must be reserved.
 * 0 or QUEUE_ENOMEM (nothing changed). */
int queue_move_ticket(queue_t *q, queue_ticket_t *t, const catalog_service_t *svc, bool front,
                      queue_counter_t *c, const char *staff, const char *reason);
/* Before a command's flush: runs the hooks for the events the command made
 * (those from index `from` of the change buffer) and the declared flows of
 * the tickets it finished, applying their actions. c and staff: where and
 * by whom the command was made (NULL and "" for citizens). */
void queue_after_command(queue_t *q, size_t from, queue_counter_t *c, const char *staff);
/* After the clock's own changes (queue_roll: a print time-out, the day's
 * or an agency's close) from change `from` on: the visits whose step was
 * cancelled go on to their end, as after a command; no hook runs. */
void queue_after_roll(queue_t *q, size_t from);
/* Fills a hook's view of t. */
void queue_view_fill(queue_view_t *v, const queue_ticket_t *t);
/* The ticket counter c's agency's route function picks among the heads of
 * c's queues, with *priority set; NULL for the declared policy (no route
 * function, nobody waiting, or no valid answer). */
queue_ticket_t *queue_route_hook(queue_t *q, const queue_counter_t *c, bool *priority);

/* ---- queue_route.c ---- */

/* The ticket counter `c` would call now by routing, or NULL; *priority
 * tells which queue it heads. */
queue_ticket_t *queue_route_pick(const queue_t *q, const queue_counter_t *c, bool *priority);
/* Notes a finished ticket's counter time for its service's wait estimates
 * (tickets of the current business day only). */
void queue_note_finish(queue_t *q, const queue_ticket_t *t);
/* Refills every service's samples from today's finished tickets in memory,
 * in the order they finished (restore). */
void queue_samples_rebuild(queue_t *q);

#endif
