/*
 * queue.h - the queue engine: tickets, counters, numbering, routing and
 * events, in plain C (no lws, Lua, LMDB or JSON include).
 *
 * The engine holds the live state of the hall in memory: today's tickets,
 * every ticket not yet final, the counters and their staff sessions. Every
 * command is checked before anything changes; a refused command changes
 * nothing and returns a negative queue_err_t with a message. An accepted
 * command reports each record it changed and each event it made to the
 * sink, synchronously, so the caller can write them in one transaction.
 * Events have a gapless `seq`. The engine never reads a clock: the caller
 * passes `now` (ms since the epoch) to every command, so tests drive time.
 *
 * Single-threaded: one caller at a time (mppd's event loop). Two staff can
 * never get the same ticket because a call moves the ticket out of the
 * queue before the next command runs.
 */
#ifndef MPP_QUEUE_H
#define MPP_QUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "booking/calendar.h"
#include "catalog.h"

typedef enum queue_err {
    QUEUE_OK = 0,
    QUEUE_EINVAL = -1,     /* bad argument: 400 */
    QUEUE_ENOTFOUND = -2,  /* unknown ticket, service or counter: 404 */
    QUEUE_ESTATE = -3,     /* not possible in the current state: 409 */
    QUEUE_EQUOTA = -4,     /* daily quota reached: 409 quota_reached */
    QUEUE_ECLOSED = -5,    /* outside opening hours / after cut-off: 409 */
    QUEUE_EFORBIDDEN = -6, /* counter held by another session, other
                             agency's ticket: 403 */
    QUEUE_ENOMEM = -7
} queue_err_t;

typedef enum queue_status {
    QUEUE_TICKET_PRINTING = 0,
    QUEUE_TICKET_WAITING,
    QUEUE_TICKET_CALLED,
    QUEUE_TICKET_SERVING,
    QUEUE_TICKET_HELD,
    QUEUE_TICKET_FINISHED,
    QUEUE_TICKET_NO_SHOW,
    QUEUE_TICKET_CANCELLED,
    QUEUE_TICKET__STATUS_COUNT
} queue_status_t;

typedef enum queue_priority {
    PRIORITY_NONE = 0,
    PRIORITY_LANSIA,
    PRIORITY_DISABILITAS,
    PRIORITY_IBU_HAMIL,
    PRIORITY_ANAK,
    PRIORITY__COUNT
} queue_priority_t;

typedef enum queue_counter_status {
    QUEUE_COUNTER_CLOSED = 0,
    QUEUE_COUNTER_OPEN,
    QUEUE_COUNTER_PAUSED
} queue_counter_status_t;

typedef enum queue_event_type {
    QUEUE_EV_TICKET_ISSUED = 0,
    QUEUE_EV_TICKET_CONFIRMED, /* printing -> waiting (our addition) */
    QUEUE_EV_TICKET_CALLED,
    QUEUE_EV_TICKET_RECALLED,
    QUEUE_EV_TICKET_STARTED,
    QUEUE_EV_TICKET_FINISHED,
    QUEUE_EV_TICKET_NO_SHOW,
    QUEUE_EV_TICKET_HELD,
    QUEUE_EV_TICKET_CANCELLED,
    QUEUE_EV_TICKET_TRANSFERRED,
    QUEUE_EV_COUNTER_OPENED,
    QUEUE_EV_COUNTER_PAUSED,
    QUEUE_EV_COUNTER_RESUMED,
    QUEUE_EV_COUNTER_CLOSED,
    QUEUE_EV_AGENCY_UPDATED,
    QUEUE_EV_BOARD_TEXT,
    QUEUE_EV_BOOKING_MISSED,       /* a booking's check-in window closed (our addition) */
    QUEUE_EV_VISIT_STARTED,        /* a visit across agencies: its first ticket */
    QUEUE_EV_VISIT_STEP_READY,     /* its next step's ticket waits */
    QUEUE_EV_VISIT_FINISHED,       /* it ended: every step done, or one skipped */
    QUEUE_EV_AGENCY_RELOAD_FAILED, /* an edit of a plugin was refused; the running
                                      version stays (our addition) */
    QUEUE_EV_SURVEY_ANSWERED,      /* an SKM answer's nine scores (our addition) */
    QUEUE_EV__COUNT
} queue_event_type_t;

