/*
 * hall_notify.c - messages to citizens (CONTRACT.md, "Notifications") in
 * the running hall: the outbox of core/notify kept in memory and rebuilt
 * with the engine, its messages written in the same round as the event
 * that causes them (a ticket issued with a phone, its call; a booking made
 * or missed with "notify": true) and confirmed once that round is durable,
 * then handed to the sender thread, which POSTs them to the hall's gateway
 * (notify.url) at least once, each with its stable Idempotency-Key.
 *
 * The phone is stored once. A ticket's is kept in its subscription until
 * the end of the ticket's day, or until the citizen stops the messages; a
 * booking's in the booking. A subscription's record (E.164 and marks) sits
 * in the outbox right after the ticket's first message, under that
 * message's id, a byte 0 and the ticket's id; so an opted-in ticket's
 * commit appends its records to one tree, not two. Those written before
 * format 5 stay in STORE_DB_SUBSCRIPTIONS, keyed by the ticket's id, and
 * are still read and rewritten there. A message the gateway took gets a
 * small "sent" record at the outbox's end (the highest message id given, a
 * byte 1, its id) rather than its whole record written again among older
 * ones; the whole record takes it back when its text is erased. A message's
 * record names its owner (that ticket or booking) instead of holding the
 * phone, which is put back into the message in memory when the hall
 * starts. A message's text is erased with a ticket's day, or keep_days
 * after a booking's was sent or given up (docs/notify.md,
 * docs/operations.md).
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hall_int.h"
#include "log.h"
#include "notify/outbox.h"
#include "notify/record.h"
#include "notify/send.h"
#include "notify/subs.h"
#include "notify/template.h"
#include "text.h"

#define BATCH 32 /* messages handed to the sender at a time (up to twice) */

/* A subscription's record (its text: notify/subs.h) sits in the outbox
 * after message `at` (at != 0: key `at`, a byte 0, the ticket's id), or in
 * the subscriptions database under the ticket's id. A message's "sent"
 * record (its text: notify/record.h) sits after the highest message id
 * given when it was sent: key that id, a byte 1, the message's id. */

/* How long a message about a waiting ticket may still be worth sending. */
#define TICKET_MSG_TTL_MS (2 * 3600 * 1000LL)

struct hall_notify {
    notify_outbox_t *outbox;
    notify_sender_t *sender; /* NULL without notify.url */
    size_t in_flight;        /* handed to the sender, not yet collected */
    notify_subs_t *subs;
    int64_t swept_ms; /* the last erasure */
    bool confirmed;   /* messages confirmed since the last pump */
};

/* ---- records ---- */

/* The record of message `data` (a copy of its notify_msg_t), written by
 * the writer thread at commit (store_batch_put_encoded). */
static size_t encode_msg(const void *data, void *out, size_t cap)
{
    const notify_msg_t *m = data;
    size_t len;
    if (notify_record_encode(m, out, cap, &len) == NOTIFY_OK)
        return len;
    log_error("notify", "message %llu could not be written", (unsigned long long)m->id);
    return 0;
}

/* A message's "sent" record: the key of message `id`'s, filed after
 * message `at`: `at`, a byte 1, `id`. */
static void sent_key(uint64_t at, uint64_t id, store_key_t *k)
{
    store_key_init(k);
    store_key_u64(k, at);
    store_key_bytes(k, "\1", 1);
    store_key_u64(k, id); /* no two alike: a message is sent once */
}

/* Deletes m's "sent" record, if it has one, in the open round. */
static void sent_del(hall_t *h, const notify_msg_t *m)
{
    if (!m->sent_rec)
        return;
    store_key_t k;
    sent_key(m->sent_rec, m->id, &k);
    store_batch_del(hall_batch(h), STORE_DB_OUTBOX, &k);
}

/* Writes m's whole record into the open round; its "sent" record, if any,
 * goes, as the whole record now says all. */
static void put_msg(void *ctx, const notify_msg_t *m)
{
    hall_t *h = ctx;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, m->id);
    if (store_batch_put_encoded(hall_batch(h), STORE_DB_OUTBOX, &k, m, sizeof *m, encode_msg,
                                NOTIFY_RECORD_MAX) != 0)
        log_error("notify", "message %llu: no memory to write it", (unsigned long long)m->id);
    if (m->sent_rec) {
        sent_del(h, m);
        notify_outbox_note_sent(hall_notify_of(h)->outbox, m->id, 0);
    }
}

/* Writes that the gateway took m (sent, in memory) into the open round:
 * not its whole record again, which sits among older ones by now, but a
 * small "sent" record after the highest message id given so far, at the
 * outbox's end, beside the round's other new records. It holds the time
 * and the attempts, and stands for m's status until the whole record is
 * next written (when its text is erased) or deleted. */
static void put_sent(hall_t *h, const notify_msg_t *m)
{
    hall_notify_t *n = hall_notify_of(h);
    char val[NOTIFY_SENT_REC_MAX]; /* sent is final: m has no sent record yet */
    size_t len = notify_sent_encode(m->updated_ms, m->attempts, val);
    uint64_t at = notify_outbox_last_id(n->outbox);
    store_key_t k;
    sent_key(at, m->id, &k);
    if (store_batch_put(hall_batch(h), STORE_DB_OUTBOX, &k, val, len) != 0)
        log_error("notify", "message %llu: no memory to write it", (unsigned long long)m->id);
    else
        notify_outbox_note_sent(n->outbox, m->id, at);
}

