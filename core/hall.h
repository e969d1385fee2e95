/*
 * hall.h - the running hall: engine, catalog and store wired together, and
 * the commit pipeline that makes every change durable before anyone hears
 * of it.
 *
 * Commands run on the engine in memory (one thread: the event loop). The
 * records and events they produce go into the open round: one store batch
 * plus the events and the callbacks waiting for it. While the writer thread
 * commits one round, the next one fills, so changes that arrive together
 * share one fsync (group commit). When a round is committed its events are
 * handed to the feed in seq order and its waiters are told; when a commit
 * fails, every waiter of that round and of the rounds built on it hears the
 * error, and the engine is rebuilt from the store, so nothing that was not
 * acknowledged survives in memory either.
 */
#ifndef MPP_HALL_H
#define MPP_HALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "auth/auth.h"
#include "booking/ledger.h"
#include "notify/outbox.h"
#include "visit/plan.h"
#include "catalog.h"
#include "config.h"
#include "engine/queue.h"
#include "store/store.h"

typedef struct hall hall_t;

/* Called once the changes made before hall_wait are durable (rc 0) or
 * lost (rc < 0, a store_err_t). */
typedef void (*hall_done_fn)(void *ctx, int rc);

/* What a ticket event said of its ticket, kept from the engine's event
 * beside its JSON, so a counter of events (/metrics) needs no parse. */
typedef struct hall_event_facts {
    queue_event_type_t type;
    int64_t at;                  /* ms since the epoch */
    uint64_t ticket;             /* the ticket's id; 0: not a ticket event */
    char agency[CATALOG_ID_MAX]; /* the ticket's agency */
    int64_t issued_at, called_at, started_at, finished_at; /* ms; 0: not yet */
    char reason[QUEUE_REASON_MAX];                         /* cancelled: why */
} hall_event_facts_t;

/* Where committed events go (the /ws feed). */
typedef struct hall_feed {
    /* One committed event, in seq order; json and facts are valid during
     * the call. */
    void (*event)(void *ctx, uint64_t seq, const char *json, size_t len,
                  const hall_event_facts_t *facts);
    /* The engine was rebuilt from the store: clients need a snapshot. */
    void (*resync)(void *ctx);
    void *ctx;
} hall_feed_t;

/* Opens the store in cfg->data_dir, loads the plugins and restores the
 * engine. Returns 0, or -1 with a message in err. `cfg` is borrowed for
 * the hall's life. */
int hall_open(hall_t **out, const config_t *cfg, char *err, size_t errlen);
/* Stops the writer (after its pending commits) and frees everything. */
void hall_close(hall_t *h);

/* Starts the writer thread; wake(ctx) is called from it when a round is
 * committed (mppd: lws_cancel_service). */
int hall_start(hall_t *h, store_wake_fn wake, void *wake_ctx);
void hall_set_feed(hall_t *h, const hall_feed_t *feed);

/* What the commit pipeline and plugin reloads report, for /metrics. The
 * callbacks run on the event loop and must be quick. */
typedef struct hall_probe {
    /* A round came back from the writer: rc 0 or a store_err_t, `us` from
     * its submit to its collection (microseconds, monotonic clock),
     * `tickets` the ticket records it wrote. */
    void (*commit)(void *ctx, int rc, int64_t us, size_t tickets);
    /* A reload ended: swapped in, or refused (a broken edit). `old` is the
     * catalog it replaced, valid only during the call; NULL when refused. */
    void (*reload)(void *ctx, bool swapped, const catalog_t *old);
    /* A delivery attempt of a message came back: delivered, with the
     * seconds' thousandths from when it was due to now; or failed, with
     * the kind of failure ("http" for a non-2xx answer, "timeout",
     * "network"). */
    void (*message)(void *ctx, bool delivered, int64_t lag_ms, const char *failure);
    void *ctx;
} hall_probe_t;