#define QUEUE_NUMBER_MAX 24
/* A ticket's token, in hex: its id (16 chars), then 128 random bits (32
 * chars). The id lets the store find a ticket of an earlier day by its
 * token without a separate index; the random part makes it unguessable. */
#define QUEUE_TOKEN_ID_LEN 16
#define QUEUE_TOKEN_LEN 48
#define QUEUE_TOKEN_LEGACY_LEN 32 /* tokens of data folders before: random only */
#define QUEUE_SESSION_LEN 32      /* hex chars of a staff session id */
#define QUEUE_STAFF_MAX 64
#define QUEUE_REASON_MAX 32
#define QUEUE_RECENT 10
#define QUEUE_BOOKING_MAX 33 /* a booking code, "BK-7QK3", or an agency system's */
/* The ranks of booked tickets whose slot has begun: below every other
 * rank, ordered by slot start, so they are called ahead of walk-ins of
 * their queue (and among themselves, earlier slots first). */
#define QUEUE_RANK_BOOKED (INT64_MIN / 2)

typedef struct queue_service queue_service_t;

/* A ticket. The engine owns it; callers read it, never write it. */
typedef struct queue_ticket {
    uint64_t id;                      /* global, never reused */
    char number[QUEUE_NUMBER_MAX];    /* "A-007" */
    uint32_t day;                     /* local business day, YYYYMMDD */
    uint32_t seq;                     /* daily sequence in its agency */
    char agency[CATALOG_ID_MAX];      /* agency whose queue it is in: the
                                         issuer until a transfer moves it */
    char service[CATALOG_SVC_ID_MAX]; /* current service "<agency>/<id>" */
    queue_status_t status;
    queue_priority_t priority;
    int64_t issued_at;                          /* ms since the epoch */
    int64_t queued_at;                          /* entered the queue it waits or was
                                         called from: issue, print
                                         confirmation or transfer (ms) */
    int64_t called_at, started_at, finished_at; /* 0 = not yet */
    int counter;                                /* counter that called it, 0 = none */
    int transfers;                              /* times transferred */
    char token[QUEUE_TOKEN_LEN + 1];
    char reason[QUEUE_REASON_MAX];   /* why cancelled ("closed", ...) */
    int64_t rank;                    /* order within its queue */
    char booking[QUEUE_BOOKING_MAX]; /* the booking it was checked in with, "" */
    uint64_t visit;                  /* the visit across agencies it is a step of, 0 */
    int64_t booking_start;           /* that booking's slot start (ms), 0 */
    /* engine internals */
    queue_service_t *queue;           /* queue it waits in, or NULL */
    struct queue_ticket *prev, *next; /* links in that queue */
} queue_ticket_t;

typedef struct queue_counter {
    int number;
    char agency[CATALOG_ID_MAX];
    queue_counter_status_t status;
    char staff[QUEUE_STAFF_MAX];         /* user holding it, "" when closed */
    char session[QUEUE_SESSION_LEN + 1]; /* session id holding it */
    uint64_t ticket;                     /* current ticket id, 0 = none */
    int priority_streak;                 /* consecutive priority calls */
    uint32_t served_today, no_show_today, called_today;
    uint32_t day;        /* day the counts belong to */
    uint32_t closed_day; /* last business day whose closing ran */
    /* while paused: why (a reason id of the hall config's pause_reasons,
     * "logout" when a session ended with a ticket at the counter, "" none)
     * and since when (ms); "" and 0 otherwise */
    char pause_reason[QUEUE_REASON_MAX];
    int64_t paused_at;
} queue_counter_t;

/* One change, reported to the sink. Pointers are valid only during the
 * sink call. */
typedef struct queue_event {
    uint64_t seq;
    int64_t at; /* ms since the epoch */
    queue_event_type_t type;
    const queue_ticket_t *ticket;   /* ticket events */
    const queue_counter_t *counter; /* counter events, and ticket events
                                         made at a counter */
    const char *staff;              /* "" for citizen or system events */
    const char *reason;             /* cancelled: why; else "" */
    const char *from_service;       /* transferred: previous service */
    const char *agency;             /* agency.updated, booking.missed; else NULL */
    const char *booking;            /* booking.missed: its code and service; else NULL */
    const char *service;
    const catalog_error_t *error; /* agency.reload_failed: why; else NULL */
    const char *text;             /* board.text; else NULL */
    uint64_t visit;               /* visit.*: the visit's id; else 0 */
    const uint8_t *scores;        /* survey.answered: its 9 scores (1..4); else NULL */
} queue_event_t;

