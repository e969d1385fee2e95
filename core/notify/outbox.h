/*
 * outbox.h - every message the hall holds, in memory: the model the hall
 * rebuilds from the stored records at start and keeps in step with each
 * commit. It decides which messages are due for a delivery attempt, when a
 * failed one is tried again, when it is given up, and when its personal
 * data (the phone and the text) is erased.
 *
 * The life of a message:
 *
 *   add -> pending (its record goes into the open commit round, with the
 *          event that caused it) -> confirm (the round is durable) or
 *          rollback (it failed: the message is gone, as if never added)
 *   queued  -> next_due hands it out (attempts + 1): sending
 *   sending -> mark_sent: sent
 *           -> mark_failed: queued again after a backoff, or failed when
 *              the attempts or the hours are used up
 *           -> release: queued again, the attempt never made
 *   queued past its deadline -> expire: failed
 *   sent or failed, older than the retention -> erase: to and text ""
 *   a ticket's, queued or done, once its day is over -> erase_days: to and
 *          text "" (dropped first when queued)
 *   erased, older still -> forget: gone from memory, its record deleted
 *
 * Every call that changes a confirmed message hands out the message as it
 * now is (or reports it to a visit function), for the hall to rewrite its
 * record. The `sending` status is stored too: a message found `sending`
 * when the outbox is restored goes back to `queued`, because its attempt
 * may or may not have reached the gateway. Delivery is at least once; the
 * message's idempotency key ("mpp-<epoch>-<id>", fixed when it is added
 * and stored with it) lets the gateway drop a repeat.
 *
 * Retries: after the n-th failed attempt the next waits the step
 * retry_first_ms * 2^(n-1), at most retry_max_ms (30 s, 1 min, 2 min, ...
 * 1 h by default), less a random part of up to a fifth of the step (the
 * jitter, so messages failed together are not all tried again in the same
 * second), and then past the quiet hours. A message is given up (failed)
 * after max_attempts attempts, or when its next attempt would fall after
 * its deadline: give_up_ms after it was added, or its own expires_ms when
 * that is earlier.
 *
 * The outbox is owned by its creator (notify_outbox_free) and used from one
 * thread. Messages it hands out are const pointers into it, valid until the
 * message is rolled back or forgotten or the outbox is freed.
 */
#ifndef MPP_NOTIFY_OUTBOX_H
#define MPP_NOTIFY_OUTBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"
#include "notify/quiet.h"

typedef struct notify_outbox notify_outbox_t;

/* The defaults of notify_opts_default (docs/notify.md). */
#define NOTIFY_DEFAULT_MAX_ATTEMPTS 8
#define NOTIFY_DEFAULT_GIVE_UP_MS (24 * 3600000LL)
#define NOTIFY_DEFAULT_RETRY_FIRST_MS 30000LL
#define NOTIFY_DEFAULT_RETRY_MAX_MS 3600000LL
#define NOTIFY_DEFAULT_QUIET_START (21 * 60)
#define NOTIFY_DEFAULT_QUIET_END (6 * 60)
/* The ranges notify_outbox_new takes. */
#define NOTIFY_MAX_ATTEMPTS_LIMIT 100
#define NOTIFY_GIVE_UP_LIMIT_MS (30 * NOTIFY_DAY_MS)
#define NOTIFY_RETRY_LIMIT_MS NOTIFY_DAY_MS

typedef struct notify_opts {
    const char *epoch;      /* the hall's epoch (hall_epoch): 1 to 32 letters
                               and digits; copied */
    int utc_offset_min;     /* the hall's zone: the quiet hours, a ticket's day */
    notify_quiet_t quiet;   /* no delivery inside; {0, 0}: none */
    int max_attempts;       /* 1 to NOTIFY_MAX_ATTEMPTS_LIMIT */
    int64_t give_up_ms;     /* 1 s to NOTIFY_GIVE_UP_LIMIT_MS */
    int64_t retry_first_ms; /* the first step: 1 ms to retry_max_ms */
    int64_t retry_max_ms;   /* the cap of a step: up to NOTIFY_RETRY_LIMIT_MS */
    notify_random_t random; /* the jitter; fill NULL: none */
} notify_opts_t;

/* A message to add. Strings are borrowed for the call. */
typedef struct notify_request {
    const char *to;            /* E.164, notify_phone_valid */
    const char *template_name; /* notify_template_name_valid */
    const char *text;          /* 1 to 480 bytes, notify_text_valid with lines */
    const char *ticket;        /* a ticket number, or NULL or "" */
    const char *booking;       /* a booking code, or NULL or "" */
    int64_t expires_ms;        /* not delivered after this; 0: the give-up limit only */
    int64_t not_before_ms;     /* not delivered before this (a reminder); 0: at once */
    uint64_t owner;            /* the id of that ticket or booking, which keeps the
                                  phone in the store (notify_msg_t) */
} notify_request_t;