/* Sets the probe (copied; NULL = none). */
void hall_set_probe(hall_t *h, const hall_probe_t *probe);

/* After every command: hands the open round to the writer if it is idle. */
void hall_flush(hall_t *h);
/* On wake: finishes committed rounds (events out, waiters told). */
void hall_collect(hall_t *h);
/* Calls fn(ctx, rc) once every change made so far is durable. It may be
 * called before hall_wait returns when nothing is pending. */
int hall_wait(hall_t *h, hall_done_fn fn, void *ctx);

queue_t *hall_queue(hall_t *h);
const catalog_t *hall_catalog(const hall_t *h);
const char *hall_epoch(const hall_t *h);
/* Seq of the last event that is durable and has been handed to the feed. */
uint64_t hall_committed_seq(const hall_t *h);
/* The hall's clock, ms since the epoch. */
int64_t hall_now(const hall_t *h);
/* Moves the hall's clock to `ms` (backwards too) from now on. Only the
 * test-clock endpoint of a test build calls this: the time source the
 * integration tests drive to cross midnight, closing time or an expiry. */
void hall_clock_set(hall_t *h, int64_t ms);

/* Visits durable events with seq > since, in order, up to the committed
 * seq; fn returns non-zero to stop. Returns the first seq still kept in
 * the log, so callers can tell whether `since` was too old. */
uint64_t hall_events_since(hall_t *h, uint64_t since,
                           int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len),
                           void *ctx);

/* What a plugin reload did, for the log, /healthz and mppctl. */
typedef struct hall_reload_result {
    bool swapped;                  /* the new plugins are in use */
    size_t n_updated;              /* agencies announced as updated */
    const catalog_error_t *errors; /* why not, or the files still broken */
    size_t n_errors;
} hall_reload_result_t;

/* Loads the plugins folder again in fresh sandboxes. `files` names the
 * plugin files that changed (base names; NULL = all). Agency by agency:
 * an agency whose file changed and loads runs its new version and gets an
 * agency.updated event; one whose file did not change keeps running as it
 * was (its hooks' state with it); one whose changed file no longer loads
 * keeps its previous version, and the errors say why. The waiting tickets
 * stay where they are; the outcome is written to the store's meta "reload"
 * record for mppctl. */
int hall_reload(hall_t *h, const char *const *files, size_t n_files, hall_reload_result_t *out);
/* Called on the loop when the load that covers a request has ended:
 * `res` says how (NULL when it ran out of memory); valid during the call. */
typedef void (*hall_reload_fn)(void *ctx, const hall_reload_result_t *res);

/* The same reload, with the plugins loaded on a loader thread so the loop
 * goes on serving while a slow file loads; the new catalog is swapped in
 * on the loop by hall_collect once the loader wakes it, and then done(ctx,
 * result) is called (done may be NULL). A change that comes while a load
 * runs is loaded again after it (its done waits for that load). Before
 * hall_start (no loop to wake) it reloads at once. Returns 0, or -1 when
 * out of memory or when 16 already wait for the next load (done is not
 * called then). */
int hall_reload_async(hall_t *h, const char *const *files, size_t n_files, hall_reload_fn done,
                      void *ctx);
/* Errors of the last reload that was refused (a broken edit), if any. */
const catalog_error_t *hall_reload_errors(const hall_t *h, size_t *n);

/* Looks a ticket up by token: the engine's live ticket, or else one of a
 * past day read from the store into *scratch; NULL when unknown. */
const queue_ticket_t *hall_ticket_by_token(hall_t *h, const char *token, queue_ticket_t *scratch);

/* ---- stored records that are not the engine's (hall_records.c) ----
 * Reads run in a read transaction of their own on the calling thread;
 * writes join the open round, so they are durable with it (hall_wait).
 * Each returns 0 or a store_err_t (STORE_NOTFOUND where it says so). */