static void del_msg(void *ctx, const notify_msg_t *m)
{
    hall_t *h = ctx;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, m->id);
    store_batch_del(hall_batch(h), STORE_DB_OUTBOX, &k);
    sent_del(h, m); /* the message leaves the outbox: nothing to note */
}

/* The subscription of a ticket that has not ended, or NULL. */
static notify_sub_t *sub_live(hall_notify_t *n, uint64_t ticket)
{
    notify_sub_t *s = notify_subs_find(n->subs, ticket);
    return s && !s->ended ? s : NULL;
}

/* Where s's record is: its database and key. */
static store_db_t sub_key(const notify_sub_t *s, store_key_t *k)
{
    store_key_init(k);
    if (!s->at) {
        store_key_u64(k, s->ticket);
        return STORE_DB_SUBSCRIPTIONS;
    }
    store_key_u64(k, s->at);
    store_key_bytes(k, "", 1);
    store_key_u64(k, s->ticket); /* no two alike, even if an id came again */
    return STORE_DB_OUTBOX;
}

/* Writes the subscription's record into the open round. */
static void sub_put(hall_t *h, const notify_sub_t *s)
{
    char val[NOTIFY_SUB_REC_MAX];
    size_t len = notify_sub_encode(s, val);
    store_key_t k;
    store_db_t db = sub_key(s, &k);
    store_batch_put(hall_batch(h), db, &k, val, len);
}

/* Ends the subscription: its record goes, and the phone with it (from
 * the messages in memory too, by the caller: drop, erase_days). */
static void sub_end(hall_t *h, hall_notify_t *n, notify_sub_t *s)
{
    store_key_t k;
    store_db_t db = sub_key(s, &k);
    store_batch_del(hall_batch(h), db, &k);
    notify_subs_remove(n->subs, s);
}

/* ---- open and restore ---- */

/* A "sent" record read at start, until its message is. */
typedef struct sent_rec {
    uint64_t id, at;
    int64_t sent_ms;
    uint32_t attempts;
} sent_rec_t;

typedef struct restore_ctx {
    hall_t *h;
    hall_notify_t *n;
    size_t bad;
    sent_rec_t *sent; /* sorted by id, then at, once the subscriptions are read */
    size_t n_sent, cap_sent;
    bool no_memory;
} restore_ctx_t;

/* Puts the phone back into a message read from its record: its owner's,
 * the ticket's subscription or the booking. One whose owner no longer
 * holds a phone (the citizen stopped the messages, the booking's data was
 * erased) cannot be sent: it is erased, dropped first when not done. */
static void phone_back(hall_t *h, hall_notify_t *n, notify_msg_t *m)
{
    if (m->erased || m->to[0])
        return;
    const char *phone = NULL;
    if (m->ticket[0]) {
        const notify_sub_t *s = notify_subs_find(n->subs, m->owner);
        phone = s ? s->phone : NULL;
    } else {
        const booking_t *b = hall_booking_by_id(h, m->owner);
        phone = b && !b->erased ? b->phone : NULL;
    }
    if (phone && notify_phone_valid(phone)) {
        snprintf(m->to, sizeof m->to, "%s", phone);
        return;
    }
    if (!notify_status_final(m->status)) {
        m->status = NOTIFY_DROPPED;
        notify_error_clean("dropped: its phone was erased", m->last_error);
    }
    m->text[0] = '\0';
    m->erased = true;
}