/* Where changes go. ticket/counter are called for every changed record
 * (before the event that explains them); event for every event. */
typedef struct queue_sink {
    void (*ticket)(void *ctx, const queue_ticket_t *t);
    void (*counter)(void *ctx, const queue_counter_t *c);
    void (*event)(void *ctx, const queue_event_t *e);
    void *ctx;
} queue_sink_t;

/* Injected services: local time and random bytes. */
typedef struct queue_env {
    /* Local calendar time of `ms` in the hall's zone: fills YYYYMMDD,
     * minutes after midnight and weekday (0 = Sunday). */
    void (*local)(void *ctx, int64_t ms, uint32_t *ymd, int *minute, int *wday);
    /* Fills buf with n random bytes. */
    void (*random)(void *ctx, void *buf, size_t n);
    void *ctx;
} queue_env_t;

/* queue_env_t.local for a hall: the calendar of the process's time zone
 * (mppd sets TZ from the hall config). ctx is unused. */
void queue_local_time(void *ctx, int64_t ms, uint32_t *ymd, int *minute, int *wday);

/* The hours of local day ymd for an agency (NULL: the hall itself), into
 * out: the hall's hours, narrowed by the agency's own where it has them,
 * with the date's closures and special periods (Ramadan, a lunch break,
 * Friday prayer). */
typedef void (*queue_hours_fn)(void *ctx, const char *agency, uint32_t ymd, calendar_day_t *out);

typedef struct queue_hall {
    int open_min[7], close_min[7]; /* per weekday; open == close: shut;
                                      used when day_hours is NULL */
    queue_hours_fn day_hours;      /* the hall's calendar, or NULL */
    void *hours_ctx;
    bool carry_over;     /* waiting tickets survive closing */
    int print_timeout_s; /* default 120 */
    const int *counters; /* hall counters, config order */
    const char (*counter_agency)[CATALOG_ID_MAX];
    size_t n_counters;
} queue_hall_t;

typedef struct queue queue_t;

/* Creates an engine. `cat` is borrowed (see queue_set_catalog). */
int queue_new(queue_t **out, const queue_hall_t *hall, const catalog_t *cat, const queue_env_t *env,
              const queue_sink_t *sink);
void queue_free(queue_t *q);

/* Points the engine at a new catalog (reload). Tickets of services that
 * are gone stay where they are and can still be called by number. */
void queue_set_catalog(queue_t *q, const catalog_t *cat);
/* The catalog the queue serves now (borrowed). */
const catalog_t *queue_catalog(const queue_t *q);

/* ---- Restoring state at start (no events, no sink calls) ---- */
void queue_restore_ticket(queue_t *q, const queue_ticket_t *t);
void queue_restore_counter(queue_t *q, const queue_counter_t *c);
/* Sets the last seq and next id already used; running totals follow. */
void queue_restore_seq(queue_t *q, uint64_t last_seq, uint64_t last_id);
void queue_restore_text(queue_t *q, const char *text);
/* Call once after restoring: sets the business day and its counts and
 * rebuilds the queues in rank order and the board's recent calls. Returns
 * 0, or QUEUE_ENOMEM (queue_last_error says so) when it cannot. */
int queue_restore_done(queue_t *q, int64_t now);

/* ---- Commands. `staff` is the acting user id, "" for citizens. ---- */

typedef struct queue_issue_req {
    const char *service; /* "<agency>/<service>" */
    queue_priority_t priority;
    bool print; /* wait for the kiosk's confirm */
    /* A booking checked in: its code and slot start. The ticket is not
     * held to the daily quota (its place was kept), and from its slot's
     * start it is called ahead of the walk-ins of its queue. */
    const char *booking;
    int64_t booking_start;
    /* For a walk-in: places of today's quota kept for bookings not yet
     * checked in; the quota refuses a walk-in that would take one. */
    uint32_t reserved;
    /* A step of a visit across agencies: its id, and for a step after the
     * first the rank of the visit's first ticket, so the ticket waits ahead
     * of everyone who came after the visit began (0: a new ticket's rank;
     * a ranked step is past the daily quota, the visit having begun). */
    uint64_t visit;
    int64_t rank;
} queue_issue_req_t;

