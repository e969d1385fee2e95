/*
 * notify.h - what every part of the notification module shares: the result
 * codes, the message as the hall keeps and stores it, its statuses, the
 * random source the retry jitter is drawn from, and the checks of the
 * strings a message holds (phone, template name, text, error).
 *
 * A message is one SMS or WhatsApp text to one citizen who asked for it:
 * "your number is called", "your booking is tomorrow". The hall queues it
 * in the same commit as the event that causes it and hands it to a gateway
 * over HTTP afterwards, at least once, with an idempotency key that stays
 * the same across retries and restarts, so the gateway can drop a repeat.
 *
 *   notify.h    this: results, the message, checks, masks
 *   quiet.h     quiet hours ("21:00-06:00") and the local time of day
 *   outbox.h    every message in memory: add, due, sent, failed, erase
 *   record.h    the byte encoding of a message for the store
 *   template.h  the Bahasa Indonesia texts
 *   send.h      the HTTP POST to the gateway (libcurl) and its thread
 *
 * Everything but send.h is plain C with libc only: no clock and no random
 * source of its own (callers pass `now`, ms since the epoch, and a function
 * that fills bytes), no storage, no JSON, no sockets. send.c alone links
 * libcurl (and jsonw for the JSON body).
 */
#ifndef MPP_NOTIFY_H
#define MPP_NOTIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Every status and refusal of the module: 0 is success, the rest negative. */
typedef enum notify_result {
    NOTIFY_OK = 0,
    NOTIFY_EINVAL = -1,    /* a malformed argument or record */
    NOTIFY_ENOMEM = -2,    /* out of memory */
    NOTIFY_ESTATE = -3,    /* not possible in the message's status */
    NOTIFY_EEXIST = -4,    /* already there (an id restored twice) */
    NOTIFY_NOT_FOUND = -5, /* no message with that id */
    NOTIFY_ESYS = -6       /* the system refused (a thread, libcurl's start) */
} notify_result_t;

/* Sizes of the message's strings, each with its NUL. */
#define NOTIFY_PHONE_MAX 16    /* E.164: "+62" and at most 12 digits */
#define NOTIFY_TEMPLATE_MAX 32 /* "ticket.called" */
#define NOTIFY_TEXT_MAX 481    /* 480 bytes of UTF-8: three SMS parts */
#define NOTIFY_REF_MAX 24      /* a ticket number "A-007" or booking code "BK-7QK3" */
#define NOTIFY_ERROR_MAX 161   /* the last delivery error, 160 bytes */
#define NOTIFY_EPOCH_MAX 33    /* the hall's epoch: 32 hex digits */
#define NOTIFY_KEY_MAX 64      /* "mpp-" epoch "-" id */

/* The last instant a message may carry: 9999-12-31T23:59:59.999Z. No sum
 * of two times the module adds can overflow an int64_t. */
#define NOTIFY_MS_MAX 253402300799999LL
/* The largest message id: 2^53, so a JSON reader keeps it exact. */
#define NOTIFY_ID_MAX 9007199254740992ULL
/* Attempts a stored message may show; more is damage. */
#define NOTIFY_ATTEMPTS_MAX 1000

typedef enum notify_status {
    NOTIFY_QUEUED = 0, /* waiting for its next attempt (next_at_ms) */
    NOTIFY_SENDING,    /* handed to the sender; its result not yet known */
    NOTIFY_SENT,       /* the gateway answered 2xx */
    NOTIFY_FAILED,     /* given up: too many attempts, too old, or expired */
    NOTIFY_DROPPED,    /* no longer makes sense (the ticket was called, the
                          booking cancelled): never sent */
    NOTIFY_STATUS__COUNT
} notify_status_t;

/* One message. Plain data: the outbox owns the ones it holds and hands out
 * const pointers. Once erased (after the retention period), `to` and
 * `text` are "" and the rest stays for the counts. Its record (record.h)
 * holds no phone: the phone is kept once, by the message's owner (the
 * ticket's subscription or the booking), and put back into `to` when the
 * message is read at start. */