static int sent_cmp(const void *a, const void *b)
{
    const sent_rec_t *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* The "sent" record of message id, the last filed if there were two;
 * NULL when it has none. */
static const sent_rec_t *sent_of(const restore_ctx_t *r, uint64_t id)
{
    size_t lo = 0, hi = r->n_sent;
    while (lo < hi) { /* the first with an id above */
        size_t mid = lo + (hi - lo) / 2;
        if (r->sent[mid].id <= id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && r->sent[lo - 1].id == id ? &r->sent[lo - 1] : NULL;
}

static int restore_msg(void *ctx, const store_val_t *key, const store_val_t *val)
{
    restore_ctx_t *r = ctx;
    if (key->len != 8)
        return 0; /* a subscription or a "sent" record (restore_outbox_sub) */
    notify_msg_t m;
    if (notify_record_decode(val->data, val->len, &m) != NOTIFY_OK) {
        r->bad++;
        return 0;
    }
    const sent_rec_t *sent = sent_of(r, m.id);
    if (sent) { /* later than the record: it stands for its status */
        m.status = NOTIFY_SENT;
        m.attempts = sent->attempts;
        m.updated_ms = sent->sent_ms;
        m.last_error[0] = '\0';
        m.sent_rec = sent->at;
    }
    phone_back(r->h, r->n, &m);
    if (notify_outbox_restore(r->n->outbox, &m) != NOTIFY_OK)
        r->bad++;
    return 0;
}

/* Keeps the "sent" record of message id, filed after message at, from its
 * text for restore_msg. */
static void restore_sent_rec(restore_ctx_t *r, uint64_t id, uint64_t at, const void *text,
                             size_t len)
{
    sent_rec_t s = {.id = id, .at = at};
    if (!id || notify_sent_decode(text, len, &s.sent_ms, &s.attempts) != NOTIFY_OK) {
        r->bad++;
        return;
    }
    if (r->n_sent == r->cap_sent) {
        size_t cap = r->cap_sent ? 2 * r->cap_sent : 256;
        sent_rec_t *more = realloc(r->sent, cap * sizeof *more);
        if (!more) {
            r->no_memory = true;
            return;
        }
        r->sent = more;
        r->cap_sent = cap;
    }
    r->sent[r->n_sent++] = s;
}

/* Restores the subscription of `ticket` from its record's text (len
 * bytes), which sits beside message `at` in the outbox (0: in the
 * subscriptions database). */
static void restore_sub_rec(restore_ctx_t *r, uint64_t ticket, uint64_t at, const void *text,
                            size_t len)
{
    notify_sub_rec_t rec;
    if (!ticket || notify_sub_decode(text, len, &rec) != NOTIFY_OK) {
        r->bad++;
        return;
    }
    /* a record without its time: gone with today */
    int64_t issued = rec.has_issued ? rec.issued_ms : hall_now(r->h);
    /* a booking keeps the phone, or the subscription of that earlier
     * ticket, restored before this one (ids ascend); "" once its keeper's
     * was erased, so the ticket's messages are dropped and the record goes
     * at the end of the day */
    const char *from = rec.phone;
    if (rec.keeper == 'b') {
        const booking_t *b = hall_booking_by_id(r->h, rec.keeper_id);
        from = b && !b->erased ? b->phone : "";
    } else if (rec.keeper == 't') {
        const notify_sub_t *keeper = notify_subs_find(r->n->subs, rec.keeper_id);
        from = keeper ? keeper->phone : "";
    }
    char phone[NOTIFY_PHONE_MAX] = ""; /* notify_subs_add may move the keeper's */
    if (notify_phone_valid(from))
        text_copy(phone, sizeof phone, from);
    notify_sub_t *s;
    if (notify_subs_find(r->n->subs, ticket) ||
        notify_subs_add(r->n->subs, ticket, issued, phone, rec.keeper == 'b' ? rec.keeper_id : 0,
                        &s) != 0) {
        r->bad++;
        return;
    }
    s->via = rec.keeper == 't' ? rec.keeper_id : 0;
    s->at = at;
    s->near = rec.near;
    s->ended = rec.ended || !phone[0];
}

/* A record of the subscriptions database: ticket id -> the text. */
static int restore_sub(void *ctx, const store_val_t *key, const store_val_t *val)
{
    restore_ctx_t *r = ctx;
    if (key->len != 8)
        r->bad++;
    else
        restore_sub_rec(r, store_u64_decode(key->data), 0, val->data, val->len);
    return 0;
}

/* A subscription's record in the outbox: the id of the message it follows,
 * a byte 0 and the ticket's id -> the text; or a "sent" record: the id it
 * was filed after, a byte 1 and its message's id -> the text, kept for
 * restore_msg. Messages are skipped (restore_msg reads them, once every
 * phone is back). */
static int restore_outbox_sub(void *ctx, const store_val_t *key, const store_val_t *val)
{
    restore_ctx_t *r = ctx;
    if (key->len == 8)
        return 0;
    const uint8_t *k = key->data;
    if (key->len != 17 || k[8] > 1)
        r->bad++;
    else if (k[8] == 1)
        restore_sent_rec(r, store_u64_decode(k + 9), store_u64_decode(k), val->data, val->len);
    else
        restore_sub_rec(r, store_u64_decode(k + 9), store_u64_decode(k), val->data, val->len);
    return r->no_memory ? 1 : 0;
}

static notify_outbox_t *outbox_new(hall_t *h, int offset, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    notify_opts_t o;
    notify_opts_default(&o);
    o.epoch = hall_epoch(h);
    o.utc_offset_min = offset;
    /* "" and "off" parse to no quiet hours */
    if (notify_quiet_parse(cfg->notify_quiet, &o.quiet, err, errlen) != NOTIFY_OK)
        return NULL;
    o.max_attempts = cfg->notify_max_attempts;
    o.give_up_ms = (int64_t)cfg->notify_give_up_h * 3600 * 1000;
    o.random = (notify_random_t){hall_random_fill, NULL};
    notify_outbox_t *box = notify_outbox_new(&o);
    if (!box)
        snprintf(err, errlen, "notify: the outbox could not be made (limits out of range?)");
    return box;
}

void hall_notify_free(hall_notify_t *n)
{
    if (!n)
        return;
    if (n->sender) {
        notify_sender_stop(n->sender);
        notify_sender_free(n->sender);
    }
    notify_outbox_free(n->outbox);
    notify_subs_free(n->subs);
    free(n);
}

int hall_notify_restore(hall_t *h, hall_notify_t **out, char *err, size_t errlen)
{
    hall_notify_t *n = *out;
    if (!n) {
        n = calloc(1, sizeof *n);
        if (!n || !(n->subs = notify_subs_new())) {
            free(n);
            snprintf(err, errlen, "out of memory for the notifications");
            return -1;
        }
        *out = n;
    }
    /* the bookings, restored first, keep the hall's offset from UTC */
    notify_outbox_t *box = outbox_new(h, hall_booking_offset(h), err, errlen);
    if (!box)
        return -1;
    notify_outbox_free(n->outbox);
    n->outbox = box;
    notify_subs_clear(n->subs);
    n->in_flight = 0; /* a batch still with the sender comes back as released or done */
    restore_ctx_t r = {.h = h, .n = n};
    /* the subscriptions first: the messages take their phones from them */
    /* (those of the subscriptions database were written before those in
     * the outbox, and a later step of a visit after the one keeping its
     * phone: each keeper comes first) */
    int rc = store_walk(hall_store(h), STORE_DB_SUBSCRIPTIONS, NULL, NULL, false, restore_sub, &r);
    if (rc >= 0)
        rc = store_walk(hall_store(h), STORE_DB_OUTBOX, NULL, NULL, false, restore_outbox_sub, &r);
    if (rc >= 0 && !r.no_memory) {
        if (r.n_sent) /* qsort takes no NULL */
            qsort(r.sent, r.n_sent, sizeof *r.sent, sent_cmp);
        rc = store_walk(hall_store(h), STORE_DB_OUTBOX, NULL, NULL, false, restore_msg, &r);
    }
    free(r.sent);
    if (r.no_memory) {
        snprintf(err, errlen, "out of memory for the messages' sent records");
        return -1;
    }
    if (rc < 0) {
        snprintf(err, errlen, "cannot read the messages: %s", store_strerror(rc));
        return -1;
    }
    if (r.bad)
        log_warn("notify", "%zu stored messages or subscriptions could not be read", r.bad);
    return 0;
}

/* Reads a secret file (`what` names its key) into buf: a regular file
 * that neither its group nor others may read, at most cap - 1 bytes; *len
 * its length, a NUL after it. -1 with the reason in err. */
static int read_secret(const char *what, const char *path, char *buf, size_t cap, size_t *len,
                       char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(err, errlen, "notify.%s %s: %s", what, path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    ssize_t n = -1;
    if (!S_ISREG(st.st_mode))
        snprintf(err, errlen, "notify.%s %s: not a regular file", what, path);
    else if (st.st_mode & 077)
        snprintf(err, errlen,
                 "notify.%s %s: its group or others may read it (mode %04o); it holds a secret: "
                 "chmod 600 it, owned by mppd's user",
                 what, path, (unsigned)(st.st_mode & 07777));
    else if ((n = read(fd, buf, cap)) < 0 || (size_t)n >= cap)
        snprintf(err, errlen, "notify.%s %s: %s", what, path, n < 0 ? strerror(errno) : "too long");
    close(fd);
    if (n < 0 || (size_t)n >= cap)
        return -1;
    buf[n] = '\0';
    *len = (size_t)n;
    return 0;
}

int hall_notify_start(hall_t *h, void (*wake)(void *ctx), void *wake_ctx, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    hall_notify_t *n = hall_notify_of(h);
    if (!cfg->notify_url[0])
        return 0; /* no gateway: messages stay queued until one is set */
    const char *headers[NOTIFY_HEADERS_MAX];
    size_t n_headers = 0, len;
    for (size_t i = 0; i < cfg->n_notify_headers; i++)
        headers[n_headers++] = cfg->notify_headers[i];
    char secret[4096], key[NOTIFY_HMAC_KEY_MAX + 2];
    int rc = 0;
    if (cfg->notify_headers_file[0]) { /* "Name: value" lines; blank and # lines skipped */
        rc = read_secret("headers_file", cfg->notify_headers_file, secret, sizeof secret, &len, err,
                         errlen);
        for (char *save = NULL, *line = rc ? NULL : strtok_r(secret, "\r\n", &save); line;
             line = strtok_r(NULL, "\r\n", &save)) {
            if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
                continue;
            if (n_headers == NOTIFY_HEADERS_MAX) {
                snprintf(err, errlen, "notify.headers_file: more than %d headers",
                         NOTIFY_HEADERS_MAX);
                rc = -1;
                break;
            }
            headers[n_headers++] = line;
        }
    }
    size_t key_len = 0;
    if (rc == 0 && cfg->notify_hmac_key_file[0]) {
        rc = read_secret("hmac_key_file", cfg->notify_hmac_key_file, key, sizeof key, &key_len, err,
                         errlen);
        while (rc == 0 && key_len && (key[key_len - 1] == '\n' || key[key_len - 1] == '\r'))
            key_len--;
    }
    notify_gateway_t gw = {
        .url = cfg->notify_url,
        .headers = headers,
        .n_headers = n_headers,
        .timeout_ms = (long)cfg->notify_timeout_s * 1000,
        .ca_file = cfg->notify_ca_file[0] ? cfg->notify_ca_file : NULL,
        .kind = cfg->notify_whatsapp ? NOTIFY_KIND_WHATSAPP_CLOUD : NOTIFY_KIND_WEBHOOK,
        .hmac_key = key_len ? (const unsigned char *)key : NULL,
        .hmac_key_len = key_len,
        .wa_language = cfg->notify_wa_language,
        .wa_prefix = cfg->notify_wa_prefix,
        .rate_per_s = cfg->notify_rate_per_s,
        .connections = cfg->notify_connections,
    };
    if (rc == 0 && notify_sender_start(&n->sender, &gw, wake, wake_ctx, err, errlen) != NOTIFY_OK)
        rc = -1;
    sodium_memzero(secret, sizeof secret); /* the client keeps its own copies */
    sodium_memzero(key, sizeof key);
    return rc;
}

/* ---- messages ---- */

static void pump(hall_t *h, int64_t now);

/* The round of a message is done: it may go out (rc 0), or it never was. */
static void add_done(void *ctx, int rc)
{
    hall_t *h = ((void **)ctx)[0];
    uint64_t id = (uint64_t)(uintptr_t)((void **)ctx)[1];
    free(ctx);
    hall_notify_t *n = hall_notify_of(h);
    if (rc == 0) {
        notify_outbox_confirm(n->outbox, id);
        n->confirmed = true; /* out at once, not at the next tick: hall_notify_confirmed */
    } else {
        notify_outbox_rollback(n->outbox, id);
    }
}

/* Queues template `name` to `to`, the phone its owner (the ticket or
 * booking of p, by id) keeps, in the open round, due from not_before (0:
 * at once) and worth sending until expires (0: the give-up limit). The
 * message's id, or 0 when it could not be queued. */
static uint64_t add_at(hall_t *h, const char *to, uint64_t owner, const char *name,
                       const notify_params_t *p, int64_t not_before, int64_t expires)
{
    hall_notify_t *n = hall_notify_of(h);
    char text[NOTIFY_TEXT_MAX];
    if (notify_render(name, p, text, sizeof text) != NOTIFY_OK)
        return 0;
    notify_request_t req = {to, name, text, p->ticket, p->booking, expires, not_before, owner};
    const notify_msg_t *m;
    void **ctx = malloc(2 * sizeof *ctx);
    if (!ctx || notify_outbox_add(n->outbox, &req, hall_now(h), &m) != NOTIFY_OK) {
        free(ctx);
        log_warn("notify", "a %s message could not be queued", name);
        return 0;
    }
    uint64_t id = m->id;
    put_msg(h, m);
    ctx[0] = h;
    ctx[1] = (void *)(uintptr_t)id;
    if (hall_round_wait(h, add_done, ctx) != 0)
        add_done(ctx, STORE_FULL);
    return id;
}

/* Queues a message to s about its waiting ticket: at once, worth sending
 * for TICKET_MSG_TTL_MS. Its id, or 0. */
static uint64_t add(hall_t *h, const notify_sub_t *s, const char *name, const notify_params_t *p)
{
    return add_at(h, s->phone, s->ticket, name, p, 0, hall_now(h) + TICKET_MSG_TTL_MS);
}

/* Drops the ticket's queued messages whose template begins with prefix. */
static void drop_ticket(hall_t *h, const queue_ticket_t *t, const char *prefix, const char *why)
{
    notify_outbox_drop(hall_notify_of(h)->outbox, t->number, NULL, prefix, hall_now(h), why,
                       put_msg, h);
}

/* The short name of an agency and the name of a service, for a text, and
 * the agency's own wording of messages; returns the service's agency in
 * the catalog, or NULL. */
static const catalog_agency_t *names_of(hall_t *h, const char *service, notify_params_t *p)
{
    const catalog_t *cat = hall_catalog(h);
    const catalog_service_t *svc = catalog_service_find(cat, service);
    const catalog_agency_t *a = svc ? &cat->agencies[svc->agency] : NULL;
    p->service = svc ? svc->name : "";
    p->agency = a ? a->short_name : "";
    p->own = a ? (const char *const *)a->notify_texts : NULL;
    return a;
}

/* The page /<kind>/<token> for a text: NULL without hall.public_url (a
 * link to a loopback or hall-only address would not open on a phone). */
static const char *page_link(hall_t *h, const char *kind, const char *token, char *buf, size_t len)
{
    const char *base = hall_cfg(h)->public_url;
    if (!base[0] || !token[0])
        return NULL;
    snprintf(buf, len, "%s/%s/%s", base, kind, token); /* the config strips its '/' */
    return notify_link_valid(buf) ? buf : NULL;
}

/* The ticket's status page, for a text (page_link). */
static const char *link_of(hall_t *h, const queue_ticket_t *t, char *buf, size_t len)
{
    return page_link(h, "t", t->token, buf, len);
}

/* The parameters of a text about ticket t; *a (when a is not NULL) its
 * service's agency, or NULL. */
static notify_params_t ticket_params(hall_t *h, const queue_ticket_t *t, const catalog_agency_t **a)
{
    notify_params_t p = {.ticket = t->number, .utc_offset_min = hall_booking_offset(h)};
    const catalog_agency_t *found = names_of(h, t->service, &p);
    if (a)
        *a = found;
    return p;
}

/* Whether waiting ticket t, of agency a (NULL: none in the catalog, the
 * hall's thresholds), has at most its agency's number of tickets ahead
 * (into *ahead_out), or at most its minutes of estimated wait. */
static bool near_now(hall_t *h, const queue_ticket_t *t, const catalog_agency_t *a, int *ahead_out)
{
    const config_t *cfg = hall_cfg(h);
    int near = a && a->notify_near >= 0 ? a->notify_near : cfg->notify_near;
    int minutes =
        a && a->notify_near_minutes >= 0 ? a->notify_near_minutes : cfg->notify_near_minutes;
    queue_t *q = hall_queue(h);
    int ahead = queue_ticket_position_upto(q, t, near); /* exact when near */
    if (ahead_out)
        *ahead_out = ahead;
    if (ahead <= near)
        return true;
    int64_t wait_s = minutes > 0 ? queue_ticket_estimate(q, t) : 0; /* the dearer test second */
    return wait_s > 0 && wait_s <= (int64_t)minutes * 60;
}

/* Queues "hampir tiba" for s's ticket t, `ahead` tickets from its call,
 * and marks s, so it is said once per queue. */
static void near_say(hall_t *h, notify_sub_t *s, const queue_ticket_t *t, int ahead)
{
    notify_params_t p = ticket_params(h, t, NULL);
    p.ahead = ahead;
    add(h, s, "ticket.near", &p);
    s->near = true;
    sub_put(h, s);
}

/* A walk of an agency's queues from their heads (near_sweep). */
typedef struct near_walk {
    hall_t *h;
    const catalog_agency_t *agency;
} near_walk_t;

/* One ticket of a group walked from its head: a subscribed one that is
 * near is told; the first one not near ends the walk, as every ticket
 * behind it is further away. */
static int near_one(void *ctx, const queue_ticket_t *t)
{
    const near_walk_t *w = ctx;
    hall_t *h = w->h;
    int ahead;
    if (!near_now(h, t, w->agency, &ahead))
        return 1;
    notify_sub_t *s = sub_live(hall_notify_of(h), t->id);
    if (s && !s->near)
        near_say(h, s, t, ahead);
    return 0;
}

/* After an event of agency `agency`: its subscribed waiting tickets that
 * are near now are told (their places may have moved up). Each queue of
 * the agency is walked from its head only as far as its near tickets, so
 * an event costs the same with 10 or 10,000 waiting. */
static void near_sweep(hall_t *h, const char *agency)
{
    const catalog_t *cat = hall_catalog(h);
    const catalog_agency_t *a = catalog_agency_find(cat, agency);
    near_walk_t w = {h, a};
    for (size_t i = 0; a && i < a->n_services; i++) {
        const char *service = cat->services[a->first_service + i].id;
        queue_service_group_each(hall_queue(h), service, true, near_one, &w);
        queue_service_group_each(hall_queue(h), service, false, near_one, &w);
    }
}

/* Subscribes ticket t to `phone`, kept by `booking` or by the ticket
 * `via` (0: by its own record), and queues "ticket.issued" with its link:
 * the ticket's status page, or its visit's, which shows every step. */
static int subscribe(hall_t *h, const queue_ticket_t *t, const char *phone, uint64_t booking,
                     uint64_t via)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_sub_t *s;
    bool fresh = !notify_subs_find(n->subs, t->id);
    if (!notify_phone_valid(phone) ||
        notify_subs_add(n->subs, t->id, t->issued_at, phone, booking, &s) != 0)
        return -1;
    s->via = via;
    const catalog_agency_t *a;
    notify_params_t p = ticket_params(h, t, &a);
    /* already near: the next message is its call, not a second one now */
    s->near = near_now(h, t, a, NULL);
    char link[NOTIFY_LINK_MAX];
    uint64_t before;
    const hall_visit_t *v = hall_visit_of_ticket(h, t, &before);
    p.link = v ? page_link(h, "v", v->token, link, sizeof link) : link_of(h, t, link, sizeof link);
    uint64_t issued = add(h, s, "ticket.issued", &p);
    /* a new subscription's record follows its first message, appended to
     * the outbox with it; one that had a record keeps its place */
    if (fresh)
        s->at = issued;
    sub_put(h, s);
    return 0;
}

int hall_notify_ticket(hall_t *h, const queue_ticket_t *t, const char *phone, uint64_t booking)
{
    return subscribe(h, t, phone, booking, 0);
}

/* The next step of a visit is ready with ticket t: the messages asked for
 * at the step before go on with it, to the same phone, kept where that
 * step's was (a citizen who stopped them there has no subscription left
 * to go on with). */
static void visit_step_ready(hall_t *h, const queue_ticket_t *t)
{
    hall_notify_t *n = hall_notify_of(h);
    uint64_t before;
    const notify_sub_t *prev =
        hall_visit_of_ticket(h, t, &before) && before ? notify_subs_find(n->subs, before) : NULL;
    if (!prev || !notify_phone_valid(prev->phone) || sub_live(n, t->id))
        return;
    char phone[NOTIFY_PHONE_MAX]; /* subscribe may move prev */
    text_copy(phone, sizeof phone, prev->phone);
    uint64_t booking = prev->booking, via = prev->booking ? 0
                                            : prev->via   ? prev->via
                                                          : prev->ticket;
    if (subscribe(h, t, phone, booking, via) != 0)
        log_warn("notify", "ticket %s: the visit's messages could not go on with it", t->number);
}

int hall_notify_unsubscribe(hall_t *h, const queue_ticket_t *t)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_sub_t *s = sub_live(n, t->id);
    if (!s)
        return -1;
    drop_ticket(h, t, "ticket.", "dropped: the citizen asked for no more messages");
    sub_end(h, n, s);
    return 0;
}

int hall_notify_masked(hall_t *h, uint64_t ticket, char out[NOTIFY_PHONE_MAX])
{
    const notify_sub_t *s = sub_live(hall_notify_of(h), ticket);
    out[0] = '\0';
    return s && notify_mask_phone(s->phone, out, NOTIFY_PHONE_MAX) == NOTIFY_OK ? 0 : -1;
}

/* s's ticket ended (finished, cancelled, no-show): what is still queued
 * for it is dropped and its last message queued. The subscription is
 * marked ended and keeps the phone for that message until the end of the
 * ticket's day (hall_notify_tick). */
static void ticket_ended(hall_t *h, notify_sub_t *s, const queue_event_t *e, notify_params_t *p)
{
    const queue_ticket_t *t = e->ticket;
    char link[NOTIFY_LINK_MAX];
    drop_ticket(h, t, "ticket.", "dropped: the ticket ended before it was sent");
    if (e->type == QUEUE_EV_TICKET_NO_SHOW)
        add(h, s, "ticket.no_show", p);
    else if (e->type == QUEUE_EV_TICKET_CANCELLED && e->reason && !strcmp(e->reason, "closed"))
        add(h, s, "ticket.closed", p);
    else if (e->type == QUEUE_EV_TICKET_FINISHED && (p->link = link_of(h, t, link, sizeof link)))
        add_at(h, s->phone, s->ticket, "ticket.finished", p, 0, 0);
    s->ended = true;
    sub_put(h, s);
}

static void ticket_event(hall_t *h, notify_sub_t *s, const queue_event_t *e)
{
    const queue_ticket_t *t = e->ticket;
    notify_params_t p = ticket_params(h, t, NULL);
    switch (e->type) {
    case QUEUE_EV_TICKET_CALLED:
    case QUEUE_EV_TICKET_RECALLED:
        drop_ticket(h, t, "ticket.", "dropped: the ticket was called before it was sent");
        p.counter = e->counter ? e->counter->number : t->counter;
        add(h, s, e->type == QUEUE_EV_TICKET_CALLED ? "ticket.called" : "ticket.recalled", &p);
        return;
    case QUEUE_EV_TICKET_FINISHED:
    case QUEUE_EV_TICKET_CANCELLED:
    case QUEUE_EV_TICKET_NO_SHOW:
        if (t->status != QUEUE_TICKET_WAITING) {
            ticket_ended(h, s, e, &p);
            return;
        }
        /* still waiting: on to the next step of its flow */
        /* fall through */
    case QUEUE_EV_TICKET_TRANSFERRED:
        /* a new queue: "hampir tiba" again when near there, which the
         * sweep after this event finds (hall_notify_event) */
        s->near = false;
        sub_put(h, s);
        add(h, s, "ticket.transferred", &p);
        return;
    default: return;
    }
}

void hall_notify_event(hall_t *h, const queue_event_t *e)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!n || !e->ticket || notify_subs_count(n->subs) == 0)
        return;
    if (e->type == QUEUE_EV_VISIT_STEP_READY)
        visit_step_ready(h, e->ticket);
    notify_sub_t *s = sub_live(n, e->ticket->id);
    if (s)
        ticket_event(h, s, e);
    switch (e->type) { /* events that move other tickets up */
    case QUEUE_EV_TICKET_CALLED:
    case QUEUE_EV_TICKET_CANCELLED:
    case QUEUE_EV_TICKET_NO_SHOW:
    case QUEUE_EV_TICKET_TRANSFERRED:
    case QUEUE_EV_TICKET_HELD:
    case QUEUE_EV_TICKET_FINISHED: near_sweep(h, e->ticket->agency); return;
    default: return;
    }
}

