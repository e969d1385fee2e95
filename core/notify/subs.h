/*
 * subs.h - the tickets whose citizens asked for messages, in memory: one
 * subscription per ticket (the phone its messages go to, or who keeps it;
 * its marks; where its record is stored), found by the ticket's id, and
 * the text of a subscription's record. The hall puts the records in the
 * store and reads them back (hall_notify.c).
 *
 * Subscriptions sit in one array and an open-addressing index of their
 * positions (linear probing, backward-shift deletion), so a lookup is a
 * few cache lines and a removal breaks no probe chain. Adding or removing
 * one may move others in the array: a pointer to a subscription is good
 * until the next add or remove.
 */
#ifndef MPP_NOTIFY_SUBS_H
#define MPP_NOTIFY_SUBS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"

/* A ticket whose citizen asked for messages. */
typedef struct notify_sub {
    uint64_t ticket;
    uint64_t at;                  /* the message its record follows in the outbox, or 0 */
    char phone[NOTIFY_PHONE_MAX]; /* "" once its booking's was erased */
    uint64_t booking;             /* the booking that keeps the phone, or 0 */
    uint64_t via;                 /* the ticket whose subscription keeps it, or 0 */
    int64_t issued_ms;            /* the ticket's: its day is the phone's */
    bool near;                    /* "hampir tiba" queued for its current queue */
    bool ended;                   /* the ticket ended; its last messages may still go */
} notify_sub_t;

typedef struct notify_subs notify_subs_t;

/* An empty set; NULL when out of memory. */
notify_subs_t *notify_subs_new(void);
/* Frees the set; NULL is fine. */
void notify_subs_free(notify_subs_t *subs);
/* Empties the set, keeping its room. */
void notify_subs_clear(notify_subs_t *subs);

/* The subscription of ticket, or NULL. */
notify_sub_t *notify_subs_find(notify_subs_t *subs, uint64_t ticket);
/* Adds the subscription of the ticket issued at issued_ms (no marks, at
 * and via 0), or gives the one it has a new phone and booking (via 0,
 * the rest kept); the phone is booking's (0: none). *out is it. -1 when
 * out of memory (nothing changed). */
int notify_subs_add(notify_subs_t *subs, uint64_t ticket, int64_t issued_ms, const char *phone,
                    uint64_t booking, notify_sub_t **out);
/* Takes s (one of the set's) out: the last subscription moves into its
 * place. */
void notify_subs_remove(notify_subs_t *subs, notify_sub_t *s);
/* How many subscriptions the set holds. */
size_t notify_subs_count(const notify_subs_t *subs);
/* The i-th subscription, i below notify_subs_count: after removing it,
 * the i-th is the one that was last. */
notify_sub_t *notify_subs_at(notify_subs_t *subs, size_t i);

/* ---- a subscription's record ----
 * The phone, or "b" and the booking's id for a ticket of a checked-in
 * booking (the booking's record keeps the phone), or "t" and the id of
 * the ticket whose subscription keeps it, for a later step of a visit
 * (the one the visit's first asked for); then "\tnear" once "hampir
 * tiba" was queued for its current queue, "\tended" once the ticket
 * ended, and "\t" and the ticket's issue time in ms (none in a record
 * written before it was kept). Where the record is stored is the hall's. */

/* The longest record: a keeper's letter and id, both marks, the time. */
#define NOTIFY_SUB_REC_MAX (NOTIFY_PHONE_MAX + 40)

/* Writes s's record into buf (NOTIFY_SUB_REC_MAX bytes, no NUL) and
 * returns its length. */
size_t notify_sub_encode(const notify_sub_t *s, char *buf);

/* A subscription's record as read. */
typedef struct notify_sub_rec {
    char phone[NOTIFY_PHONE_MAX]; /* a valid phone, or "" when a keeper has it */
    char keeper;                  /* 0, 'b' (a booking) or 't' (a ticket's subscription) */
    uint64_t keeper_id;           /* the keeper's id, from 1 */
    bool near, ended;
    bool has_issued; /* false in a record written before the time was kept */
    int64_t issued_ms;
} notify_sub_rec_t;

/* Reads a record of len bytes into *out. NOTIFY_EINVAL (and *out zeroed)
 * when its first field is neither a valid phone nor a keeper's letter and
 * id, when a later field is neither mark nor a time up to NOTIFY_MS_MAX,
 * or when it is longer than any written. */
int notify_sub_decode(const void *text, size_t len, notify_sub_rec_t *out);

#endif
