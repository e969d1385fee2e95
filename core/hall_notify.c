/*
 * hall_notify.c - messages to citizens (CONTRACT.md, "Notifications") in
 * the running hall: the outbox of core/notify kept in memory and rebuilt
 * with the engine, its messages written in the same round as the event
 * that causes them (a ticket issued with a phone, its call; a booking made
 * or missed with "notify": true) and confirmed once that round is durable,
 * then handed to the sender thread, which POSTs them to the hall's gateway
 * (notify.url) at least once, each with its stable Idempotency-Key.
 *
 * A ticket's phone is kept (STORE_DB_SUBSCRIPTIONS, ticket id -> E.164)
 * only until the ticket ends; a message's phone and text only keep_days
 * after it was sent or given up (docs/notify.md, docs/operations.md).
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hall_int.h"
#include "log.h"
#include "notify/outbox.h"
#include "notify/record.h"
#include "notify/send.h"
#include "notify/template.h"

#define BATCH 16

typedef struct sub {
    uint64_t ticket;
    char phone[NOTIFY_PHONE_MAX];
} sub_t;

struct hall_notify {
    notify_outbox_t *outbox;
    notify_sender_t *sender; /* NULL without notify.url */
    size_t in_flight;        /* handed to the sender, not yet collected */
    sub_t *subs;
    size_t n_subs, cap_subs;
    int utc_offset_min;
    int64_t swept_ms; /* the last erasure */
};

static int sodium_fill(void *ctx, void *buf, size_t len)
{
    (void)ctx;
    randombytes_buf(buf, len);
    return 0;
}

/* ---- records ---- */

static void put_msg(void *ctx, const notify_msg_t *m)
{
    hall_t *h = ctx;
    uint8_t rec[sizeof(notify_msg_t) + 64];
    size_t len;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, m->id);
    if (notify_record_encode(m, rec, sizeof rec, &len) != NOTIFY_OK ||
        store_batch_put(hall_batch(h), STORE_DB_OUTBOX, &k, rec, len) != 0)
        log_error("notify", "message %llu could not be written", (unsigned long long)m->id);
}

static void del_msg(void *ctx, const notify_msg_t *m)
{
    hall_t *h = ctx;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, m->id);
    store_batch_del(hall_batch(h), STORE_DB_OUTBOX, &k);
}

static sub_t *sub_find(hall_notify_t *n, uint64_t ticket)
{
    for (size_t i = 0; i < n->n_subs; i++)
        if (n->subs[i].ticket == ticket)
            return &n->subs[i];
    return NULL;
}

static int sub_add(hall_notify_t *n, uint64_t ticket, const char *phone)
{
    if (n->n_subs == n->cap_subs) {
        size_t cap = n->cap_subs ? n->cap_subs * 2 : 32;
        sub_t *s = realloc(n->subs, cap * sizeof *s);
        if (!s)
            return -1;
        n->subs = s;
        n->cap_subs = cap;
    }
    n->subs[n->n_subs].ticket = ticket;
    snprintf(n->subs[n->n_subs++].phone, NOTIFY_PHONE_MAX, "%s", phone);
    return 0;
}

/* ---- open and restore ---- */

typedef struct restore_ctx {
    hall_notify_t *n;
    size_t bad;
} restore_ctx_t;

static int restore_msg(void *ctx, const store_val_t *key, const store_val_t *val)
{
    (void)key;
    restore_ctx_t *r = ctx;
    notify_msg_t m;
    if (notify_record_decode(val->data, val->len, &m) != NOTIFY_OK ||
        notify_outbox_restore(r->n->outbox, &m) != NOTIFY_OK)
        r->bad++;
    return 0;
}

static int restore_sub(void *ctx, const store_val_t *key, const store_val_t *val)
{
    restore_ctx_t *r = ctx;
    char phone[NOTIFY_PHONE_MAX];
    if (key->len != 8 || val->len >= sizeof phone)
        return 0;
    memcpy(phone, val->data, val->len);
    phone[val->len] = '\0';
    if (sub_add(r->n, store_u64_decode(key->data), phone) != 0)
        r->bad++;
    return 0;
}

static notify_outbox_t *outbox_new(hall_t *h, int offset, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    notify_opts_t o;
    notify_opts_default(&o);
    o.epoch = hall_epoch(h);
    o.utc_offset_min = offset;
    if (cfg->notify_quiet[0] && strcmp(cfg->notify_quiet, "off") != 0 &&
        notify_quiet_parse(cfg->notify_quiet, &o.quiet, err, errlen) != NOTIFY_OK)
        return NULL;
    o.max_attempts = cfg->notify_max_attempts;
    o.give_up_ms = (int64_t)cfg->notify_give_up_h * 3600 * 1000;
    o.random = (notify_random_t){sodium_fill, NULL};
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
    free(n->subs);
    free(n);
}