void hall_notify_booking(hall_t *h, const booking_t *b, const char *name)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!b->notify || b->erased)
        return;
    int64_t now = hall_now(h);
    if (!name || strcmp(name, "booking.made") != 0) /* missed, cancelled, checked in */
        notify_outbox_drop(n->outbox, NULL, b->code, "booking.reminder", now,
                           "dropped: the booking is no longer waiting", put_msg, h);
    if (!name)
        return; /* checked in: nothing to say */
    notify_params_t p = {
        .booking = b->code, .at_ms = b->start_ms, .utc_offset_min = hall_booking_offset(h)};
    names_of(h, b->service, &p);
    add_at(h, b->phone, b->id, name, &p, 0, 0);
    if (strcmp(name, "booking.made") != 0)
        return;
    /* the reminders the booking's reply promised (booking_reminders) */
    int64_t at[BOOKING_REMINDERS_MAX];
    size_t n_at = booking_reminders(b, at);
    for (size_t i = 0; i < n_at; i++) {
        if (at[i] > now)
            add_at(h, b->phone, b->id, "booking.reminder", &p, at[i], b->start_ms);
    }
}

/* ---- delivery ---- */

/* Hands the sender the messages due now, keeping between BATCH and twice
 * that in its hands while any are due, so it never waits for the next
 * tick: called on every tick, when outcomes come back and when a message
 * is confirmed. The store keeps a message handed out as it was, queued:
 * after a crash it is sent again (at least once), and an attempt the crash
 * cut short is not counted. Only an outcome (sent, failed) is written. */