/* What a scan of stored tickets did, for the reply and the log. */
typedef struct hall_scan_stats {
    unsigned seeks; /* cursor seeks to find the first ticket of the range */
    size_t read;    /* records read within the range */
    size_t skipped; /* records that could not be read */
} hall_scan_stats_t;

/* Visits the stored tickets of business days from_ymd..to_ymd (YYYYMMDD)
 * in id order; fn returns non-zero to stop (that value is returned). Ids
 * grow with time and a ticket's day never goes back as they grow, so the
 * first ticket of the range is found by a binary search with cursor seeks
 * and the walk ends at the first ticket of a later day: the cost is the
 * tickets of the range, never the whole history. Any thread may call it. */
typedef int (*hall_ticket_fn)(void *ctx, const queue_ticket_t *t);
int hall_tickets_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, hall_ticket_fn fn,
                         void *ctx, hall_scan_stats_t *stats);

/* One event of the durable log (the audit log) as a report reads it.
 * Strings are valid during the call; "" where the event has none. */
typedef struct hall_logged_event {
    queue_event_type_t type;
    uint64_t seq;
    int64_t at;                                 /* ms since the epoch */
    uint32_t day;                               /* the local date of `at`, YYYYMMDD */
    const char *staff;                          /* who made it, "" for citizens and the system */
    const char *reason;                         /* counter.paused: why; ticket.transferred: "flow"
                           or "plugin" when not made by staff */
    int counter;                                /* the counter it was made at, 0 none */
    const char *agency;                         /* that counter's agency */
    const char *service;                        /* ticket events: the ticket's service */
    int64_t called_at, started_at, finished_at; /* ticket events: its times, ms, 0 */
} hall_logged_event_t;
typedef int (*hall_event_fn)(void *ctx, const hall_logged_event_t *e);

/* Visits the durable events of local dates from_ymd..to_ymd in seq order
 * whose type has its bit (1u << type) in `types`; fn returns non-zero to
 * stop (that value is returned). The first event of the range is found by
 * a binary search over seqs, so the cost is the events of those days. Any
 * thread may call it. */
int hall_events_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, uint32_t types,
                        hall_event_fn fn, void *ctx, hall_scan_stats_t *stats);

/* The satisfaction survey's answers, one per ticket (day, id), as JSON
 * text that never holds the token or anything about the citizen. */
int hall_survey_put(hall_t *h, uint32_t day, uint64_t ticket_id, const char *json);
/* 0 when ticket (day, id) has a stored answer, STORE_NOTFOUND when not. */
int hall_survey_answered(hall_t *h, uint32_t day, uint64_t ticket_id);
/* Visits the answers of days from_ymd..to_ymd in day order. */
typedef int (*hall_text_fn)(void *ctx, const char *json, size_t len);
int hall_surveys_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, hall_text_fn fn, void *ctx);

/* ---- SKM (hall_skm.c) ----
 * The tickets finished in days from_ymd..to_ymd, of an agency and a
 * service (NULL: any) as the tickets ended (after transfers): the
 * population of the period's survey. Days before `today` (the business
 * day, queue_day) are read once and kept. One thread at a time: the
 * reports worker (core/web/api_ikm.c) is the only caller. */
int hall_served_of_days(hall_t *h, uint32_t today, uint32_t from_ymd, uint32_t to_ymd,
                        const char *agency, const char *service, uint64_t *out);
/* The follow-up (tindak lanjut) of the results of scope ("" = the whole
 * hall, else an agency id) over from..to: put writes `json` in the open
 * round (NULL removes it); get answers 0 and a malloc'd copy in *json
 * (the caller frees it), or STORE_NOTFOUND. */
int hall_followup_put(hall_t *h, const char *scope, uint32_t from, uint32_t to, const char *json);
int hall_followup_get(hall_t *h, const char *scope, uint32_t from, uint32_t to, char **json);

/* A kiosk's Idempotency-Key and the token of the ticket it issued, kept
 * for a day (hall_forget_expired). */