int hall_notify_restore(hall_t *h, hall_notify_t **out, char *err, size_t errlen)
{
    hall_notify_t *n = *out;
    if (!n) {
        n = calloc(1, sizeof *n);
        if (!n) {
            snprintf(err, errlen, "out of memory for the notifications");
            return -1;
        }
        time_t secs = (time_t)(hall_now(h) / 1000);
        struct tm tm;
        n->utc_offset_min = localtime_r(&secs, &tm) ? (int)(tm.tm_gmtoff / 60) : 0;
        *out = n;
    }
    notify_outbox_t *box = outbox_new(h, n->utc_offset_min, err, errlen);
    if (!box)
        return -1;
    notify_outbox_free(n->outbox);
    n->outbox = box;
    n->n_subs = 0;
    n->in_flight = 0; /* a batch still with the sender comes back as released or done */
    restore_ctx_t r = {n, 0};
    int rc = store_walk(hall_store(h), STORE_DB_OUTBOX, NULL, NULL, false, restore_msg, &r);
    if (rc >= 0)
        rc = store_walk(hall_store(h), STORE_DB_SUBSCRIPTIONS, NULL, NULL, false, restore_sub, &r);
    if (rc < 0) {
        snprintf(err, errlen, "cannot read the messages: %s", store_strerror(rc));
        return -1;
    }
    if (r.bad)
        log_warn("notify", "%zu stored messages or subscriptions could not be read", r.bad);
    return 0;
}

int hall_notify_start(hall_t *h, void (*wake)(void *ctx), void *wake_ctx, char *err, size_t errlen)
{
    const config_t *cfg = hall_cfg(h);
    hall_notify_t *n = hall_notify_of(h);
    if (!cfg->notify_url[0])
        return 0; /* no gateway: messages stay queued until one is set */
    const char *headers[8];
    for (size_t i = 0; i < cfg->n_notify_headers; i++)
        headers[i] = cfg->notify_headers[i];
    notify_gateway_t gw = {cfg->notify_url, headers, cfg->n_notify_headers,
                           (long)cfg->notify_timeout_s * 1000,
                           cfg->notify_ca_file[0] ? cfg->notify_ca_file : NULL};
    if (notify_sender_start(&n->sender, &gw, wake, wake_ctx, err, errlen) != NOTIFY_OK)
        return -1;
    return 0;
}

/* ---- messages ---- */

/* The round of a message is done: it may go out (rc 0), or it never was. */
static void add_done(void *ctx, int rc)
{
    hall_t *h = ((void **)ctx)[0];
    uint64_t id = (uint64_t)(uintptr_t)((void **)ctx)[1];
    free(ctx);
    hall_notify_t *n = hall_notify_of(h);
    if (rc == 0)
        notify_outbox_confirm(n->outbox, id);
    else
        notify_outbox_rollback(n->outbox, id);
}

/* Queues template `name` to `to` in the open round. */
static void add(hall_t *h, const char *to, const char *name, const notify_params_t *p)
{
    hall_notify_t *n = hall_notify_of(h);
    char text[NOTIFY_TEXT_MAX];
    if (notify_render(name, p, text, sizeof text) != NOTIFY_OK)
        return;
    notify_request_t req = {to, name, text, p->ticket, p->booking, 0};
    const notify_msg_t *m;
    void **ctx = malloc(2 * sizeof *ctx);
    if (!ctx || notify_outbox_add(n->outbox, &req, hall_now(h), &m) != NOTIFY_OK) {
        free(ctx);
        log_warn("notify", "a %s message could not be queued", name);
        return;
    }
    put_msg(h, m);
    ctx[0] = h;
    ctx[1] = (void *)(uintptr_t)m->id;
    if (hall_round_wait(h, add_done, ctx) != 0)
        add_done(ctx, STORE_FULL);
}

/* The short name of an agency and the name of a service, for a text. */
static void names_of(hall_t *h, const char *service, notify_params_t *p)
{
    const catalog_t *cat = hall_catalog(h);
    const catalog_service_t *svc = catalog_service_find(cat, service);
    p->service = svc ? svc->name : "";
    p->agency = svc ? cat->agencies[svc->agency].short_name : "";
}