static void pump(hall_t *h, int64_t now)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!n->sender || n->in_flight > BATCH)
        return;
    const notify_msg_t *due[2 * BATCH];
    size_t k = notify_outbox_next_due(n->outbox, now, due, 2 * BATCH - n->in_flight);
    if (k == 0)
        return;
    if (notify_sender_submit(n->sender, due, k) != NOTIFY_OK) {
        for (size_t i = 0; i < k; i++)
            notify_outbox_release(n->outbox, due[i]->id, NULL);
        return;
    }
    n->in_flight += k;
}

void hall_notify_tick(hall_t *h, int64_t now)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_outbox_expire(n->outbox, now, put_msg, h);
    /* the erasures: every hour, and as soon as a new day begins */
    int64_t today = now - notify_local_ms_of_day(now, hall_booking_offset(h));
    if (now - n->swept_ms >= 3600 * 1000 || now < n->swept_ms || n->swept_ms < today) {
        n->swept_ms = now;
        const config_t *cfg = hall_cfg(h);
        /* a ticket's phone goes with its day: the subscription, and from
         * the messages in memory */
        for (size_t i = notify_subs_count(n->subs); i-- > 0;) {
            notify_sub_t *s = notify_subs_at(n->subs, i);
            if (s->issued_ms < today)
                sub_end(h, n, s); /* the last moves into i: seen already */
        }
        notify_outbox_erase_days(n->outbox, now, put_msg, h);
        notify_outbox_erase(n->outbox, now - (int64_t)cfg->notify_keep_days * 86400000, put_msg, h);
        notify_outbox_forget(n->outbox, now - (int64_t)cfg->notify_forget_days * 86400000, del_msg,
                             h);
    }
    pump(h, now);
}