/* A booking of `service` (code `code`) was not checked in within its
 * window: the event booking.missed, for the audit log and the figures. */
int queue_booking_missed(queue_t *q, const char *service, const char *code, int64_t now);
/* A survey answer for a ticket of `service` was stored: survey.answered
 * with the agency, the service and the 9 scores (1..4), never the comment
 * or anything about the citizen, so a province view can add up the IKM. */
int queue_survey_answered(queue_t *q, const char *service, const int scores[9], int64_t now);

/* An edit of `agency`'s plugin was refused for `error` (its file, line
 * and message); the running version stays: the event agency.reload_failed. */
int queue_agency_reload_failed(queue_t *q, const char *agency, const catalog_error_t *error,
                               int64_t now);

/* Whether ticket t is a booked one called ahead of walk-ins now. */
bool queue_ticket_booked_ahead(const queue_ticket_t *t);

int queue_issue(queue_t *q, const queue_issue_req_t *req, int64_t now, const queue_ticket_t **out);
/* printing -> waiting; by token. */
int queue_confirm(queue_t *q, const char *token, int64_t now, const queue_ticket_t **out);
/* Citizen cancels a ticket that is printing or waiting; by token. */
int queue_cancel_token(queue_t *q, const char *token, int64_t now, const queue_ticket_t **out);

typedef enum queue_action {
    QUEUE_ACT_OPEN = 0,
    QUEUE_ACT_PAUSE,
    QUEUE_ACT_RESUME,
    QUEUE_ACT_CLOSE,
    QUEUE_ACT_CALL,
    QUEUE_ACT_RECALL,
    QUEUE_ACT_START,
    QUEUE_ACT_FINISH,
    QUEUE_ACT_NO_SHOW,
    QUEUE_ACT_HOLD,
    QUEUE_ACT_CANCEL,
    QUEUE_ACT_TRANSFER,
    QUEUE_ACT__COUNT
} queue_action_t;

typedef struct queue_counter_req {
    int counter;
    queue_action_t action;
    const char *staff;   /* user id */
    const char *session; /* session id holding the counter */
    bool admin;          /* admin may take a held counter */
    const char *number;  /* call/cancel/transfer by number, or NULL */
    const char *service; /* transfer target */
    bool front;          /* transfer: front of the new queue */
    const char *reason;  /* pause: why (the caller checks it against the
                            hall's list), NULL or "" for none */
    bool reclaim;        /* open: the session holding the counter is gone
                            (its console closed without closing the counter);
                            the same staff id may take it over */
} queue_counter_req_t;

int queue_counter_act(queue_t *q, const queue_counter_req_t *req, int64_t now,
                      const queue_counter_t **out);

/* Sets the board's running text. */
int queue_board_text(queue_t *q, const char *text, const char *staff, int64_t now);

/* Tells the pages that an agency's services changed (a plugin reload):
 * event agency.updated with the agency id. */
int queue_agency_updated(queue_t *q, const char *agency, int64_t now);

/* Releases every counter held by `session` (logout): paused counters
 * stay paused but free; no event unless a counter changes. */
void queue_session_ended(queue_t *q, const char *session, int64_t now);

/* Time passes: cancels unconfirmed prints, closes the day at closing time
 * and starts a new business day at local midnight. Call every second. */
void queue_tick(queue_t *q, int64_t now);

/* ---- Reads ---- */
const queue_ticket_t *queue_ticket_by_token(const queue_t *q, const char *token);
const queue_ticket_t *queue_ticket_by_id(const queue_t *q, uint64_t id);
const queue_counter_t *queue_counter_get(const queue_t *q, int number);
/* Counters in hall order. */
size_t queue_counter_count(const queue_t *q);
const queue_counter_t *queue_counter_at(const queue_t *q, size_t i);
/* Tickets expected to be called before t under its agency's routing: those
 * ahead of it in its own service and in the services that share a counter
 * with it (as queue_ticket_estimate counts them). */