int hall_idempotency_remember(hall_t *h, const char *key, const char *token);
/* Copies the token remembered for `key` at or after `since` (ms);
 * STORE_NOTFOUND when none. */
int hall_idempotency_find(hall_t *h, const char *key, char token[QUEUE_TOKEN_LEN + 1],
                          int64_t since);

/* Staff accounts and login sessions (their records are auth.h's). */
int hall_user_list(hall_t *h, auth_user_visit_fn fn, void *ctx);
int hall_user_get(hall_t *h, const char *name, auth_user_t *out);
/* Saves an account (a new credential generation); -1 with err when the
 * name or password is refused. */
int hall_user_put(hall_t *h, const auth_user_t *u, const char *password, char *err, size_t errlen);
int hall_user_del(hall_t *h, const char *name);
/* 0 and *out when the password matches, -1 otherwise. */
int hall_login(hall_t *h, const char *name, const char *password, auth_user_t *out);
int hall_session_put(hall_t *h, const auth_session_t *s);
int hall_session_get(hall_t *h, const uint8_t hash[32], auth_session_t *out);
int hall_session_del(hall_t *h, const uint8_t hash[32]);

/* Removes what has outlived its purpose: login sessions made before
 * `sessions_before` (past their absolute limit) and idempotency keys
 * remembered before `keys_before`. Returns how many records go, or a
 * store_err_t. */
long hall_forget_expired(hall_t *h, int64_t sessions_before, int64_t keys_before);

/* The store's map size and the bytes in use (for /metrics). */
void hall_storage_usage(hall_t *h, size_t *map_size, size_t *used);
/* Text of a store_err_t a hall function returned. */
const char *hall_strerror(int rc);

/* ---- hours (hall_hours.c) ----
 * The hours of a date for an agency (NULL: the hall itself): the hall's
 * weekly ranges, or a special period's, or none on a closed date, narrowed
 * by the agency's own hours where the config gives it some; with the name
 * of the closure or special period that sets them. */
void hall_hours_of(hall_t *h, const char *agency, calendar_date_t date, calendar_day_t *out);
/* The hall's calendar: its closed dates and special periods. */
const calendar_t *hall_calendar(hall_t *h);

/* ---- online bookings (hall_bookings.c; core/booking does the sums) ----
 * The ledger of every booking is kept in memory beside the engine and
 * rebuilt with it; every change joins the open round (hall_wait). */

/* The hall's offset from UTC in minutes, and its calendar of closed days. */
int hall_booking_offset(hall_t *h);
/* The slots of bookable `service` on `date` (none on a closed day);
 * BOOKING_NOT_FOUND when there is no such bookable service. */
int hall_booking_day(hall_t *h, const char *service, calendar_date_t date, booking_day_t *day);
/* Places left in a slot of that day. */
int hall_booking_left(hall_t *h, const booking_day_t *day, const booking_slot_t *slot);
/* Looks a booking up; NULL when unknown. */
const booking_t *hall_booking_by_token(hall_t *h, const char *token);
const booking_t *hall_booking_by_id(hall_t *h, uint64_t id);
/* Places of today's quota of `service` kept for bookings not yet checked
 * in: walk-ins may not take them (queue_issue_req_t.reserved). */
uint32_t hall_booking_reserved(hall_t *h, const char *service, int64_t now);
/* Visits the bookings of a service and date; the counts by status. */
size_t hall_booking_each(hall_t *h, const char *service, calendar_date_t date, booking_visit_fn fn,
                         void *ctx);
void hall_booking_counts(hall_t *h, const char *service, calendar_date_t date,
                         booking_counts_t *out);
/* Books a place on `day` (from hall_booking_day): BOOKING_OK and *out, the
 * booking, written in the open round and confirmed once it is durable
 * (given back when the round fails); else a booking result (slot full,
 * duplicate, ...). */