typedef struct notify_msg {
    uint64_t id;                             /* from 1, never reused */
    char key[NOTIFY_KEY_MAX];                /* the Idempotency-Key, fixed at add */
    char to[NOTIFY_PHONE_MAX];               /* E.164, "+628..."; "" once erased */
    char template_name[NOTIFY_TEMPLATE_MAX]; /* "ticket.called" */
    char text[NOTIFY_TEXT_MAX];              /* what the citizen reads; "" once erased */
    char ticket[NOTIFY_REF_MAX];             /* the ticket number, or "" */
    char booking[NOTIFY_REF_MAX];            /* the booking code, or "" */
    uint64_t owner;                          /* the id of that ticket or booking, whose
                                                record keeps the phone; 0 in a record
                                                of version 1, which keeps it itself */
    notify_status_t status;
    uint32_t attempts;                 /* delivery attempts started */
    int64_t next_at_ms;                /* queued: not sent before this */
    int64_t created_ms;                /* when it was added */
    int64_t updated_ms;                /* the last change of status */
    int64_t expires_ms;                /* not delivered after this; 0 = no limit of its own */
    char last_error[NOTIFY_ERROR_MAX]; /* the last failed attempt's reason, never a phone */
    bool erased;                       /* to and text were cleared */
    uint64_t sent_rec; /* the store's, not in the record: 0, or the id its "sent" record was
                          filed after (notify_outbox_note_sent) */
} notify_msg_t;

/* Fills `len` bytes at `buf` with random bytes; returns 0, or -1 when it
 * cannot. */
typedef int (*notify_random_fn)(void *ctx, void *buf, size_t len);

/* A random source and its context, copied by whoever keeps it. */
typedef struct notify_random {
    notify_random_fn fill; /* NULL: no jitter */
    void *ctx;
} notify_random_t;

/* A short English name of a result ("invalid", "not_found"); "error" for a
 * value that is none of them. */
const char *notify_result_name(int result);
/* "queued", "sending", "sent", "failed", "dropped"; NULL past the enum. */
const char *notify_status_name(notify_status_t status);

/* Whether a message in this status is done with: sent, failed or
 * dropped. */
bool notify_status_final(notify_status_t status);
/* Whether s is an Indonesian mobile number in E.164: "+628", then 8 to 11
 * digits, the first of them not 0. */
bool notify_phone_valid(const char *s);
/* Writes the phone masked into out: "+62", the next three digits and the
 * last three stay, every other digit is a star ("+62812****789"). ""
 * stays "" (an erased message). NOTIFY_EINVAL (out "" when outlen > 0) for
 * a number notify_phone_valid refuses or an out too small
 * (NOTIFY_PHONE_MAX always suffices). */
int notify_mask_phone(const char *e164, char *out, size_t outlen);
/* Whether s is a template name: 1 to 31 of a-z, 0-9, '.', '_' and '-',
 * starting with a letter. */
bool notify_template_name_valid(const char *s);
/* Whether s is a ticket number or booking code as a message carries it:
 * 1 to 23 of A-Z, a-z, 0-9 and '-'. */
bool notify_ref_valid(const char *s);
/* Whether s (len bytes) is text a message may carry: valid UTF-8 without
 * NUL or other control characters, a line break allowed when `lines`. */
bool notify_text_valid(const char *s, size_t len, bool lines);

/* Copies a delivery error into out (NOTIFY_ERROR_MAX bytes) as a message
 * may keep it: control characters and broken UTF-8 become spaces, every
 * run of 8 or more digits (a phone number in any of its forms, a NIK)
 * becomes "***", and it is cut to 160 bytes at a character's edge. NULL or
 * "" gives "unknown error". */
void notify_error_clean(const char *in, char out[NOTIFY_ERROR_MAX]);

#endif