/* When a message was first due: its creation, or later for a reminder.
 * (A sending message's next_at_ms is when this attempt became due.) */
static int64_t due_of(const notify_msg_t *m)
{
    return m->attempts <= 1 && m->next_at_ms > m->created_ms ? m->next_at_ms : m->created_ms;
}

void hall_notify_confirmed(hall_t *h)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!n || !n->confirmed)
        return;
    n->confirmed = false;
    pump(h, hall_now(h));
}

void hall_notify_collect(hall_t *h)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!n || !n->sender)
        return;
    uint64_t id;
    notify_outcome_t out;
    int64_t now = hall_now(h);
    const hall_probe_t *probe = hall_probe_of(h);
    while (notify_sender_done(n->sender, &id, &out)) {
        const notify_msg_t *m = notify_outbox_get(n->outbox, id);
        if (out.attempted && m && probe->message) {
            const char *failure = out.status                     ? "http"
                                  : strstr(out.error, "timeout") ? "timeout"
                                                                 : "network";
            probe->message(probe->ctx, out.delivered, now - due_of(m), failure);
        }
        m = NULL;
        /* one not attempted goes back to queued, as the store still has
         * it, or is dropped when it no longer makes sense (drop_ticket) */
        int rc = !out.attempted  ? notify_outbox_release(n->outbox, id, &m)
                 : out.delivered ? notify_outbox_mark_sent(n->outbox, id, now, &m)
                                 : notify_outbox_mark_failed(n->outbox, id, now, out.error, &m);
        if (rc == NOTIFY_OK && m && m->status == NOTIFY_SENT)
            put_sent(h, m);
        else if (rc == NOTIFY_OK && m && (out.attempted || m->status == NOTIFY_DROPPED))
            put_msg(h, m);
        if (n->in_flight)
            n->in_flight--;
    }
    pump(h, now);
}