int hall_booking_make(hall_t *h, const booking_day_t *day, const booking_request_t *req,
                      const booking_t **out);
/* Cancels booking `id` and frees its place at once. */
int hall_booking_cancel(hall_t *h, uint64_t id, const booking_t **out);
/* Checks in the booking of `code` (as booking_code_normalize gives it):
 * issues its ticket (marked with the code; ahead of walk-ins from its
 * slot's start) and marks the booking, in one command. A booking result;
 * BOOKING_ESTATE with *queue_rc set when the engine refused the ticket
 * (queue_last_error says why). ci says the window either way. */
/* Checks in a code of an agency's own booking system (its app): the first
 * bookable service whose plugin's booking.code_pattern matches the whole
 * code gets a ticket marked with it, ahead of walk-ins from now (the
 * hall cannot see that system's slots; the agency's routing still
 * applies). BOOKING_OK with *ticket and *service; BOOKING_NOT_FOUND when
 * no pattern matches; BOOKING_ALREADY when a ticket of today carries the
 * code; BOOKING_ESTATE with *queue_rc when the engine refused it. */
int hall_booking_check_in_external(hall_t *h, const char *code, bool print,
                                   const queue_ticket_t **ticket, int *queue_rc);
int hall_booking_check_in(hall_t *h, const char *code, bool print, booking_checkin_t *ci,
                          const queue_ticket_t **ticket, int *queue_rc);
/* Marks bookings past their check-in window missed, and once an hour
 * clears the name, phone and NIK of bookings whose slot ended more than
 * bookings.keep_days ago. Call from the loop's tick, then hall_flush. */
void hall_booking_sweep(hall_t *h, int64_t now);

/* ---- visits across agencies (hall_visits.c; visit/plan.h orders them) ---- */

#define HALL_VISIT_STEPS 12
#define HALL_VISIT_TOKEN_HEX 32

typedef enum hall_step_status {
    HALL_STEP_PENDING = 0, /* its ticket comes when the step before ends */
    HALL_STEP_WAITING,     /* its ticket is in a queue (or at a counter) */
    HALL_STEP_DONE,
    HALL_STEP_SKIPPED /* a step before was a no-show or cancelled */
} hall_step_status_t;

typedef struct hall_visit_step {
    char service[CATALOG_SVC_ID_MAX];
    hall_step_status_t status;
    uint64_t ticket; /* its ticket's id, 0 before it has one */
} hall_visit_step_t;

/* One visit: its steps in order; no personal data. */
typedef struct hall_visit {
    uint64_t id;
    char token[HALL_VISIT_TOKEN_HEX + 1]; /* the citizen's link */
    int64_t created;
    int64_t ended; /* when its last step was done or the rest skipped; 0 while under way */
    int64_t rank;  /* its first ticket's: later steps wait ahead of later arrivals */
    queue_priority_t priority;
    hall_visit_step_t steps[HALL_VISIT_STEPS];
    size_t n_steps;
} hall_visit_t;

/* "pending", "waiting", "done", "skipped". */
const char *hall_visit_step_name(hall_step_status_t s);
/* Starts a visit of `plan`: its first step's ticket (priority where the
 * service takes it, printed first when `print`) waits at once, in the open
 * round with the visit. QUEUE_OK with *out and *first, or the engine's
 * refusal of the first ticket (queue_last_error says why). */
int hall_visit_start(hall_t *h, const visit_plan_t *plan, queue_priority_t priority, bool print,
                     const hall_visit_t **out, const queue_ticket_t **first);
/* The visit of `token`, or NULL. */
const hall_visit_t *hall_visit_by_token(hall_t *h, const char *token);
/* The visit ticket t is a step of (NULL: none, or it ended over a day ago)
 * and, into *before, the ticket of the step before t's (0: t's is the
 * first). */