int queue_ticket_position(const queue_t *q, const queue_ticket_t *t);
/* queue_ticket_position counted only as far as `limit`: the number when it
 * is at most limit, else some number above it. Its own service is counted
 * first, so for a ticket at the back of a long queue "more than limit"
 * costs one count. */
int queue_ticket_position_upto(const queue_t *q, const queue_ticket_t *t, int limit);
/* Seconds until t is likely called; 0 when not waiting. The work ahead of
 * it (the tickets routing calls before it, in its own service and in the
 * services sharing a counter with it, each at its service's typical
 * counter time, plus half a typical time per busy counter serving it) over
 * the open counters serving its service. A typical counter time is the
 * median call -> finish of the service's last 20 finished tickets today,
 * blended with the standard minutes while there are fewer than 5, the
 * standard alone with none. Loops over the agency's services and counters,
 * never over a queue. */
int64_t queue_ticket_estimate(const queue_t *q, const queue_ticket_t *t);
/* What a waiting (or printing) ticket can expect, worked out in one pass:
 * queue_ticket_position, queue_ticket_estimate, and the counters open now
 * that serve its service; all 0 for a ticket not waiting. */
typedef struct queue_outlook {
    int position;
    int64_t estimate_s;
    int counters_open;
} queue_outlook_t;
void queue_ticket_outlook(const queue_t *q, const queue_ticket_t *t, queue_outlook_t *out);
/* The counters open now that serve `service` (0 for an unknown one): with
 * none, an estimate counts only the work ahead, not when a counter opens. */
int queue_service_counters_open(const queue_t *q, const char *service);
/* The estimated wait in seconds of a regular ticket of `service` taken now
 * (behind everyone waiting for it), as queue_ticket_estimate counts it. */
int64_t queue_service_estimate(const queue_t *q, const char *service);
/* Whether a walk-in ticket of `service` could be issued now: QUEUE_OK, or
 * the refusal an issue would get (QUEUE_ECLOSED: the hall is closed or the
 * service's cut-off has passed; QUEUE_EQUOTA: its quota is used up, with
 * `reserved` places kept for bookings) with queue_last_error saying why.
 * Changes nothing but the last error. */
int queue_service_check(queue_t *q, const char *service, uint32_t reserved, int64_t now);
/* Tickets of `service`'s daily quota not yet given today, less `reserved`
 * places kept for bookings (0 at least); -1 when it has no quota. */
int queue_service_remaining(const queue_t *q, const char *service, uint32_t reserved);
/* Waiting tickets of an agency, and the number it serves now ("" none). */
int queue_agency_waiting(const queue_t *q, const char *agency);
const char *queue_agency_serving(const queue_t *q, const char *agency);
/* Last QUEUE_RECENT calls, newest first: ticket copies and counters. */
size_t queue_recent(const queue_t *q, const queue_ticket_t **tickets, int *counters);
const char *queue_text(const queue_t *q);
uint64_t queue_seq(const queue_t *q);
/* The current business day, YYYYMMDD. */
uint32_t queue_day(const queue_t *q);
/* Calls fn for every ticket in memory (today's and those of earlier days
 * not yet final), in no particular order; fn returns non-zero to stop,
 * and that value is returned (0 when every ticket was visited). */
int queue_ticket_each(const queue_t *q, int (*fn)(void *ctx, const queue_ticket_t *t), void *ctx);
/* Calls fn for the waiting tickets of `service` with priority (or, when
 * !priority, without), in rank order, until fn returns non-zero; that
 * value is returned (0 when the group was walked to its end). Within a
 * group a later ticket's position and estimate are never smaller. */
int queue_service_group_each(const queue_t *q, const char *service, bool priority,
                             int (*fn)(void *ctx, const queue_ticket_t *t), void *ctx);
/* The agency's held and no-show tickets of today, oldest first, at most
 * max: those its staff call back by number. */
size_t queue_agency_callback(const queue_t *q, const char *agency, const queue_ticket_t **out,
                             size_t max);
/* Waiting tickets a counter can take, in call order, at most max. */
size_t queue_counter_waiting(const queue_t *q, int counter, const queue_ticket_t **out, size_t max);