/* Messages held, by status; pending ones count as queued. */
typedef struct notify_counts {
    size_t queued, sending, sent, failed, dropped;
    size_t erased; /* of sent and failed, those whose personal data is gone */
} notify_counts_t;

/* A failed message as the admin sees it: the phone masked. */
typedef struct notify_failed {
    uint64_t id;
    char to[NOTIFY_PHONE_MAX]; /* masked ("+62812****789"); "" once erased */
    char template_name[NOTIFY_TEMPLATE_MAX];
    char ticket[NOTIFY_REF_MAX];
    char booking[NOTIFY_REF_MAX];
    uint32_t attempts;
    int64_t created_ms;
    int64_t updated_ms; /* when it was given up */
    char last_error[NOTIFY_ERROR_MAX];
} notify_failed_t;

/* Called with each message a sweep changed or a walk visits. */
typedef void (*notify_visit_fn)(void *ctx, const notify_msg_t *m);

/* Fills o with the defaults: no epoch, UTC+7 (WIB), quiet hours 21:00 to
 * 06:00, 8 attempts, giving up after 24 h, steps from 30 s to 1 h, no
 * random source. */
void notify_opts_default(notify_opts_t *o);
/* The step, before jitter, that follows the attempts-th failed attempt
 * (attempts >= 1): retry_first_ms doubled attempts - 1 times, at most
 * retry_max_ms. */
int64_t notify_retry_step(const notify_opts_t *o, uint32_t attempts);

/* An empty outbox; NULL when out of memory or when an option is out of
 * its range (above). opts is copied, the epoch too. */
notify_outbox_t *notify_outbox_new(const notify_opts_t *opts);
/* Frees the outbox and every message in it; NULL is fine. */
void notify_outbox_free(notify_outbox_t *o);

/* Adds a stored message at start, as it is, except that `sending` becomes
 * `queued` (its attempt may not have been made). Ids continue after the
 * highest restored. NOTIFY_EINVAL for a message notify_msg_valid refuses,
 * NOTIFY_EEXIST when its id is held, NOTIFY_ENOMEM. */
int notify_outbox_restore(notify_outbox_t *o, const notify_msg_t *rec);

/* Adds a message, queued and pending, with the next id and its key; it is
 * due at now_ms or, inside the quiet hours, at their end. On NOTIFY_OK
 * *out is the message to store in the same commit as the event that caused
 * it; confirm or roll it back after the commit. NOTIFY_EINVAL (a field
 * malformed as said at notify_request_t, or now_ms or expires_ms out of
 * range) or NOTIFY_ENOMEM, and *out NULL, change nothing. */
int notify_outbox_add(notify_outbox_t *o, const notify_request_t *req, int64_t now_ms,
                      const notify_msg_t **out);
/* The pending message's record is durable: it may now be delivered.
 * NOTIFY_NOT_FOUND, or NOTIFY_ESTATE when it is not pending. */
int notify_outbox_confirm(notify_outbox_t *o, uint64_t id);
/* The pending message's record could not be stored: removes it (its id
 * is not used again). NOTIFY_NOT_FOUND, or NOTIFY_ESTATE when it is not
 * pending. */
int notify_outbox_rollback(notify_outbox_t *o, uint64_t id);

/* Hands out, in id order, up to max confirmed queued messages whose
 * next_at_ms has come and whose deadline has not passed, each now
 * `sending` with one more attempt and updated_ms now_ms: the hall rewrites
 * their records and gives them to the sender. None inside the quiet hours,
 * none for a now_ms out of range. Returns how many were written to out. */
size_t notify_outbox_next_due(notify_outbox_t *o, int64_t now_ms, const notify_msg_t **out,
                              size_t max);
/* The earliest instant from now_ms on at which next_due would hand out a
 * message (the quiet hours and deadlines counted); INT64_MAX when none
 * waits. For the hall's timer. */
int64_t notify_outbox_wake_at(const notify_outbox_t *o, int64_t now_ms);

/* The gateway took the message (2xx): `sending` becomes `sent`, its last
 * error is cleared. *out (may be NULL) is the message to store.
 * NOTIFY_NOT_FOUND, NOTIFY_ESTATE when it is not `sending`, NOTIFY_EINVAL
 * for a now_ms out of range. */
int notify_outbox_mark_sent(notify_outbox_t *o, uint64_t id, int64_t now_ms,
                            const notify_msg_t **out);
/* The attempt failed with `error` (kept cleaned: notify_error_clean): the
 * message is queued again after the backoff described above, or given up
 * as `failed`; one dropped while it was being sent (notify_outbox_drop)
 * is `dropped` with the drop's reason. *out (may be NULL) is the message to store.
 * NOTIFY_NOT_FOUND, NOTIFY_ESTATE when it is not `sending`, NOTIFY_EINVAL
 * for a now_ms out of range. */