typedef struct tally_ctx {
    hall_notify_tally_t *rows;
    size_t n, max;
} tally_ctx_t;

static void tally_one(void *ctx, const notify_msg_t *m)
{
    tally_ctx_t *t = ctx;
    for (size_t i = 0; i < t->n; i++) {
        if (t->rows[i].status == m->status &&
            strcmp(t->rows[i].template_name, m->template_name) == 0) {
            t->rows[i].count++;
            return;
        }
    }
    if (t->n == t->max)
        return;
    hall_notify_tally_t *r = &t->rows[t->n++];
    snprintf(r->template_name, sizeof r->template_name, "%s", m->template_name);
    r->status = m->status;
    r->count = 1;
}

size_t hall_notify_tally(hall_t *h, hall_notify_tally_t *out, size_t max)
{
    tally_ctx_t t = {out, 0, max};
    notify_outbox_each(hall_notify_of(h)->outbox, tally_one, &t);
    return t.n;
}

int hall_notify_retry(hall_t *h, uint64_t id)
{
    const notify_msg_t *m;
    int rc = notify_outbox_retry(hall_notify_of(h)->outbox, id, hall_now(h), &m);
    if (rc == NOTIFY_OK)
        put_msg(h, m);
    return rc;
}

void hall_notify_counts(hall_t *h, notify_counts_t *counts, notify_failed_t *failed, size_t max,
                        size_t *n_failed)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_outbox_counts(n->outbox, counts);
    *n_failed = notify_outbox_failed(n->outbox, failed, max);
}