/* ---- Plugin hooks ----
 * The engine stays plain C: an agency's hooks and route function are
 * reached through this table, which the plugin host implements. The engine
 * calls it only for agencies whose catalog entry registered hooks
 * (catalog_agency_t.hook_events / hook_route), hands it read-only views
 * of that agency's own tickets, checks every action it answers with and
 * applies the valid ones in the same command, before the command's
 * changes reach the sink (so in the same commit). Hooks run for the events
 * a command makes (issue, confirm, cancel by token, counter actions), not
 * for the events their own actions or a declared flow make, and not for
 * what time does (closing, print timeouts). A hook that fails changes
 * nothing: the command goes on as if there were no hook. */

/* What a hook may see of a ticket: no token, nothing personal. */
typedef struct queue_view {
    uint64_t id; /* to match actions to their ticket */
    char number[QUEUE_NUMBER_MAX];
    char agency[CATALOG_ID_MAX];
    char service[CATALOG_SVC_ID_MAX]; /* "<agency>/<service>" */
    queue_status_t status;
    queue_priority_t priority;
    int transfers;
    int64_t issued_at; /* ms since the epoch */
    int counter;       /* counter that called it, 0 = none */
} queue_view_t;

/* An action a hook answers with. */
typedef struct queue_hook_action {
    uint64_t ticket;                  /* the view's id */
    char service[CATALOG_SVC_ID_MAX]; /* target "<agency>/<service>" */
    bool front;                       /* front of the new queue */
    bool same_agency;                 /* next_step: must stay in the agency */
} queue_hook_action_t;

typedef struct queue_hooks {
    /* Runs agency a's hook for event `type` on `view`. Returns 1 with *act
     * filled when the hook answers with an action, 0 for none, negative
     * when the hook failed (the host reports it). */
    int (*event)(void *ctx, const catalog_agency_t *a, queue_event_type_t type,
                 const queue_view_t *view, queue_hook_action_t *act);
    /* Runs a's route function for `counter` over the head of each of its
     * queues (heads[n]). Returns the index of the head to call, or -1 for
     * the declared policy (also when the function failed or answered
     * something that is not one of the heads; the host reports that). */
    int (*route)(void *ctx, const catalog_agency_t *a, int counter, const queue_view_t *heads,
                 size_t n);
    /* The engine refused an action of a's hook, for the reason `why`. */
    void (*refused)(void *ctx, const catalog_agency_t *a, const char *why);
    void *ctx;
} queue_hooks_t;

/* Sets the hooks (copied; NULL = none). Call after queue_new. */
void queue_set_hooks(queue_t *q, const queue_hooks_t *hooks);

/* What a visit does after one of its steps ended. */
typedef enum queue_visit_next {
    QUEUE_VISIT_NOTHING = 0, /* not a step it knows */
    QUEUE_VISIT_NEXT,        /* *next is the next step: issue it now */
    QUEUE_VISIT_END          /* the visit is over */
} queue_visit_next_t;

/* Called inside the command in which ticket t, a step of visit t->visit,
 * ended: finished for good (after its agency's own flow), a no-show or
 * cancelled. The visit's keeper (the hall) fills *next (service in
 * `service`, n bytes) for its next step, which the engine issues in the
 * same command with next->rank ahead of later arrivals. */
typedef queue_visit_next_t (*queue_visit_fn)(void *ctx, const queue_ticket_t *t,
                                             queue_event_type_t how, queue_issue_req_t *next,
                                             char *service, size_t n);
void queue_set_visit_hook(queue_t *q, queue_visit_fn fn, void *ctx);

/* ---- Names, as the contract spells them ---- */
const char *queue_status_name(queue_status_t s);
const char *queue_priority_name(queue_priority_t p); /* NULL for none */
int queue_priority_parse(const char *s, queue_priority_t *out);
const char *queue_counter_status_name(queue_counter_status_t s);
const char *queue_event_name(queue_event_type_t t);
const char *queue_action_name(queue_action_t a); /* "no-show", ... */
int queue_action_parse(const char *s, queue_action_t *out);
/* Message for the last refused command. */
const char *queue_last_error(const queue_t *q);
/* The field at fault in the last refused command, or NULL. */
const char *queue_last_field(const queue_t *q);

#endif