int hall_notify_ticket(hall_t *h, const queue_ticket_t *t, const char *phone)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!notify_phone_valid(phone) || sub_add(n, t->id, phone) != 0)
        return -1;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, t->id);
    store_batch_put(hall_batch(h), STORE_DB_SUBSCRIPTIONS, &k, phone, strlen(phone));
    notify_params_t p = {.ticket = t->number, .utc_offset_min = n->utc_offset_min};
    names_of(h, t->service, &p);
    add(h, phone, "ticket.issued", &p);
    return 0;
}

void hall_notify_event(hall_t *h, const queue_event_t *e)
{
    hall_notify_t *n = hall_notify_of(h);
    sub_t *s = e->ticket && n ? sub_find(n, e->ticket->id) : NULL;
    if (!s)
        return;
    const queue_ticket_t *t = e->ticket;
    notify_params_t p = {.ticket = t->number, .utc_offset_min = n->utc_offset_min};
    names_of(h, t->service, &p);
    switch (e->type) {
    case QUEUE_EV_TICKET_CALLED:
    case QUEUE_EV_TICKET_RECALLED:
        p.counter = e->counter ? e->counter->number : t->counter;
        add(h, s->phone, e->type == QUEUE_EV_TICKET_CALLED ? "ticket.called" : "ticket.recalled",
            &p);
        return;
    case QUEUE_EV_TICKET_FINISHED:
    case QUEUE_EV_TICKET_CANCELLED:
    case QUEUE_EV_TICKET_NO_SHOW: {
        if (t->status == QUEUE_TICKET_WAITING)
            return;    /* moved on to the next step of its flow: still the citizen's */
        store_key_t k; /* the ticket ended: its phone goes */
        store_key_init(&k);
        store_key_u64(&k, t->id);
        store_batch_del(hall_batch(h), STORE_DB_SUBSCRIPTIONS, &k);
        *s = n->subs[--n->n_subs];
        return;
    }
    default: return;
    }
}

void hall_notify_booking(hall_t *h, const booking_t *b, const char *name)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!b->notify || b->erased)
        return;
    notify_params_t p = {
        .booking = b->code, .at_ms = b->start_ms, .utc_offset_min = n->utc_offset_min};
    names_of(h, b->service, &p);
    add(h, b->phone, name, &p);
}

/* ---- delivery ---- */

void hall_notify_tick(hall_t *h, int64_t now)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_outbox_expire(n->outbox, now, put_msg, h);
    if (now - n->swept_ms >= 3600 * 1000 || now < n->swept_ms) {
        n->swept_ms = now;
        const config_t *cfg = hall_cfg(h);
        notify_outbox_erase(n->outbox, now - (int64_t)cfg->notify_keep_days * 86400000, put_msg, h);
        notify_outbox_forget(n->outbox, now - (int64_t)cfg->notify_forget_days * 86400000, del_msg,
                             h);
    }
    if (!n->sender || n->in_flight)
        return;
    const notify_msg_t *due[BATCH];
    size_t k = notify_outbox_next_due(n->outbox, now, due, BATCH);
    if (k == 0)
        return;
    for (size_t i = 0; i < k; i++)
        put_msg(h, due[i]); /* "sending": after a crash it is sent again */
    if (notify_sender_submit(n->sender, due, k) != NOTIFY_OK) {
        for (size_t i = 0; i < k; i++) {
            const notify_msg_t *m;
            if (notify_outbox_release(n->outbox, due[i]->id, &m) == NOTIFY_OK)
                put_msg(h, m);
        }
        return;
    }
    n->in_flight = k;
}

void hall_notify_collect(hall_t *h)
{
    hall_notify_t *n = hall_notify_of(h);
    if (!n || !n->sender)
        return;
    uint64_t id;
    notify_outcome_t out;
    int64_t now = hall_now(h);
    while (notify_sender_done(n->sender, &id, &out)) {
        const notify_msg_t *m = NULL;
        int rc = !out.attempted  ? notify_outbox_release(n->outbox, id, &m)
                 : out.delivered ? notify_outbox_mark_sent(n->outbox, id, now, &m)
                                 : notify_outbox_mark_failed(n->outbox, id, now, out.error, &m);
        if (rc == NOTIFY_OK && m)
            put_msg(h, m);
        if (n->in_flight)
            n->in_flight--;
    }
}

void hall_notify_counts(hall_t *h, notify_counts_t *counts, notify_failed_t *failed, size_t max,
                        size_t *n_failed)
{
    hall_notify_t *n = hall_notify_of(h);
    notify_outbox_counts(n->outbox, counts);
    *n_failed = notify_outbox_failed(n->outbox, failed, max);
}