const hall_visit_t *hall_visit_of_ticket(hall_t *h, const queue_ticket_t *t, uint64_t *before);
/* Calls fn for each stored visit begun from from_ms to before to_ms, read
 * in a read transaction of its own (any thread: the reports). Returns 0
 * or a store_err_t. */
int hall_visits_between(hall_t *h, int64_t from_ms, int64_t to_ms,
                        void (*fn)(void *ctx, const hall_visit_t *v), void *ctx);

/* ---- the export to NATS JetStream (hall_export.c; core/export publishes) ---- */

/* How far the export is, for /healthz and /metrics. */
typedef struct hall_export_state {
    bool enabled;         /* the config has an export group */
    bool connected;       /* the broker's connection is up now */
    uint64_t acked;       /* the last event the stream acknowledged */
    uint64_t committed;   /* the last durable event */
    uint64_t lag_events;  /* committed - acked */
    int64_t lag_s;        /* how long events have been waiting to go out, 0 when none */
    uint64_t published;   /* messages acknowledged since mppd started */
    uint64_t failures;    /* messages that failed or timed out since then */
    int outage_hours;     /* export.outage_hours: the log keeps at least this */
    char last_error[160]; /* why the last message failed, "" if none */
} hall_export_state_t;

/* Fills *out (enabled false and zeros without an export group). */
void hall_export_state(hall_t *h, hall_export_state_t *out);
/* Once a second, on the loop: the acknowledged cursor joins the open round
 * when it moved (then hall_flush), so a restart resumes there. */
void hall_export_tick(hall_t *h, int64_t now);

/* ---- notifications (hall_notify.c; core/notify keeps the outbox) ---- */

/* Ticket t's citizen asked for messages at `phone` (E.164; a second call
 * replaces the number), the phone of checked-in `booking` (its id; 0 for
 * none), whose record then keeps it instead: kept until the end of the
 * ticket's day; "ticket.issued" goes out (with its status link when
 * hall.public_url is set: its visit's page for a step of a visit), then
 * "hampir tiba" when few are ahead, its calls, moves and end; for a step
 * of a visit, the same for each next step's ticket. Joins the open round
 * (hall_wait). -1 when refused. */
int hall_notify_ticket(hall_t *h, const queue_ticket_t *t, const char *phone, uint64_t booking);
/* The citizen withdrew: the ticket's phone is erased and its queued
 * messages dropped, in the open round. -1 when it had none. */
int hall_notify_unsubscribe(hall_t *h, const queue_ticket_t *t);
/* The masked phone ticket `id` has for messages ("+62812****789") into
 * out: 0, or -1 (out "") when it has none. */
int hall_notify_masked(hall_t *h, uint64_t id, char out[NOTIFY_PHONE_MAX]);
/* Queues failed message `id` again with its key (the admin's retry), in
 * the open round. NOTIFY_OK or a notify_result_t (outbox.h). */
int hall_notify_retry(hall_t *h, uint64_t id);
/* Once a second: expired messages failed, due ones handed to the sender;
 * every hour and as soon as a day begins, the subscriptions of earlier days'
 * tickets deleted with their phones, their messages' texts erased, a
 * booking's past notify.keep_days, and records past notify.forget_days
 * forgotten. */
void hall_notify_tick(hall_t *h, int64_t now);
/* One row of hall_notify_tally: how many messages of a template the
 * outbox holds in a status. */
typedef struct hall_notify_tally {
    char template_name[NOTIFY_TEMPLATE_MAX];
    notify_status_t status;
    uint64_t count;
} hall_notify_tally_t;
/* The messages held, by template and status (rows with a count only),
 * at most max rows; returns how many. */
size_t hall_notify_tally(hall_t *h, hall_notify_tally_t *out, size_t max);
/* The outbox's counts and its failed messages (phone masked), newest first. */
void hall_notify_counts(hall_t *h, notify_counts_t *counts, notify_failed_t *failed, size_t max,
                        size_t *n_failed);

#endif