int notify_outbox_mark_failed(notify_outbox_t *o, uint64_t id, int64_t now_ms, const char *error,
                              const notify_msg_t **out);
/* The attempt was never made (the sender could not take it, or stopped
 * before it): `sending` goes back to `queued` with one attempt less and
 * its next_at_ms unchanged, or to `dropped` when it was dropped meanwhile.
 * *out (may be NULL) is the message to store.
 * NOTIFY_NOT_FOUND, or NOTIFY_ESTATE when it is not `sending`. */
int notify_outbox_release(notify_outbox_t *o, uint64_t id, const notify_msg_t **out);

/* Gives up every confirmed queued message whose deadline is before
 * now_ms (never delivered in time: quiet hours, no gateway), reporting
 * each to fn (may be NULL) for the store. Returns how many. */
size_t notify_outbox_expire(notify_outbox_t *o, int64_t now_ms, notify_visit_fn fn, void *ctx);
/* Drops every confirmed queued message for this ticket number (when
 * `ticket` is not NULL) or booking code (when `booking` is not NULL) whose
 * template begins with `prefix` (NULL or "": any): it no longer makes sense
 * ("your turn is near" once the ticket was called, a reminder for a
 * cancelled booking), so it becomes `dropped` with `reason` as its last
 * error and is never sent. A message being sent is left to its attempt:
 * delivered, it is sent; failed or never made, it is dropped then
 * (mark_failed, release), not queued again to arrive late. Each dropped now
 * is reported to fn (may be NULL) for the store. Returns how many. */
size_t notify_outbox_drop(notify_outbox_t *o, const char *ticket, const char *booking,
                          const char *prefix, int64_t now_ms, const char *reason,
                          notify_visit_fn fn, void *ctx);
/* Queues a failed message again (the admin's "retry"), with its key, so a
 * gateway that did take an earlier attempt can drop the repeat: its
 * attempts start again from 0, its deadline from now_ms (created_ms
 * becomes now_ms; its own expiry is lifted). *out (may be NULL) is the
 * message to store. NOTIFY_NOT_FOUND; NOTIFY_ESTATE when it is not failed
 * or its phone and text were erased; NOTIFY_EINVAL for a now_ms out of
 * range; NOTIFY_ENOMEM. */
int notify_outbox_retry(notify_outbox_t *o, uint64_t id, int64_t now_ms, const notify_msg_t **out);
/* Clears the phone and text of every sent or failed message last changed
 * before before_ms and not yet erased, sets its erased flag and reports it
 * to fn (may be NULL) for the store to rewrite. Returns how many. */
size_t notify_outbox_erase(notify_outbox_t *o, int64_t before_ms, notify_visit_fn fn, void *ctx);
/* The same for the messages about a ticket (none of a booking) made on a
 * local day before now_ms's: a ticket lives one day, so its phone goes
 * with its day (UU 27/2022). A confirmed queued one is dropped first, as
 * its phone is gone ("dropped: its ticket's day ended"); one being sent is
 * left to its attempt and erased by a later sweep. Returns how many. */
size_t notify_outbox_erase_days(notify_outbox_t *o, int64_t now_ms, notify_visit_fn fn, void *ctx);
/* Removes every erased message last changed before before_ms, reporting
 * each to fn (may be NULL) just before it is freed, for the store to
 * delete its record. The newest message is always kept, so the ids of a
 * restarted hall never start again from 1. Returns how many. */
size_t notify_outbox_forget(notify_outbox_t *o, int64_t before_ms, notify_visit_fn fn, void *ctx);

/* The message with this id, or NULL. Pending messages are found too. */
const notify_msg_t *notify_outbox_get(const notify_outbox_t *o, uint64_t id);
/* The highest id given so far (added or restored); 0 before the first. */
uint64_t notify_outbox_last_id(const notify_outbox_t *o);
/* Notes in message `id` where its storer filed its "sent" record
 * (notify_msg_t.sent_rec; 0: nowhere but its own record). The outbox
 * keeps it with the message and never reads it. NOTIFY_NOT_FOUND when no
 * message has the id. */
int notify_outbox_note_sent(notify_outbox_t *o, uint64_t id, uint64_t sent_rec);
/* Counts every message held by status. */
void notify_outbox_counts(const notify_outbox_t *o, notify_counts_t *out);
/* Writes up to max failed messages into out, newest first, the phone
 * masked. Returns how many. */
size_t notify_outbox_failed(const notify_outbox_t *o, notify_failed_t *out, size_t max);
/* Visits every message in id order, pending ones included; fn must not
 * change the outbox. Returns how many. */
size_t notify_outbox_each(const notify_outbox_t *o, notify_visit_fn fn, void *ctx);
/* How many messages the outbox holds. */
size_t notify_outbox_size(const notify_outbox_t *o);

#endif
